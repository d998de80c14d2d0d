package org.duibiao.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.duibiao.nlp.Modality;
import org.duibiao.normalize.TextNormalizer;
import org.duibiao.rules.Measure;
import org.duibiao.rules.RuleSet;
import org.duibiao.rules.Severity;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.Test;

/** A curator's spec becomes a curated rule set whose sources quote the policy verbatim, in its own script. */
class RuleSetBuilderTest {

  private static final PolicyDocument POLICY = DocumentStructurer.structure("p.txt", "text/plain", "UTF-8",
      TextNormalizer.normalize("關於加強科長隊伍建設的意見\n一、加強教育。一是每名科長每年撰寫一篇調研文章。"
          + "二是各單位要舉辦一次業務知識競賽。\n"));

  @Test
  void measuresQuoteThePolicyInItsOwnScript() throws Exception {
    RuleSet rs = RuleSetBuilder.build("""
        id: test-spec
        measures:
          - text: 每名科长每年撰写一篇调研文章
            all: [[调研文章, 文章]]
            modality: must
          - text: 各单位要举办一次业务知识竞赛
            title: 举办业务知识竞赛
            all: [[知识竞赛, 竞赛]]
        """, POLICY);
    assertThat(rs.origin()).isEqualTo("curated");
    assertThat(rs.measures()).extracting(m -> m.source().quote())
        .containsExactly("每名科長每年撰寫一篇調研文章", "各單位要舉辦一次業務知識競賽");
    Measure first = rs.measures().get(0);
    assertThat(first.modality()).isEqualTo(Modality.MUST);
    assertThat(first.severity()).isEqualTo(Severity.HIGH);
    assertThat(first.quantity()).hasSize(1); // 每年 … 一篇: one a year
    assertThat(rs.measures().get(1).modality()).isEqualTo(Modality.SHOULD); // 要, detected
  }

  @Test
  void aKeyWrittenTwiceIsAnErrorNotAnOverwrite() {
    assertThatThrownBy(() -> RuleSetBuilder.build("""
        id: test-spec
        measures:
          - text: 每名科长每年撰写一篇调研文章
            text: 各单位要举办一次业务知识竞赛
        """, POLICY)).isInstanceOf(RuleSetBuilder.SpecException.class).hasMessageContaining("Duplicate field 'text'");
  }

  @Test
  void textThatIsNotInThePolicyIsNamed() {
    assertThatThrownBy(() -> RuleSetBuilder.build("id: s\nmeasures:\n  - text: 每年开展两次谈心谈话\n", POLICY))
        .isInstanceOf(RuleSetBuilder.SpecException.class)
        .hasMessageContaining("M01: the policy has no text '每年开展两次谈心谈话'");
  }
}
