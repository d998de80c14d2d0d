package org.duibiao.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypeGuesserTest {

  private static final String BODY = "为贯彻落实市委部署要求，结合实际，现提出如下要求。";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "关于加强中层干部队伍建设的实施意见|POLICY",
      "关于进一步加强中层干部队伍建设的通知|POLICY",
      "青山县中层干部队伍建设工作方案|PLAN",
      "关于加强中层干部队伍建设的实施方案|PLAN",
      "关于激励全区干部担当作为的方案（试行）|PLAN",
      "青山县2019年干部教育培训工作要点|PLAN",
      "青山县贯彻落实《关于加强中层干部队伍建设的实施意见》的具体措施|PLAN",
      "关于贯彻落实《关于加强中层干部队伍建设的实施意见》的工作方案|PLAN",
      "《关于加强中层干部队伍建设的实施意见》|POLICY",
      "安庆组工信息|REPORT",
      "青山县委组织部关于2019年度干部工作的情况报告|REPORT",
  })
  void byTitle(String title, DocumentType type) {
    MetadataExtractor.TypeGuess g = DocumentTypeGuesser.guess(title, title + "\n" + BODY, "", 2);
    assertThat(g.type()).isEqualTo(type);
    assertThat(g.confidence()).isBetween(0.5, 1.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "我市出台加强市级机关领导班子建设十条措施|7月16日，记者从南通市委组织部获悉，南通市出台十条措施。|NEWS",
      "中层干部是干事创业的中坚力量|近年来，全区累计交流干部92人，取得明显成效，去年以来新提拔干部45人。|REPORT",
  })
  void byText(String title, String text, DocumentType type) {
    assertThat(DocumentTypeGuesser.guess(title, title + "\n" + text, "", 2).type()).isEqualTo(type);
  }

  @org.junit.jupiter.api.Test
  void noCueIsAReportWithNoConfidence() {
    MetadataExtractor.TypeGuess g = DocumentTypeGuesser.guess("", "今天天气很好。", "", 1);
    assertThat(g.type()).isEqualTo(DocumentType.REPORT);
    assertThat(g.confidence()).isZero();
  }
}
