package org.duibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user meets it: help, version, exit codes, one-line errors on stderr. */
class MainTest {

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run r = Run.of("--help");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("parse", "demo", "Exit codes: 0 ok");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void parseHelpNamesItsOptions() {
    Run r = Run.of("parse", "--help");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("FILE", "--format", "--max-bytes", "--max-chars", "--timeout");
  }

  @Test
  void versionPrintsOneLine() {
    Run r = Run.of("--version");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().strip()).startsWith("duibiao ").doesNotContain("\n");
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = Run.of();
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("name a command");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = Run.of("parse", "--colour", "corpus/000_290d5e7723e0fae5.txt");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--colour");
  }

  @Test
  void missingFileIsAUsageError() {
    Run r = Run.of("parse");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("FILE");
  }

  @Test
  void badFormatIsAUsageError() {
    Run r = Run.of("parse", "--format", "xml", "corpus/000_290d5e7723e0fae5.txt");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--format must be json or text, not 'xml'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingInputIsUnreadableWithOneLineNamingTheFile() {
    Run r = Run.of("parse", "no/such/plan.docx");
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("no/such/plan.docx").contains("no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aDirectoryIsUnreadable(@TempDir Path dir) {
    Run r = Run.of("parse", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.errLines()).containsExactly("error: " + dir + ": is a directory, not a file; name a document file");
  }

  @Test
  void textFormatShowsMetadataAndClauses() {
    Run r = Run.of("parse", "--format", "text", "corpus/000_290d5e7723e0fae5.txt");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("标题  关于深化市直单位“建设中层、赢在执行”专项活动的实施意见", "[六/一是]", "不少于2次");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void demoParsesTheCorpus() {
    Run r = Run.of("demo", "--corpus", "corpus");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("5 documents", "000_290d5e7723e0fae5.txt", "004_ef950e41b1eb376a.txt")
        .doesNotContain("error");
  }

  @Test
  void demoOnAnEmptyFolderSaysWhatToDo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.md"), "not a document");
    Run r = Run.of("demo", "--corpus", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains(dir.toString(), "--corpus");
  }
}
