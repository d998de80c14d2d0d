package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.duibiao.fixtures.DocxFixture;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.ingest.ExtractedText;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.duibiao.structure.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan whose 一、 （一） 1. are Word's automatic numbering (from heading styles, from the paragraphs themselves, in a
 * table, and a list restarted by an override) reads with the labels Word shows and keeps its hierarchy.
 */
class AutoNumberedDocxTest {

  private static ExtractedText text;
  private static PolicyDocument doc;

  @BeforeAll
  static void read() throws Exception {
    text = new DocumentExtractor().extract("auto-numbered.docx", DocxFixture.autoNumbered());
    doc = DocumentStructurer.structure(text);
  }

  private static List<String> lines() {
    return Arrays.stream(text.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void theLabelsWordShowsAreInTheText() {
    assertThat(lines()).containsSubsequence(
        "一、总体要求",
        "二、重点任务",
        "（一）建立储备台账",
        "1.各乡镇每年推荐35岁以下优秀干部不少于3名。",
        "2.县委组织部每半年更新一次储备名单。",
        "（二）强化实践锻炼",
        "1.选派年轻干部到信访、征迁等一线岗位锻炼，时间不少于1年。",
        "三、进度安排",
        "1.完成全县年轻干部摸底调查\t4月底前",
        "2.举办首期年轻干部培训班\t6月底前",
        "四、保障措施",
        "1.各单位主要负责人要亲自过问年轻干部培养工作。",
        "2.县委组织部每季度通报一次推进情况。");
    // The paragraphs without numbering have no label.
    assertThat(lines()).contains("中共松岭县委组织部", "坚持把培养年轻干部作为一项基础性、战略性工作，统筹谋划、持续推进。");
  }

  @Test
  void theHierarchyIsKept() {
    assertThat(flatten(doc.sections())).extracting(Section::path).containsExactly("一", "二", "二/（一）",
        "二/（一）/1", "二/（一）/2", "二/（二）", "二/（二）/1", "三", "三/1", "三/2", "四", "四/1", "四/2");
    assertThat(flatten(doc.sections())).filteredOn(s -> !s.marker().matches("\\d+")).extracting(Section::heading)
        .containsExactly("总体要求", "重点任务", "建立储备台账", "强化实践锻炼", "进度安排", "保障措施");
  }

  @Test
  void eachItemIsAClauseUnderItsNumber() {
    assertThat(doc.clauses()).extracting(Clause::path, Clause::text).containsExactly(
        tuple("", "为建设一支数量充足、结构合理、素质优良的年轻干部队伍，结合我县实际，制定本方案"),
        tuple("一", "坚持把培养年轻干部作为一项基础性、战略性工作，统筹谋划、持续推进"),
        tuple("二/（一）/1", "各乡镇每年推荐35岁以下优秀干部不少于3名"),
        tuple("二/（一）/2", "县委组织部每半年更新一次储备名单"),
        tuple("二/（二）/1", "选派年轻干部到信访、征迁等一线岗位锻炼，时间不少于1年"),
        tuple("三/1", "完成全县年轻干部摸底调查，4月底前"),
        tuple("三/2", "举办首期年轻干部培训班，6月底前"),
        tuple("四/1", "各单位主要负责人要亲自过问年轻干部培养工作"),
        tuple("四/2", "县委组织部每季度通报一次推进情况"));
    assertThat(doc.metadata().title()).isEqualTo("关于做好年轻干部培育工作的实施方案");
  }

  private static List<Section> flatten(List<Section> sections) {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      out.add(s);
      out.addAll(flatten(s.children()));
    }
    return out;
  }
}
