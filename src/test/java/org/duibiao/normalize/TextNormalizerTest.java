package org.duibiao.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.nlp.ScriptConverter.Script;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalization on real snippets of the seed documents: each step, and quotes through the offset map. */
class TextNormalizerTest {

  private static NormalizedText norm(String original) {
    return TextNormalizer.normalize(original);
  }

  /** The verbatim original behind the first occurrence of {@code normalized} in the normalized text. */
  private static String quoteOf(NormalizedText t, String normalized) {
    int at = t.text().indexOf(normalized);
    assertThat(at).as("'%s' in the normalized text %s", normalized, t.text()).isGreaterThanOrEqualTo(0);
    int[] span = t.originSpan(at, at + normalized.length());
    String quote = t.quote(at, at + normalized.length());
    assertThat(quote).isEqualTo(t.original().substring(span[0], span[1]));
    return quote;
  }

  private static List<String> kinds(NormalizedText t) {
    return t.warnings().stream().map(NormalizationWarning::kind).toList();
  }

  @Nested
  class Pinyin {
    @Test
    void annotationsAfterTraditionalCharactersGo() {
      NormalizedText t = norm("中層干部是干事創(chuàng)業(yè)的中堅(jiān)力量、事業(yè)發(fā)展的中流砥柱。");
      assertThat(t.text()).isEqualTo("中层干部是干事创业的中坚力量、事业发展的中流砥柱。");
      assertThat(t.script()).isEqualTo(Script.TRADITIONAL);
      assertThat(kinds(t)).containsExactly("pinyin");
    }

    @Test
    void annotationOnTheNextLineAsPdfExtractionLeavesIt() {
      NormalizedText t = norm("棗莊市薛城區\n(qū)深入開展“贏在中層”行動(dòng),將中層干部隊(duì)伍放在整體干部隊(duì)伍建設(shè)中系統(tǒng)考慮。");
      assertThat(t.text()).startsWith("枣庄市薛城区深入开展“赢在中层”行动，将中层干部队伍");
      assertThat(quoteOf(t, "薛城区深入开展")).isEqualTo("薛城區\n(qū)深入開展");
    }

    @Test
    void abbreviationsInBracketsStay() {
      NormalizedText t = norm("地区生产总值(GDP)增长8%，备案号(ICP)齐全。");
      assertThat(t.text()).contains("（GDP）", "（ICP）");
      assertThat(kinds(t)).doesNotContain("pinyin");
    }

    @Test
    void isPinyinNeedsToneMarksOrANeutralSyllable() {
      assertThat(PinyinStripper.isPinyin("chuàng")).isTrue();
      assertThat(PinyinStripper.isPinyin("de")).isTrue();
      assertThat(PinyinStripper.isPinyin("GDP")).isFalse();
      assertThat(PinyinStripper.isPinyin("test")).isFalse();
    }
  }

  @Nested
  class TraditionalQuotes {
    @Test
    void quotesStayInTheOriginalScript() {
      String original = "科學(xué)謀劃,繪制選育管用“路線圖”\n聚焦中層干部隊(duì)伍建設(shè),下發(fā)“贏在中層”行動(dòng)方案。";
      NormalizedText t = norm(original);
      assertThat(t.text()).isEqualTo("科学谋划，绘制选育管用“路线图”\n聚焦中层干部队伍建设，下发“赢在中层”行动方案。");
      assertThat(quoteOf(t, "绘制选育管用“路线图”")).isEqualTo("繪制選育管用“路線圖”");
      assertThat(quoteOf(t, "下发“赢在中层”行动方案")).isEqualTo("下發(fā)“贏在中層”行動(dòng)方案");
      assertThat(t.display(t.text().indexOf("下发"), t.text().indexOf("。"))).isEqualTo("下發“贏在中層”行動方案");
    }

    @Test
    void simplifiedTextIsLeftAsItIs() {
      String original = "建立崇尚实干、带动担当、加油鼓劲的正向激励体系。";
      NormalizedText t = norm(original);
      assertThat(t.text()).isEqualTo(original);
      assertThat(t.script()).isEqualTo(Script.SIMPLIFIED);
      assertThat(t.warnings()).isEmpty();
    }

    @Test
    void everyNormalizedCharacterMapsInsideTheOriginal() {
      String original = "與“四爭一創(chuàng)”活動(dòng)相結(jié)合，激勵(lì)中層干部事爭一流。";
      NormalizedText t = norm(original);
      for (int i = 0; i < t.text().length(); i++) {
        int[] span = t.originSpan(i, i + 1);
        assertThat(span[0]).isBetween(0, original.length());
        assertThat(span[1]).isBetween(span[0], original.length());
      }
      assertThat(t.quote(0, t.text().length())).isEqualTo(original);
    }
  }

  @Nested
  class PdfLines {
    @Test
    void aBlankLineInsideASentenceJoins() {
      String original = "注重从家庭生活看其私德家风,从朋友社交察其性情志趣,从社区邻居证其能力口碑,全方位立体式近距离\"剖\n\n"
          + "析\"干部,精准\"画像\"、量才使用。";
      NormalizedText t = norm(original);
      assertThat(t.text()).isEqualTo(
          "注重从家庭生活看其私德家风，从朋友社交察其性情志趣，从社区邻居证其能力口碑，全方位立体式近距离“剖析”干部，精准“画像”、量才使用。");
      assertThat(quoteOf(t, "“剖析”")).isEqualTo("\"剖\n\n析\"");
    }

    @Test
    void straySpacesInsideChineseAndAroundNumbersGo() {
      NormalizedText t = norm("推荐 36 人到市级主管部门跟班学习,选派 151 名乡镇年轻干部 到村挂职。");
      assertThat(t.text()).isEqualTo("推荐36人到市级主管部门跟班学习，选派151名乡镇年轻干部到村挂职。");
    }

    @Test
    void spaceBeforeAStraightQuoteGoesToo() {
      NormalizedText t = norm("认真实施基层党建\"书记项目\",制定\"毗邻党建\" 三步走实施方案。推广 \"政法干警进网格\"。");
      assertThat(t.text()).isEqualTo("认真实施基层党建“书记项目”，制定“毗邻党建”三步走实施方案。推广“政法干警进网格”。");
    }

    @Test
    void aStraightQuoteAtAJoinedLineBreakLosesItsSpaceLikeACurlyOne() {
      String straight = "各镇街要紧密结合本地实际，认真总结推广近年来的经验做法，深入开展走访调研座谈活动，及时研究制定 \n"
          + "\"联村共建\"三步走实施办法。";
      String curly = straight.replaceFirst("\"", "“").replaceFirst("\"", "”");
      assertThat(norm(straight).text()).isEqualTo(norm(curly).text()).contains("制定“联村共建”三步走");
    }

    @Test
    void printedLinesOfFullWidthJoinButHeadingsAndShortLinesDoNot() {
      String original = String.join("\n",
          "关于加强中层干部队伍建设的实施方案",
          "一、总体目标",
          "通过三年左右的努力，建设一支政治过硬、本领高强、作",
          "风优良、敢于担当的中层干部队伍。到2021年底前，全县党",
          "政机关中层干部中40岁以下干部所占比例达到三分之一以上",
          "。",
          "二、主要措施",
          "（一）加强教育培训。每年举办中层干部专题培训班不少于2",
          "期，每名中层干部每年参加集中培训时间累计不少于5天。",
          "中共青山县委组织部",
          "2019年3月18日");
      NormalizedText t = norm(original);
      assertThat(t.text().split("\n")).containsExactly(
          "关于加强中层干部队伍建设的实施方案",
          "一、总体目标",
          "通过三年左右的努力，建设一支政治过硬、本领高强、作风优良、敢于担当的中层干部队伍。到2021年底前，全县党政机关中层干部中40岁以下干部所占比例达到三分之一以上。",
          "二、主要措施",
          "（一）加强教育培训。每年举办中层干部专题培训班不少于2期，每名中层干部每年参加集中培训时间累计不少于5天。",
          "中共青山县委组织部",
          "2019年3月18日");
      assertThat(quoteOf(t, "作风优良")).isEqualTo("作\n风优良");
    }

    @Test
    void doubleSpacedLinesJoinAndIndentsStartParagraphs() {
      String body = String.join("\n\n",
          "\u3000\u3000为贯彻落实市委关于加强中层干部队伍建设的部署要求，进",
          "一步激发中层干部干事创业的活力，结合我县实际，制定本方案",
          "。",
          "\u3000\u3000一、总体目标",
          "\u3000\u3000通过三年左右的努力，建设一支政治过硬、本领高强、作风",
          "优良、敢于担当的中层干部队伍。到2021年底前，全县党政",
          "机关中层干部中40岁以下干部所占比例达到三分之一以上，具",
          "有全日制大学本科以上学历的比例不低于80%。",
          "\u3000\u3000二、主要措施",
          "\u3000\u3000（一）加强教育培训。把中层干部培训纳入全县干部教育培",
          "训总体规划，每年举办中层干部专题培训班不少于2期，每名中",
          "层干部每年参加集中培训时间累计不少于5天。鼓励中层干部参",
          "加在职学历教育，对取得相关学历学位的，按照有关规定给予适",
          "当补助。");
      NormalizedText t = norm(body);
      assertThat(t.text().split("\n")).containsExactly(
          "为贯彻落实市委关于加强中层干部队伍建设的部署要求，进一步激发中层干部干事创业的活力，结合我县实际，制定本方案。",
          "一、总体目标",
          "通过三年左右的努力，建设一支政治过硬、本领高强、作风优良、敢于担当的中层干部队伍。到2021年底前，全县党政机关中层干部中40岁以下干部所占比例达到三分之一以上，具有全日制大学本科以上学历的比例不低于80%。",
          "二、主要措施",
          "（一）加强教育培训。把中层干部培训纳入全县干部教育培训总体规划，每年举办中层干部专题培训班不少于2期，每名中层干部每年参加集中培训时间累计不少于5天。鼓励中层干部参加在职学历教育，对取得相关学历学位的，按照有关规定给予适当补助。");
    }

    @Test
    void shortLinesEndingASentenceNeverJoin() {
      assertThat(LineJoiner.shouldJoin("主要做法是：", "一、坚持问题导向", 0, 30, false)).isFalse();
      assertThat(LineJoiner.shouldJoin("中共安庆市委办公室", "2018年10月15日", 0, 30, false)).isFalse();
      assertThat(LineJoiner.shouldJoin("一、加强政治建设", "始终把政治建设放在首要位置", 0, 0, false)).isFalse();
    }

    @Test
    void aSignatureUnderAnUnpunctuatedLastLineStaysApart() {
      // A short list of short lines looks like narrow print; its last item has no full stop.
      String original = "某某县年轻干部培养工作方案\n\n为贯彻落实市委组织部通知要求，制定本方案。\n\n"
          + "（一）建立年轻干部人才库，每两年更新一次。\n（二）注重从基层一线选拔年轻干部\n（三）选派年轻干部到信访岗位锻炼半年\n"
          + "（四）每年选派5名年轻干部到乡镇挂职\n（五）每年对年轻干部开展2次谈心谈话\n\n中共某某县委组织部\n2023年6月1日\n";
      assertThat(norm(original).text()).contains("谈心谈话\n中共某某县委组织部\n2023年6月1日");
      assertThat(LineJoiner.shouldJoin("每年对年轻干部开展2次谈心谈话", "二〇二三年六月一日", 0, 16, false)).isFalse();
      assertThat(LineJoiner.shouldJoin("每年选派干部到市委组织部挂职锻炼的时间累", "计不少于半年。", 0, 20, false)).isTrue();
    }

    @Test
    void aShortWrappedBodyLineJoinsButAHeadingDoesNot() {
      assertThat(LineJoiner.shouldJoin("（一）谈心谈话。单位主要负责人和分管负责人每年至少与年轻干部谈心谈", "话1次，及时掌握思想动态。",
          0, 0, false)).isTrue();
      assertThat(LineJoiner.shouldJoin("1.局机关党支部每年集中研讨不少于12次，每次不", "少于半天。", 0, 0, false)).isTrue();
      assertThat(LineJoiner.shouldJoin("（一）加强教育培训。每年举办中青年干部培训班不少于1期", "对新提拔的干部，在任职1年内参加任职培训。",
          0, 0, false)).isFalse(); // a whole word before the break: the author's line
      assertThat(LineJoiner.shouldJoin("2.坚持事业为上导向，着力提升干部队伍整体素质和专业能力", "各科室要认真落实。", 0, 0, false))
          .isFalse();
    }

    @Test
    void spacesAroundAJoinedBreakGo() {
      String original = "编者按: 4 月 15 日,市委组织部召开全市一季度组织工作调度会,会上,桐城市、怀宁县、岳西县等地作了交流 \n"
          + " 发言,为贯彻落实好会议精神,本刊分两期刊发交流发言材料。";
      assertThat(norm(original).text()).isEqualTo(
          "编者按：4月15日，市委组织部召开全市一季度组织工作调度会，会上，桐城市、怀宁县、岳西县等地作了交流发言，为贯彻落实好会议精神，本刊分两期刊发交流发言材料。");
    }

    @Test
    void aLineNeverStartsWithAClosingMark() {
      String original = "根据《中共山东省委关于进一步激励广大干部新时代新担当新作为的实施意见》(鲁发〔2018\n〕35号)要求,提出如下实施意见。";
      assertThat(norm(original).text()).isEqualTo(
          "根据《中共山东省委关于进一步激励广大干部新时代新担当新作为的实施意见》（鲁发〔2018〕35号）要求，提出如下实施意见。");
    }

    @Test
    void inIndentedPrintAnUnindentedLineContinuesEvenAfterAFullStop() {
      List<String> lines = List.of(
          "\u3000\u3000一、加强政治建设。始终把政治建设放在首要位置，不断教育",
          "引领广大中层干部认真学习贯彻习近平新时代中国特色社会主义",
          "思想，不断增强推动高质量发展的责任感。今年重点开展三个一。",
          "一是组织一次专题学习讨论。结合本单位本科室主要职能职责开",
          "展大学习大讨论。二是开展一次对照检查。在专题组织生活会上",
          "开展对照检查。",
          "\u3000\u3000二、推进素质提升。实施双百素质提升行动。一是百名科长培训",
          "提升。每年选派100名左右科长参加相关专题培训。二是百名干部",
          "挂职锻炼。每年选派10名左右干部到乡镇挂职锻炼，为期一年。",
          "\u3000\u3000三、激发队伍活力。");
      String text = norm(String.join("\n", lines)).text();
      assertThat(text.split("\n")).hasSize(3);
      assertThat(text).contains("三个一。一是组织一次专题学习讨论。", "培训提升。");
    }

    @Test
    void pageNumbersGo() {
      NormalizedText t = norm("第一段正文内容。\n- 2 -\n第二段正文内容。\n第 3 页 共 9 页\n");
      assertThat(t.text()).isEqualTo("第一段正文内容。\n第二段正文内容。");
      assertThat(kinds(t)).containsExactly("page-furniture", "page-furniture");
    }
  }

  @Nested
  class Chrome {
    private static final String PAGE = String.join("\n",
        "新闻中心 > 青岛新闻 > 正文",
        "",
        "中共青岛市委关于进一步激励广大干部新时代新担当新作为的实施意见",
        "",
        "2018-09-06 08:48 来源:青报网",
        "分享到:",
        "",
        "为深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神,结合我市实际,提出如下实施意见。",
        "",
        "本意见自印发之日起施行。此前发布的有关文件规定与本意见不一致的,按照本意见执行。",
        "",
        "我要爆料 免责声明",
        "分享到:",
        "© 青岛新闻网版权所有 青岛新闻网简介法律顾问维权指引会员注册营销服务邮箱",
        "【字体：大 中 小】",
        "浏览次数：1289",
        "鲁ICP备09012345号-1",
        "首页 | 新闻 | 政务 | 财经 | 体育");

    @Test
    void threeLinksBetweenBarsAreAMenu() {
      NormalizedText t = norm("首页 | 机构概况 | 政务公开\n某局关于加强干部教育培训工作的实施方案\n一、每年集中研讨不少于12次。\n");
      assertThat(t.text()).startsWith("某局关于加强干部教育培训工作的实施方案\n");
      assertThat(kinds(t)).containsExactly("chrome");
      assertThat(norm("一、加强学习 | 二、严格考核\n").text()).isNotEmpty();
      assertThat(norm("工作任务 | 责任单位 | 完成时限\n").text()).isEqualTo("工作任务 | 责任单位 | 完成时限");
    }

    @Test
    void webPageChromeGoesWithAWarningEach() {
      NormalizedText t = norm(PAGE);
      assertThat(t.text().split("\n")).containsExactly(
          "中共青岛市委关于进一步激励广大干部新时代新担当新作为的实施意见",
          "为深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，结合我市实际，提出如下实施意见。",
          "本意见自印发之日起施行。此前发布的有关文件规定与本意见不一致的，按照本意见执行。");
      assertThat(kinds(t)).containsExactly("chrome", "page-info", "chrome", "chrome", "chrome", "chrome", "chrome",
          "chrome", "chrome", "chrome");
      NormalizationWarning first = t.warnings().get(0);
      assertThat(PAGE.substring(first.start(), first.end())).isEqualTo("新闻中心 > 青岛新闻 > 正文");
    }

    @Test
    void accessibilityAndSearchControlsAreChrome() {
      NormalizedText t = norm("您好，欢迎访问某县人民政府网站！\n无障碍浏览 长者模式 繁體版\n请输入关键词 搜索\n搜索\n"
          + "某县人社局关于做好职称评审工作的通知\n一、推进无障碍环境建设\n二、做好适老化改造\n地址：某县人民路1号 邮编：100000\n");
      assertThat(t.text()).startsWith("某县人社局关于做好职称评审工作的通知\n").endsWith("二、做好适老化改造");
      assertThat(kinds(t)).containsExactly("chrome", "chrome", "chrome", "chrome", "chrome");
      String line = "（一）推进政府网站适老化改造，开通长者模式和无障碍浏览功能。";
      assertThat(norm(line).text()).isEqualTo(line);
    }

    @Test
    void aChromeWordInsideASentenceKeepsTheLine() {
      String s = "各单位要把学习体会及时分享到基层党组织，做到上下联动、全面覆盖，确保学习教育取得实效，不断增强干部的责任感和使命感。";
      assertThat(norm(s).text()).isEqualTo(s);
    }

    @Test
    void aNavigationMenuOneItemPerLineGoesAsOneWarning() {
      NormalizedText t = norm("\t首页\n\n\t新闻\n\n\t政务\n\n\t财经\n\n\t体育\n\n正文第一段，内容较长的一句话。");
      assertThat(t.text()).isEqualTo("正文第一段，内容较长的一句话。");
      assertThat(t.warnings()).singleElement().satisfies(w -> assertThat(w.text()).isEqualTo("首页 | 新闻 | 政务 | 财经 | 体育"));
    }

    @Test
    void headlinesUnderRelatedNewsGo() {
      NormalizedText t = norm("正文最后一句。\n相关新闻\n我市召开干部工作会议\n\n激励干部担当作为座谈会举行\n");
      assertThat(t.text()).isEqualTo("正文最后一句。");
    }

    @Test
    void aSignatureDateIsContentButAWebStampIsNot() {
      NormalizedText t = norm("中共安庆市委办公室\n\n                                   2018年10月15日\n发布时间：2018年10月16日 09:30\n");
      assertThat(t.text()).isEqualTo("中共安庆市委办公室\n2018年10月15日");
      assertThat(kinds(t)).containsExactly("page-info");
    }

    @Test
    void markdownHeadingMarksGo() {
      assertThat(norm("## 安庆组工信息\n\n第 14 期").text()).isEqualTo("安庆组工信息\n第14期");
    }
  }

  @Nested
  class Garbled {
    @Test
    void mojibakeIsFlaggedAndReplacedByOneMark() {
      String original = "開展“四型”領導班子建設?！洞胧诽岢?,深化運用“五突出五強化”選人用人機制。";
      NormalizedText t = norm(original);
      assertThat(t.text()).isEqualTo("开展“四型”领导班子建设" + NormalizedText.GARBLED + "，深化运用“五突出五强化”选人用人机制。");
      assertThat(t.warnings()).singleElement().satisfies(w -> {
        assertThat(w.kind()).isEqualTo("garbled");
        assertThat(original.substring(w.start(), w.end())).isEqualTo("?！洞胧诽岢?");
      });
    }

    @Test
    void aGarbledCharacterTakesItsPinyinAlong() {
      NormalizedText t = norm("選拔具有相應領域?qū)I(yè)素養(yǎng)或工作經(jīng)歷。");
      assertThat(t.text()).isEqualTo("选拔具有相应领域" + NormalizedText.GARBLED + "素养或工作经历。");
      assertThat(kinds(t)).contains("garbled");
    }

    @Test
    void realQuestionMarksAreNoGarble() {
      NormalizedText t = norm("干部在想什么? 群众评价如何?\n");
      assertThat(kinds(t)).doesNotContain("garbled");
    }

    @Test
    void replacementCharactersAreFlagged() {
      NormalizedText t = norm("各单位要\uFFFD\uFFFD高度重视。");
      assertThat(kinds(t)).containsExactly("garbled");
    }
  }

  @Nested
  class Width {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "full-width digits and letters fold | 比例达到１５％，ＡＰＰ上线。 | 比例达到15%，APP上线。",
        "ASCII punctuation in Chinese becomes Chinese | 根据要求(试行),结合实际;提出意见:如下 | 根据要求（试行），结合实际；提出意见：如下",
        "document-number brackets unify | 鲁发[2018]35号、鲁发［2018］36号 | 鲁发〔2018〕35号、鲁发〔2018〕36号",
        "times and thousands keep ASCII punctuation | 会议于08:30召开，投资1,200万元。 | 会议于08:30召开，投资1,200万元。"})
    void folds(String what, String original, String normalized) {
      assertThat(norm(original).text()).isEqualTo(normalized);
    }
  }

  @Nested
  class Tables {
    @Test
    void cellsOfAFlattenedTableStayApartAndRowsStayLines() {
      String original = "序号\t重点任务\t牵头单位\t完成时限\n"
          + "1\t每季度开展一次专题学习，形成学习记录\t区委宣传部\t每年1月底前\n"
          + "2\t组织科级干部集中轮训\t\t区委组织部\t长期坚持\n";
      NormalizedText t = norm(original);
      assertThat(t.text()).isEqualTo("序号，重点任务，牵头单位，完成时限\n"
          + "1，每季度开展一次专题学习，形成学习记录，区委宣传部，每年1月底前\n"
          + "2，组织科级干部集中轮训，区委组织部，长期坚持");
      assertThat(quoteOf(t, "形成学习记录，区委宣传部")).isEqualTo("形成学习记录\t区委宣传部");
    }

    @Test
    void leadingTabsAreIndentsNotCells() {
      assertThat(norm("\t一、加强组织领导\n\t各单位要高度重视。").text()).isEqualTo("一、加强组织领导\n各单位要高度重视。");
    }

    @Test
    void aTabAfterAHeadingNumberIsNoTableCell() {
      NormalizedText t = norm("（一）\t加强干部教育培训\n一、\t总体要求\n（二）" + " ".repeat(14) + "\t\t强化实践锻炼\n");
      assertThat(t.text()).isEqualTo("（一）加强干部教育培训\n一、总体要求\n（二）强化实践锻炼");
    }

    @Test
    void aVeryLongRowKeepsEveryCellApart() {
      String row = String.join("\t", java.util.Collections.nCopies(20_000, "单元格"));
      NormalizedText t = norm("序号\t内容\n" + row + "\n");
      assertThat(t.text()).isEqualTo("序号，内容\n" + String.join("，", java.util.Collections.nCopies(20_000, "单元格")));
    }
  }
}
