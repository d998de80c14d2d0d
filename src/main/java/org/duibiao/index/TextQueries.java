package org.duibiao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.Synonyms;
import org.duibiao.normalize.TextNormalizer;

/**
 * Queries for text. Text is normalized like the documents (traditional → simplified, full-width → ASCII) and
 * matched twice: as HanLP words, to rank whole words first, and as a phrase of character bigrams, which finds the
 * text inside longer words too (谈心谈话 in 谈心谈话制度) and makes a quoted phrase an exact substring whatever the
 * segmenter did. Unquoted words are expanded with their synonyms; the expansions are recorded for the user.
 */
final class TextQueries {

  /**
   * A field to look for text in.
   *
   * @param field the field (its bigrams are in the field of the same name with the {@link Schema#BIGRAM_SUFFIX} suffix)
   * @param boost its weight
   * @param words whether to match whole words there
   * @param bigrams whether to match substrings (bigram phrases) there
   * @param required whether the text must occur there; other fields only add to the score
   */
  record Weighted(String field, float boost, boolean words, boolean bigrams, boolean required) {
    /** A field searched for whole words and substrings, required. */
    static Weighted only(String field) {
      return new Weighted(field, 1f, true, true, true);
    }
  }

  /**
   * Where text is looked for: builds the query for a list of fields, possibly several times (for the clause
   * entries and for the document entry) and joins the parts. {@code exact} says the text is a phrase, to be
   * ranked by where it occurs. Returns null when nothing can match.
   */
  @FunctionalInterface
  interface Scope {
    Query apply(Function<List<Weighted>, Query> build, boolean exact);
  }

  private static final float OWN_SYNONYM = 0.7f;
  private static final float GENERAL_SYNONYM = 0.4f;
  private static final List<Weighted> LIKE_FIELDS = List.of(new Weighted(Schema.TEXT, 1f, true, true, false),
      new Weighted(Schema.HEADING, 1f, true, true, false));

  private final Analyzer analyzer;
  private final boolean synonyms;
  private final Map<String, List<String>> expansions = new LinkedHashMap<>();

  TextQueries(Analyzer analyzer, boolean synonyms) {
    this.analyzer = analyzer;
    this.synonyms = synonyms;
  }

  /** The synonyms used, by query word, in query order. */
  Map<String, List<String>> expansions() {
    return expansions;
  }

  /**
   * Words of the query: a quoted phrase as an exact substring; otherwise every word (or one of its synonyms),
   * the words side by side ranking first.
   */
  Query words(String text, boolean quoted, Scope scope) throws InvalidQueryException {
    String norm = normalize(text);
    List<String> tokens = quoted ? List.of() : analyze(Schema.TEXT, norm);
    if (tokens.isEmpty()) {
      return require(scope.apply(f -> substring(f, norm), true), text);
    }
    if (tokens.size() == 1) {
      return require(scope.apply(f -> concept(tokens.get(0), f), false), text);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : tokens) {
      b.add(require(scope.apply(f -> concept(t, f), false), text), Occur.MUST);
    }
    Query together = scope.apply(f -> substring(f, norm), true);
    if (together != null) {
      b.add(together, Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Any of the words of a clause, for finding clauses like it. BM25 weighs the rare words that carry the measure
   * above the common ones; words of the clause's heading, which names the measure, count double; each word also
   * matches inside longer words as in a search, and a match in another clause's heading (the measure it stands
   * under) counts as much as one in its text.
   */
  Query like(String heading, String text) {
    Map<String, Float> weights = new LinkedHashMap<>();
    for (String source : new String[] {text, heading}) {
      for (String w : new LinkedHashSet<>(analyze(Schema.TEXT, normalize(source)))) {
        if (w.codePointCount(0, w.length()) >= 2 && !w.chars().allMatch(Character::isDigit)) {
          weights.merge(w, 1f, Float::sum); // particles and numbers say little about the measure
        }
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Float> e : weights.entrySet()) {
      Query q = match(e.getKey(), LIKE_FIELDS, e.getValue());
      if (q != null && clauses++ < IndexSearcher.getMaxClauseCount() / 4) {
        b.add(q, Occur.SHOULD);
      }
    }
    return b.build();
  }

  /**
   * A word or, when synonyms are on, any of its synonyms. Synonyms are looked for in the first field only (the
   * text), and only where it matches whole words: a title or heading adds to the score of the word itself, and
   * the search of a document's clauses for substrings (costly across all clauses) is for the word itself.
   */
  private Query concept(String word, List<Weighted> fields) {
    List<Query> alternatives = new ArrayList<>();
    add(alternatives, match(word, fields, 1f));
    if (synonyms && fields.get(0).words()) {
      List<Weighted> first = fields.subList(0, 1);
      Synonyms.Expansion e = Synonyms.of(word);
      List<String> used = new ArrayList<>();
      for (String s : e.own()) {
        if (add(alternatives, match(s, first, OWN_SYNONYM))) {
          used.add(s);
        }
      }
      for (String s : e.general()) {
        if (add(alternatives, match(s, first, GENERAL_SYNONYM))) {
          used.add(s);
        }
      }
      if (!used.isEmpty()) {
        expansions.putIfAbsent(word, used);
      }
    }
    if (alternatives.size() <= 1) {
      return alternatives.isEmpty() ? null : alternatives.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    alternatives.forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  private static boolean add(List<Query> alternatives, Query q) {
    if (q != null) {
      alternatives.add(q);
    }
    return q != null;
  }

  /** The word as a whole word (when it is one, where words are indexed) or as a substring, in each field. */
  private Query match(String word, List<Weighted> fields, float weight) {
    boolean oneWord = analyze(Schema.TEXT, word).equals(List.of(word));
    return combine(fields, weight, f -> {
      Query sub = f.bigrams() ? bigrams(Schema.bigrams(f.field()), word) : null;
      Query term = f.words() && oneWord ? new TermQuery(new Term(f.field(), word)) : null;
      if (sub == null || term == null) {
        return sub == null ? term : sub;
      }
      return new BooleanQuery.Builder().add(term, Occur.SHOULD).add(sub, Occur.SHOULD).build();
    });
  }

  /** The text as a substring, in the fields that have bigrams. */
  private Query substring(List<Weighted> fields, String text) {
    return combine(fields, 1f, f -> f.bigrams() ? bigrams(Schema.bigrams(f.field()), text) : null);
  }

  /** The per-field queries, required ones as MUST, the others as SHOULD; null when a required one is impossible. */
  private static Query combine(List<Weighted> fields, float weight, Function<Weighted, Query> query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (Weighted f : fields) {
      Query q = query.apply(f);
      if (q == null && f.required()) {
        return null;
      }
      if (q != null) {
        b.add(new BoostQuery(q, f.boost() * weight), f.required() ? Occur.MUST : Occur.SHOULD);
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

  /** Each word and synonym is looked up for several fields and translators of one search: analyzed once. */
  private final java.util.Map<String, List<String>> analyzed = new java.util.HashMap<>();

  List<String> analyze(String field, String text) {
    return analyzed.computeIfAbsent(field + '\u0000' + text, k -> analyzeOnce(field, text));
  }

  private List<String> analyzeOnce(String field, String text) {
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
    return List.copyOf(out);
  }

  static Query require(Query q, String text) throws InvalidQueryException {
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
}
