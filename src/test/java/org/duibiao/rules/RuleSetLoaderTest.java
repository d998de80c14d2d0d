package org.duibiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rule-set files: the curated ones load, mistakes are reported as file:line:col with a fix, writing round-trips. */
class RuleSetLoaderTest {

  private static final String GOOD = """
      id: t
      origin: curated
      policy:
        title: 示例
      measures:
        - id: M01
          source: {path: 一, quote: 每年谈心谈话不少于2次}
          modality: should
          match:
            all: [[谈心谈话, 谈心]]
      """;

  @Test
  void everyCuratedRuleSetIsValid() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("rulesets"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertThat(files).hasSizeGreaterThanOrEqualTo(3);
      for (Path f : files) {
        assertThat(RuleSetLoader.validate(f)).as(f.toString()).isEmpty();
      }
    }
  }

  @Test
  void aGoodRuleSetLoads() throws RuleSetException {
    RuleSet rs = RuleSetLoader.parse("t.yaml", GOOD);
    assertThat(rs.measures()).hasSize(1);
    assertThat(rs.measures().get(0).match().all().get(0).terms()).containsExactly("谈心谈话", "谈心");
    assertThat(rs.measures().get(0).severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    assertThatThrownBy(() -> RuleSetLoader.parse("r.yaml", "id: t\nmeasures: [\n  - id: M01\n"))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("r\\.yaml:\\d+:\\d+: error: YAML syntax: .*");
  }

  @Test
  void aKeyWrittenTwiceIsAnErrorAtTheSecond() {
    String text = GOOD.replace("      all: [[谈心谈话, 谈心]]\n", "      all: [[谈心谈话, 谈心]]\n      all: [[挂职]]\n");
    assertThatThrownBy(() -> RuleSetLoader.parse("r.yaml", text))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("(?s)r\\.yaml:\\d+:\\d+: error: YAML syntax: .*all.*");
  }

  @Test
  void aMeasureWithoutMatchSaysWhereAndHowToFixIt() {
    String text = GOOD.replace("    match:\n      all: [[谈心谈话, 谈心]]\n", "");
    assertThatThrownBy(() -> RuleSetLoader.parse("r.yaml", text))
        .isInstanceOf(RuleSetException.class)
        .hasMessageStartingWith("r.yaml:6:5: error: measure M01 has no 'match' block")
        .hasMessageContaining("add keywords");
  }

  @Test
  void unknownKeysAndValuesAreReportedAtTheirPlace() {
    String text = GOOD.replace("modality: should", "modality: shall").replace("    match:", "    matches: x\n    match:");
    try {
      RuleSetLoader.parse("r.yaml", text);
    } catch (RuleSetException e) {
      assertThat(e.problems()).extracting(RuleSetProblem::format)
          .anyMatch(p -> p.startsWith("r.yaml:8:15: error: measure M01: unknown modality 'shall'"))
          .anyMatch(p -> p.startsWith("r.yaml:9:5: error: unknown key 'matches'"));
      return;
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void aPeriodOnlyBelongsToCountsAndFrequencies() throws RuleSetException {
    String text = GOOD.replace("    modality: should\n", "    modality: should\n"
        + "    quantity: [{kind: percent, cmp: at-least, value: 15, unit: \"%\", period_months: 12}]\n");
    assertThatThrownBy(() -> RuleSetLoader.parse("r.yaml", text))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("(?s)r\\.yaml:9:\\d+: error: measure M01: a percent has no period.*");
    assertThat(RuleSetLoader.parse("r.yaml", text.replace("kind: percent", "kind: frequency")).measures().get(0)
        .quantity().get(0).periodMonths()).isEqualTo(12.0);
  }

  @Test
  void writerOutputLoadsBackUnchanged() throws RuleSetException, IOException {
    RuleSet rs = RuleSetLoader.load(Path.of("rulesets/anqing-2018-jianshe-zhongceng.yaml"));
    String yaml = RuleSetWriter.yaml(rs, "round trip");
    RuleSet again = RuleSetLoader.parse("again.yaml", yaml);
    assertThat(again).isEqualTo(rs);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"actions: \"\"", "actions: [\"\"]", "actions: 选拔",
      "actors: 主要负责人"})
  void listsOfWordsMustBeListsOfWords(String line) {
    String text = GOOD.replace("    modality: should\n", "    modality: should\n    " + line + "\n");
    assertThatThrownBy(() -> RuleSetLoader.parse("r.yaml", text))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("(?s)r\\.yaml:9:\\d+: error: measure M01 (actions|actors).*");
  }
}
