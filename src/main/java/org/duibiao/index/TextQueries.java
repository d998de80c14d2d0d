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

  /** A text field and its weight. */
  record Weighted(String field, float boost) {}

  /**
   * Where text is looked for: builds the query for a list of fields, possibly several times (for the clause
   * entries and for the document entry) and joins the parts. Returns null when nothing can match.
   */
  @FunctionalInterface
  interface Scope {
    Query apply(Function<List<Weighted>, Query> build);
  }

  private static final float OWN_SYNONYM = 0.7f;
  private static final float GENERAL_SYNONYM = 0.4f;
  private static final List<Weighted> LIKE_FIELDS =
      List.of(new Weighted(Schema.TEXT, 1f), new Weighted(Schema.HEADING, 1f));

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
      return require(scope.apply(f -> substring(f, norm)), text);
    }
    if (tokens.size() == 1) {
      return require(scope.apply(f -> concept(tokens.get(0), f)), text);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : tokens) {
      b.add(require(scope.apply(f -> concept(t, f)), text), Occur.MUST);
    }
    Query together = scope.apply(f -> substring(f, norm));
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
      Query q = match(e.getKey(), LIKE_FIELDS, e.getValue(), false);
      if (q != null && clauses++ < IndexSearcher.getMaxClauseCount() / 4) {
        b.add(q, Occur.SHOULD);
      }
    }
    return b.build();
  }

  /** A word or, when synonyms are on, any of its synonyms. */
  private Query concept(String word, List<Weighted> fields) {
    List<Query> alternatives = new ArrayList<>();
    add(alternatives, match(word, fields, 1f, true));
    if (synonyms) {
      Synonyms.Expansion e = Synonyms.of(word);
      List<String> used = new ArrayList<>();
      for (String s : e.own()) {
        if (add(alternatives, match(s, fields, OWN_SYNONYM, true))) {
          used.add(s);
        }
      }
      for (String s : e.general()) {
        if (add(alternatives, match(s, fields, GENERAL_SYNONYM, true))) {
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

  /**
   * The word as a whole word (when it is one) or as a substring. With {@code firstRequired} it must occur in the
   * first field (the text, or the one field asked for) and the others (headings, titles) only add to the score, so
   * a clause is not found for words that only its section heading contains.
   */
  private Query match(String word, List<Weighted> fields, float weight, boolean firstRequired) {
    boolean oneWord = analyze(Schema.TEXT, word).equals(List.of(word));
    return combine(fields, firstRequired, weight, f -> {
      Query sub = bigrams(Schema.bigrams(f.field()), word);
      if (!oneWord) {
        return sub;
      }
      Query term = new TermQuery(new Term(f.field(), word));
      return sub == null ? term : new BooleanQuery.Builder().add(term, Occur.SHOULD).add(sub, Occur.SHOULD).build();
    });
  }

  /** The text as a substring, in the first field and, for the score, the others. */
  private Query substring(List<Weighted> fields, String text) {
    return combine(fields, true, 1f, f -> bigrams(Schema.bigrams(f.field()), text));
  }

  private static Query combine(List<Weighted> fields, boolean firstRequired, float weight,
      Function<Weighted, Query> query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (Weighted f : fields) {
      Query q = query.apply(f);
      boolean required = firstRequired && f == fields.get(0);
      if (q == null && required) {
        return null;
      }
      if (q != null) {
        b.add(new BoostQuery(q, f.boost() * weight), required ? Occur.MUST : Occur.SHOULD);
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
