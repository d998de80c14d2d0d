package org.duibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.nlp.Quantity;
import org.duibiao.nlp.QuantityParser;
import org.duibiao.rules.QuantityConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a plan states against what a measure requires: per-period rates, 左右, thresholds, deadlines, shares. */
class QuantityComparatorTest {

  private static QuantityComparator.Shortfall compare(String required, String stated) {
    List<QuantityConstraint> req = QuantityParser.parse(required).stream().map(QuantityConstraint::of).toList();
    assertThat(req).as("quantities in %s", required).isNotEmpty();
    List<Quantity> plan = QuantityParser.parse(stated);
    return QuantityComparator.compare(req, plan);
  }

  @ParameterizedTest(name = "{1} falls short of {0}")
  @CsvSource(delimiter = '|', value = {
      "每年与中层干部谈心谈话不少于2次 | 每年与科室负责人谈话1次",
      "每年至少开展一次应急演练 | 每两年至少开展一次应急演练",
      "每年选派100名左右科长参加培训 | 每年选派80名科长参加培训",
      "分管工作满5年的，应当调整分工 | 在同一岗位任职满9年的，实行轮岗",
      "先安排到基层一线锻炼1年 | 新进人员到窗口单位跟班，期限为8个月",
      "配有40岁左右干部的，不少于相应班子总数的三分之二 | 有40岁左右成员的班子占总数的60%",
      "跨部门交流科级干部应占总数的15%左右 | 轮岗干部占比不低于9%",
      "2018年底前完成 | 2019年6月底前完成",
      "每三年开展一次跨部门交流 | 每五年开展一次跨部门交流",
      "乡镇党政正职中35岁以下干部占15%左右 | 乡镇党政正职中40岁以下干部占15%左右"})
  void weakerStatementsFallShort(String required, String stated) {
    assertThat(compare(required, stated)).isNotNull();
  }

  @ParameterizedTest(name = "{1} meets {0}")
  @CsvSource(delimiter = '|', value = {
      "每年对40岁以下干部开展专题培训 | 每年对45岁以下干部开展专题培训",
      "每年与中层干部谈心谈话不少于2次 | 班子成员每年至少同分管科室干部谈话2次",
      "每年与中层干部谈心谈话不少于2次 | 每半年谈心谈话1次",
      "每年选派100名左右科长参加培训 | 每年选派95名科长参加培训",
      "分管工作满5年的，应当调整分工 | 分管工作满3年的，调整分工",
      "先安排到基层一线锻炼1年 | 先安排到基层一线锻炼2年",
      "2018年底前完成 | 2018年10月底前完成"})
  void equalOrStrongerStatementsMeetTheRequirement(String required, String stated) {
    assertThat(compare(required, stated)).isNull();
  }

  @Test
  void aCityWideTotalIsNotComparedWithOneUnitsShare() {
    assertThat(compare("每年有计划地选派100名左右市级机关干部挂职锻炼", "每年派出3至4名干部挂职锻炼")).isNull();
  }

  @Test
  void countsOfDifferentThingsAreNotCompared() {
    assertThat(compare("在44个单位组织开展评选活动", "从四个维度对站所负责人进行考评")).isNull();
  }

  @Test
  void theShortfallSaysWhatThePlanStatesAndWhatIsRequired() {
    QuantityComparator.Shortfall s = compare("每年与中层干部谈心谈话不少于2次", "每年与中层干部谈心谈话1次");
    assertThat(s.planText()).isEqualTo("每年1次");
    assertThat(s.requiredText()).isEqualTo("每年不少于2次");
  }
}
