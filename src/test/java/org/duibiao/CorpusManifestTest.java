package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The metadata finder against {@code corpus/manifest.json}: title, issuer, date, type, region of every corpus
 * document (the seeds and the sample plans in corpus/plans/).
 */
class CorpusManifestTest {

  private static final Path CORPUS = Path.of("corpus");

  static List<JsonNode> entries() throws IOException {
    JsonNode root = new ObjectMapper().readTree(CORPUS.resolve("manifest.json").toFile());
    List<JsonNode> out = new ArrayList<>();
    root.get("documents").forEach(out::add);
    return out;
  }

  @Test
  void everyCorpusDocumentHasAnEntry() throws IOException {
    List<String> listed = entries().stream().map(e -> e.get("file").asText()).toList();
    try (Stream<Path> s = Files.walk(CORPUS)) {
      List<String> files = s.filter(Files::isRegularFile).map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.equals("manifest.json")).filter(n -> !n.startsWith(".") && !n.contains("/.")).sorted()
          .toList();
      assertThat(listed).containsExactlyElementsOf(files);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void finderAgreesWithTheManifest(JsonNode entry) throws Exception {
    PolicyDocument doc = DocumentStructurer.structure(
        new DocumentExtractor().extract(CORPUS.resolve(entry.get("file").asText())));
    DocMetadata m = doc.metadata();
    assertThat(m.title()).as("title").isEqualTo(entry.get("title").asText());
    assertThat(m.issuer()).as("issuer").isEqualTo(entry.get("issuer").asText());
    assertThat(m.date()).as("date").isEqualTo(entry.get("date").asText());
    assertThat(m.type().label()).as("type").isEqualTo(entry.get("type").asText());
    assertThat(m.region()).as("region").isEqualTo(entry.get("region").asText());
    assertThat(m.level()).as("level").isEqualTo(entry.get("level").asText());
    assertThat(doc.text().script().label()).as("script").isEqualTo(entry.get("script").asText());
  }
}
