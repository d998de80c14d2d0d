package org.duibiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.index.QuerySyntax.And;
import org.duibiao.index.QuerySyntax.Compare;
import org.duibiao.index.QuerySyntax.Filter;
import org.duibiao.index.QuerySyntax.Not;
import org.duibiao.index.QuerySyntax.Or;
import org.duibiao.index.QuerySyntax.Words;
import org.duibiao.normalize.NormalizedText;
import org.duibiao.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The pieces of analysis without an index: bigrams, query syntax, offsets and snippets. */
class AnalysisTest {

  private final TextQueries translator = new TextQueries(new PolicyAnalyzer(), true);

  @Test
  void bigramsCoverEveryCharacterOncePerPositionAndStopAtPunctuation() {
    assertThat(translator.analyze(Schema.bigrams(Schema.TEXT), "干部交流，轮岗2次"))
        .containsExactly("干部", "部交", "交流", "流", "轮岗", "岗2", "2次", "次");
    assertThat(translator.bigrams(Schema.bigrams(Schema.TEXT), "交流轮岗").toString())
        .isEqualTo("text.bi:\"交流 流轮 轮岗\"");
    assertThat(translator.bigrams(Schema.bigrams(Schema.TEXT), "岗").toString()).isEqualTo("text.bi:岗*");
  }

  @Test
  void wordsAreHanLpWordsWithoutPunctuation() {
    assertThat(translator.analyze(Schema.TEXT, "建立谈心谈话制度，开展交流轮岗。"))
        .containsExactly("建立", "谈心谈话制度", "开展", "交流轮岗");
  }

  @Test
  void theQuerySyntaxHasWordsPhrasesOperatorsAndFilters() throws Exception {
    assertThat(QuerySyntax.parse("谈心谈话 \"交流 轮岗\" OR -挂职 issuer:“中共 青岛市委” frequency>=2"))
        .isEqualTo(new Or(List.of(
            new And(List.of(new Words("谈心谈话", false, null), new Words("交流 轮岗", true, null))),
            new And(List.of(new Not(new Words("挂职", false, null)), new Filter("issuer", "中共 青岛市委"),
                new Compare("frequency", ">=", 2))))));
    assertThat(QuerySyntax.parse("NOT (a AND title:b)")).isEqualTo(
        new Not(new And(List.of(new Words("a", false, null), new Words("b", false, "title")))));
  }

  @Test
  void snippetsAreRenderedFromTheOriginalThroughTheOffsetMap() {
    String original = "干事創(chuàng)業的中堅(jiān)力量";
    NormalizedText nt = TextNormalizer.normalize(original);
    assertThat(nt.text()).isEqualTo("干事创业的中坚力量");
    OffsetMap map = OffsetMap.decode(OffsetMap.of(nt).encode(0, nt.text().length(), 0));
    Snippet s = SnippetBuilder.build(original, map, List.of(new Span(2, 4), new Span(5, 7)), 100, 0);
    assertThat(s.text()).isEqualTo("干事創業的中堅力量");
    assertThat(s.marked("[", "]")).isEqualTo("干事[創業]的[中堅]力量");
    assertThat(s.original()).extracting(sp -> original.substring(sp.start(), sp.end()))
        .containsExactly("創(chuàng)業", "中堅");
  }

  @Test
  void longTextsAreCutAroundTheMostMatches() {
    String original = "甲".repeat(300) + "谈心谈话" + "乙".repeat(20) + "谈心谈话" + "丙".repeat(300);
    NormalizedText nt = TextNormalizer.normalize(original);
    OffsetMap map = OffsetMap.of(nt);
    Snippet s = SnippetBuilder.build(original, map, List.of(new Span(300, 304), new Span(324, 328)), 60, 0);
    assertThat(s.text()).startsWith("…").endsWith("…");
    assertThat(s.highlights()).hasSize(2);
    assertThat(s.marked("[", "]")).contains("[谈心谈话]乙").contains("乙[谈心谈话]");
  }
}
