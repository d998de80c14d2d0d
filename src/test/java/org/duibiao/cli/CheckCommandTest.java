package org.duibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duibiao check} on bad input: each gets one clear line and the documented exit code. */
class CheckCommandTest {

  private static final String POLICY = "src/test/resources/check/policy.txt";
  private static final String PLAN = "src/test/resources/check/plan.txt";
  private static final String RULES = "src/test/resources/check/ruleset.yaml";

  @Test
  void malformedRuleSetIsReportedWithLineAndColumn(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "id: x\nmeasures:\n  - id: M01\n    title: [unclosed\n", StandardCharsets.UTF_8);
    Run r = Run.of("check", "--policy", POLICY, "--plan", PLAN, "--ruleset", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).containsPattern("bad\\.yaml:\\d+:\\d+: error: ");
  }

  @Test
  void ruleSetOfAnotherPolicyIsAUsageError() {
    Run r = Run.of("check", "--policy", "corpus/000_290d5e7723e0fae5.txt", "--plan", PLAN, "--ruleset", RULES);
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("belongs to another policy", "--draft");
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void emptyPlanIsUnreadable(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run r = Run.of("check", "--policy", POLICY, "--plan", empty.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.err()).contains("empty.txt").contains("empty");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void planInAnotherLanguageIsRefusedWithAReason(@TempDir Path dir) throws IOException {
    Path english = dir.resolve("plan-en.txt");
    Files.writeString(english, "Implementation plan\n\n1. Every unit holds two study sessions a year.\n"
        + "2. Young cadres are seconded to townships for six months.\n", StandardCharsets.UTF_8);
    Run r = Run.of("check", "--policy", POLICY, "--plan", english.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.err()).contains("plan-en.txt", "does not look like Chinese");
  }

  @Test
  void thePolicyItselfCoversEveryDraftedMeasure() {
    Run r = Run.of("check", "--policy", POLICY, "--plan", POLICY, "--draft", "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"origin\" : \"drafted\"").doesNotContain("\"status\" : \"missing\"")
        .doesNotContain("\"status\" : \"partial\"");
  }

  @Test
  void theCuratedRuleSetIsFoundByTheFingerprintOfItsPolicy() {
    Run r = Run.of("check", "--policy", "corpus/000_290d5e7723e0fae5.txt", "--plan", "corpus/000_290d5e7723e0fae5.txt",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"origin\" : \"curated\"");
  }

  @Test
  void reportIsWrittenToOutAtomically(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.json");
    Run r = Run.of("check", "--policy", POLICY, "--plan", PLAN, "--ruleset", RULES, "--format", "json", "--out",
        out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.GAPS);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{").contains("\"requirements\"");
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = Run.of("check", "--policy", POLICY, "--plan", PLAN, "--format", "pdf");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void benchCheckReportsColdWarmAndHeap() {
    Run r = Run.of("bench", "check", "--policy", POLICY, "--plan", PLAN, "--cold", "1", "--warm", "2");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("drafted  cold CLI", "drafted  warm", "drafted  heap", "heap capped at 512m");
  }

  @Test
  void aPolicyWithoutMeasuresIsRefusedNotReportedAsComplete(@TempDir Path dir) throws IOException {
    Path pol = dir.resolve("slogans.txt");
    Files.writeString(pol, "关于进一步提高思想认识的意见\n一、提高认识。进一步提高政治站位，凝聚发展共识，坚定理想信念。\n",
        StandardCharsets.UTF_8);
    Run r = Run.of("check", "--policy", pol.toString(), "--plan", PLAN, "--draft", "--no-deep");
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("slogans.txt", "no required measure", "--ruleset");
  }

  @Test
  void benchCheckSaysWhatIsWrongWithItsInput() {
    Run r = Run.of("bench", "check", "--corpus", "no-such-folder", "--cold", "1", "--warm", "1");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no-such-folder: no such folder");
  }
}
