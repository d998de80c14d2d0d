package org.duibiao.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duibiao.nlp.Segmenter;
import org.duibiao.nlp.TermStats;
import org.duibiao.nlp.Term;
import org.duibiao.nlp.Vocabulary;
import org.duibiao.rules.Concept;

/** Derives the concepts of a measure from its words: content words with their synonyms, and enumerated items. */
final class ConceptExtractor {

  /** A bare count (三, 两名, 十次): a number, not a concept. */
  private static final java.util.regex.Pattern CHINESE_COUNT =
      java.util.regex.Pattern.compile("[一二三四五六七八九十百千两]+[名次个年篇项]?");

  /** A period (季度, 上半年): how often, which the measure's quantity states, not what is done. */
  private static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile("(?:每|上|下|全)?(?:季度|月度|半年|年度|月份|周|旬)");
  /** One character that makes a noun of the word before it (观察点, 服务站, 资料库): the word is a thing of its own. */
  private static final java.util.regex.Pattern NOUN_SUFFIX = java.util.regex.Pattern.compile("[点站库室所组栏网群队班岗册簿台馆]");

  private ConceptExtractor() {}

  static final int MAX_CORE = 4;

  private static final java.util.regex.Pattern ADVERB_PREFIX = java.util.regex.Pattern.compile(
      "^(?:广泛|大力|积极|认真|深入|全面|切实|进一步|及时|严格|不断|充分|努力|着力|扎实|主动|有效|持续|加快|加强|推进|"
          + "推动|统筹|合理|科学|精准|动态|全力|重点|坚决|依法|依规|依纪|按时|按期|定期|经常|普遍|逐步|适时|优先)");

  /**
   * Words of a segmented text: 组织工作 terms whole, other compounds split into HanLP's core words, adverbs peeled
   * off.
   */
  static List<Term> words(List<Term> segmented) {
    List<Term> out = new ArrayList<>();
    for (Term t : segmented) {
      String w = t.word();
      if (t.isPunctuation() || Vocabulary.contains(w) || w.length() <= 2 || Lexicon.FILLER.contains(w)) {
        out.add(t);
        continue;
      }
      java.util.regex.Matcher m = ADVERB_PREFIX.matcher(w);
      String rest = m.find() && m.end() < w.length() ? w.substring(m.end()) : w;
      int base = t.offset() + (w.length() - rest.length());
      if (Vocabulary.contains(rest) || rest.length() <= 2 || TermStats.known(rest)) {
        out.add(new Term(rest, t.nature(), base));
        continue;
      }
      List<String> parts = Segmenter.basicWords(rest);
      if (parts.size() > 1 && NOUN_SUFFIX.matcher(parts.get(parts.size() - 1)).matches()) {
        out.add(new Term(rest, t.nature(), base)); // 观察点, 服务站: a word with its suffix; its stem alone is another thing
        continue;
      }
      int pos = 0;
      for (String part : parts) {
        int at = rest.indexOf(part, pos);
        if (at < 0) {
          continue;
        }
        out.add(new Term(part, TermStats.isVerb(part) ? "v" : "n", base + at));
        pos = at + part.length();
      }
    }
    return out;
  }

  private static boolean nounish(Term t) {
    String n = t.nature();
    return (n.startsWith("n") || n.equals("vn")) && !t.isPunctuation() && !Lexicon.FILLER.contains(t.word());
  }

  /**
   * Adjacent nouns form one concept (办公 + 环境 → 办公环境, 党政 + 机关 → 党政机关): the compound is what a plan
   * must mention, and matching it by parts still credits a plan that keeps its distinguishing first word.
   */
  static List<Term> compounds(List<Term> terms) {
    List<Term> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (!nounish(t) || Lexicon.generic(t.word()) || Vocabulary.contains(t.word())) {
        out.add(t);
        continue;
      }
      StringBuilder sb = new StringBuilder(t.word());
      int j = i + 1;
      while (j < terms.size() && j - i < 3 && nounish(terms.get(j)) && terms.get(j).offset() == t.offset() + sb.length()
          && !Lexicon.generic(terms.get(j).word()) && !Vocabulary.contains(terms.get(j).word())
          && sb.length() + terms.get(j).word().length() <= 6) {
        sb.append(terms.get(j).word());
        j++;
      }
      out.add(new Term(sb.toString(), j > i + 1 ? "n" : t.nature(), t.offset()));
      i = j - 1;
    }
    return out;
  }

  /**
   * Content words worth matching, in text order: nouns, 组织工作 terms and the verbs of cadre work; no adjectives,
   * idioms, adverbs, generic verbs (深化, 加大), filler, generic bodies or numbers.
   */
  static List<String> contentWords(String text) {
    return contentWords(SegmentSplitter.segmented(text)); // the splitter has mostly segmented these pieces already
  }

  /** As {@link #contentWords(String)}, from the text's segmentation. */
  static List<String> contentWords(List<Term> segmented) {
    List<String> out = new ArrayList<>();
    for (Term t : compounds(words(segmented))) {
      String w = t.word();
      String n = t.nature();
      if (t.isPunctuation() || w.length() < 2 || Lexicon.FILLER.contains(w) || Lexicon.generic(w)) {
        continue;
      }
      if (w.chars().anyMatch(Character::isDigit) || CHINESE_COUNT.matcher(w).matches() || PERIOD.matcher(w).matches()) {
        continue;
      }
      boolean vocab = Vocabulary.contains(w);
      boolean noun = n.startsWith("n") || n.equals("vn") || n.startsWith("g") || n.equals("j");
      boolean actionVerb = Lexicon.ACTION_VERBS.contains(w) && n.startsWith("v");
      if (!vocab && !noun && !actionVerb) {
        continue; // adjectives (较大), idioms (丰富多彩), adverbs, generic verbs (深化, 加大)
      }
      if (TermStats.idf(w) < 3.0 || Lexicon.ABSTRACT.contains(w) && !vocab) {
        continue;
      }
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** A verb (by the core dictionary) that is not a 组织工作 term: plans rephrase these freely. */
  static boolean isPlainVerb(String w) {
    return !Vocabulary.contains(w) && TermStats.isVerb(w);
  }

  /** Core concepts, ranked by general specificity only (no policy context). */
  static List<Concept> core(String text, List<String> items) {
    return core(text, items, w -> 1.0);
  }

  /**
   * Core concepts: content words not inside an item; when there are many, the most distinctive are kept (general
   * specificity times {@code local}, how rare the word is among the policy's other clauses), in text order.
   */
  static List<Concept> core(String text, List<String> items, java.util.function.ToDoubleFunction<String> local) {
    List<String> words = new ArrayList<>();
    for (String w : contentWords(text)) {
      boolean inItem = items.stream().anyMatch(i -> i.contains(w));
      boolean abstractOnly = Lexicon.ABSTRACT.contains(w);
      if (!inItem && !abstractOnly) {
        words.add(w);
      }
    }
    // Common words (任务, 重大, 计划) say little about which measure a clause carries out: keep them only when
    // nothing more specific is left.
    List<String> specific = words.stream().filter(w -> TermStats.idf(w) >= 4.0).toList();
    if (specific.size() >= 2) {
      words = new ArrayList<>(specific);
    }
    // Drop words contained in a longer kept word (谈话 inside 谈心谈话).
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      boolean inside = words.stream().anyMatch(o -> o.length() > w.length() && o.contains(w));
      if (!inside) {
        kept.add(w);
      }
    }
    if (kept.size() > MAX_CORE) {
      List<String> ranked = new ArrayList<>(kept);
      ranked.sort(Comparator.comparingDouble((String w) -> -TermStats.idf(w) * local.applyAsDouble(w)));
      Set<String> top = new LinkedHashSet<>(ranked.subList(0, MAX_CORE));
      kept.removeIf(w -> !top.contains(w));
    }
    List<Concept> out = new ArrayList<>();
    // A quoted name (“三提一优”工程, “满意科长”) is the most specific thing a measure can mention; segmentation
    // would break it into numerals.
    java.util.regex.Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      String name = q.group(1);
      if (!SLOGAN.matcher(name).matches() && out.stream().noneMatch(c -> c.name().equals(name))) {
        out.add(withSynonyms(name));
      }
    }
    for (String w : kept) {
      if (out.stream().noneMatch(c -> c.name().contains(w))) {
        out.add(withSynonyms(w));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("“([^“”]{2,12})”");
  /** 四个意识, 两个维护: political formulas, not names of things a plan does. */
  private static final java.util.regex.Pattern SLOGAN = java.util.regex.Pattern.compile("[一二三四五六七八九十两]个.{1,4}");

  static List<Concept> items(List<String> items) {
    List<Concept> out = new ArrayList<>();
    for (String i : items) {
      out.add(withSynonyms(i));
    }
    return out;
  }

  /** A concept from a word and its synonyms in the 组织工作 vocabulary (and tight 同义词词林 groups for nouns). */
  static Concept withSynonyms(String w) {
    Set<String> alts = new LinkedHashSet<>();
    alts.add(w);
    alts.addAll(Vocabulary.synonyms(w));
    return new Concept(List.copyOf(alts));
  }
}
