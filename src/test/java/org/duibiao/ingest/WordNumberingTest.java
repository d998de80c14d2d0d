package org.duibiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.duibiao.fixtures.DocxFixture;
import org.duibiao.fixtures.DocxFixture.Item;
import org.duibiao.fixtures.DocxFixture.Level;
import org.junit.jupiter.api.Test;

/** Word's list numbering written out as the labels Word shows, before Tika reads the document. */
class WordNumberingTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  private static List<String> lines(byte[] docx) throws Exception {
    return Arrays.stream(EXTRACTOR.extract("t.docx", docx).text().split("\n")).map(String::strip)
        .filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void chineseCountingGoesOnPastTenAsWordWritesIt() throws Exception {
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      items.add(Item.of("第" + i + "项谈心谈话内容", 1, 0));
    }
    List<String> lines = lines(DocxFixture.lists(List.of(List.of(Level.of("chineseCounting", "%1、"))), List.of(),
        items));
    assertThat(lines).hasSize(23);
    assertThat(lines.get(0)).isEqualTo("一、第1项谈心谈话内容");
    assertThat(lines.get(9)).isEqualTo("十、第10项谈心谈话内容");
    assertThat(lines.get(10)).isEqualTo("十一、第11项谈心谈话内容");
    assertThat(lines.get(19)).isEqualTo("二十、第20项谈心谈话内容");
    assertThat(lines.get(20)).isEqualTo("二十一、第21项谈心谈话内容");
    assertThat(lines.get(22)).isEqualTo("二十三、第23项谈心谈话内容");
  }

  @Test
  void levelsTakeTheirOwnFormatsUnlessLegalAndRestartAsTold() throws Exception {
    List<Level> levels = List.of(
        new Level("chineseCounting", "第%1章", 1, null, false, "space"),
        new Level("decimal", "%1.%2", 1, null, true, null), // isLgl: the chapter's number in digits too
        new Level("decimalEnclosedCircle", "%3", 1, 0, false, null), // lvlRestart 0: never restarts
        new Level("ideographTraditional", "%4.", 1, null, false, "nothing"));
    List<String> lines = lines(DocxFixture.lists(List.of(levels), List.of(), List.of(
        Item.of("干部选拔", 1, 0),
        Item.of("民主推荐", 1, 1),
        Item.of("组织考察", 1, 2),
        Item.of("考察对象公示", 1, 2),
        Item.of("听取群众意见", 1, 3),
        Item.of("核实反映问题", 1, 3),
        Item.of("干部培训", 1, 0),
        Item.of("集中轮训", 1, 1),
        Item.of("网络学习", 1, 2),
        Item.of("调研课题", 1, 3))));
    assertThat(lines).containsExactly(
        "第一章 干部选拔",
        "1.1 民主推荐",
        "①组织考察",
        "②考察对象公示",
        "甲.听取群众意见",
        "乙.核实反映问题",
        "第二章 干部培训",
        "2.1 集中轮训",
        "③网络学习",
        "甲.调研课题");
  }

  @Test
  void numberingFromAStyleAndTheStylesItIsBasedOn() throws Exception {
    List<Level> outline = List.of(Level.of("chineseCounting", "%1、"), Level.of("chineseCounting", "（%2）"));
    List<String[]> styles = List.of(
        new String[] {"Heading1", null, "1", null},
        new String[] {"Heading2", null, "1", "1"},
        new String[] {"PlanHeading", "Heading1", null, null});
    List<String> lines = lines(DocxFixture.lists(List.of(outline), styles, List.of(
        new Item("总体要求", 0, -1, "Heading1"),
        new Item("主要任务", 0, -1, "PlanHeading"),
        new Item("健全培养链条", 0, -1, "Heading2"),
        new Item("完善激励机制", 0, -1, "Heading2"),
        new Item("附件清单", -1, -1, "Heading1"), // numId 0 switches the style's numbering off
        new Item("组织实施", 0, -1, "Heading1"))));
    assertThat(lines).containsExactly("一、总体要求", "二、主要任务", "（一）健全培养链条", "（二）完善激励机制", "附件清单",
        "三、组织实施");
  }

  @Test
  void bulletsAreLeftAsTheyAre() throws Exception {
    byte[] docx = DocxFixture.lists(
        List.of(List.of(Level.of("decimal", "%1."), new Level("bullet", "\u2022", 1, null, false, null))), List.of(),
        List.of(Item.of("建立年轻干部成长档案", 1, 0), Item.of("成长档案一人一档", 1, 1), Item.of("每年更新一次", 1, 1),
            Item.of("跟踪培养使用情况", 1, 0)));
    List<String> lines = lines(docx);
    assertThat(lines.get(0)).isEqualTo("1.建立年轻干部成长档案");
    assertThat(lines.get(3)).isEqualTo("2.跟踪培养使用情况");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(WordPackage.prepare(docx)))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      assertThat(ps.get(1).getText()).isEqualTo("成长档案一人一档");
      assertThat(ps.get(1).getNumID()).hasToString("1");
      assertThat(ps.get(0).getText()).isEqualTo("1.建立年轻干部成长档案");
      assertThat(ps.get(0).getNumID()).hasToString("0");
    }
  }

  @Test
  void aDocumentWithoutListsOrThatCannotBeReadIsGivenBackAsItIs() throws Exception {
    byte[] plain = DocxFixture.write(List.of("关于做好年轻干部选育管用工作的通知", "各乡镇党委："), 1);
    assertThat(WordPackage.prepare(plain)).isSameAs(plain);
    byte[] junk = "不是一个Word文档".getBytes(StandardCharsets.UTF_8);
    assertThat(WordPackage.prepare(junk)).isSameAs(junk);
    byte[] broken = replaceEntry(DocxFixture.lists(List.of(List.of(Level.of("decimal", "%1."))), List.of(),
        List.of(Item.of("摸清底数", 1, 0))), "word/numbering.xml", "<w:numbering");
    assertThat(WordPackage.prepare(broken)).isSameAs(broken);
  }

  private static byte[] replaceEntry(byte[] zip, String name, String content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
