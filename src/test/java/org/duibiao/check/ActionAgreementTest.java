package org.duibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.nlp.ActionWords;
import org.duibiao.nlp.Modality;
import org.duibiao.normalize.TextNormalizer;
import org.duibiao.rules.Concept;
import org.duibiao.rules.MatchSpec;
import org.duibiao.rules.Measure;
import org.duibiao.rules.PolicyRef;
import org.duibiao.rules.RuleSet;
import org.duibiao.rules.Severity;
import org.duibiao.rules.SourceRef;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.Test;

/** What a measure asks to be done tells a real implementation from a clause that only shares its nouns. */
class ActionAgreementTest {

  private static PolicyDocument doc(String text) {
    return DocumentStructurer.structure("t.txt", "text/plain", "UTF-8", TextNormalizer.normalize(text));
  }

  private static Finding check(String origin, Measure m, String plan) {
    RuleSet rs = new RuleSet("t", origin, new PolicyRef("示例", List.of(), "", "", ""), List.of(m));
    CheckResult r = ComplianceChecker.check(rs, doc("关于加强干部工作的意见\n一、选拔。\n" + m.source().quote() + "。\n"),
        doc("关于加强干部工作的方案\n一、工作措施\n" + plan + "\n"));
    return r.findings().get(0);
  }

  private static Measure measure(String quote, List<String> actions, List<List<String>> all) {
    return new Measure("M01", "", new SourceRef("一", quote, -1, -1), Modality.SHOULD, List.of(), actions, List.of(),
        new MatchSpec(all.stream().map(Concept::new).toList(), List.of(), List.of(), List.of(), MatchSpec.ITEMS_MIN),
        List.of(), Severity.MEDIUM, List.of());
  }

  @Test
  void contentVerbsWithoutTheLightOnes() {
    assertThat(ActionWords.of("注重选拔优秀党政正职担任领导班子成员")).contains("选拔").doesNotContain("注重");
    assertThat(ActionWords.of("进一步加强和改进干部工作")).isEmpty();
  }

  @Test
  void agreementCountsTheActionsTheTextNames() {
    List<List<String>> acts = ActionWords.forms(List.of("选拔", "担任"));
    assertThat(ActionWords.agreement(acts, "每年从党政正职中选拔2名进入领导班子")).isEqualTo(0.5);
    assertThat(ActionWords.agreement(acts, "党政正职年度考核结果在全区通报")).isZero();
    assertThat(ActionWords.agreement(ActionWords.forms(List.of()), "任何文字")).isNegative();
  }

  @Test
  void aDraftedMeasureEchoedByItsNounsAloneIsMissing() {
    Measure m = measure("注重选拔优秀街道党政正职担任部门领导班子成员", List.of("选拔"),
        List.of(List.of("党政正职"), List.of("领导班子成员")));
    assertThat(check("drafted", m, "街道党政正职年度考核结果在全区通报，评出优秀等次。").status()).isEqualTo(Status.MISSING);
    assertThat(check("drafted", m, "每年从优秀街道党政正职中选拔2名担任部门领导班子成员。").status()).isEqualTo(Status.COVERED);
  }

  @Test
  void aRewordedMeasureThatNamesItsActionIsFound() {
    // Only the object is stated literally; the qualifier is reworded, but the plan does what the measure asks.
    Measure m = measure("统筹一定数量的职级职数，优先考虑长期任劳任怨、贡献较大的干部", List.of("统筹"),
        List.of(List.of("职级职数"), List.of("任劳任怨"), List.of("贡献较大")));
    assertThat(check("curated", m, "统筹安排职级职数，向长期埋头苦干的干部倾斜。").status()).isNotEqualTo(Status.MISSING);
    assertThat(check("curated", m, "职级职数按照有关规定核定。").status()).isEqualTo(Status.MISSING);
  }

  private static Measure withActors(String quote, List<String> actors) {
    return new Measure("M01", "", new SourceRef("一", quote, -1, -1), Modality.SHOULD, actors, List.of(), List.of(),
        new MatchSpec(List.of(new Concept(List.of("谈心谈话"))), List.of(), List.of(), List.of(), MatchSpec.ITEMS_MIN),
        List.of(), Severity.MEDIUM, List.of());
  }

  @Test
  void fewerActorsThanTheMeasureNamesIsPartial() {
    Measure m = withActors("主要负责人、分管负责人每年与班子成员谈心谈话不少于1次", List.of("主要负责人、分管负责人"));
    Finding onlyOne = check("drafted", m, "局主要负责人每年与班子成员谈心谈话1次。");
    assertThat(onlyOne.status()).isEqualTo(Status.PARTIAL);
    assertThat(onlyOne.reason()).contains("分管负责人");
    assertThat(check("drafted", m, "局主要负责人和分管负责人每年与班子成员谈心谈话1次。").status())
        .isEqualTo(Status.COVERED);
    assertThat(check("drafted", m, "每年与班子成员谈心谈话1次。").status()).isEqualTo(Status.COVERED);
  }

  @Test
  void aBodyIsNamedByWhatItDoes() {
    Measure m = withActors("各单位党组和派驻人事监督机构要与干部谈心谈话", List.of("各单位党组、派驻人事监督机构"));
    assertThat(check("drafted", m, "局党组和驻局人事监督组每年与干部谈心谈话。").status()).isEqualTo(Status.COVERED);
    assertThat(check("drafted", m, "局党组每年与干部谈心谈话。").status()).isEqualTo(Status.PARTIAL);
  }

  @Test
  void actorsJoinedByOrAreAlternatives() {
    Measure m = withActors("党委（党组）或相关部门要及时与受到问责的干部谈心谈话", List.of("党委（党组）、相关部门"));
    assertThat(check("drafted", m, "局党组及时与受到问责的干部谈心谈话。").status()).isEqualTo(Status.COVERED);
  }

  @Test
  void aCallToDrawUpImplementingMeasuresIsMetByThePlanItself() {
    Measure pure = measure("各单位要结合实际制定具体实施方案", List.of(), List.of(List.of("实施方案")));
    Finding f = check("curated", pure, "每季度召开一次干部工作例会。");
    assertThat(f.status()).isEqualTo(Status.COVERED);
    assertThat(f.evidence()).singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo("关于加强干部工作的方案"));
    Measure more = measure("要把干部培养纳入年度重点工作，制定工作措施", List.of(),
        List.of(List.of("年度重点工作"), List.of("工作措施")));
    assertThat(check("curated", more, "每季度召开一次干部工作例会。").status()).isEqualTo(Status.PARTIAL);
  }

  @Test
  void thePlanItselfMeetsNoTaskOfAnotherBodyAndNoneItPutsOff() {
    Measure cityTask = new Measure("M01", "", new SourceRef("一", "市委组织部要研究制定实施细则", -1, -1), Modality.SHOULD,
        List.of("市委组织部"), List.of(), List.of(), new MatchSpec(List.of(new Concept(List.of("实施细则"))), List.of(),
            List.of(), List.of(), MatchSpec.ITEMS_MIN), List.of(), Severity.MEDIUM, List.of("市委组织部"));
    assertThat(check("curated", cityTask, "每季度召开一次干部工作例会。").status()).isEqualTo(Status.MISSING);
    Measure own = measure("各单位要结合实际制定具体实施方案", List.of(), List.of(List.of("实施方案")));
    assertThat(check("curated", own, "每季度召开一次干部工作例会。具体措施待上级部署后另行制定。").status())
        .isEqualTo(Status.MISSING);
  }

  @Test
  void aTitleOverTwoLinesIsQuotedAsPrinted() {
    Measure own = measure("各单位要结合实际制定具体实施方案", List.of(), List.of(List.of("实施方案")));
    RuleSet rs = new RuleSet("t", "curated", new PolicyRef("示例", List.of(), "", "", ""), List.of(own));
    PolicyDocument plan = doc("某某区关于加强年轻干部\n培养的工作方案\n\n一、工作措施\n每季度召开一次干部工作例会。\n");
    Finding f = ComplianceChecker.check(rs, doc("关于加强干部工作的意见\n一、要求。\n各单位要结合实际制定具体实施方案。\n"),
        plan).findings().get(0);
    assertThat(f.status()).isEqualTo(Status.COVERED);
    assertThat(f.evidence()).singleElement().satisfies(e -> {
      assertThat(e.quote()).isEqualTo("某某区关于加强年轻干部\n培养的工作方案");
      assertThat(plan.text().original().substring(e.start(), e.end())).isEqualTo(e.quote());
    });
  }

  @Test
  void ofClausesThatFindTheSameWordsTheOneNamingTheActionIsTheEvidence() {
    Measure m = measure("优先推荐长期在社区工作的干部到上级部门任职", List.of("推荐"),
        List.of(List.of("社区"), List.of("干部")));
    Finding f = check("curated", m, "在全区社区干部中开展读书活动。\n二、保障措施\n对长期在社区工作的干部，优先推荐到区直部门任职。");
    assertThat(f.evidence()).extracting(Evidence::quote).containsExactly("对长期在社区工作的干部，优先推荐到区直部门任职");
  }

  @Test
  void aCountOfTheItemsIsStatedByNamingThemAll() {
    Measure m = new Measure("M01", "", new SourceRef("一", "落实谈心谈话、述职述廉两项制度", -1, -1), Modality.MUST,
        List.of(), List.of(), List.of(), new MatchSpec(List.of(new Concept(List.of("两项制度"))),
            List.of(new Concept(List.of("谈心谈话")), new Concept(List.of("述职述廉"))), List.of(), List.of(), MatchSpec.ITEMS_MIN),
        List.of(), Severity.MEDIUM, List.of());
    assertThat(check("curated", m, "全面执行谈心谈话和述职述廉制度，每年开展一次。").status()).isEqualTo(Status.COVERED);
    assertThat(check("curated", m, "全面执行谈心谈话制度，每年开展一次。").status()).isNotEqualTo(Status.COVERED);
  }

  @Test
  void wordsOfAMeasureSpreadOverTwoNeighbouringSentencesCountForLess() {
    Measure m = measure("每季度组织年轻干部开展读书交流会", List.of(),
        List.of(List.of("读书交流会"), List.of("年轻干部"), List.of("每季度")));
    Finding together = check("curated", m, "每季度举办一次读书交流会。");
    Finding apart = check("curated", m, "每季度召开一次党组会议。\n举办一次读书交流会。");
    assertThat(together.status()).isEqualTo(Status.COVERED);
    assertThat(apart.score()).isLessThan(together.score() - 0.1);
  }

  @Test
  void aListRewordedEntryByEntryNamesEveryItem() {
    Measure m = new Measure("M01", "", new SourceRef("一", "从思想品德、业务能力、工作实绩、群众口碑四个方面考核干部", -1, -1),
        Modality.SHOULD, List.of(), List.of(), List.of(), new MatchSpec(List.of(new Concept(List.of("考核"))),
            List.of(new Concept(List.of("思想品德")), new Concept(List.of("业务能力")), new Concept(List.of("工作实绩")),
                new Concept(List.of("群众口碑"))), List.of(), List.of(), MatchSpec.ITEMS_MIN), List.of(), Severity.MEDIUM, List.of());
    assertThat(check("curated", m, "从思想品德、专业水平、履职成效和群众口碑等方面考核干部。").status()).isEqualTo(Status.COVERED);
    assertThat(check("curated", m, "从思想品德、群众口碑等方面考核干部。").status()).isEqualTo(Status.PARTIAL);
  }
}
