package org.duibiao.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.nlp.Quantity.Cmp;
import org.duibiao.nlp.Quantity.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quantities as policies and plans state them; the sentences come from the seed corpus and a sample plan. */
class QuantityParserTest {

  private static Quantity only(String text) {
    List<Quantity> qs = QuantityParser.parse(text);
    assertThat(qs).as("quantities in %s", text).hasSize(1);
    return qs.get(0);
  }

  @Test
  void atLeastTwicePerYear() {
    Quantity q = only("主要负责人每年与中层干部谈心谈话不少于2次");
    assertThat(q.text()).isEqualTo("不少于2次");
    assertThat(q.kind()).isEqualTo(Kind.FREQUENCY);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_LEAST);
    assertThat(q.value()).isEqualTo(2);
    assertThat(q.unit()).isEqualTo("次");
    assertThat(q.periodMonths()).isEqualTo(12);
    assertThat(q.periodLabel()).isEqualTo("每年");
    assertThat(q.perYear()).isEqualTo(2);
  }

  @Test
  void onceEveryThreeYears() {
    Quantity q = only("每三年开展一次科级干部跨部门交流");
    assertThat(q.kind()).isEqualTo(Kind.FREQUENCY);
    assertThat(q.value()).isEqualTo(1);
    assertThat(q.periodMonths()).isEqualTo(36);
    assertThat(q.periodLabel()).isEqualTo("每3年");
    assertThat(q.perYear()).isEqualTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aboutFifteenPercent() {
    Quantity q = only("跨部门交流科级干部应占在岗在编科级干部总数的15%左右");
    assertThat(q.kind()).isEqualTo(Kind.PERCENT);
    assertThat(q.cmp()).isEqualTo(Cmp.ABOUT);
    assertThat(q.value()).isEqualTo(15);
    assertThat(q.unit()).isEqualTo("%");
  }

  @Test
  void underForty() {
    Quantity q = only("每年有计划地配备40岁以下年轻干部");
    assertThat(q.kind()).isEqualTo(Kind.AGE);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_MOST);
    assertThat(q.value()).isEqualTo(40);
    assertThat(q.unit()).isEqualTo("岁");
  }

  @Test
  void fortyFullYearsOfAgeOrUnder() {
    Quantity q = only("年龄在40周岁以下");
    assertThat(q.kind()).isEqualTo(Kind.AGE);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_MOST);
    assertThat(q.value()).isEqualTo(40);
  }

  @Test
  void tenFullYearsIsAThreshold() {
    Quantity q = only("市级机关部门正职在同一职位上任职满10年的，必须交流");
    assertThat(q.text()).isEqualTo("满10年");
    assertThat(q.kind()).isEqualTo(Kind.DURATION);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_LEAST);
    assertThat(q.value()).isEqualTo(120);
    assertThat(q.unit()).isEqualTo("月");
    assertThat(q.threshold()).isTrue();
  }

  @Test
  void threeYearsInARowIsAThreshold() {
    Quantity q = only("连续3年被评为“满意科长”的，优先考虑提拔重用");
    assertThat(q.kind()).isEqualTo(Kind.DURATION);
    assertThat(q.threshold()).isTrue();
    assertThat(q.value()).isEqualTo(36);
  }

  @Test
  void withinOneYear() {
    Quantity q = only("一年内不得推荐提拔使用干部");
    assertThat(q.kind()).isEqualTo(Kind.DURATION);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_MOST);
    assertThat(q.value()).isEqualTo(12);
    assertThat(q.threshold()).isFalse();
  }

  @Test
  void withinOneMonth() {
    Quantity q = only("必须在1个月内予以调整");
    assertThat(q.kind()).isEqualTo(Kind.DURATION);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_MOST);
    assertThat(q.value()).isEqualTo(1);
  }

  @Test
  void twoToThreePeopleIsARange() {
    Quantity q = only("每个街道增加2至3名行政编制");
    assertThat(q.kind()).isEqualTo(Kind.COUNT);
    assertThat(q.cmp()).isEqualTo(Cmp.RANGE);
    assertThat(q.value()).isEqualTo(2);
    assertThat(q.max()).isEqualTo(3);
    assertThat(q.unit()).isEqualTo("人");
  }

  @Test
  void hyphenRange() {
    Quantity q = only("为每个街道增加1-2名行政编制");
    assertThat(q.cmp()).isEqualTo(Cmp.RANGE);
    assertThat(q.max()).isEqualTo(2);
  }

  @Test
  void twoThirds() {
    Quantity q = only("不少于相应班子总数的三分之二");
    assertThat(q.kind()).isEqualTo(Kind.PERCENT);
    assertThat(q.value()).isEqualTo(66.67);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_LEAST);
  }

  @Test
  void oneThirdOrMore() {
    Quantity q = only("40岁以下干部所占比例达到三分之一以上".substring(10));
    assertThat(q.value()).isEqualTo(33.33);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_LEAST);
  }

  @Test
  void halfOrMore() {
    Quantity q = only("具有基层工作经历的干部一半以上");
    assertThat(q.kind()).isEqualTo(Kind.PERCENT);
    assertThat(q.value()).isEqualTo(50);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_LEAST);
  }

  @Test
  void percentInWords() {
    Quantity q = only("提拔比例不超过百分之十五");
    assertThat(q.kind()).isEqualTo(Kind.PERCENT);
    assertThat(q.value()).isEqualTo(15);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_MOST);
  }

  @Test
  void deadlineBeforeTheEndOf2018() {
    Quantity q = only("2018年底前完成整改");
    assertThat(q.kind()).isEqualTo(Kind.DEADLINE);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_MOST);
    assertThat(q.value()).isEqualTo(2018 * 12 + 12);
    assertThat(q.unit()).isEqualTo("日期");
  }

  @Test
  void deadlineBeforeJune() {
    Quantity q = only("2019年6月前出台具体办法");
    assertThat(q.kind()).isEqualTo(Kind.DEADLINE);
    assertThat(q.value()).isEqualTo(2019 * 12 + 5);
  }

  @Test
  void aboutAHundredPeopleEachYear() {
    Quantity q = only("每年选派100名左右科长参加相关专题培训");
    assertThat(q.kind()).isEqualTo(Kind.COUNT);
    assertThat(q.cmp()).isEqualTo(Cmp.ABOUT);
    assertThat(q.value()).isEqualTo(100);
    assertThat(q.periodLabel()).isEqualTo("每年");
  }

  @Test
  void qualifierSeveralWordsBeforeTheNumber() {
    Quantity q = only("每年至少与每名青年干部开展一对一谈话1次");
    assertThat(q.cmp()).isEqualTo(Cmp.AT_LEAST);
    assertThat(q.value()).isEqualTo(1);
    assertThat(q.periodLabel()).isEqualTo("每年");
  }

  @Test
  void chineseNumeralCount() {
    Quantity q = only("开展中层干部横向交流十六人");
    assertThat(q.value()).isEqualTo(16);
    assertThat(q.unit()).isEqualTo("人");
  }

  @Test
  void everyHalfYear() {
    Quantity q = only("每半年对各单位落实情况进行一次通报");
    assertThat(q.kind()).isEqualTo(Kind.FREQUENCY);
    assertThat(q.periodMonths()).isEqualTo(6);
    assertThat(q.perYear()).isEqualTo(2);
  }

  @Test
  void severalQuantitiesInTextOrder() {
    List<Quantity> qs = QuantityParser.parse(
        "每年分别选派10名左右干部到乡镇（街道），20名左右干部到上级机关或先发地区，70名左右干部到重点工程挂职锻炼");
    assertThat(qs).extracting(Quantity::value).containsExactly(10.0, 20.0, 70.0);
    assertThat(qs).allSatisfy(q -> assertThat(q.periodLabel()).isEqualTo("每年"));
  }

  @Test
  void aCalendarYearIsNoDuration() {
    assertThat(QuantityParser.parse("2018年跨部门交流科级干部")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "为全面贯彻落实市委十一届八次全会决策部署",
      "以纪念改革开放40周年为契机",
      "统一思想，进一步提高政治站位",
      "重点开展“一人一事一策”抓整改",
      "是第一责任人",
      "一次性补助",
      "坚持“三个区分开来”",
      "树牢“四个意识”，做到“两个维护”",
      "构建“六位一体”的激励体系",
      "贯彻“二十字”好干部标准",
      "一张蓝图绘到底",
      "建立问题整改一本账",
      "材料于每月25日前报送",
      "定于4月18日召开推进会",
  })
  void ordinalsAndWordsAreNoQuantities(String text) {
    assertThat(QuantityParser.parse(text)).as(text).isEmpty();
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "每年与中层干部谈心谈话不少于2次，及时了解干部的思想状态";
    for (Quantity q : QuantityParser.parse(text)) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  // --- Cases that were once wrong, kept as regression tests. ---

  @Test
  void moreThanBetweenNumberAndUnit() {
    Quantity q = only("全区370余名中层干部参加“比武”活动");
    assertThat(q.value()).isEqualTo(370);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_LEAST);
    assertThat(q.unit()).isEqualTo("人");
    assertThat(only("分系统开展“比武”活动10余次").value()).isEqualTo(10);
    assertThat(only("累计协调解决群众急难愁盼问题2600多个").value()).isEqualTo(2600);
  }

  @Test
  void previousRoundIsNoQuantity() {
    assertThat(QuantityParser.parse("全面起底排查上一轮巡视以来提拔的干部")).isEmpty();
  }

  @Test
  void personTimesKeepTheirUnit() {
    List<Quantity> qs = QuantityParser.parse("开展公务员职级晋升9批次314人次");
    assertThat(qs).extracting(Quantity::text).containsExactly("9批次", "314人次");
  }

  @Test
  void halfYearsAreDurationsButNotPartsOfAYearOrPeriods() {
    assertThat(only("选派年轻干部到信访岗位锻炼半年")).extracting(Quantity::kind, Quantity::value)
        .containsExactly(Kind.DURATION, 6.0);
    Quantity within = only("半年内完成整改");
    assertThat(within.cmp()).isEqualTo(Cmp.AT_MOST);
    assertThat(only("挂职时间一般为一年半")).extracting(Quantity::text, Quantity::value).containsExactly("一年半", 18.0);
    assertThat(only("锻炼时间不少于半年").cmp()).isEqualTo(Cmp.AT_LEAST);
    assertThat(QuantityParser.parse("上半年召开一次推进会，下半年开展半年度考核")).extracting(Quantity::kind)
        .doesNotContain(Kind.DURATION);
    Quantity rate = only("每半年开展1次谈心谈话");
    assertThat(rate.kind()).isEqualTo(Kind.FREQUENCY);
    assertThat(rate.periodMonths()).isEqualTo(6.0);
  }

  @Test
  void aDeadlineToTheDay() {
    Quantity end = only("应当于2023年12月31日前完成干部档案专项审核工作");
    assertThat(end.kind()).isEqualTo(Kind.DEADLINE);
    assertThat(end.value()).isEqualTo(only("2023年底前完成").value());
    assertThat(only("2025年6月30日前完成").value()).isEqualTo(only("2025年6月底前完成").value());
    assertThat(only("2025年6月15日前完成").value()).isLessThan(only("2025年6月底前完成").value())
        .isGreaterThan(only("2025年5月底前完成").value());
  }

  @Test
  void onceInEachHalfOfTheYear() {
    Quantity q = only("单位主要负责人每年上下半年各与班子成员谈心谈话1次");
    assertThat(q.kind()).isEqualTo(Kind.FREQUENCY);
    assertThat(q.perYear()).isEqualTo(2.0);
  }

  @Test
  void aHalfAfterAYearOrBeforeTimesIsNoDuration() {
    assertThat(QuantityParser.parse("2023年半年考核结果通报")).isEmpty();
    Quantity q = only("半年一次开展谈心谈话");
    assertThat(q.kind()).isEqualTo(Kind.FREQUENCY);
    assertThat(q.perYear()).isEqualTo(2.0);
  }

  @Test
  void daysWithinAreADuration() {
    Quantity q = only("反馈的问题在15日内办结");
    assertThat(q.kind()).isEqualTo(Kind.DURATION);
    assertThat(q.cmp()).isEqualTo(Cmp.AT_MOST);
    assertThat(q.value()).isEqualTo(0.5);
    assertThat(only("公示期不少于5个自然日").cmp()).isEqualTo(Cmp.AT_LEAST);
    assertThat(only("调整后不超过20日完成备案").value()).isLessThan(q.value() * 2);
  }

  @Test
  void minutesMoneyWordsAndPiecesAreCounts() {
    assertThat(only("每次集中学习时间不超过60分钟")).extracting(Quantity::kind, Quantity::cmp, Quantity::value,
        Quantity::unit).containsExactly(Kind.COUNT, Cmp.AT_MOST, 60.0, "分钟");
    Quantity pay = only("驻村补助每人每月不低于800元");
    assertThat(pay).extracting(Quantity::cmp, Quantity::value, Quantity::unit, Quantity::periodMonths)
        .containsExactly(Cmp.AT_LEAST, 800.0, "元", 1.0);
    assertThat(only("安排培训经费3万元").value()).isEqualTo(30000);
    assertThat(only("情况报告一般不超过3000字").unit()).isEqualTo("字");
    assertThat(only("情况报告不超过3千字").value()).isEqualTo(3000);
    assertThat(only("宣传展板最多6块")).extracting(Quantity::cmp, Quantity::value, Quantity::unit)
        .containsExactly(Cmp.AT_MOST, 6.0, "块");
  }

  @Test
  void weeklyAndDailyPeriodsHaveWords() {
    assertThat(only("每周至少开展1次").periodLabel()).isEqualTo("每周");
    assertThat(only("每两周召开1次调度会").periodLabel()).isEqualTo("每2周");
    assertThat(only("每天报送1次进展").periodLabel()).isEqualTo("每天");
  }

  @Test
  void aDateInEveryYearComparesWithDatesInEveryYearOnly() {
    Quantity jan = only("于每年1月31日前如实填报个人有关事项");
    Quantity march = only("每年3月底前报送上一年度情况");
    assertThat(jan.kind()).isEqualTo(Kind.DEADLINE);
    assertThat(jan.value()).isLessThan(march.value());
    assertThat(jan.comparableTo(march)).isTrue();
    assertThat(jan.comparableTo(only("2025年1月31日前完成"))).isFalse();
    Quantity thisYear = only("考核结果于2月15日前报县委组织部备案");
    assertThat(thisYear.comparableTo(march)).isTrue();
    assertThat(thisYear.value()).isGreaterThan(jan.value()).isLessThan(march.value());
    assertThat(only("年底前完成问题整改").value()).isEqualTo(only("今年12月底前完成问题整改").value());
  }

  @Test
  void aDayOfTheMonthIsNoCountOfDaysAndAWordCountMayBeInChineseNumerals() {
    assertThat(QuantityParser.parse("于每月10日内报送上月工作情况")).isEmpty();
    assertThat(only("心得体会不少于三千字").value()).isEqualTo(3000);
    assertThat(only("每7天开展1次安全检查").perYear()).isGreaterThanOrEqualTo(only("每周开展1次安全检查").perYear());
  }

  @Test
  void hoursWithinAreATimeLimitOnTheScaleOfDays() {
    Quantity hours = only("接到报告后72小时内上报");
    assertThat(hours.kind()).isEqualTo(Kind.DURATION);
    assertThat(hours.comparableTo(only("接到报告后2日内上报"))).isTrue();
    assertThat(hours.value()).isGreaterThan(only("接到报告后2日内上报").value());
    assertThat(only("每年参加培训不少于40小时").kind()).isEqualTo(Kind.COUNT);
  }

  @Test
  void aMultiplierAloneIsNoNumber() {
    assertThat(QuantityParser.parse("全县共有1.2万人参加培训")).noneMatch(q -> q.value() <= 0);
  }
}
