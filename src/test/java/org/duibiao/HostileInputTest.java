package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duibiao.cli.ExitCodes;
import org.duibiao.cli.Run;
import org.duibiao.fixtures.HostileFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file in {@code src/test/resources/hostile/}, and the big ones made here, gives either a clean one-line error
 * naming the file (exit 3) or usable text: never a stack trace, never a hang. Drop a new file into the folder and
 * it is tested too.
 */
@Timeout(120)
class HostileInputTest {

  private static final Path HOSTILE = Path.of("src/test/resources/hostile");

  @TempDir
  static Path big;

  @BeforeAll
  static void makeTheBigOnes() throws IOException {
    HostileFixtures.writeBigText(big.resolve("fifty-megabytes.txt"), 50);
    HostileFixtures.writeZipBomb(big.resolve("zip-bomb.zip"), 200);
    HostileFixtures.writeDocxBomb(big.resolve("zip-bomb.docx"), 20_000);
  }

  static List<Path> committed() throws IOException {
    try (Stream<Path> s = Files.list(HOSTILE)) {
      return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
  }

  /** Exit 3 with one line naming the file, or exit 0 with JSON; nothing else on stderr, no stack trace. */
  private static Run parseCleanly(Path file) throws IOException {
    Run r = Run.of("parse", file.toString());
    assertThat(r.exit()).as("exit code for %s: %s", file, r.err()).isIn(ExitCodes.OK, ExitCodes.UNREADABLE);
    assertThat(r.err()).doesNotContain("Exception", "\tat ", "internal error");
    if (r.exit() == ExitCodes.UNREADABLE) {
      assertThat(r.errLines()).as("stderr for %s", file).hasSize(1);
      assertThat(r.err()).startsWith("error: " + file + ": ").contains("; ");
      assertThat(r.out()).isEmpty();
    } else {
      assertThat(r.err()).isEmpty();
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.get("clauses").isArray()).isTrue();
    }
    return r;
  }

  /** What the user is told about each committed fixture that cannot be read. */
  private static final Map<String, String> MESSAGES = Map.of(
      "empty.txt", "the file is empty",
      "zero-byte.docx", "the file is empty",
      "whitespace.txt", "the file has no text",
      "truncated.docx", "truncated or damaged",
      "truncated-early.docx", "truncated or damaged",
      "zip-without-document.docx", "named .docx but its content is not a .docx file (it looks like a zip archive)",
      "archive.zip", "unpack it and give the documents inside",
      "random-bytes.pdf", "named .pdf but its content is not a .pdf file",
      "encrypted.pdf", "encrypted (password-protected)",
      "scripts-only.html", "no visible text");

  @ParameterizedTest
  @MethodSource("committed")
  void committedFixture(Path file) throws IOException {
    Run r = parseCleanly(file);
    String message = MESSAGES.get(file.getFileName().toString());
    if (message != null) {
      assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
      assertThat(r.err()).contains(message);
    }
  }

  @Test
  void theFolderHoldsWhatItShould() throws IOException {
    assertThat(committed()).extracting(p -> p.getFileName().toString()).containsAll(MESSAGES.keySet());
  }

  @Test
  void fiftyMegabytesOfTextIsRefusedBySize() throws IOException {
    Run r = parseCleanly(big.resolve("fifty-megabytes.txt"));
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.err()).contains("50.0 MB, more than the 20.0 MB limit", "--max-bytes");
  }

  @Test
  void fiftyMegabytesUnderARaisedSizeLimitStopsAtTheCharacterLimit() throws IOException {
    Path file = big.resolve("fifty-megabytes.txt");
    Run r = Run.of("parse", "--max-bytes", "60000000", file.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.errLines()).singleElement().asString().contains(file.toString(), "characters", "--max-chars");
  }

  /** A .zip is refused before anything is inflated; a .docx is opened, and refused once its text passes the limit. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"zip-bomb.zip | looks like a zip archive", "zip-bomb.docx | characters of text"})
  void zipBombs(String name, String message) throws IOException {
    Run r = parseCleanly(big.resolve(name));
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.err()).contains(message);
  }

  @Test
  void limitsOfZeroAreUsageErrors() {
    for (String option : new String[] {"--timeout", "--max-bytes", "--max-chars"}) {
      Run r = Run.of("parse", option, "0", "corpus/000_290d5e7723e0fae5.txt");
      assertThat(r.exit()).as(option).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains(option + " must be");
    }
  }
}
