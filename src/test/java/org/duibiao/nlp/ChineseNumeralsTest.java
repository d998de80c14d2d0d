package org.duibiao.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "一, 1", "二, 2", "两, 2", "十, 10", "十一, 11", "十五, 15", "二十, 20", "二十三, 23", "一百, 100",
      "一百二十, 120", "一百零五, 105", "三千, 3000", "一万, 10000", "两万五千, 25000", "〇, 0", "零, 0",
      "二〇一八, 2018", "二零一九, 2019", "半, 0.5", "12, 12", "1.5, 1.5", "'1,200', 1200", "三分之二, 0.6666666666666666",
      "百分之十五, 0.15"})
  void parses(String numeral, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(ChineseNumerals.parse(numeral)).isNaN();
    } else {
      assertThat(ChineseNumerals.parse(numeral)).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "年", "十a", "abc", "第一"})
  void rejectsNonNumerals(String s) {
    assertThat(ChineseNumerals.parse(s)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"百分之十五"})
  void percentWordsAreLeftToTheQuantityParser(String s) {
    assertThat(QuantityParser.parse(s)).singleElement().satisfies(q -> assertThat(q.value()).isEqualTo(15.0));
  }
}
