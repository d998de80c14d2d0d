package org.duibiao.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCacheTest {
  private static final String KEY = "0".repeat(64);

  private static List<ClauseParse> parses() {
    return List.copyOf(Fixtures.parses().values()).subList(0, 3);
  }

  @Test
  void readsBackWhatItWrote(@TempDir Path dir) throws IOException {
    AnalysisCache cache = new AnalysisCache(dir);
    cache.write(KEY, parses());
    Map<String, ClauseParse> back = cache.read(KEY);
    assertThat(List.copyOf(back.values())).isEqualTo(parses());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(KEY + ".json.gz");
    }
  }

  @Test
  void aMissingEntryIsAMiss(@TempDir Path dir) {
    assertThat(new AnalysisCache(dir.resolve("not-yet")).read(KEY)).isEmpty();
  }

  @Test
  void corruptOrForeignEntriesAreMissesNotErrors(@TempDir Path dir) throws IOException {
    AnalysisCache cache = new AnalysisCache(dir);
    Path f = cache.file(KEY);
    Files.write(f, "not gzip at all".getBytes(StandardCharsets.UTF_8));
    assertThat(cache.read(KEY)).isEmpty();

    cache.write(KEY, parses());
    byte[] whole = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2)); // truncated
    assertThat(cache.read(KEY)).isEmpty();

    String entry = entryJson();
    gzip(f, entry.replace(ChinesePipeline.ID, "corenlp-0/other-settings"));
    assertThat(cache.read(KEY)).as("other pipeline settings").isEmpty();
    gzip(f, entry.replace("\"key\":\"" + KEY, "\"key\":\"" + "1".repeat(64)));
    assertThat(cache.read(KEY)).as("entry for another text").isEmpty();
    gzip(f, edit(entry, c -> ((ArrayNode) c.get("deps").get(0)).set(1, 999)));
    assertThat(cache.read(KEY)).as("dependency pointing outside the clause").isEmpty();
    gzip(f, edit(entry, c -> ((ArrayNode) c.get("deps").get(1)).set(1, c.get("deps").get(0).get(0).asInt())
        .set(0, c.get("deps").get(0).get(1).asInt())));
    assertThat(cache.read(KEY)).as("two heads or a cycle").isEmpty();
    gzip(f, edit(entry, c -> ((ArrayNode) c.get("tokens").get(0)).set(3, -5)));
    assertThat(cache.read(KEY)).as("negative offset").isEmpty();
    gzip(f, "{\"format\":\"duibiao-deep/1\"}");
    assertThat(cache.read(KEY)).isEmpty();
  }

  @Test
  void anUnwritableCacheIsNotAnError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    new AnalysisCache(file.resolve("cache")).write(KEY, parses()); // cannot create a folder under a file
    assertThat(new AnalysisCache(file.resolve("cache")).read(KEY)).isEmpty();
  }

  private static String entryJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnalysisCache.writeEntry(out, KEY, parses());
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The entry with its first clause changed. */
  private static String edit(String entry, java.util.function.Consumer<ObjectNode> change) throws IOException {
    ObjectMapper m = new ObjectMapper();
    JsonNode root = m.readTree(entry);
    change.accept((ObjectNode) root.get("clauses").get(0));
    return m.writeValueAsString(root);
  }

  private static void gzip(Path f, String json) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
  }
}
