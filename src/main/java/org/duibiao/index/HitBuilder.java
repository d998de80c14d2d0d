package org.duibiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.join.BitSetProducer;

/**
 * Turns top documents into {@link SearchResults.Hit}s: stored metadata, the path, and a snippet. A clause hit
 * shows its own text, a document hit the clause of the document that the evidence query (any of the query's words
 * or clause filters) scores highest, else its first clause; the evidence's matches are marked.
 */
final class HitBuilder {

  private static final int SNIPPET = 160;

  private final IndexSearcher searcher;
  private final BitSetProducer documents;
  private final StoredFields stored;
  private final Weight highlight;

  /**
   * @param documents the document entries, parents of the blocks
   * @param highlight the clause-level evidence query, whose matches are marked (null: none)
   */
  HitBuilder(IndexSearcher searcher, BitSetProducer documents, Query highlight) throws IOException {
    this.searcher = searcher;
    this.documents = documents;
    this.stored = searcher.storedFields();
    this.highlight = highlight == null ? null
        : searcher.createWeight(searcher.rewrite(highlight), ScoreMode.COMPLETE, 1f);
  }

  List<SearchResults.Hit> hits(TopDocs top, boolean clauses) throws IOException {
    List<SearchResults.Hit> out = new ArrayList<>();
    Map<Integer, Integer> shown = clauses ? Map.of() : bestClauses(top.scoreDocs);
    for (ScoreDoc sd : top.scoreDocs) {
      int parent = clauses ? documentOf(sd.doc) : sd.doc;
      Document d = stored.document(parent);
      Document c = clauses ? stored.document(sd.doc) : null;
      int clause = clauses ? sd.doc : shown.get(sd.doc);
      Snippet snippet = clause < 0 ? new Snippet("", List.of(), List.of())
          : snippet(clause, c != null ? c : stored.document(clause));
      double score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
      out.add(new SearchResults.Hit(out.size() + 1, score, path(parent), c == null ? null : c.get(Schema.CLAUSE),
          d.get(Schema.S_TITLE), d.get(Schema.S_ISSUER), d.get(Schema.S_DATE), values(d, Schema.S_DOCNUMBER),
          d.get(Schema.TYPE), d.get(Schema.REGION), d.get(Schema.LEVEL), c == null ? null : c.get(Schema.SECTION),
          c == null ? null : c.get(Schema.S_HEADING), c == null ? null : c.get(Schema.MODALITY), snippet));
    }
    return out;
  }

  /**
   * For each document hit, the clause of its block that the highlight query scores highest (ties: the first), or
   * its first clause when none matches; -1 for a document without clauses. One scorer per segment walks the
   * blocks of the hits in index order.
   */
  private Map<Integer, Integer> bestClauses(ScoreDoc[] hits) throws IOException {
    int[] parents = java.util.Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
    Map<Integer, Integer> best = new HashMap<>();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (int p : parents) {
      if (leaf == null || p >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaf(p);
        scorer = highlight == null ? null : highlight.scorer(leaf);
      }
      int local = p - leaf.docBase;
      int first = local == 0 ? 0 : documents.getBitSet(leaf).prevSetBit(local - 1) + 1;
      int chosen = scorer == null ? -1 : best(scorer, first, local);
      best.put(p, chosen >= 0 ? leaf.docBase + chosen : first < local ? leaf.docBase + first : -1);
    }
    return best;
  }

  /** The best-scoring match of {@code scorer} in [from, to), or -1; the scorer only moves forward. */
  private static int best(Scorer scorer, int from, int to) throws IOException {
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    int doc = it.docID() < from ? it.advance(from) : it.docID();
    int bestDoc = -1;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (; doc < to; doc = it.nextDoc()) {
      if (twoPhase == null || twoPhase.matches()) {
        float score = scorer.score();
        if (score > bestScore) {
          bestScore = score;
          bestDoc = doc;
        }
      }
    }
    return bestDoc;
  }

  /** The document entry of a clause: the first document entry after it (the parent of its block). */
  private int documentOf(int clause) throws IOException {
    LeafReaderContext leaf = leaf(clause);
    return leaf.docBase + documents.getBitSet(leaf).nextSetBit(clause - leaf.docBase);
  }

  private LeafReaderContext leaf(int doc) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  /** A clause's text, from its original quote, with the highlight query's matches marked. */
  private Snippet snippet(int doc, Document d) throws IOException {
    OffsetMap map = OffsetMap.decode(d.getBinaryValue(Schema.S_OFFSETS));
    int start = d.getField(Schema.S_START).numericValue().intValue();
    return SnippetBuilder.build(d.get(Schema.S_ORIGINAL), map, matches(doc, d.get(Schema.S_NORMALIZED)), SNIPPET,
        start);
  }

  /** Where the highlight query matches a clause's text, as ranges of its normalized text. */
  private List<Span> matches(int doc, String text) throws IOException {
    List<Span> spans = new ArrayList<>();
    if (highlight == null) {
      return spans;
    }
    LeafReaderContext leaf = leaf(doc);
    Matches m = highlight.matches(leaf, doc - leaf.docBase);
    MatchesIterator it = m == null ? null : m.getMatches(Schema.bigrams(Schema.TEXT));
    int[][] tokens = it == null ? null : BigramTokens.spans(text);
    while (it != null && it.next()) {
      int from = it.startPosition();
      int to = it.endPosition();
      if (from >= 0 && to < tokens[0].length) {
        spans.add(new Span(tokens[0][from], tokens[1][to]));
      }
    }
    return spans;
  }

  private String path(int doc) throws IOException {
    LeafReaderContext leaf = leaf(doc);
    BinaryDocValues paths = leaf.reader().getBinaryDocValues(Schema.PATH);
    return paths != null && paths.advanceExact(doc - leaf.docBase) ? paths.binaryValue().utf8ToString() : "";
  }

  private static List<String> values(Document d, String field) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields(field)) {
      out.add(f.stringValue());
    }
    return out;
  }
}
