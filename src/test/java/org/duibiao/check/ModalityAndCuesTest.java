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
      "should | 视情况适时组织青年干部外出考察",
      "must | 原则上实行轮岗",
      "should | 表彰结果作为年度考核定等的参考",
      "should | 探索建立心理评测机制",
      "forbidden | 可以借改革创新名义简化干部选拔程序"})
  void softerWordingIsAWeakening(String required, String plan) {
    assertThat(ModalityComparator.weaker(Modality.fromLabel(required), ModalityDetector.detect(plan))).isNotNull();
  }

  @ParameterizedTest(name = "{1} keeps {0}")
  @CsvSource(delimiter = '|', value = {
      "should | 局党组要认真落实谈心谈话制度",
      "should | 每年选派干部到乡镇挂职锻炼",
      "must | 必须交流",
      "encouraged | 鼓励年轻干部到基层任职",
      "forbidden | 不得借改革创新名义简化干部选拔程序",
      "forbidden | 对借改革创新名义简化程序的严肃问责",
      "forbidden | 探索借改革创新名义简化干部选拔程序"})
  void equalWordingIsNoWeakening(String required, String plan) {
    assertThat(ModalityComparator.weaker(Modality.fromLabel(required), ModalityDetector.detect(plan))).isNull();
  }

  @Test
  void aCueOnlyCountsWhereItGovernsTheMatchedWords() {
    String text = "着力营造鼓励创新、宽容失败的工作氛围，组织青年干部到信访窗口跟班学习";
    Clause c = new Clause("c001", "", text, text, 0, text.length(), 0, text.length(), ModalityDetector.detect(text),
        List.of(), "");
    PlanUnit u = new PlanUnit(c, null);
    assertThat(ComplianceChecker.governing(u, List.of("跟班学习")).marked()).isFalse();
    assertThat(ComplianceChecker.governing(u, List.of("工作氛围")).modality()).isEqualTo(Modality.ENCOURAGED);
  }

  @Test
  void aCueOpeningTheSentenceGovernsItsLaterPiecesUntilAModalTakesOver() {
    String text = "鼓励年轻干部依托干部网络学院，每年参加网络培训不少于50学时";
    Clause c = new Clause("c001", "", text, text, 0, text.length(), 0, text.length(), ModalityDetector.detect(text),
        List.of(), "");
    assertThat(ComplianceChecker.governing(new PlanUnit(c, null), List.of("学时")).modality())
        .isEqualTo(Modality.ENCOURAGED);
    String own = "鼓励干部自主选学，各股室要每年组织集中培训不少于2次";
    Clause d = new Clause("c002", "", own, own, 0, own.length(), 0, own.length(), ModalityDetector.detect(own),
        List.of(), "");
    assertThat(ComplianceChecker.governing(new PlanUnit(d, null), List.of("集中培训")).modality())
        .isNotEqualTo(Modality.ENCOURAGED);
    for (String[] other : new String[][] {{"鼓励干部参加学历教育，局党组每年组织集中培训1次", "集中培训"},
        {"探索建立干部容错纠错机制，完善干部考核评价制度", "考核评价制度"}}) {
      Clause e = new Clause("c003", "", other[0], other[0], 0, other[0].length(), 0, other[0].length(),
          ModalityDetector.detect(other[0]), List.of(), "");
      assertThat(ComplianceChecker.governing(new PlanUnit(e, null), List.of(other[1])).marked()).as(other[0]).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "前期，我办已从乡镇选调3名文字骨干充实到综合科",
      "去年，我中心曾在全省会议上作典型发言",
      "据统计，目前全系统股级干部平均年龄46.8岁",
      "关于竞争上岗一事，待省里政策明确后再行研究",
      "县妇联今年组织的健康讲座中，我镇有20名职工参加",
      "2023年，局主要负责人已同各科室负责人开展集体谈话2次",
      "2023年我部选派了100名优秀年轻干部到基层一线挂职锻炼",
      "乡镇党政正职中35岁以下干部比例另行制定",
      "乡镇党政正职中35岁以下干部比例待明年再研究",
      "2024年，局党组已对任职满5年的股室负责人进行了轮岗",
      "邻近的石门县实行科级干部任期制，效果较好",
      "兄弟单位建立干部成长档案的做法值得借鉴",
      "干部实绩电子档案待全市统一系统建成后再研究建立",
      "为贯彻落实《关于改进干部实绩档案管理的若干措施》，结合我所实际，制定本方案",
      "2024年我县已对新提拔科级干部全部开展任前廉政谈话",
      "部分乡镇建立干部成长档案的做法，我局将认真学习借鉴",
      "为贯彻落实县委关于推进机关作风建设的部署要求，结合我局实际，制定本方案",
      "局机关现有在职干部52名，设股室7个",
      "县纪委监委建立的干部监督信息月度通报机制运行良好，为我们提供了有益借鉴"})
  void pastAchievementsBackgroundAndPostponementsAreNoCommitment(String text) {
    assertThat(ContextCues.negative(text, ModalityDetector.detect(text))).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "每年安排年轻干部到社区挂职锻炼",
      "2020年底前，我办轮岗的股级干部不少于总数的20%",
      "对已经调整岗位的干部开展回访谈话",
      "对已开展交流的干部进行跟踪了解",
      "已建立的干部实绩档案每年更新一次",
      "2025年选派100名优秀年轻干部到基层一线挂职锻炼",
      "各单位要在已建立制度基础上，每年开展谈心谈话不少于2次",
      "在已开展试点工作基础上，全面推行干部实绩档案",
      "对拟提拔人选，待公示期满无异议后再研究任职",
      "对拟提拔人选，待公示期满无异议后再行研究任职",
      "局党组要对任职满5年的股室负责人进行轮岗",
      "各股室要认真落实《干部谈心谈话制度》，每年谈心谈话不少于2次",
      "对现有12个工作群进行清理整合",
      "组织干部学习借鉴先进地区的经验",
      "大力选用实绩突出、干事成效明显的干部",
      "为提高会议质量，各股室要结合工作安排，制定本股室年度会议计划",
      "及时总结各单位的经验做法，供全县学习借鉴",
      "各单位要在现有1名联络员基础上增配1名",
      "全面清理现有工作群5个以上",
      "各乡镇现有村干部不足3名的，要及时补齐",
      "为提高会议质量，各股室召开会议前要制定会议方案"})
  void commitmentsAreEvidence(String text) {
    assertThat(ContextCues.negative(text, ModalityDetector.detect(text))).isNull();
  }
}
