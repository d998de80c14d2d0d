package org.duibiao.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.nlp.ModalityCue;
import org.duibiao.nlp.deep.ActionFrame.ActorSource;
import org.duibiao.structure.Clause;
import org.junit.jupiter.api.Test;

class ActorInheritanceTest {
  private static final String LEAD = "各单位党组（党委）要做到";
  private static final String ITEM1 = "每年组织中层干部集中培训1次，培训时间不少于3天";
  private static final String ITEM2 = "建立中层干部学习档案，记录每次培训情况";
  private static final String OTHER = "主要负责人、分管负责人要每年与中层干部谈心谈话不少于2次";
  private static final String TEXT = LEAD + "：一是" + ITEM1 + "；二是" + ITEM2 + "。\n" + OTHER + "。";

  private static Clause clause(String id, String path, String text) {
    int at = TEXT.indexOf(text);
    return new Clause(id, path, text, text, at, at + text.length(), at, at + text.length(), ModalityCue.unmarked(),
        List.of(), "");
  }

  @Test
  void itemsOfAnEnumerationActForTheSubjectOfItsLeadIn() {
    List<Clause> clauses = List.of(clause("c001", "一", LEAD), clause("c002", "一/一是", ITEM1),
        clause("c003", "一/二是", ITEM2), clause("c004", "二", OTHER));
    List<ClauseAnalysis> before = clauses.stream().map(c -> Fixtures.analysis(c.text())).toList();
    assertThat(before.get(1).frames()).extracting(ActionFrame::actorSource).contains(ActorSource.NONE);

    List<ClauseAnalysis> after = ActorInheritance.apply(clauses, TEXT, before);
    for (int i = 1; i <= 2; i++) {
      ActionFrame first = after.get(i).frames().get(0);
      assertThat(first.actors()).extracting(Phrase::text).containsExactly("各单位党组（党委）");
      assertThat(first.actorSource()).isEqualTo(ActorSource.INHERITED);
    }
    assertThat(after.get(1).frames().get(0).action().verb()).isEqualTo("组织");
    assertThat(after.get(3)).as("a clause outside the enumeration keeps its own actors").isEqualTo(before.get(3));
  }

  @Test
  void noColonNoInheritance() {
    String text = LEAD + "。一是" + ITEM1 + "。";
    List<Clause> clauses = List.of(clause("c001", "一", LEAD), clause("c002", "一/一是", ITEM1));
    List<ClauseAnalysis> before = clauses.stream().map(c -> Fixtures.analysis(c.text())).toList();
    assertThat(ActorInheritance.apply(clauses, text, before)).isEqualTo(before);
  }
}
