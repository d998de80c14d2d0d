package org.duibiao.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.duibiao.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Front matter and signatures as official documents write them. */
class MetadataExtractorTest {

  private static DocMetadata meta(String text) {
    return doc(text).metadata();
  }

  private static PolicyDocument doc(String text) {
    return DocumentStructurer.structure("test.txt", "text/plain", "UTF-8", TextNormalizer.normalize(text));
  }

  private static final String BODY = "\n为进一步加强中层干部队伍建设，结合实际，提出如下意见。\n一、加强教育培训。每年举办专题培训班不少于2期。\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "中办发〔2018〕29号|中办发〔2018〕29号",
      "鲁发［2018］35号|鲁发〔2018〕35号",
      "鲁发[2018]35号|鲁发〔2018〕35号",
      "安组发〔2019〕7号|安组发〔2019〕7号",
  })
  void docNumberVariants(String written, String normalized) {
    DocMetadata m = meta(written + "\n关于加强中层干部队伍建设的实施意见" + BODY);
    assertThat(m.docNumbers()).containsExactly(normalized);
    assertThat(m.title()).isEqualTo("关于加强中层干部队伍建设的实施意见");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2018年10月15日|2018-10-15",
      "二〇一八年十月十五日|2018-10-15",
      "二零一九年三月八日|2019-03-08",
      "2018-09-06|2018-09-06",
      "（2018年10月15日）|2018-10-15",
  })
  void signatureDates(String written, String iso) {
    DocMetadata m = meta("关于加强中层干部队伍建设的实施意见" + BODY + "中共青山县委组织部\n" + written + "\n");
    assertThat(m.date()).isEqualTo(iso);
    assertThat(m.issuer()).isEqualTo("中共青山县委组织部");
  }

  @Test
  void aTitleOverTwoLines() {
    DocMetadata m = meta("关于深化市直单位“建设中层、赢在执行”\n\n专项活动的实施意见" + BODY);
    assertThat(m.title()).isEqualTo("关于深化市直单位“建设中层、赢在执行”专项活动的实施意见");
  }

  @Test
  void aNoticeWrappingItsPolicyTakesThePolicysTitle() {
    DocMetadata m = meta("关于印发《关于加强中层干部队伍建设的实施意见》的通知\n各县（市、区）委，市直各单位：\n"
        + "现将《关于加强中层干部队伍建设的实施意见》印发给你们，请认真贯彻执行。\n中共青山市委办公室\n2019年3月18日\n"
        + "关于加强中层干部队伍建设的实施意见" + BODY);
    assertThat(m.title()).isEqualTo("关于加强中层干部队伍建设的实施意见");
    assertThat(m.recipients()).isEqualTo("各县（市、区）委，市直各单位");
    assertThat(m.issuer()).isEqualTo("中共青山市委办公室");
    assertThat(m.date()).isEqualTo("2019-03-18");
    assertThat(m.type()).isEqualTo(DocumentType.POLICY);
    assertThat(m.region()).isEqualTo("青山市");
    assertThat(m.level()).isEqualTo("市");
  }

  @Test
  void theIssuerFromTheTitle() {
    DocMetadata m = meta("中共青岛市委关于进一步激励广大干部新时代新担当新作为的实施意见" + BODY);
    assertThat(m.issuer()).isEqualTo("中共青岛市委");
    assertThat(m.region()).isEqualTo("青岛市");
  }

  @Test
  void aDistrictRegion() {
    DocMetadata m = meta("中共济南市历下区委组织部\n关于加强中层干部队伍建设的实施方案" + BODY);
    assertThat(m.region()).isEqualTo("济南市历下区");
    assertThat(m.level()).isEqualTo("区");
    assertThat(m.type()).isEqualTo(DocumentType.PLAN);
  }

  @Test
  void citedDocumentsWithTheirNumbers() {
    DocMetadata m = meta("关于加强中层干部队伍建设的实施意见\n根据《中共山东省委关于进一步激励广大干部新时代新担当新作为的实施意见》"
        + "（鲁发〔2018〕35号）和《干部选拔任用工作条例》要求，结合实际，提出如下意见。\n一、加强教育培训。\n");
    assertThat(m.cited()).extracting(CitedDocument::title, CitedDocument::docNumber).containsExactly(
        org.assertj.core.groups.Tuple.tuple("中共山东省委关于进一步激励广大干部新时代新担当新作为的实施意见", "鲁发〔2018〕35号"),
        org.assertj.core.groups.Tuple.tuple("干部选拔任用工作条例", ""));
  }

  @Test
  void traditionalTitleStaysTraditional() {
    DocMetadata m = meta("關於加強中層幹部隊伍建設的實施方案\n為進一步加強中層幹部隊伍建設，結合實際，制定本方案。\n一、加強教育培訓。\n");
    assertThat(m.title()).isEqualTo("關於加強中層幹部隊伍建設的實施方案");
    assertThat(m.type()).isEqualTo(DocumentType.PLAN);
  }

  @Test
  void theDistributionBlockIsNoClause() {
    PolicyDocument d = doc("关于加强中层干部队伍建设的实施方案" + BODY
        + "中共青山县委组织部\n2019年3月18日\n抄送：市委组织部。\n青山县委组织部办公室 2019年3月18日印发\n");
    assertThat(d.clauses()).extracting(Clause::text).noneMatch(t -> t.contains("抄送") || t.contains("印发"));
  }

  @Test
  void aNewsReportNamesItsSource() {
    DocMetadata m = meta("我市出台加强市级机关领导班子建设十条措施\n7月16日，记者从南通市委组织部获悉，南通市出台《关于进一步加强市级机关"
        + "领导班子建设的十条措施》，从加强领导班子建设等方面提出十条措施。\n");
    assertThat(m.type()).isEqualTo(DocumentType.NEWS);
    assertThat(m.issuer()).isEqualTo("南通市委组织部");
  }

  @Test
  void aJointNoticeIsSignedByEveryBodyAboveTheDate() {
    PolicyDocument d = doc("关于做好人才引进工作的通知\n一、每年引进高层次人才不少于20名。\n二、建立人才联系服务制度。\n\n"
        + "中共某某市委组织部\n某某市人力资源和社会保障局\n2024年6月10日\n");
    assertThat(d.metadata().issuer()).isEqualTo("中共某某市委组织部、某某市人力资源和社会保障局");
    assertThat(d.metadata().date()).isEqualTo("2024-06-10");
    assertThat(d.clauses()).extracting(Clause::text).containsExactly("每年引进高层次人才不少于20名", "建立人才联系服务制度");
  }

  @Test
  void jointBodiesOnOneLineStayApart() {
    PolicyDocument signed = doc("关于做好人才引进工作的通知\n一、每年引进高层次人才不少于20名。\n\n"
        + "中共某某县委组织部　　　　某某县人力资源和社会保障局\n2024年6月10日\n");
    assertThat(signed.metadata().issuer()).isEqualTo("中共某某县委组织部、某某县人力资源和社会保障局");
    assertThat(signed.metadata().region()).isEqualTo("某某县");
    DocMetadata head = meta("中共某某县委组织部 某某县财政局\n关于规范村干部报酬管理的通知" + BODY);
    assertThat(head.issuer()).isEqualTo("中共某某县委组织部、某某县财政局");
    assertThat(head.title()).isEqualTo("关于规范村干部报酬管理的通知");
    DocMetadata twoLines = meta("中共某某县委组织部\n某某县财政局\n关于规范村干部报酬管理的通知" + BODY);
    assertThat(twoLines.issuer()).isEqualTo("中共某某县委组织部、某某县财政局");
    assertThat(twoLines.title()).isEqualTo("关于规范村干部报酬管理的通知");
  }

  @Test
  void aTraditionalDocumentsNumbersAndCitationsStayTraditional() {
    DocMetadata m = meta("中共某某縣委組織部文件\n\n某組發［2024］12號\n\n關於做好幹部培訓工作的實施方案\n\n"
        + "為貫徹落實《關於加強幹部教育培訓的若干措施》（某組發〔2023〕5號），制定本方案。\n一、每年舉辦培訓班不少於2期。\n");
    assertThat(m.docNumbers()).containsExactly("某組發〔2024〕12號");
    assertThat(m.cited()).singleElement().satisfies(c -> {
      assertThat(c.title()).isEqualTo("關於加強幹部教育培訓的若干措施");
      assertThat(c.docNumber()).isEqualTo("某組發〔2023〕5號");
    });
  }

  @Test
  void theRedMastheadNamesTheIssuerNotTheTitle() {
    DocMetadata m = meta("中共某某市委组织部文件\n\n某组发〔2024〕12号\n\n关于加强新时代干部教育培训工作的若干措施\n\n"
        + "各县（市、区）委组织部：\n" + BODY);
    assertThat(m.title()).isEqualTo("关于加强新时代干部教育培训工作的若干措施");
    assertThat(m.issuer()).isEqualTo("中共某某市委组织部");
    assertThat(m.docNumbers()).containsExactly("某组发〔2024〕12号");
  }

  @Test
  void aWrappedCitationsNumberIsNotThePlansOwn() {
    DocMetadata m = meta("某某市财政局关于加强干部教育培训工作的实施方案\n为贯彻落实市委组织部《关于加强新时代干部教育培训工作的若\n"
        + "干措施》（某组发〔2024〕12号），结合我局实际，制定\n本方案。\n" + BODY);
    assertThat(m.docNumbers()).isEmpty();
  }
}
