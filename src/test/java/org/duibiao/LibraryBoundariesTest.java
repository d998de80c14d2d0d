package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each third-party NLP library lives in one package (STYLE.md): CoreNLP only in {@code org.duibiao.nlp}. */
class LibraryBoundariesTest {
  private static final Path MAIN = Path.of("src/main/java/org/duibiao");

  @Test
  void coreNlpIsOnlyUsedInTheNlpPackage() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(MAIN.resolve("nlp")))
          .filter(p -> read(p).contains("import edu.stanford."))
          .map(Path::toString)
          .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
