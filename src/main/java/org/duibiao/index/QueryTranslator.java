package org.duibiao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.Synonyms;
import org.duibiao.normalize.TextNormalizer;
import org.duibiao.structure.DocumentType;

/**
 * Turns a parsed query into a Lucene query over one level (documents or clauses). Text is normalized like the
 * documents (traditional → simplified, full-width → ASCII) and matched twice: as HanLP words, for ranking whole
 * words first, and as a phrase of character bigrams, which finds the text inside longer words too (谈心谈话 in
 * 谈心谈话制度) and makes quoted phrases exact substrings whatever the segmenter did. Unquoted words are expanded
 * with their synonyms; every expansion is recorded for the user to see.
 */
final class QueryTranslator {

  /** A text field and its weight at one level. */
  record Weighted(String field, float boost) {}

  static final List<Weighted> DOCUMENT_FIELDS = List.of(
      new Weighted(Schema.TEXT, 1f), new Weighted(Schema.TITLE, 3f), new Weighted(Schema.HEADING, 1.5f));
  static final List<Weighted> CLAUSE_FIELDS = List.of(
      new Weighted(Schema.TEXT, 1f), new Weighted(Schema.HEADING, 0.5f), new Weighted(Schema.TITLE, 0.2f));

  private static final List<Weighted> LIKE_FIELDS =
      List.of(new Weighted(Schema.TEXT, 1f), new Weighted(Schema.HEADING, 0.5f));
  private static final float OWN_SYNONYM = 0.7f;
  private static final float GENERAL_SYNONYM = 0.4f;
  private static final Set<String> MODALITIES = Set.of("must", "should", "encouraged", "may", "forbidden");

  private final Analyzer analyzer;
  private final List<Weighted> fields;
  private final boolean synonyms;
  private final Map<String, List<String>> expansions = new LinkedHashMap<>();

  QueryTranslator(Analyzer analyzer, boolean clauses, boolean synonyms) {
    this.analyzer = analyzer;
    this.fields = clauses ? CLAUSE_FIELDS : DOCUMENT_FIELDS;
    this.synonyms = synonyms;
  }

  /** The synonyms used, by query word, in query order. */
  Map<String, List<String>> expansions() {
    return expansions;
  }

  Query translate(QuerySyntax.Node node) throws InvalidQueryException {
    if (node instanceof QuerySyntax.Words w) {
      return words(w);
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
      return new BoostQuery(new ConstantScoreQuery(filter(f.field(), f.value())), 0f);
    }
    return new BoostQuery(new ConstantScoreQuery(compare((QuerySyntax.Compare) node)), 0f);
  }

  /**
   * Any of the words of a clause, for finding clauses like it. BM25 weighs the rare words that carry the measure
   * above the common ones; words of the clause's heading, which names the measure, count double; each word also
   * matches inside longer words as in a search, and a match in another clause's heading (the measure it stands
   * under) counts half, even where its text lacks the word.
   */
  Query like(String heading, String text) {
    Map<String, Float> weights = new LinkedHashMap<>();
    for (String source : new String[] {text, heading}) {
      for (String w : new java.util.LinkedHashSet<>(analyze(Schema.TEXT, normalize(source)))) {
        if (w.codePointCount(0, w.length()) >= 2 && !w.chars().allMatch(Character::isDigit)) {
          weights.merge(w, 1f, Float::sum); // particles and numbers say little about the measure
        }
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Float> e : weights.entrySet()) {
      Query q = match(e.getKey(), LIKE_FIELDS, e.getValue(), false);
      if (q != null && clauses++ < IndexSearcher.getMaxClauseCount() / 4) {
        b.add(q, Occur.SHOULD);
      }
    }
    return b.build();
  }

  // text --------------------------------------------------------------------------------------------------------

  private Query words(QuerySyntax.Words w) throws InvalidQueryException {
    String text = normalize(w.text());
    List<Weighted> where = w.field() == null ? fields : List.of(new Weighted(w.field(), 1f));
    if (w.quoted()) {
      return require(substring(where, text, 1f), w.text());
    }
    List<String> tokens = analyze(Schema.TEXT, text);
    if (tokens.isEmpty()) {
      return require(substring(where, text, 1f), w.text());
    }
    if (tokens.size() == 1) {
      return concept(tokens.get(0), where);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : tokens) {
      b.add(concept(t, where), Occur.MUST);
    }
    Query together = substring(where, text, 1f);
    if (together != null) {
      b.add(together, Occur.SHOULD); // the words side by side rank first
    }
    return b.build();
  }

  /** A word or, when synonyms are on, any of its synonyms. */
  private Query concept(String word, List<Weighted> where) {
    List<Query> alternatives = new ArrayList<>();
    alternatives.add(match(word, where, 1f));
    if (synonyms) {
      Synonyms.Expansion e = Synonyms.of(word);
      List<String> used = new ArrayList<>();
      for (String s : e.own()) {
        add(alternatives, used, s, match(s, where, OWN_SYNONYM));
      }
      for (String s : e.general()) {
        add(alternatives, used, s, match(s, where, GENERAL_SYNONYM));
      }
      if (!used.isEmpty()) {
        expansions.merge(word, used, (a, b) -> a);
      }
    }
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    alternatives.forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  private static void add(List<Query> alternatives, List<String> used, String word, Query q) {
    if (q != null) {
      alternatives.add(q);
      used.add(word);
    }
  }

  /**
   * The word as a whole word (when it is one) or as a substring. It must occur in the first field (the text, or
   * the one field asked for); the other fields (title, headings) only add to the score, so a clause is not found
   * for words that only its document's title or its section heading contains.
   */
  private Query match(String word, List<Weighted> where, float weight) {
    return match(word, where, weight, true);
  }

  private Query match(String word, List<Weighted> where, float weight, boolean firstRequired) {
    boolean oneWord = analyze(Schema.TEXT, word).equals(List.of(word));
    return combine(where, firstRequired, f -> {
      Query sub = bigrams(Schema.bigrams(f.field()), word);
      if (!oneWord) {
        return sub;
      }
      Query term = new TermQuery(new Term(f.field(), word));
      return sub == null ? term : new BooleanQuery.Builder().add(term, Occur.SHOULD).add(sub, Occur.SHOULD).build();
    }, weight);
  }

  /** The text as a substring, in the first field and, for the score, the others. */
  private Query substring(List<Weighted> where, String text, float weight) {
    return combine(where, true, f -> bigrams(Schema.bigrams(f.field()), text), weight);
  }

  private static Query combine(List<Weighted> where, boolean firstRequired,
      java.util.function.Function<Weighted, Query> query, float weight) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (Weighted f : where) {
      Query q = query.apply(f);
      boolean first = f == where.get(0);
      if (q == null && first && firstRequired) {
        return null;
      }
      if (q != null) {
        b.add(new BoostQuery(q, f.boost() * weight), first && firstRequired ? Occur.MUST : Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : b.build();
  }

  /**
   * The text as a phrase of the bigram field's tokens: exactly the texts that contain it. The last token of the
   * text, a lone character, is left out: in a document the same character usually starts a bigram with whatever
   * follows. A single character is a prefix query (any bigram starting with it).
   */
  Query bigrams(String field, String text) {
    List<String> tokens = analyze(field, text);
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      String t = tokens.get(0);
      return t.codePointCount(0, t.length()) == 1 ? new PrefixQuery(new Term(field, t)) : new TermQuery(new Term(field, t));
    }
    String last = tokens.get(tokens.size() - 1);
    if (last.codePointCount(0, last.length()) == 1) {
      tokens = tokens.subList(0, tokens.size() - 1);
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0)));
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i < tokens.size(); i++) {
      b.add(new Term(field, tokens.get(i)), i);
    }
    return b.build();
  }

  List<String> analyze(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a string
    }
    return out;
  }

  private static Query require(Query q, String text) throws InvalidQueryException {
    if (q == null) {
      throw new InvalidQueryException("'" + text + "' has no characters to search for; give words or numbers");
    }
    return q;
  }

  /** Query text normalized like documents: simplified script, ASCII digits and letters. */
  static String normalize(String text) {
    String n = TextNormalizer.normalize(text).text().strip();
    return n.isEmpty() ? ScriptConverter.toSimplified(text).strip() : n;
  }

  // filters -----------------------------------------------------------------------------------------------------

  /** A metadata filter, as used in the query ({@code issuer:…}) and by the search options. */
  Query filter(String field, String value) throws InvalidQueryException {
    String v = value.strip();
    switch (field) {
      case "issuer", "region" -> {
        return require(bigrams(Schema.bigrams(field), normalize(v)), v);
      }
      case "type" -> {
        try {
          return new TermQuery(new Term(Schema.TYPE, DocumentType.fromLabel(v).label()));
        } catch (IllegalArgumentException e) {
          throw new InvalidQueryException(e.getMessage());
        }
      }
      case "year" -> {
        int[] range = years(v);
        return IntPoint.newRangeQuery(Schema.YEAR, range[0], range[1]);
      }
      case "level" -> {
        return new TermQuery(new Term(Schema.LEVEL, normalize(v)));
      }
      case "modality" -> {
        if (!MODALITIES.contains(v)) {
          throw new InvalidQueryException("unknown modality '" + v + "'; use must, should, encouraged, may or forbidden");
        }
        return new TermQuery(new Term(Schema.MODALITY, v));
      }
      case "section" -> {
        String path = normalize(v);
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.SECTION, path)), Occur.SHOULD)
            .add(new PrefixQuery(new Term(Schema.SECTION, path + "/")), Occur.SHOULD).build();
      }
      default -> throw new InvalidQueryException("unknown filter '" + field + "'");
    }
  }

  /** 2018, 2016..2019 or 2016-2019. */
  static int[] years(String v) throws InvalidQueryException {
    String[] parts = v.split("\\.\\.|-", -1);
    try {
      int from = Integer.parseInt(parts[0].strip());
      int to = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : from;
      if (parts.length > 2 || from > to) {
        throw new NumberFormatException();
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      throw new InvalidQueryException("'" + v + "' is not a year or a range of years; write 2018 or 2016..2019");
    }
  }

  /** A quantity filter on the comparable scale the indexer used (frequencies per year, durations in months). */
  private static Query compare(QuerySyntax.Compare c) {
    double v = c.value();
    String field = Schema.QUANTITY + switch (c.kind()) {
      case "years", "months" -> "duration";
      default -> c.kind();
    };
    double lo;
    double hi;
    if (c.kind().equals("deadline")) {
      int y = (int) v; // deadlines are year * 12 + month
      lo = switch (c.op()) {
        case ">=", "=" -> y * 12 + 1;
        case ">" -> (y + 1) * 12 + 1;
        default -> Double.NEGATIVE_INFINITY;
      };
      hi = switch (c.op()) {
        case "<=", "=" -> y * 12 + 12;
        case "<" -> (y - 1) * 12 + 12;
        default -> Double.POSITIVE_INFINITY;
      };
      return DoublePoint.newRangeQuery(field, lo, hi);
    }
    if (c.kind().equals("years")) {
      v *= 12;
    }
    lo = switch (c.op()) {
      case ">=", "=" -> v;
      case ">" -> Math.nextUp(v);
      default -> Double.NEGATIVE_INFINITY;
    };
    hi = switch (c.op()) {
      case "<=", "=" -> v;
      case "<" -> Math.nextDown(v);
      default -> Double.POSITIVE_INFINITY;
    };
    return DoublePoint.newRangeQuery(field, lo, hi);
  }
}
