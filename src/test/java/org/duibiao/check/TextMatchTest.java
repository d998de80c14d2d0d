package org.duibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.rules.Concept;
import org.junit.jupiter.api.Test;

/** How strongly a plan's text states a concept, from the verbatim word down to a paraphrase. */
class TextMatchTest {

  private static TextMatch.Hit hit(String term, String text) {
    return TextMatch.score(new Concept(List.of(term)), text);
  }

  @Test
  void theWordItselfScoresOne() {
    assertThat(hit("谈心谈话", "局主要负责同志每半年与青年干部谈心谈话1次").score()).isEqualTo(1.0);
  }

  @Test
  void traditionalTermsAreComparedInSimplified() {
    assertThat(hit("談心談話", "每半年谈心谈话1次").score()).isEqualTo(1.0);
  }

  @Test
  void aVocabularySynonymScoresLess() {
    TextMatch.Hit h = hit("交流", "推进干部轮岗");
    assertThat(h.score()).isEqualTo(TextMatch.SYNONYM);
    assertThat(h.term()).isEqualTo("轮岗");
  }

  @Test
  void anEquivalentIn词林ScoresLessStill() {
    TextMatch.Hit h = hit("报酬", "假期无法安排的，照章支付酬金");
    assertThat(h.score()).isEqualTo(TextMatch.CILIN);
    assertThat(h.term()).isEqualTo("酬金");
  }

  @Test
  void aTwoCharacterTermInsideALongerWordDoesNotCount() {
    assertThat(TextMatch.containsWord("改善办公室条件", "办公")).isFalse();
    assertThat(TextMatch.containsWord("提供必要办公条件", "办公")).isTrue();
  }

  @Test
  void aNegatedTermNeverMatchesTextWithoutTheNegation() {
    assertThat(hit("不满意科长", "评选满意科长").score()).isLessThan(0.5);
  }

  @Test
  void anInsertedModifierStillMatchesButAScatteredOneDoesNot() {
    assertThat(hit("干部交流", "推进区直部门与街道之间的干部双向交流").score()).isGreaterThanOrEqualTo(0.5);
    assertThat(TextMatch.subsequence("谈心谈话", "组织谈心活动以后再安排个别谈话")).isFalse();
  }

  @Test
  void anItemIsNamedWholeNotByOneOfItsWords() {
    Concept staff = new Concept(List.of("所在科室工作人员"));
    assertThat(TextMatch.score(staff, "对其所在科室负责人给予奖励", true).score()).isLessThan(0.5);
    assertThat(TextMatch.score(staff, "其所在科室工作人员一并给予奖励", true).score()).isEqualTo(1.0);
  }

  @Test
  void anAbbreviationIsStatedByTheWordsItAbbreviates() {
    TextMatch.Hit h = hit("德能勤绩廉", "从德行、能力、勤勉、绩效和廉洁五个方面考核干部");
    assertThat(h.score()).isEqualTo(TextMatch.SYNONYM);
    assertThat(h.term()).isEqualTo("德行、能力、勤勉、绩效和廉洁");
    assertThat(hit("德能勤绩廉", "从能力、勤勉和廉洁三个方面考核干部").score()).isLessThan(0.5);
    assertThat(TextMatch.spelledOut("三重一大")).isNull(); // counts are no initials
  }
}
