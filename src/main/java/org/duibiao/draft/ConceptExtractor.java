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

  private ConceptExtractor() {}

  static final int MAX_CORE = 8;

  private static final java.util.regex.Pattern ADVERB_PREFIX = java.util.regex.Pattern.compile(
      "^(?:广泛|大力|积极|认真|深入|全面|切实|进一步|及时|严格|不断|充分|努力|着力|扎实|主动|有效|持续|加快|加强|推进|"
          + "推动|统筹|合理|科学|精准|动态|全力|重点|坚决|依法|依规|依纪|按时|按期|定期|经常|普遍|逐步|适时|优先)");
  private static final Set<String> VOCAB = new java.util.HashSet<>(Vocabulary.terms());

  /** Words of the text: 组织工作 terms whole, other compounds split into HanLP's core words, adverbs peeled off. */
  static List<Term> words(String text) {
    List<Term> out = new ArrayList<>();
    for (Term t : Segmenter.segment(text)) {
      String w = t.word();
      if (t.isPunctuation() || VOCAB.contains(w) || w.length() <= 2) {
        out.add(t);
        continue;
      }
      java.util.regex.Matcher m = ADVERB_PREFIX.matcher(w);
      String rest = m.find() && m.end() < w.length() ? w.substring(m.end()) : w;
      int base = t.offset() + (w.length() - rest.length());
      if (VOCAB.contains(rest) || rest.length() <= 2 || TermStats.known(rest)) {
        out.add(new Term(rest, t.nature(), base));
        continue;
      }
      int pos = 0;
      for (String part : Segmenter.basicWords(rest)) {
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

  /** Content words worth matching, in text order, without filler, generic bodies or numbers. */
  static List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (Term t : words(text)) {
      String w = t.word();
      if (t.isPunctuation() || w.length() < 2 || Lexicon.FILLER.contains(w) || Lexicon.GENERIC_ORG.contains(w)) {
        continue;
      }
      if (w.chars().anyMatch(Character::isDigit) || w.matches("[一二三四五六七八九十百千两]+[名次个年篇项]?")) {
        continue;
      }
      if (t.nature().startsWith("m") || t.nature().startsWith("q") || t.nature().startsWith("p")
          || t.nature().startsWith("c") || t.nature().startsWith("u") || t.nature().startsWith("r")) {
        continue;
      }
      if (TermStats.idf(w) < 3.0) {
        continue;
      }
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Core concepts: content words not inside an item, the most specific first kept, in text order. */
  static List<Concept> core(String text, List<String> items) {
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
      ranked.sort(Comparator.comparingDouble((String w) -> -TermStats.idf(w)));
      Set<String> top = new LinkedHashSet<>(ranked.subList(0, MAX_CORE));
      kept.removeIf(w -> !top.contains(w));
    }
    List<Concept> out = new ArrayList<>();
    for (String w : kept) {
      out.add(withSynonyms(w));
    }
    return out;
  }

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
