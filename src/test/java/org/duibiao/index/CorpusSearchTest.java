package org.duibiao.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duibiao.index.SearchResults.FacetCount;
import org.duibiao.index.SearchResults.Hit;
import org.duibiao.report.SearchResultWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the indexed sample corpus: scripts, phrases, highlights, facets, filters, similar clauses. */
class CorpusSearchTest {

  @TempDir
  static Path tmp;

  static Path corpus;
  static CorpusSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    corpus = TestCorpus.copy(tmp);
    TestCorpus.index(corpus, tmp.resolve("index"));
    searcher = CorpusSearcher.open(tmp.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static SearchResults search(String query, boolean clauses) throws Exception {
    return searcher.search(SearchRequest.of(query).withClauses(clauses).withLimit(100));
  }

  private static List<String> files(SearchResults r) {
    return r.hits().stream().map(h -> Path.of(h.file()).getFileName().toString()).distinct().toList();
  }

  @Test
  void aTraditionalQueryFindsSimplifiedDocuments() throws Exception {
    SearchResults r = searcher.search(new SearchRequest("談心談話", false, null, null, null, null, null, 10, false));
    assertThat(files(r)).contains(TestCorpus.ANQING, TestCorpus.QINGDAO);
    Hit anqing = r.hits().stream().filter(h -> h.file().endsWith(TestCorpus.ANQING)).findFirst().orElseThrow();
    assertThat(anqing.snippet().marked("[", "]")).contains("[谈心谈话");
  }

  @Test
  void aSimplifiedQueryFindsTraditionalDocuments() throws Exception {
    SearchResults r = search("交流轮岗", true);
    assertThat(files(r)).contains(TestCorpus.XUECHENG, TestCorpus.NANTONG);
    Hit xuecheng = r.hits().stream().filter(h -> h.file().endsWith(TestCorpus.XUECHENG)).findFirst().orElseThrow();
    assertThat(xuecheng.snippet().marked("[", "]")).contains("[交流輪崗]"); // shown in the document's script
  }

  @Test
  void phrasesMatchInsideAndAcrossSegmentedWords() throws Exception {
    TextQueries t = new TextQueries(new PolicyAnalyzer(), false);
    // the segmenter keeps 谈心谈话制度 whole and cuts 交流轮岗|实施方案: neither phrase is a word of the text
    assertThat(t.analyze(Schema.TEXT, "落实谈心谈话制度")).doesNotContain("谈话制度");
    assertThat(t.analyze(Schema.TEXT, "制定中层干部交流轮岗实施方案")).doesNotContain("轮岗实施");

    SearchResults inside = search("\"谈话制度\"", true);
    assertThat(inside.total()).isPositive();
    assertThat(inside.hits()).allSatisfy(h -> assertThat(h.snippet().marked("[", "]")).contains("[谈话制度]"));
    assertThat(inside.hits()).extracting(Hit::clause).contains("c039", "c040");

    SearchResults across = search("\"轮岗实施\"", true);
    assertThat(files(across)).containsExactly(TestCorpus.XUECHENG);
    assertThat(across.hits().get(0).snippet().marked("[", "]")).contains("[輪崗實施]");

    assertThat(search("\"谈心制度\"", true).total()).isZero(); // a phrase is contiguous
    assertThat(search("谈心 制度", true).total()).isPositive();
  }

  @Test
  void highlightsLandOnTheOriginalCharactersOfATraditionalDocument() throws Exception {
    SearchResults r = searcher.search(new SearchRequest("干事创业", true, null, null, "薛城", null, null, 5, false));
    assertThat(r.hits()).isNotEmpty();
    String original = Files.readString(corpus.resolve(TestCorpus.XUECHENG));
    for (Hit h : r.hits()) {
      Snippet s = h.snippet();
      assertThat(s.highlights()).isNotEmpty().hasSameSizeAs(s.original());
      for (int k = 0; k < s.highlights().size(); k++) {
        Span shown = s.highlights().get(k);
        Span at = s.original().get(k);
        // the snippet shows the traditional characters without the pinyin annotation the file has inside the word
        assertThat(s.text().substring(shown.start(), shown.end())).isEqualTo("干事創業");
        assertThat(original.substring(at.start(), at.end())).isEqualTo("干事創(chuàng)業");
      }
    }
  }

  @Test
  void facetsCountAllHitsByIssuerRegionYearAndType() throws Exception {
    for (boolean clauses : new boolean[] {false, true}) {
      SearchResults r = searcher.search(SearchRequest.of("干部").withClauses(clauses).withLimit(1000));
      assertThat(r.total()).isEqualTo(r.hits().size()); // the limit holds them all
      assertThat(r.facets()).containsOnlyKeys("issuer", "region", "year", "type");
      assertThat(r.facets().get("type")).isEqualTo(expected(r.hits(), Hit::type));
      assertThat(r.facets().get("region")).isEqualTo(expected(r.hits(), Hit::region));
      assertThat(r.facets().get("year")).isEqualTo(expected(r.hits(), h -> h.date().length() >= 4 ? h.date().substring(0, 4) : ""));
    }
    assertThat(search("type:policy", false).facets().get("type")).containsExactly(new FacetCount("policy", 2));
  }

  private static List<FacetCount> expected(List<Hit> hits, java.util.function.Function<Hit, String> value) {
    Map<String, Integer> counts = new HashMap<>();
    hits.stream().map(value).filter(v -> !v.isEmpty()).forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .toList();
  }

  @Test
  void filtersNarrowTheHits() throws Exception {
    SearchResults byIssuer = searcher.search(new SearchRequest("干部", false, null, "青島", null, null, null, 10, true));
    assertThat(files(byIssuer)).containsExactly(TestCorpus.QINGDAO);
    SearchResults byYear = searcher.search(new SearchRequest("干部", false, "policy", null, null, 2018, 2018, 10, true));
    assertThat(files(byYear)).containsExactlyInAnyOrder(TestCorpus.ANQING, TestCorpus.QINGDAO);
    assertThat(files(search("干部 NOT region:青岛", false))).doesNotContain(TestCorpus.QINGDAO).isNotEmpty();
    SearchResults byTitle = search("title:实施意见 谈心谈话", true); // clauses of documents so titled
    assertThat(files(byTitle)).containsExactlyInAnyOrder(TestCorpus.ANQING, TestCorpus.QINGDAO);
    SearchResults bySection = search("(挂职锻炼 OR 蹲点) section:二", true);
    assertThat(files(bySection)).contains(TestCorpus.ANQING);
    assertThat(bySection.hits()).extracting(Hit::section).allMatch(p -> p.equals("二") || p.startsWith("二/"));
  }

  @Test
  void quantitiesAreFilterable() throws Exception {
    SearchResults twice = search("frequency>=2 谈心谈话", true);
    assertThat(twice.hits()).isNotEmpty()
        .allSatisfy(h -> assertThat(h.snippet().text()).contains("不少于2次"));
    assertThat(search("frequency>=3 谈心谈话", true).total()).isZero();
    assertThat(search("years>=10", true).hits()).isNotEmpty()
        .allSatisfy(h -> assertThat(h.snippet().text()).contains("10年"));
  }

  @Test
  void synonymsWidenTheSearchAndCanBeSwitchedOff() throws Exception {
    SearchResults with = search("轮岗", true);
    SearchResults without = searcher.search(SearchRequest.of("轮岗").withClauses(true).withLimit(100)
        .withSynonyms(false));
    assertThat(with.expansions()).containsKey("轮岗");
    assertThat(with.expansions().get("轮岗")).contains("交流");
    assertThat(without.expansions()).isEmpty();
    assertThat(with.total()).isGreaterThan(without.total());
  }

  @Test
  void similarFindsHowOtherDocumentsPhraseAMeasure() throws Exception {
    Path anqing = corpus.resolve(TestCorpus.ANQING);
    CorpusSearcher.ClauseText clause = searcher.clauseText(anqing, "c040").orElseThrow();
    assertThat(clause.text()).contains("谈心谈话");
    SearchResults r = searcher.similar("similar", clause, anqing, 3);
    assertThat(files(r)).doesNotContain(TestCorpus.ANQING);
    assertThat(r.hits().get(0).heading()).contains("谈心谈话");
  }

  @Test
  void resultsAreDeterministic() throws Exception {
    String a = SearchResultWriter.json(search("干部 交流", true), tmp);
    String b = SearchResultWriter.json(search("干部 交流", true), tmp);
    assertThat(a).isEqualTo(b);
    List<Hit> hits = search("type:report", true).hits(); // all scores equal: ties go by file and clause
    assertThat(hits).extracting(h -> h.file() + "#" + h.clause()).isSorted();
  }

  @Test
  void badQueriesSayWhatToChange() {
    assertThatThrownBy(() -> search("\"谈心", false)).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> search("(谈心", false)).hasMessageContaining("')'");
    assertThatThrownBy(() -> search("foo:bar", false)).hasMessageContaining("unknown field 'foo:'");
    assertThatThrownBy(() -> search("type:memo", false)).hasMessageContaining("policy, plan, report or news");
    assertThatThrownBy(() -> search("year:20x8", false)).hasMessageContaining("2016..2019");
    assertThatThrownBy(() -> search("  ", false)).hasMessageContaining("empty");
    assertThatThrownBy(() -> search("，。", false)).hasMessageContaining("no characters to search");
    assertThatThrownBy(() -> search("-", false)).hasMessageContaining("no characters to search");
    assertThatThrownBy(() -> search("谈心谈话".repeat(2000), true)).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("too long");
  }
}
