package org.duibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.nlp.Modality;
import org.duibiao.nlp.ModalityDetector;
import org.duibiao.structure.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Softened wording and hard negatives: what makes plan text weaker than, or no evidence for, a measure. */
class ModalityAndCuesTest {

  @ParameterizedTest(name = "{1} weakens {0}")
  @CsvSource(delimiter = '|', value = {
      "should | 鼓励各科长撰写调研文章",
      "should | 根据工作需要，适时安排科长参加培训",
      "must | 原则上予以交流",
      "should | 在同等条件下作为提拔使用的参考",
      "should | 探索建立心理评测机制"})
  void softerWordingIsAWeakening(String required, String plan) {
    assertThat(ModalityComparator.weaker(Modality.fromLabel(required), ModalityDetector.detect(plan))).isNotNull();
  }

  @ParameterizedTest(name = "{1} keeps {0}")
  @CsvSource(delimiter = '|', value = {
      "should | 局党组要认真落实谈心谈话制度",
      "should | 每年选派干部到乡镇挂职锻炼",
      "must | 必须交流",
      "encouraged | 鼓励年轻干部到基层任职"})
  void equalWordingIsNoWeakening(String required, String plan) {
    assertThat(ModalityComparator.weaker(Modality.fromLabel(required), ModalityDetector.detect(plan))).isNull();
  }

  @Test
  void aCueOnlyCountsWhereItGovernsTheMatchedWords() {
    String text = "着力构建崇尚实干、鼓励担当的正向激励体系，选派干部到乡镇挂职锻炼";
    Clause c = new Clause("c001", "", text, text, 0, text.length(), 0, text.length(), ModalityDetector.detect(text),
        List.of(), "");
    PlanUnit u = new PlanUnit(0, c, "", c.modality(), List.of(), null);
    assertThat(ComplianceChecker.governing(u, List.of("挂职锻炼")).marked()).isFalse();
    assertThat(ComplianceChecker.governing(u, List.of("激励体系")).modality()).isEqualTo(Modality.ENCOURAGED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "前期，我局已从县（市）财政部门选调2名业务骨干充实到相关科室",
      "去年，我委曾作经验交流",
      "据统计，目前委属单位领导班子成员平均年龄49.3岁",
      "关于公开选拔科室负责人一事，待市里出台统一办法后再行研究",
      "市总工会今年组织的疗养活动中，我区有12名同志参加"})
  void pastAchievementsBackgroundAndPostponementsAreNoCommitment(String text) {
    assertThat(ContextCues.negative(text, ModalityDetector.detect(text))).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "每年选派干部到乡镇（街道）挂职锻炼",
      "2018年底前，我局跨部门交流的科级干部不少于总数的10%",
      "对已经提拔的干部实行跟踪考核"})
  void commitmentsAreEvidence(String text) {
    assertThat(ContextCues.negative(text, ModalityDetector.detect(text))).isNull();
  }
}
