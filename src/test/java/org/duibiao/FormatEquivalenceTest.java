package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duibiao.fixtures.DocxFixture;
import org.duibiao.fixtures.PdfFixture;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.ingest.ExtractedText;
import org.duibiao.ingest.UnreadableInputException;
import org.duibiao.normalize.NormalizationWarning;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One plan in every form it arrives in gives the same clauses: .txt in UTF-8, GB18030, UTF-16 and (traditional)
 * Big5, a .docx, and PDFs whose printed lines break mid-word with wide and with single spacing. Quotes are checked
 * against each format's own original text.
 */
class FormatEquivalenceTest {

  private static final Path PLAN = Path.of("src/test/resources/formats/plan.txt");
  private static final Path TRADITIONAL = Path.of("src/test/resources/formats/plan-traditional.txt");
  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  private static String planText;
  private static PolicyDocument reference;

  @BeforeAll
  static void readReference() throws Exception {
    planText = Files.readString(PLAN, StandardCharsets.UTF_8);
    reference = parse("plan.txt", planText.getBytes(StandardCharsets.UTF_8));
    assertThat(reference.clauses()).hasSizeGreaterThan(15);
  }

  private static PolicyDocument parse(String name, byte[] bytes) throws UnreadableInputException {
    ExtractedText t = EXTRACTOR.extract(name, bytes);
    return DocumentStructurer.structure(t);
  }

  private static List<String> texts(PolicyDocument d) {
    return d.clauses().stream().map(Clause::text).toList();
  }

  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** The same clauses, and every quote verbatim from this format's own original text. */
  private static void assertSamePlan(PolicyDocument d) {
    assertThat(texts(d)).containsExactlyElementsOf(texts(reference));
    assertThat(d.clauses()).extracting(Clause::path).containsExactlyElementsOf(
        reference.clauses().stream().map(Clause::path).toList());
    assertThat(d.metadata().title()).isEqualTo(reference.metadata().title());
    assertThat(d.metadata().date()).isEqualTo(reference.metadata().date());
    assertThat(d.fingerprint()).isEqualTo(reference.fingerprint());
    for (int i = 0; i < d.clauses().size(); i++) {
      Clause c = d.clauses().get(i);
      assertThat(c.quote()).isEqualTo(d.text().original().substring(c.start(), c.end()));
      // Line breaks, indents and a page number between two pages aside, the quote is the reference's.
      assertThat(withoutNoise(d, c)).isEqualTo(reference.clauses().get(i).quote().replaceAll("\\s", ""));
    }
  }

  /** A clause's quote without whitespace and without the page furniture normalization removed from inside it. */
  private static String withoutNoise(PolicyDocument d, Clause c) {
    StringBuilder sb = new StringBuilder(d.text().original().substring(c.start(), c.end()));
    List<NormalizationWarning> inside = d.warnings().stream()
        .filter(w -> w.start() >= c.start() && w.end() <= c.end()).toList();
    for (int k = inside.size() - 1; k >= 0; k--) {
      sb.delete(inside.get(k).start() - c.start(), inside.get(k).end() - c.start());
    }
    return sb.toString().replaceAll("\\s", "");
  }

  @Test
  void gb18030() throws Exception {
    PolicyDocument d = parse("plan-gb.txt", planText.getBytes(Charset.forName("GB18030")));
    assertThat(d.charset()).isEqualTo("GB18030");
    assertSamePlan(d);
  }

  @Test
  void utf8WithBomAndUtf16() throws Exception {
    byte[] utf8 = planText.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertSamePlan(parse("plan-bom.txt", bom));
    assertSamePlan(parse("plan-utf16.txt", planText.getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void crlfLineEnds() throws Exception {
    assertSamePlan(parse("plan-crlf.txt", planText.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void docx() throws Exception {
    PolicyDocument d = parse("plan.docx", DocxFixture.write(paragraphs(planText), 2));
    assertThat(d.mediaType()).endsWith("wordprocessingml.document");
    assertSamePlan(d);
  }

  @Test
  void aWordTableKeepsEachRowOnOneLine() throws Exception {
    PolicyDocument d = parse("tasks.docx", DocxFixture.table("某局干部教育培训实施方案", List.of(
        List.of("任务", "责任单位", "完成时限"),
        List.of("局机关党支部集中学习", "办公室", "每年不少于6次"),
        List.of("对新提拔的干部开展任前谈话", "人事处\n干部科", "提拔后3个月内"))));
    assertThat(d.text().original()).contains("局机关党支部集中学习\t办公室\t每年不少于6次\n")
        .contains("对新提拔的干部开展任前谈话\t人事处 干部科\t提拔后3个月内");
    Clause talk = d.clauses().stream().filter(c -> c.text().startsWith("对新提拔")).findFirst().orElseThrow();
    assertThat(talk.quantities()).extracting(q -> q.text()).containsExactly("3个月内");
  }

  @Test
  void aReviewedWordDocumentReadsAsItPrints() throws Exception {
    PolicyDocument d = parse("reviewed.docx", DocxFixture.reviewed("内部资料 注意保存", "某局年轻干部实践锻炼工作方案",
        "一、每年选派不少于", "10", "20", "名年轻干部到基层一线实践锻炼。", "建议写明选派的具体岗位。",
        "二、实践锻炼期满进行考核。"));
    assertThat(d.metadata().title()).isEqualTo("某局年轻干部实践锻炼工作方案");
    assertThat(texts(d)).containsExactly("每年选派不少于20名年轻干部到基层一线实践锻炼", "实践锻炼期满进行考核");
    assertThat(d.text().original()).doesNotContain("内部资料").doesNotContain("建议写明");
  }

  @Test
  void aWebPageLaidOutInATableKeepsItsParagraphs() throws Exception {
    String html = "<html><body><table><tr><td><p>某局关于加强干部教育培训工作的实施方案</p><p>一、总体要求</p>"
        + "<p>坚持问题导向。</p><p>二、主要措施</p><p>每年集中轮训不少于2次。</p></td></tr></table></body></html>";
    PolicyDocument d = parse("layout.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(d.metadata().title()).isEqualTo("某局关于加强干部教育培训工作的实施方案");
    assertThat(texts(d)).containsExactly("坚持问题导向", "每年集中轮训不少于2次");
  }

  @Test
  void pdfWithWideLineSpacing() throws Exception {
    PolicyDocument d = parse("plan.pdf", PdfFixture.write(printed(planText), 28, PdfFixture.WIDE));
    assertThat(d.mediaType()).isEqualTo("application/pdf");
    assertSamePlan(d);
    assertThat(d.warnings()).extracting(w -> w.kind()).containsOnly("page-furniture");
  }

  @Test
  void pdfWithSingleSpacingAndANarrowerLine() throws Exception {
    assertSamePlan(parse("plan-narrow.pdf", PdfFixture.write(printed(planText), 23, PdfFixture.TIGHT)));
  }

  @Test
  void traditionalInBig5ReadsLikeItsUtf8CopyAndLikeTheSimplifiedPlan() throws Exception {
    String trad = Files.readString(TRADITIONAL, StandardCharsets.UTF_8);
    PolicyDocument utf8 = parse("plan-traditional.txt", trad.getBytes(StandardCharsets.UTF_8));
    PolicyDocument big5 = parse("plan-big5.txt", trad.getBytes(Charset.forName("Big5")));
    assertThat(big5.charset()).isEqualTo("Big5");
    assertThat(big5.text().script().label()).isEqualTo("traditional");
    assertThat(big5.clauses()).extracting(Clause::quote)
        .containsExactlyElementsOf(utf8.clauses().stream().map(Clause::quote).toList());
    assertThat(texts(big5)).containsExactlyElementsOf(texts(reference));
    assertThat(big5.metadata().title()).isEqualTo("關於加強中層幹部隊伍建設的實施方案");
    assertThat(big5.clauses().get(0).quote()).startsWith("為貫徹落實市委關於加強中層幹部隊伍建設的部署要求");
  }

  @Test
  void traditionalAsPdf() throws Exception {
    String trad = Files.readString(TRADITIONAL, StandardCharsets.UTF_8);
    PolicyDocument d = parse("plan-traditional.pdf", PdfFixture.write(printed(trad), 28, PdfFixture.WIDE));
    assertThat(texts(d)).containsExactlyElementsOf(texts(reference));
  }

  /** The title block and the signature print unwrapped; body paragraphs wrap. */
  private static List<String> printed(String text) {
    List<String> paras = paragraphs(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paras.size(); i++) {
      boolean block = i < 2 || i >= paras.size() - 2;
      out.add(block ? "\u0001" + paras.get(i) : paras.get(i));
    }
    return out;
  }

  @Test
  void theFixturesAreFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    // The generated fixtures open as files too, as a user would give them to duibiao parse.
    Path pdf = dir.resolve("plan.pdf");
    Files.write(pdf, PdfFixture.write(printed(planText), 28, PdfFixture.WIDE));
    org.duibiao.cli.Run r = org.duibiao.cli.Run.of("parse", "--format", "text", pdf.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("标题  关于加强中层干部队伍建设的实施方案", "每年与中层干部谈心谈话不少于2次");
  }
}
