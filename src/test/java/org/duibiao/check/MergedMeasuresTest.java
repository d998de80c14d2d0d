package org.duibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.duibiao.draft.RuleSetDrafter;
import org.duibiao.normalize.TextNormalizer;
import org.duibiao.rules.RuleSet;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.Test;

/** One plan sentence that carries two measures, each with its own number. */
class MergedMeasuresTest {

  private static PolicyDocument doc(String text) {
    return DocumentStructurer.structure("t.txt", "text/plain", "UTF-8", TextNormalizer.normalize(text));
  }

  private static final PolicyDocument POLICY = doc("关于加强领导班子建设的若干措施\n"
      + "一、单位主要负责人每年同班子成员谈心谈话不少于2次。\n二、每年组织科级干部集中轮训不少于2次。\n");

  private static CheckResult check(String plan) {
    RuleSet rules = RuleSetDrafter.draft(POLICY);
    assertThat(rules.measures()).hasSize(2);
    return ComplianceChecker.check(rules, POLICY, doc("某局领导班子建设工作方案\n" + plan + "\n"));
  }

  /** A check of {@code plan} against the rule set drafted from {@code policy}. */
  private static CheckResult drafted(String policy, String plan) {
    PolicyDocument p = doc(policy);
    return ComplianceChecker.check(RuleSetDrafter.draft(p), p, doc(plan));
  }

  @Test
  void eachMeasureIsHeldToItsOwnNumber() {
    CheckResult r = check("一、局主要负责人每年同班子成员谈心谈话不少于2次、组织科级干部集中轮训1次。");
    assertThat(r.findings().get(0).status()).isEqualTo(Status.COVERED);
    Finding training = r.findings().get(1);
    assertThat(training.status()).isEqualTo(Status.PARTIAL);
    assertThat(training.reason()).contains("每年1次").contains("不少于2次");
  }

  @Test
  void theOtherWayRoundToo() {
    CheckResult r = check("一、局主要负责人每年同班子成员谈心谈话1次、组织科级干部集中轮训不少于2次。");
    assertThat(r.findings().get(0).status()).isEqualTo(Status.PARTIAL);
    assertThat(r.findings().get(1).status()).isEqualTo(Status.COVERED);
  }

  @Test
  void aSingleNumberStillCountsForTheMeasure() {
    CheckResult r = check("一、每年组织科级干部集中轮训3次，局主要负责人同班子成员谈心谈话做到全覆盖。");
    assertThat(r.findings().get(1).status()).isEqualTo(Status.COVERED);
  }

  @Test
  void aNumberBelongsToTheSubjectBeforeItInItsPiece() {
    CheckResult r = drafted("关于规范党支部组织生活的通知\n一、党小组会每月召开1次，支部委员会每季度召开1次。\n",
        "某局党支部组织生活方案\n一、支部委员会每季度召开1次，党小组会每两个月召开1次。\n");
    assertThat(r.findings()).extracting(Finding::status).containsExactly(Status.PARTIAL, Status.COVERED);
    assertThat(r.findings().get(0).reason()).contains("每2个月1次");
  }

  @Test
  void anotherMeasuresWordInsideThisMeasuresWordDoesNotTakeItsNumber() {
    CheckResult r = drafted("关于做好引进人才服务的通知\n一、对引进的全日制硕士研究生，每人每月发放住房补贴1000元。"
        + "帮助解决引进人才住房困难。\n",
        "某局引进人才服务方案\n一、对引进的全日制硕士研究生，由局办公室按每人每月800元标准发放住房补贴。\n");
    assertThat(r.findings().get(0).status()).isEqualTo(Status.PARTIAL);
    assertThat(r.findings().get(0).reason()).contains("800元");
  }

  @Test
  void theWordRightAfterANumberIsWhatItCounts() {
    CheckResult r = drafted("关于加强谈心谈话的通知\n一、每月开展谈心谈话不少于1次。\n二、每年组织集中培训不少于2次。\n",
        "某局工作方案\n一、班子成员每年开展2次集中培训，培训结束后每月开展1次谈心谈话。\n");
    assertThat(r.findings()).extracting(Finding::status).containsExactly(Status.COVERED, Status.COVERED);
  }
}
