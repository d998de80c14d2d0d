package org.duibiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;

/**
 * The search service over one index, shared by the CLI and the web app: search documents or clauses, find the
 * clauses most like a given one. Opens the last commit of the index; thread-safe, meant to be kept open.
 */
public final class CorpusSearcher implements Closeable {

  private static final int FACET_VALUES = 20;
  private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(Schema.ORDER, SortField.Type.LONG));

  private final Path folder;
  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final PolicyAnalyzer analyzer = new PolicyAnalyzer();
  private final SortedSetDocValuesReaderState facetState;
  private final BitSetProducer documentEntries = new QueryBitSetProducer(kind(false));

  private CorpusSearcher(Path folder, Directory dir, DirectoryReader reader) throws IOException {
    this.folder = folder;
    this.dir = dir;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()) : null;
  }

  /** Opens the index in {@code folder} (its last commit). */
  public static CorpusSearcher open(Path folder) throws IndexUnavailableException {
    try {
      if (!IndexFolder.exists(folder)) {
        throw IndexFolder.missing(folder);
      }
      Directory dir = IndexFolder.open(folder);
      try {
        return new CorpusSearcher(folder, dir, DirectoryReader.open(dir));
      } catch (IOException | RuntimeException e) {
        dir.close();
        throw e;
      }
    } catch (IOException e) {
      throw IndexFolder.explain(folder, e);
    }
  }

  /** Runs a search. */
  public SearchResults search(SearchRequest r) throws InvalidQueryException, IndexUnavailableException {
    try {
      return searchOrFail(r);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("the query is too long to search at once (" + e.getMessage() + "); use fewer "
          + "words or --no-synonyms");
    }
  }

  private SearchResults searchOrFail(SearchRequest r) throws InvalidQueryException, IndexUnavailableException {
    QuerySyntax.Node query = QuerySyntax.parse(r.query());
    TextQueries text = new TextQueries(analyzer, r.synonyms());
    QueryTranslator translator = new QueryTranslator(text, r.clauses(), documentEntries);
    Query scoring = translator.translate(query);
    Query highlight = new QueryTranslator(text, true, documentEntries).evidence(query);
    BooleanQuery.Builder filters = new BooleanQuery.Builder().add(kind(r.clauses()), Occur.FILTER);
    addFilter(filters, translator, "type", r.type());
    addFilter(filters, translator, "issuer", r.issuer());
    addFilter(filters, translator, "region", r.region());
    if (r.fromYear() != null || r.toYear() != null) {
      int from = r.fromYear() == null ? 0 : r.fromYear();
      int to = r.toYear() == null ? 9999 : r.toYear();
      if (from > to) {
        throw new InvalidQueryException("the year range " + from + ".." + to + " is empty; give --from before --to");
      }
      addFilter(filters, translator, "year", from + ".." + to);
    }
    return run(r.query(), r.clauses(), scoring, filters.build(), highlight, r.limit(), text.expansions());
  }

  private static void addFilter(BooleanQuery.Builder b, QueryTranslator t, String field, String value)
      throws InvalidQueryException {
    if (value != null && !value.isBlank()) {
      b.add(t.filter(field, value), Occur.FILTER);
    }
  }

  /**
   * The clauses most like {@code clause}, outside the file {@code exclude} (or null): how other documents phrase
   * the same measure.
   */
  public SearchResults similar(String label, ClauseText clause, Path exclude, int limit)
      throws IndexUnavailableException {
    SearchRequest.checkLimit(limit);
    try {
      Query like = new TextQueries(analyzer, false).like(clause.heading(), clause.text());
      BooleanQuery.Builder filters = new BooleanQuery.Builder().add(kind(true), Occur.FILTER);
      Optional<IndexedFiles.Entry> self = exclude == null ? Optional.empty() : indexed(exclude);
      self.ifPresent(e -> filters.add(new TermQuery(new Term(Schema.DOCID, e.docid())), Occur.MUST_NOT));
      return run(label, true, like, filters.build(), like, limit, Map.of());
    } catch (IOException e) {
      throw IndexFolder.explain(folder, e);
    }
  }

  /** A clause's section heading and text, what {@link #similar} looks for. */
  public record ClauseText(String heading, String text) {}

  /** Clause {@code clauseId} of an indexed file; empty when the file or the clause is not in the index. */
  public Optional<ClauseText> clauseText(Path file, String clauseId) throws IndexUnavailableException {
    try {
      Optional<IndexedFiles.Entry> e = indexed(file);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.DOCID, e.get().docid())), Occur.FILTER)
          .add(new TermQuery(new Term(Schema.CLAUSE, clauseId)), Occur.FILTER).build();
      TopDocs top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(new ClauseText(d.get(Schema.S_HEADING), d.get(Schema.S_NORMALIZED)));
    } catch (IOException ex) {
      throw IndexFolder.explain(folder, ex);
    }
  }

  private Optional<IndexedFiles.Entry> indexed(Path file) throws IOException {
    return Optional.ofNullable(IndexedFiles.read(reader).get(file.toAbsolutePath().normalize().toString()));
  }

  // running a query ---------------------------------------------------------------------------------------------

  private SearchResults run(String label, boolean clauses, Query scoring, Query filters, Query highlight, int limit,
      Map<String, List<String>> expansions) throws IndexUnavailableException {
    try {
      Query full = new BooleanQuery.Builder().add(scoring, Occur.MUST).add(filters, Occur.FILTER).build();
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, full, limit, RANKING, true, new FacetsCollectorManager());
      FacetsCollector fc = result.facetsCollector();
      long total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
      List<SearchResults.Hit> hits = new HitBuilder(searcher, documentEntries, highlight).hits(result.topDocs(), clauses);
      return new SearchResults(label, clauses ? "clauses" : "documents", total, hits, facets(fc), expansions);
    } catch (IOException e) {
      throw IndexFolder.explain(folder, e);
    }
  }

  private Map<String, List<SearchResults.FacetCount>> facets(FacetsCollector fc) throws IOException {
    Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesFacetCounts counts = facetState == null ? null : new SortedSetDocValuesFacetCounts(facetState, fc);
    for (String dim : Schema.FACETS) {
      List<SearchResults.FacetCount> values = new ArrayList<>();
      FacetResult r = counts == null || facetState.getOrdRange(dim) == null ? null
          : counts.getTopChildren(FACET_VALUES, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new SearchResults.FacetCount(lv.label, lv.value.intValue()));
        }
      }
      values.sort(Comparator.comparingInt(SearchResults.FacetCount::count).reversed()
          .thenComparing(SearchResults.FacetCount::value));
      out.put(dim, values);
    }
    return out;
  }

  private static Query kind(boolean clauses) {
    return new TermQuery(new Term(Schema.KIND, clauses ? Schema.KIND_CLAUSE : Schema.KIND_DOC));
  }

  private static boolean hasFacets(DirectoryReader reader) {
    for (LeafReaderContext ctx : reader.leaves()) {
      FieldInfo fi = ctx.reader().getFieldInfos().fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (fi != null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      dir.close();
    }
  }
}
