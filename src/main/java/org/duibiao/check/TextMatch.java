package org.duibiao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.Synonyms;
import org.duibiao.nlp.Vocabulary;
import org.duibiao.rules.Concept;

/**
 * How strongly a text states a concept: 1 for a term found verbatim, slightly less for a synonym from the
 * 组织工作 vocabulary or an equivalent in 同义词词林, and partial credit for a paraphrase that keeps most of a longer term's character pairs
 * (专题培训班 / 专题业务培训班). Concepts are compared in simplified script.
 */
final class TextMatch {

  private TextMatch() {}

  static final double SYNONYM = 0.9;
  static final double FUZZY = 0.8;
  static final double CILIN = 0.8;

  /** The best score of any alternative of the concept in the text, and which term matched. */
  record Hit(double score, String term) {
    static final Hit NONE = new Hit(0, "");
  }

  /**
   * A term of a rule set as it is compared: simplified, with its synonyms from the 组织工作 vocabulary, its character
   * pairs, and its equivalents in 同义词词林 for general words, as {@link Synonyms} allows them (tight "=" groups; none
   * for 组织工作 terms, whose general senses mislead: 蹲点 is no 监视).
   */
  private record Term(String text, List<String> synonyms, List<String> bigrams, List<String> cilin,
      java.util.regex.Pattern spelledOut, Parts parts) {}

  /**
   * An abbreviation of three to five characters (德能勤绩廉; counts such as 三重一大 aside) as a list of the
   * words it abbreviates, each starting with its character in order: 德行、能力、勤勉、绩效和廉洁. Null for other terms.
   */
  static java.util.regex.Pattern spelledOut(String term) {
    String t = term.replaceAll("[“”\"‘’]", "");
    if (t.length() < 3 || t.length() > 5 || !t.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp)
        == Character.UnicodeScript.HAN) || t.chars().anyMatch(ch -> "一二三四五六七八九十两".indexOf(ch) >= 0)) {
      return null;
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      if (i > 0) {
        re.append(i == t.length() - 1 ? "(?:、|和|及|与)" : "、");
      }
      // The words between the separators are as long as they are; the last one ends nowhere marked: a word of two.
      re.append(t.charAt(i)).append(i == t.length() - 1 ? "\\p{IsHan}?" : "\\p{IsHan}{0,3}");
    }
    return java.util.regex.Pattern.compile(re.toString());
  }

  /** Rule-set terms are few and asked about for every plan clause: prepared once. */
  private static final java.util.Map<String, Term> TERMS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Term term(String raw) {
    if (TERMS.size() > 100_000) {
      TERMS.clear(); // a long-running service checking many drafted rule sets: start over rather than grow
    }
    return TERMS.computeIfAbsent(raw, r -> {
      String t = ScriptConverter.toSimplified(r);
      return new Term(t, List.copyOf(Vocabulary.synonyms(t)), List.copyOf(bigrams(t)),
          Synonyms.of(t).general(), spelledOut(t), t.length() >= 3 ? Parts.of(t) : Parts.NONE);
    });
  }

  static Hit score(Concept c, String text) {
    return score(c, text, false);
  }

  /**
   * As {@link #score(Concept, String)}; for an enumerated item ({@code item}) one word of a compound does not stand
   * for it: 所在科室 is another scope than 所在科室工作人员.
   */
  static Hit score(Concept c, String text, boolean item) {
    Hit best = Hit.NONE;
    for (String raw : c.terms()) {
      Term term = term(raw);
      String t = term.text();
      if (containsWord(text, t)) {
        return new Hit(1.0, t);
      }
      for (String syn : term.synonyms()) {
        if (syn.length() >= 2 && containsWord(text, syn) && best.score() < SYNONYM) {
          best = new Hit(SYNONYM, syn);
        }
      }
      if (term.spelledOut() != null && best.score() < SYNONYM && text.indexOf('、') >= 0 && text.indexOf(t.charAt(0)) >= 0) {
        java.util.regex.Matcher sp = term.spelledOut().matcher(text);
        if (sp.find()) {
          best = new Hit(SYNONYM, sp.group());
        }
      }
      for (String syn : term.cilin()) {
        if (best.score() < CILIN && containsWord(text, syn)) {
          best = new Hit(CILIN, syn);
        }
      }
      if (t.length() >= 3 && !negated(t, text)) {
        double frac = bigramContainment(term.bigrams(), t.length(), text);
        if (frac >= 0.5 && FUZZY * frac > best.score()) {
          best = new Hit(FUZZY * frac, t);
        }
        double found = partsFound(term.parts(), text);
        double parts = PARTS * (item && found < 1 ? 0 : found);
        if (parts > best.score()) {
          best = new Hit(parts, t);
        }
        if (SUBSEQUENCE > best.score() && subsequence(t, text)) {
          best = new Hit(SUBSEQUENCE, t);
        }
      }
    }
    return best;
  }

  static final double PARTS = 0.85;
  static final double SUBSEQUENCE = 0.85;

  /**
   * The term's characters in order within a short stretch: a modifier inserted into the compound (人才库 in
   * 人才储备库; 定期谈心谈话 in 定期与新录用的干部谈心谈话 is too long a stretch and does not count).
   */
  static boolean subsequence(String term, String text) {
    int slack = Math.max(2, term.length() / 2 + 1);
    for (int at = text.indexOf(term.charAt(0)); at >= 0; at = text.indexOf(term.charAt(0), at + 1)) {
      int k = 1;
      int i = at + 1;
      int limit = Math.min(text.length(), at + term.length() + slack);
      while (k < term.length() && i < limit) {
        if (text.charAt(i) == term.charAt(k)) {
          k++;
        }
        i++;
      }
      if (k == term.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text contains the term as a word: a two-character term inside a longer dictionary word does not count
   * (办公 in 办公室, 工会 in 总工会 does).
   */
  static boolean containsWord(String text, String term) {
    return wordAt(text, term) >= 0;
  }

  /** Where the term stands as a word in the text, or -1. */
  static int wordAt(String text, String term) {
    if (term.length() != 2) {
      return text.indexOf(term);
    }
    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      boolean inside = at + 3 <= text.length() && org.duibiao.nlp.TermStats.known(text.substring(at, at + 3))
          && Character.UnicodeScript.of(text.charAt(at + 2)) == Character.UnicodeScript.HAN
          && "的和与及或等中上下内".indexOf(text.charAt(at + 2)) < 0;
      if (!inside) {
        return at;
      }
    }
    return -1;
  }

  /** 不满意科长 is not 满意科长: a negated term never matches text that drops the negation. */
  private static boolean negated(String term, String text) {
    char c = term.charAt(0);
    return "不无非未没".indexOf(c) >= 0 && !text.contains(term.substring(0, 2));
  }

  /** The words of a compound and how specific each is: found once per term, with the term. */
  private record Parts(List<String> words, double[] idf) {
    static final Parts NONE = new Parts(List.of(), new double[0]);

    static Parts of(String term) {
      List<String> words = org.duibiao.nlp.Segmenter.basicWords(term).stream().filter(w -> w.length() >= 2).toList();
      return new Parts(words, words.stream().mapToDouble(org.duibiao.nlp.TermStats::idf).toArray());
    }
  }

  /**
   * A compound whose words a plan rephrases in part: 动机态度 / 主观动机, 专业化培训 / 业务培训. The share, weighted by
   * specificity, of the compound's words (or their synonyms) found close together in the text.
   */
  private static double partsFound(Parts compound, String text) {
    List<String> parts = compound.words();
    double[] weight = compound.idf();
    if (parts.size() < 2) {
      return 0;
    }
    double total = 0;
    double single = 0;
    int found = 0;
    int[] pos = new int[parts.size()];
    int[] len = new int[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      total += weight[i];
      pos[i] = wordAt(text, p);
      len[i] = p.length();
      if (pos[i] < 0) {
        for (String syn : Vocabulary.synonyms(p)) {
          pos[i] = syn.length() >= 2 ? wordAt(text, syn) : -1;
          if (pos[i] >= 0) {
            len[i] = syn.length();
            break;
          }
        }
      }
      if (pos[i] >= 0) {
        found++;
      }
    }
    if (total == 0 || found == 0) {
      return 0;
    }
    // All parts in order with little between them (监督管理责任 for 监督责任) is the compound; parts scattered over
    // the clause add nothing: only the most specific part found counts then.
    boolean together = found == parts.size();
    for (int i = 1; together && i < parts.size(); i++) {
      int gap = pos[i] - (pos[i - 1] + len[i - 1]);
      together = gap >= 0 && gap <= 3;
    }
    if (together) {
      return 1.0;
    }
    // The first word distinguishes a compound from its siblings (住房补贴 / 交通补贴, 绩效工资 / 基本工资); the head
    // alone says little.
    if (pos[0] < 0) {
      return 0;
    }
    for (int i = 0; i < parts.size(); i++) {
      // One word of a compound stands for it only when that word is itself specific (动机 for 动机态度; not 监督
      // for 监督责任).
      if (pos[i] >= 0 && weight[i] >= 5.5) {
        single = Math.max(single, weight[i] / total);
      }
    }
    return single;
  }

  /**
   * Share of the term's character pairs found together in one place of the text: within a stretch a few
   * characters longer than the term (专题培训班 in 专题业务培训班), not scattered over the clause.
   */
  private static double bigramContainment(List<String> tb, int termLength, String text) {
    if (tb.isEmpty()) {
      return 0;
    }
    int span = 2 * termLength + 4;
    List<int[]> hits = new ArrayList<>(); // {position, bigram index}
    for (int k = 0; k < tb.size(); k++) {
      String b = tb.get(k);
      for (int at = text.indexOf(b); at >= 0; at = text.indexOf(b, at + 1)) {
        hits.add(new int[] {at, k});
      }
    }
    if (hits.isEmpty()) {
      return 0;
    }
    hits.sort((a, b) -> Integer.compare(a[0], b[0]));
    int best = 0;
    int lo = 0;
    int[] count = new int[tb.size()];
    int distinct = 0;
    for (int hi = 0; hi < hits.size(); hi++) {
      if (count[hits.get(hi)[1]]++ == 0) {
        distinct++;
      }
      while (hits.get(hi)[0] - hits.get(lo)[0] > span) {
        if (--count[hits.get(lo)[1]] == 0) {
          distinct--;
        }
        lo++;
      }
      best = Math.max(best, distinct);
    }
    return (double) best / tb.size();
  }

  static Set<String> bigrams(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().filter(cp -> Character.isLetterOrDigit(cp)).forEach(sb::appendCodePoint);
    String f = sb.toString();
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 2 <= f.length(); i++) {
      out.add(f.substring(i, i + 2));
    }
    return out;
  }
}
