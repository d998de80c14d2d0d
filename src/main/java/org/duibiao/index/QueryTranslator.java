package org.duibiao.index;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.duibiao.index.TextQueries.Scope;
import org.duibiao.index.TextQueries.Weighted;

/**
 * Turns a parsed query into a Lucene query at one level. Clause searches match clause entries (the text must
 * match; the section heading adds to the score). Document searches match the document entry, which holds the
 * words of all its clauses (so two words of a query may stand in different clauses), its title (three times the
 * weight) and its headings; substrings inside longer words and phrases are looked for in its clauses through a
 * block join. Filters that only clauses answer (quantities, modality, section) reach documents, and those only
 * documents answer (issuer, region, title) reach clauses, through joins too.
 */
final class QueryTranslator {

  /** A clause: its text (required) and its section heading. */
  static final List<Weighted> CLAUSE_FIELDS = List.of(
      new Weighted(Schema.TEXT, 1f, true, true, true), new Weighted(Schema.HEADING, 0.5f, true, true, false));
  /** A document entry: the words of all its clauses (BM25 over the whole document), its title and headings. */
  static final List<Weighted> DOCUMENT_FIELDS = List.of(new Weighted(Schema.TEXT, 1f, true, false, false),
      new Weighted(Schema.TITLE, 3f, true, true, false), new Weighted(Schema.HEADING, 1.5f, true, true, false));
  /** The clauses of a document, for substrings the document's words do not show (谈心谈话 in 谈心谈话制度). */
  static final List<Weighted> DOCUMENT_CLAUSES = List.of(new Weighted(Schema.TEXT, 1f, false, true, true));
  /** What a substring found only inside a longer word of some clause adds to a document's score. */
  static final float INSIDE_WORDS = 0.5f;

  private final boolean clauses;
  private final BitSetProducer documents;
  private final TextQueries text;

  /**
   * @param clauses translate for clause entries, else for document entries
   * @param documents the document entries, the parents of the blocks
   */
  QueryTranslator(TextQueries text, boolean clauses, BitSetProducer documents) {
    this.text = text;
    this.clauses = clauses;
    this.documents = documents;
  }

  Query translate(QuerySyntax.Node node) throws InvalidQueryException {
    if (node instanceof QuerySyntax.Words w) {
      return text.words(w.text(), w.quoted(), scope(w.field()));
    }
    if (node instanceof QuerySyntax.And and) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean positive = false;
      for (QuerySyntax.Node part : and.parts()) {
        if (part instanceof QuerySyntax.Not not) {
          b.add(translate(not.part()), Occur.MUST_NOT);
        } else {
          boolean filter = part instanceof QuerySyntax.Filter || part instanceof QuerySyntax.Compare;
          b.add(translate(part), filter ? Occur.FILTER : Occur.MUST);
          positive = true;
        }
      }
      if (!positive) {
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
      }
      return b.build();
    }
    if (node instanceof QuerySyntax.Or or) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (QuerySyntax.Node part : or.parts()) {
        b.add(translate(part), Occur.SHOULD);
      }
      return b.build();
    }
    if (node instanceof QuerySyntax.Not not) {
      return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
          .add(translate(not.part()), Occur.MUST_NOT).build();
    }
    if (node instanceof QuerySyntax.Filter f) {
      return noScore(filter(f.field(), f.value()));
    }
    return noScore(onClauses(Filters.compare((QuerySyntax.Compare) node), ScoreMode.None));
  }

  /** A filter at this level: a clause-only filter reaches documents, a document-only one clauses, by a join. */
  Query filter(String field, String value) throws InvalidQueryException {
    Query q = Filters.filter(field, value, text);
    if (Filters.onClauses(field)) {
      return onClauses(q, ScoreMode.None);
    }
    return Filters.onDocuments(field) && clauses ? toClauses(q) : q;
  }

  /**
   * The clause-level query for the clauses worth showing for a query: those with any of its words or meeting any
   * of its clause filters (quantities, modality, section), not counting what stands under NOT. Null when the
   * query has neither.
   */
  Query evidence(QuerySyntax.Node node) throws InvalidQueryException {
    if (node instanceof QuerySyntax.Words w) {
      return Schema.TITLE.equals(w.field()) ? null : text.words(w.text(), w.quoted(), scope(w.field()));
    }
    if (node instanceof QuerySyntax.Compare c) {
      return new ConstantScoreQuery(Filters.compare(c));
    }
    if (node instanceof QuerySyntax.Filter f) {
      return Filters.onClauses(f.field()) ? new ConstantScoreQuery(Filters.filter(f.field(), f.value(), text)) : null;
    }
    List<QuerySyntax.Node> parts = node instanceof QuerySyntax.And a ? a.parts()
        : node instanceof QuerySyntax.Or o ? o.parts() : List.of();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (QuerySyntax.Node part : parts) {
      Query q = evidence(part);
      if (q != null) {
        b.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /**
   * Where words of a field (or of none) are looked for at this level. At the document level the document entry's
   * words rank the documents; the clauses, through a join, add the substrings inside longer words (a constant
   * score, cheap) and phrases (scored by the best clause).
   */
  private Scope scope(String field) {
    if (clauses) {
      if (Schema.TITLE.equals(field)) { // titles are on the document entry: its clauses
        return (build, exact) -> toClauses(build.apply(List.of(Weighted.only(Schema.TITLE))));
      }
      return (build, exact) -> build.apply(field == null ? CLAUSE_FIELDS : List.of(Weighted.only(field)));
    }
    if (field != null && !field.equals(Schema.TEXT)) {
      return (build, exact) -> build.apply(List.of(Weighted.only(field)));
    }
    List<Weighted> own = field == null ? DOCUMENT_FIELDS : DOCUMENT_FIELDS.subList(0, 1);
    return (build, exact) -> {
      Query inClauses = exact ? onClauses(build.apply(DOCUMENT_CLAUSES), ScoreMode.Max)
          : boost(onClauses(build.apply(DOCUMENT_CLAUSES), ScoreMode.None), INSIDE_WORDS);
      return either(build.apply(own), inClauses);
    };
  }

  private static Query boost(Query q, float boost) {
    return q == null ? null : new BoostQuery(new ConstantScoreQuery(q), boost);
  }

  /** At the document level, documents with a clause matching {@code q}; at the clause level, {@code q}. */
  private Query onClauses(Query q, ScoreMode mode) {
    if (q == null || clauses) {
      return q;
    }
    return new ToParentBlockJoinQuery(kind(q, Schema.KIND_CLAUSE), documents, mode);
  }

  /** The clauses of the documents that {@code q} matches. */
  private Query toClauses(Query q) {
    return q == null ? null : new ToChildBlockJoinQuery(kind(q, Schema.KIND_DOC), documents);
  }

  private static Query kind(Query q, String kind) {
    return new BooleanQuery.Builder().add(q, Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER).build();
  }

  private static Query either(Query a, Query b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }

  private static Query noScore(Query q) {
    return new BoostQuery(new ConstantScoreQuery(q), 0f);
  }
}
