package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each third-party library stays in its stage's package: Lucene in index, HanLP in nlp, Tika in ingest. */
class LibraryBoundaryTest {

  private static final Path SOURCES = Path.of("src/main/java/org/duibiao");

  @Test
  void librariesAreImportedOnlyByTheirPackage() throws IOException {
    assertThat(importers("import org.apache.lucene.")).allMatch(p -> p.startsWith("index/"));
    assertThat(importers("import com.hankcs.")).allMatch(p -> p.startsWith("nlp/"));
    assertThat(importers("import org.apache.tika.")).allMatch(p -> p.startsWith("ingest/"));
  }

  private static List<String> importers(String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java")).filter(p -> contains(p, prefix))
          .map(p -> SOURCES.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.readString(file).contains(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
