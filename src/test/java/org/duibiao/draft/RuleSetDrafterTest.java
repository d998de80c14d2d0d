package org.duibiao.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.normalize.TextNormalizer;
import org.duibiao.rules.Measure;
import org.duibiao.rules.RuleSet;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.Test;

/** Drafting splits enumerations and lists into measures, keeps quantities and modality, and skips rhetoric. */
class RuleSetDrafterTest {

  private static List<Measure> draft(String policy) {
    PolicyDocument doc = DocumentStructurer.structure("t.txt", "text/plain", "UTF-8", TextNormalizer.normalize(policy));
    RuleSet rs = RuleSetDrafter.draft(doc);
    assertThat(rs.origin()).isEqualTo("drafted");
    return rs.measures();
  }

  private static List<String> quotes(List<Measure> ms) {
    return ms.stream().map(m -> m.source().quote()).toList();
  }

  @Test
  void enumerationsBecomeSeparateMeasures() {
    List<Measure> ms = draft("关于加强干部培养的意见\n为加强干部培养，制定本意见。\n"
        + "一、加强培训。一是组织一次专题学习讨论。二是每名科长撰写一篇调研文章。三是每年选派科长参加专题培训班。\n");
    assertThat(quotes(ms)).contains("组织一次专题学习讨论", "每名科长撰写一篇调研文章", "每年选派科长参加专题培训班");
  }

  @Test
  void semicolonsAndConditionListsSplitMeasuresThatShareAnAction() {
    List<Measure> ms = draft("关于激励干部的意见\n一、用人导向。对表现特别优秀的，按照规定予以破格提拔；"
        + "对在重大任务中作出重要贡献的，对长期在艰苦岗位成绩显著的，优先提拔使用。\n");
    assertThat(quotes(ms)).contains("对表现特别优秀的，按照规定予以破格提拔", "对在重大任务中作出重要贡献的",
        "对长期在艰苦岗位成绩显著的，优先提拔使用");
    Measure first = ms.stream().filter(m -> m.source().quote().equals("对在重大任务中作出重要贡献的")).findFirst()
        .orElseThrow();
    assertThat(first.match().all()).anyMatch(c -> c.name().contains("优先提拔"));
  }

  @Test
  void parallelElementsShareTheVerbAndThePeriod() {
    List<Measure> ms = draft("关于干部锻炼的意见\n一、挂职锻炼。每年分别选派10名左右干部到乡镇（街道），"
        + "20名左右干部到上级机关或先发地区挂职锻炼。\n");
    assertThat(quotes(ms)).contains("每年分别选派10名左右干部到乡镇（街道）", "20名左右干部到上级机关或先发地区挂职锻炼");
    Measure second = ms.stream().filter(m -> m.source().quote().startsWith("20名")).findFirst().orElseThrow();
    assertThat(second.quantity()).hasSize(1);
    assertThat(second.quantity().get(0).periodMonths()).isEqualTo(12.0);
  }

  @Test
  void quantitiesModalityAndItemsAreKept() {
    List<Measure> ms = draft("关于谈心谈话的意见\n一、谈心谈话。主要负责人每年与中层干部谈心谈话不少于2次。\n"
        + "二、考核。重点考核科长履行职责、工作效能、服务质量、工作业绩、廉洁自律等方面情况。\n"
        + "三、交流。正职在同一职位上任职满10年的，必须交流。\n");
    Measure talk = ms.get(0);
    assertThat(talk.quantity()).singleElement().satisfies(q -> {
      assertThat(q.value()).isEqualTo(2.0);
      assertThat(q.periodMonths()).isEqualTo(12.0);
    });
    Measure exam = ms.stream().filter(m -> m.source().quote().contains("工作效能")).findFirst().orElseThrow();
    assertThat(exam.match().items()).extracting(c -> c.name()).contains("工作效能", "服务质量", "工作业绩", "廉洁自律");
    Measure swap = ms.stream().filter(m -> m.source().quote().contains("满10年")).findFirst().orElseThrow();
    assertThat(swap.modality().label()).isEqualTo("must");
    assertThat(swap.quantity().get(0).threshold()).isTrue();
  }

  @Test
  void rhetoricAndThePreambleAreSkipped() {
    List<Measure> ms = draft("关于加强政治建设的意见\n为深入贯彻落实上级精神，结合实际，制定本意见。\n"
        + "一、政治建设。始终把政治建设放在首要位置，进一步提高政治站位，凝聚发展共识。每年组织一次专题学习讨论。\n");
    assertThat(quotes(ms)).containsExactly("每年组织一次专题学习讨论");
  }

  @Test
  void orientationsAndGeneralCallsToCarryOutAreNoMeasures() {
    List<Measure> ms = draft("关于加强干部培养的意见\n一、实践培养。坚持在实践中识别干部的导向。每年选派10名干部到乡镇挂职锻炼。"
        + "认真落实上级关于加强干部监督的部署要求。把各项培训措施落到实处。\n");
    assertThat(quotes(ms)).containsExactly("每年选派10名干部到乡镇挂职锻炼");
  }

  @Test
  void parallelRunsAreRhetoric() {
    List<Measure> ms = draft("关于加强干部学习的意见\n一、学习。带着感情干，带着责任干，带着使命干，以学习促进学习。"
        + "每季度组织一次读书交流会。\n");
    assertThat(quotes(ms)).containsExactly("每季度组织一次读书交流会");
  }

  @Test
  void aMeasureOfANamedSuperiorBodyAppliesToItOnly() {
    List<Measure> ms = draft("关于专项活动的意见\n一、组织领导。市委成立专项活动领导小组，由市委副书记担任组长。\n");
    assertThat(ms).singleElement().satisfies(m -> assertThat(m.appliesTo()).containsExactly("市委"));
  }

  @Test
  void aParallelRunOfMeasuresStaysMeasures() {
    List<Measure> ms = draft("关于关心关爱干部的意见\n一、关心关爱。落实带薪休假，落实健康体检，落实谈心谈话。\n");
    assertThat(quotes(ms)).containsExactly("落实带薪休假", "落实健康体检", "落实谈心谈话");
  }

  @Test
  void whomAMeasureIsForAndWhatIsTiedToSomethingStayWithTheirAction() {
    List<Measure> ms = draft("关于加强基层干部队伍建设的意见\n一、选拔使用。对在社区工作满五年、表现优秀的事业编制人员，"
        + "优先招录为街道公务员。\n二、考核评价。街道主要负责人考核等次，与社区群众满意度测评结果挂钩。\n");
    assertThat(quotes(ms)).containsExactly("对在社区工作满五年、表现优秀的事业编制人员，优先招录为街道公务员",
        "街道主要负责人考核等次，与社区群众满意度测评结果挂钩");
  }

  @Test
  void thePeopleAMeasureBindsStayWithItWhateverWordOpensThem() {
    List<Measure> ms = draft("关于规范干部轮岗的通知\n一、轮岗范围。在招投标、资金拨付等重要岗位工作的股室负责人，每4年至少轮岗一次。"
        + "凡是新录用的公务员，一律先到基层服务站锻炼。\n");
    assertThat(quotes(ms)).containsExactly("在招投标、资金拨付等重要岗位工作的股室负责人，每4年至少轮岗一次",
        "凡是新录用的公务员，一律先到基层服务站锻炼");
  }

  @Test
  void aListEndsAtDengSoTheVerbAfterItIsNotTheItems() {
    List<Measure> ms = draft("关于规范干部轮岗的通知\n一、轮岗范围。在财务、人事、审批等岗位任职的干部，每4年至少轮岗一次。\n");
    assertThat(ms).singleElement().satisfies(m -> assertThat(m.match().items()).extracting(c -> c.name())
        .containsExactly("财务", "人事", "审批"));
  }

  @Test
  void aParseThatFindsNoActionDropsRhetoricButNotANumber() {
    PolicyDocument doc = DocumentStructurer.structure("test.txt", "text/plain", "UTF-8", TextNormalizer.normalize(
        "关于加强村干部管理的通知\n一、严格考核。村干部年度考核“优秀”等次比例一般不超过参加考核人数的20%。\n"
        + "二、树立导向。进一步凝聚干事共识。\n"));
    List<org.duibiao.nlp.deep.ClauseAnalysis> parsed = new java.util.ArrayList<>();
    for (org.duibiao.structure.Clause c : doc.clauses()) {
      String t = c.text();
      int at = t.contains("超过") ? t.indexOf("超过") : t.indexOf("凝聚");
      // what a parse says of an attitude: a predicate with an object, nothing a unit can do
      org.duibiao.nlp.deep.ActionFrame f = new org.duibiao.nlp.deep.ActionFrame(List.of(),
          org.duibiao.nlp.deep.ActionFrame.ActorSource.NONE,
          new org.duibiao.nlp.deep.Action(t.substring(at, at + 2), t.substring(at, at + 2), "", List.of(), false, at,
              at + 2),
          List.of(new org.duibiao.nlp.deep.Phrase(t.substring(at + 2), t.substring(t.length() - 2), at + 2, t.length())),
          List.of(), false);
      parsed.add(new org.duibiao.nlp.deep.ClauseAnalysis(c.id(), t, List.of(), List.of(), List.of(), List.of(f)));
    }
    RuleSet rs = RuleSetDrafter.draft(doc, new org.duibiao.nlp.deep.DocumentAnalysis("k", "p", parsed, 0));
    assertThat(quotes(rs.measures())).containsExactly("村干部年度考核“优秀”等次比例一般不超过参加考核人数的20%");
  }

  @Test
  void aTaskTablesRowIsItsTasksWithTheRowsDueDate() {
    List<Measure> ms = draft("关于开展窗口服务作风整治的通知\n现将整治任务清单印发给你们，请认真抓好落实。\n"
        + "序号\t整治任务\t牵头单位\t完成时限\n"
        + "1\t建立窗口服务事项清单，每个窗口配备导办人员不少于2名\t县行政审批局\t2025年5月底前\n"
        + "2\t建立群众评价回访制度\t县委组织部、县政务服务中心\t长期坚持\n");
    assertThat(quotes(ms)).containsExactly("建立窗口服务事项清单", "每个窗口配备导办人员不少于2名", "建立群众评价回访制度");
    assertThat(ms.get(0).quantity()).extracting(q -> q.text()).containsExactly("2025年5月底前");
    assertThat(ms.get(1).quantity()).extracting(q -> q.text()).containsExactly("不少于2名", "2025年5月底前");
    assertThat(ms.get(2).quantity()).isEmpty();
  }

  @Test
  void systemsSetUpByNameBoundsQualificationsAndApprovalsAreMeasures() {
    List<Measure> ms = draft("关于加强社区工作者队伍建设的通知\n一、健全制度。建立社区工作者联系居民制度，每名社区工作者每年联系居民不少于30户。"
        + "\n二、配强书记。新任社区党组织书记一般应具有大专以上学历。社区党委书记原则上由街道党工委委员兼任。"
        + "\n三、严格管理。社区工作者请假外出须事先逐级报批。\n");
    assertThat(quotes(ms)).containsExactly("建立社区工作者联系居民制度", "每名社区工作者每年联系居民不少于30户",
        "新任社区党组织书记一般应具有大专以上学历", "社区党委书记原则上由街道党工委委员兼任", "社区工作者请假外出须事先逐级报批");
  }

  @Test
  void aVerbThatSetsTheMeasureApartIsRequired() {
    List<Measure> ms = draft("关于加强领导干部日常管理的通知\n一、严格报告。领导干部每年1月底前报告个人有关事项。"
        + "\n二、规范兼职。领导干部在社会团体兼职，须事先报组织部门审核。\n三、加强培训。领导干部每年参加集中培训不少于2次。\n");
    assertThat(ms).hasSize(3); // the first, dated, whatever its object
    Measure side = ms.stream().filter(m -> m.source().quote().contains("兼职")).findFirst().orElseThrow();
    assertThat(side.match().all()).extracting(c -> c.name()).contains("审核");
  }

  @Test
  void whoAnswersForSomethingIsAMeasure() {
    List<Measure> ms = draft("关于加强社区工作者管理的通知\n一、压实责任。街道党工委书记是社区工作者管理第一责任人，要亲自过问。\n");
    assertThat(quotes(ms)).singleElement().satisfies(q -> assertThat(q).startsWith("街道党工委书记是社区工作者管理第一责任人"));
  }

  @Test
  void whatSomethingIsIsAReasonNotAMeasure() {
    List<Measure> ms = draft("关于加强干部日常监督的通知\n一、提高认识。加强干部日常监督是从严管理干部的内在要求，是对干部的关心和爱护。"
        + "\n二、抓好谈话。各单位要每年开展提醒谈话不少于2次。\n");
    assertThat(quotes(ms)).containsExactly("各单位要每年开展提醒谈话不少于2次");
  }

  @Test
  void aMeasureIsNobodysSubjectAndANumberMakesAScopeOrABodyAMeasure() {
    List<Measure> ms = draft("关于关心关爱机关干部的通知\n一、关心健康。各单位每年组织干部健康体检1次，每年召开青年干部座谈会不少于2次。"
        + "\n二、服务期限。招录的选调生须与县委组织部签订协议，在乡镇服务满3年。"
        + "\n三、材料归档。各单位形成的考察材料，应当在形成之日起1个月内送交档案管理部门。\n");
    assertThat(quotes(ms)).containsExactly("各单位每年组织干部健康体检1次", "每年召开青年干部座谈会不少于2次",
        "招录的选调生须与县委组织部签订协议", "在乡镇服务满3年", "应当在形成之日起1个月内送交档案管理部门");
  }

  @Test
  void aSentenceThatLooksBackIsBackgroundUntilItTurnsToWhatIsToBeDone() {
    List<Measure> ms = draft("关于改进公务员考核工作的通知\n一、基本情况。近年来，全县考核工作总体平稳，但也存在考核结果区分度不高等问题，"
        + "必须切实加以解决。\n二、改进措施。近年来各单位平时考核逐步规范，今后每季度开展1次平时考核。\n");
    assertThat(quotes(ms)).containsExactly("今后每季度开展1次平时考核");
  }

  @Test
  void anOccasionAndALeadInNamingItsCountAreNoMeasuresOfTheirOwn() {
    List<Measure> ms = draft("关于加强干部作风建设的意见\n一、加强教育。今年结合全市“比学赶超”大讨论和“岗位大练兵”专项行动，"
        + "重点开展“两个一”：一是组织一次业务技能比武。二是每名干部撰写一篇学习心得。\n二、严格检查。"
        + "结合“作风建设年”专题教育和即将开展的“岗位大练兵”活动，对照岗位职责，在支部组织生活会上开展对照检查。\n");
    assertThat(quotes(ms)).contains("组织一次业务技能比武", "每名干部撰写一篇学习心得",
        "结合“作风建设年”专题教育和即将开展的“岗位大练兵”活动，对照岗位职责，在支部组织生活会上开展对照检查");
    assertThat(quotes(ms)).noneMatch(q -> q.startsWith("今年结合"))
        .doesNotContain("结合“作风建设年”专题教育和即将开展的“岗位大练兵”活动");
  }

  @Test
  void exhortingRunsConsequencesAndCallsToSetAnExampleAreNoMeasures() {
    List<Measure> ms = draft("关于加强干部作风建设的意见\n一、加强学习。把理论学习作为头等大事，带着感情学习理论，带着使命深入基层，"
        + "带着责任服务群众，带着问题开展调研。\n二、以上率下。党员领导干部要切实发挥模范带头作用，带头遵规守纪。"
        + "严格执行干部请销假制度，干部队伍活力才能充分激发。\n");
    assertThat(quotes(ms)).noneMatch(q -> q.contains("带着") || q.contains("模范带头作用") || q.contains("才能"));
  }

  @Test
  void aDeadlineToTheDayIsNoNewsDateline() {
    // 31日前 is a deadline, not 日前 (a few days ago) of a news report
    List<Measure> ms = draft("某某省基层减负若干措施\n第一条 各地区各部门应当于2023年12月31日前完成干部档案专项审核工作。\n");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).quantity()).hasSize(1);
  }

  @Test
  void bothActorsOfAMeasureAreDrafted() {
    List<Measure> ms = draft("关于加强谈心谈话的通知\n一、单位主要负责人和分管负责人每半年至少与班子成员谈心谈话1次。\n"
        + "二、各单位党组（党委）和派驻纪检监察机构要履行监督责任。\n");
    assertThat(ms.get(0).actors()).containsExactly("单位主要负责人", "分管负责人");
    assertThat(ms.get(1).actors()).containsExactly("各单位党组（党委）", "派驻纪检监察机构");
  }

  @Test
  void cuttingDownDocumentsIsAMeasure() {
    List<Measure> ms = draft("关于持续为基层减负的若干措施\n一、各单位要精简文件简报。\n二、省级部门发文数量比上年减少三分之一以上。\n");
    assertThat(quotes(ms)).containsExactly("各单位要精简文件简报", "省级部门发文数量比上年减少三分之一以上");
  }

  @Test
  void theOneTheActorTalksWithIsNoSecondActor() {
    List<Measure> ms = draft("关于谈话的通知\n一、各单位对新提拔的班子成员要进行任前谈话。\n二、各单位与本单位班子成员每年至少谈心谈话1次。\n");
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).actors()).containsExactly("各单位");
    assertThat(ms.get(1).actors()).containsExactly("各单位");
  }

  @Test
  void explicitMandatesAndProhibitionsAreMeasuresWhateverTheirObject() {
    List<Measure> ms = draft("关于精简会议的通知\n一、能合并召开的会议一律合并召开。\n二、严禁层层加码，不得要求基层重复报送材料。\n"
        + "三、以坐不住、慢不得的紧迫感抓好落实。\n");
    assertThat(quotes(ms)).containsExactly("能合并召开的会议一律合并召开", "严禁层层加码，不得要求基层重复报送材料");
    // the verbs are all the first one says: they are what a plan must say, not the first words of the sentence
    assertThat(ms.get(0).match().all()).extracting(c -> c.name()).containsExactly("合并", "召开");
    assertThat(ms.get(0).modality().label()).isEqualTo("must");
    assertThat(ms.get(1).modality().label()).isEqualTo("forbidden");
  }

  @Test
  void aBareFrequencyBelongsToTheMeasureBeforeIt() {
    List<Measure> ms = draft("关于后备干部的通知\n一、建立后备干部人才库，实行动态调整，每季度更新1次。\n");
    assertThat(quotes(ms)).containsExactly("建立后备干部人才库", "实行动态调整，每季度更新1次");
    Measure update = ms.get(1);
    assertThat(update.quantity()).singleElement().satisfies(q -> assertThat(q.periodMonths()).isEqualTo(3.0));
    assertThat(update.match().all()).extracting(c -> c.name()).noneMatch(n -> n.contains("季度"));
  }

  @Test
  void scopesAndModalCuesAreNoConceptsAndASuffixedNounStaysWhole() {
    List<Measure> ms = draft("关于会议的通知\n一、区直部门每年召开的全区性工作会议原则上不超过1次。\n"
        + "二、各街道要建立基层联络点。\n三、每年选派5名干部到乡镇挂职锻炼。\n");
    assertThat(ms.get(0).match().all()).extracting(c -> c.name())
        .contains("会议").noneMatch(n -> n.contains("区直") || n.contains("全区") || n.contains("原则"));
    assertThat(ms.get(1).match().all()).extracting(c -> c.name()).anyMatch(n -> n.endsWith("联络点"));
    // where cadres are sent is the measure, not a scope
    assertThat(ms.get(2).match().all()).extracting(c -> c.name()).contains("乡镇");
  }
}
