package org.duibiao.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duibiao.ingest.DocumentExtractor;
import org.junit.jupiter.api.Test;

/** Known structure bugs, found while reading the goldens (structure/ belongs to the lead). */
class DocumentStructurerTest {

  private static void paths(List<Section> sections, List<String> out) {
    for (Section s : sections) {
      out.add(s.path());
      paths(s.children(), out);
    }
  }

  @Test
  void sectionPathsAreUniqueInADocumentOfSeveralReports() throws Exception {
    PolicyDocument d = DocumentStructurer.structure(
        new DocumentExtractor().extract(Path.of("corpus/004_ef950e41b1eb376a.txt")));
    assertThat(paths(d)).doesNotHaveDuplicates();
    assertThat(d.clauses()).filteredOn(c -> c.text().startsWith("中共大观区委组织部")).isEmpty();
  }

  private static PolicyDocument plan(String text) {
    return structure("关于加强干部教育的工作方案\n一、加强学习\n每月集中学习一次。\n" + text);
  }

  private static PolicyDocument structure(String text) {
    return DocumentStructurer.structure("plan.txt", "text/plain", "UTF-8",
        org.duibiao.normalize.TextNormalizer.normalize(text));
  }

  private static List<String> paths(PolicyDocument d) {
    List<String> all = new ArrayList<>();
    paths(d.sections(), all);
    return all;
  }

  @Test
  void anAnnexRestartsTheNumberingUnderItsOwnLabel() {
    PolicyDocument d = plan("二、加强培训\n每年轮训一次。\n附件：任务分工表\n一、学习\n区委宣传部牵头。\n");
    assertThat(paths(d)).containsExactly("一", "二", "附件", "附件/一");
    assertThat(d.clauses()).filteredOn(c -> c.text().startsWith("区委宣传部")).extracting(Clause::path)
        .containsExactly("附件/一");
  }

  @Test
  void aRepeatedAnnexLabelGetsANumber() {
    PolicyDocument d = plan("附件：任务分工表\n中共某某区委\n2019年2月1日\n附件\n任务分工表\n一、学习\n区委宣传部牵头。\n");
    assertThat(paths(d)).doesNotHaveDuplicates().contains("附件", "附件-2", "附件-2/一");
  }

  @Test
  void aOneSentenceItemIsAClauseNotJustAHeading() {
    PolicyDocument d = structure("某局干部培训工作方案\n一、每年组织集中培训1次，每次3天。\n"
        + "二、新提拔的科級干部在任職2年內參加任職培訓。\n三、建立培训档案，记录培训学时。\n"
        + "四、加强组织领导\n局党组统筹推进。\n五、强化保障\n（一）落实经费。\n");
    assertThat(d.clauses()).extracting(Clause::path, Clause::quote).containsExactly(
        tuple("一", "每年组织集中培训1次，每次3天"),
        tuple("二", "新提拔的科級干部在任職2年內參加任職培訓"),
        tuple("三", "建立培训档案，记录培训学时"),
        tuple("四", "局党组统筹推进"),
        tuple("五/（一）", "落实经费"));
    Clause second = d.clauses().get(1);
    assertThat(d.text().original().substring(second.start(), second.end())).isEqualTo(second.quote());
    assertThat(second.quantities()).isNotEmpty();
  }

  @Test
  void anItemNumberBeforeAYearIsANumberNotADecimal() {
    PolicyDocument d =
        structure("某局工作方案\n一、主要任务\n1.建立年轻干部储备库。\n2.2024年底前完成首轮交流。\n3．2025年建立考核档案。\n");
    assertThat(d.clauses()).extracting(Clause::path, Clause::text).containsExactly(
        tuple("一/1", "建立年轻干部储备库"),
        tuple("一/2", "2024年底前完成首轮交流"),
        tuple("一/3", "2025年建立考核档案"));
  }

  @Test
  void aMeasureOverItsResponsibleUnitIsNoHeading() {
    PolicyDocument d = structure("某县实施方案\n一、主要任务\n"
        + "1.每年选派不少于20名优秀年轻干部到基层一线挂职锻炼。\n责任单位：县委组织部\n"
        + "2.建立年轻干部成长档案并实行动态管理和定期分析研判工作。\n责任单位：县委组织部\n3.加强培训\n每年轮训一次。\n");
    assertThat(d.clauses()).extracting(Clause::path, Clause::text).containsExactly(
        tuple("一/1", "每年选派不少于20名优秀年轻干部到基层一线挂职锻炼"),
        tuple("一/1", "责任单位：县委组织部"),
        tuple("一/2", "建立年轻干部成长档案并实行动态管理和定期分析研判工作"),
        tuple("一/2", "责任单位：县委组织部"),
        tuple("一/3", "每年轮训一次"));
    assertThat(d.clauses().get(4).heading()).isEqualTo("加强培训");
  }

  @Test
  void aStagesDateStillHeadsItsItems() {
    PolicyDocument d = structure("某县实施方案\n三、实施步骤\n1.动员部署阶段（2023年6月底前）\n（1）召开动员会。\n（2）制定工作台账。\n");
    assertThat(d.sections().get(0).children().get(0).heading()).isEqualTo("动员部署阶段（2023年6月底前）");
    assertThat(d.clauses()).extracting(Clause::path, Clause::text).containsExactly(
        tuple("三/1/（1）", "召开动员会"), tuple("三/1/（2）", "制定工作台账"));
  }
}
