package org.duibiao.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Modality cues of clauses from the seed corpus and a sample plan. */
class ModalityDetectorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'在执纪执法等关键岗位任职的，必须定期交流', MUST, 必须",
      "'其他部门副职在同一职位上任职满10年的，应当交流', SHOULD, 应当",
      "'对于人岗明显不适的科长，要按照能上能下的规定，及时予以调整', SHOULD, 要",
      "'确保干部队伍忠诚、干净、担当', MUST, 确保",
      "'鼓励年轻干部到基层一线和困难艰苦地区任职', ENCOURAGED, 鼓励",
      "'对作出突出贡献的团队或个人，可给予专项奖励', MAY, 可",
      "'其本人当年公务员年度考核均不得评为“优秀”等次', FORBIDDEN, 不得",
      "'严禁借交流轮岗之机突击提拔调整干部', FORBIDDEN, 严禁",
      "'市直单位新录用公务员，原则上先安排到基层一线锻炼1年', PRINCIPLE, 原则上",
      "'探索建立部门正职履职“述评考”机制', EXPLORE, 探索",
      "'各单位科长需向本单位全体干部职工进行年度工作述职', SHOULD, 需",
  })
  void cue(String clause, Modality level, String cue) {
    ModalityCue c = ModalityDetector.detect(clause);
    assertThat(c.modality()).isEqualTo(level);
    assertThat(c.cue()).isEqualTo(cue);
    assertThat(clause.substring(c.start(), c.start() + c.cue().length())).isEqualTo(cue);
  }

  @Test
  void labelsAndStrengthsOrderTheLevels() {
    assertThat(Modality.MUST.label()).isEqualTo("must");
    assertThat(Modality.PRINCIPLE.label()).isEqualTo("should");
    assertThat(Modality.MUST.strength()).isGreaterThan(Modality.SHOULD.strength());
    assertThat(Modality.SHOULD.strength()).isGreaterThan(Modality.ENCOURAGED.strength());
    assertThat(Modality.fromLabel("forbidden")).isEqualTo(Modality.FORBIDDEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "始终把政治建设放在首要位置",
      "中层干部是干事创业的重要力量",
      "择优选配主要业务科室的科长",
      "满足预防保健、院前急救等需要",
      "既看日常工作中的担当，又看大事要事难事中的表现",
      "按照本意见要求拟定相关工作的具体方案",
      "本刊分两期刊发交流发言材料摘要",
  })
  void yaoInsideAWordIsNoCue(String clause) {
    assertThat(ModalityDetector.cues(clause)).as(clause)
        .noneMatch(c -> c.cue().equals("要") || c.cue().equals("需"));
  }

  @Test
  void noCueIsAnUnmarkedImperative() {
    ModalityCue c = ModalityDetector.detect("建立问题对账销号制度");
    assertThat(c.marked()).isFalse();
    assertThat(c.modality()).isEqualTo(Modality.SHOULD);
  }

  @Test
  void prohibitionWinsOverAnEarlierMust() {
    ModalityCue c = ModalityDetector.detect("确保容错在纪律红线、法律底线内进行，不得以容错纠错之名行纪律松绑之实");
    assertThat(c.modality()).isEqualTo(Modality.FORBIDDEN);
  }

  // --- Cases that were once wrong, kept as regression tests. ---

  @Test
  void manBuDeIsNoProhibition() {
    ModalityCue c = ModalityDetector.detect("以坐不住、等不起、慢不得的紧迫感和危机感，学习先进、对标先进、赶超先进");
    assertThat(c.modality()).isNotEqualTo(Modality.FORBIDDEN);
  }

  @Test
  void supportAfterYaoIsAVerb() {
    ModalityCue c = ModalityDetector.detect("相关执纪执法部门要支持干部担当作为、干事创业");
    assertThat(c.modality()).isEqualTo(Modality.SHOULD);
    assertThat(c.cue()).isEqualTo("要");
  }

  @Test
  void encourageGovernsExplore() {
    ModalityCue c = ModalityDetector.detect("尊重基层首创精神，鼓励基层结合实际探索创新");
    assertThat(c.modality()).isEqualTo(Modality.ENCOURAGED);
  }

  @Test
  void onlyThenIsAConditionNotAPermission() {
    ModalityCue c = ModalityDetector.detect("必须经组织考察合格后方可办理任职手续");
    assertThat(c.modality()).isEqualTo(Modality.MUST);
    assertThat(ModalityDetector.detect("经单位审批同意后才可以外出").modality()).isEqualTo(Modality.SHOULD);
    assertThat(ModalityDetector.cues("考核合格的，始可转正")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "注重从群众认可度高的致富能手中选拔村党组织书记",
      "村干部报酬不低于当地农村居民人均可支配收入的2倍",
      "总结形成一批可复制可推广的经验做法",
      "推动乡村人才工作可持续发展",
  })
  void keAsPartOfAWordIsNoPermission(String clause) {
    assertThat(ModalityDetector.cues(clause)).as(clause).noneMatch(c -> c.modality() == Modality.MAY);
  }

  @Test
  void aPermissionStaysOneAndAnAdjectiveIsNoProhibition() {
    assertThat(ModalityDetector.detect("各乡镇可推荐2名优秀村干部参加县级示范培训").modality()).isEqualTo(Modality.MAY);
    assertThat(ModalityDetector.cues("各级党组织要履行选人用人不可推卸的主体责任"))
        .noneMatch(c -> c.modality() == Modality.FORBIDDEN);
  }

  @Test
  void waitingForASuperiorsArrangementIsAPostponement() {
    assertThat(ModalityDetector.detect("组织退休干部外出参观活动，待上级统一部署后再研究恢复").modality())
        .isEqualTo(Modality.DEFERRED);
  }

  @Test
  void buKeForbidsUnlessItMakesAnAdjective() {
    ModalityCue c = ModalityDetector.detect("干部人事档案材料不可随意涂改、抽取");
    assertThat(c.modality()).isEqualTo(Modality.FORBIDDEN);
    assertThat(c.cue()).isEqualTo("不可");
    assertThat(ModalityDetector.cues("基层党组织发挥着不可替代的作用")).isEmpty();
    assertThat(ModalityDetector.cues("两者缺一不可，相辅相成")).isEmpty();
  }

  @Test
  @Timeout(10)
  void manyCuesStayLinear() {
    String clause = "各单位要高度重视中层干部队伍建设".repeat(110_000);
    assertThat(ModalityDetector.cues(clause)).hasSize(110_000);
  }
}
