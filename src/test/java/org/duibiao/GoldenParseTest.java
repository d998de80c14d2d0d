package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duibiao.cli.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON that {@code duibiao parse} prints for every corpus document and sample plan (and the HTML news-page
 * fixture), compared
 * byte for byte with {@code src/test/resources/golden/<name>.json}, and a second run compared with the first.
 *
 * <p>To accept a deliberate change, regenerate the goldens and read the diff before committing it:
 * {@code mvn test -Dtest=GoldenParseTest -Dduibiao.updateGolden=true}.
 */
class GoldenParseTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("duibiao.updateGolden");

  static List<Path> documents() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("corpus")); Stream<Path> plans = Files.list(Path.of("corpus/plans"))) {
      return Stream.of(s, plans, Stream.of(Path.of("src/test/resources/formats/news-page.html")))
          .flatMap(x -> x).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void parseMatchesGoldenAndIsDeterministic(Path doc) throws IOException {
    Run first = Run.of("parse", doc.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    Run second = Run.of("parse", doc.toString());
    assertThat(second.out()).as("a second run prints the same bytes").isEqualTo(first.out());

    String name = doc.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".json";
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, first.out(), StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Dduibiao.updateGolden=true").exists();
    assertThat(first.out()).as("parse output of %s differs from %s; if the change is intended, rerun with "
        + "-Dduibiao.updateGolden=true and review the diff", doc, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
