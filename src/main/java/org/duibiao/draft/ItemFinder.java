package org.duibiao.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.Segmenter;
import org.duibiao.nlp.Term;
import org.duibiao.nlp.Vocabulary;

/**
 * Finds enumerated items in a measure: 履行职责、工作效能、服务质量、工作业绩、廉洁自律等 → five items. Works on words, not
 * characters: the middle items lie between enumeration commas; the first and the last take as many words as the
 * middle ones have, stopping at prepositions, verbs, 的 and 等; a 和/及/以及/或 splits off one more item.
 */
final class ItemFinder {

  private ItemFinder() {}

  private static final Pattern PAIR = Pattern.compile(
      "([\\p{IsHan}（）]{2,12}?)(?:及|和|以及)([\\p{IsHan}]{2,12}?(?:机构|部门|人员|责任|干部|单位|机关|科室|组织|同志|企业))");
  private static final java.util.Set<String> CONJ = java.util.Set.of("和", "及", "以及", "与", "或", "或者", "并", "同");

  /** The items of every enumeration in the text, each at least two characters. */
  static List<String> items(String text) {
    List<String> out = new ArrayList<>();
    for (String seg : text.split("[，；：。]")) {
      if (seg.indexOf('、') < 0) {
        pairs(seg, out);
        continue;
      }
      List<List<Term>> pieces = pieces(Segmenter.segment(seg));
      if (pieces.size() < 2 || verbPhrases(pieces)) {
        continue;
      }
      int m = medianWords(pieces);
      List<String> raw = new ArrayList<>();
      raw.add(words(leftItem(pieces.get(0), m)));
      for (int i = 1; i < pieces.size() - 1; i++) {
        raw.addAll(splitConj(pieces.get(i)));
      }
      raw.addAll(rightItems(pieces.get(pieces.size() - 1), m));
      if (pieces.size() == 2 && raw.stream().anyMatch(r -> r.length() > 8)) {
        continue; // two long pieces: verb phrases, not an enumeration
      }
      for (String r : raw) {
        String item = clean(r);
        if (good(item) && !out.contains(item)) {
          out.add(item);
        }
      }
    }
    return out;
  }

  /** Token runs between enumeration commas; a comma inside brackets or quotes (县（市、区）) does not count. */
  private static List<List<Term>> pieces(List<Term> terms) {
    List<List<Term>> out = new ArrayList<>();
    List<Term> cur = new ArrayList<>();
    int depth = 0;
    for (Term t : terms) {
      String w = t.word();
      if (w.equals("（") || w.equals("“")) {
        depth++;
      } else if ((w.equals("）") || w.equals("”")) && depth > 0) {
        depth--;
      }
      if (w.equals("、") && depth == 0) {
        out.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(t);
      }
    }
    out.add(cur);
    return out;
  }

  /** 牢固树立“四个意识”、坚定“四个自信”: a list of things to do or be, not of bodies, groups or aspects. */
  private static boolean verbPhrases(List<List<Term>> pieces) {
    int withVerb = 0;
    for (int i = 1; i < pieces.size(); i++) {
      for (Term t : pieces.get(i)) {
        if (t.word().equals("等")) {
          break; // 财务、人事、审批等关键岗位任职的: the list ends at 等, the verb after it is the sentence's
        }
        if (t.nature().equals("v") || t.nature().equals("vi") || t.nature().startsWith("d")) {
          withVerb++;
          break;
        }
      }
    }
    return withVerb * 2 >= pieces.size() - 1 && pieces.size() > 2 || withVerb == pieces.size() - 1;
  }

  private static int medianWords(List<List<Term>> pieces) {
    if (pieces.size() <= 2) {
      return 2;
    }
    int[] n = new int[pieces.size() - 2];
    for (int i = 1; i < pieces.size() - 1; i++) {
      n[i - 1] = (int) pieces.get(i).stream().filter(t -> !t.isPunctuation()).count();
    }
    java.util.Arrays.sort(n);
    return Math.max(1, Math.min(3, n[n.length / 2]));
  }

  private static final Pattern ACTIVITY_END = Pattern.compile("(?:锻炼|谈话|培训|交流|考核|评议|提拔|轮岗|挂职|学习|讨论)$");
  private static final Pattern NUMBERED_NOUN = Pattern.compile(".*[一二三四五六七八九十].*[^一二三四五六七八九十]");
  private static final Pattern GLOSS = Pattern.compile("（[^（）]*）");
  private static final Pattern QUANTIFIER = Pattern.compile("^(?:各级|各类|各种|各|有关|相关|全市|全省|本单位|其)");
  private static final Pattern GENERIC_TAIL = Pattern.compile("(?<=.{2})(?:干部|人员|工作|情况|方面|问题)$");
  private static final Pattern EDGES = Pattern.compile("^[“”（）\\s]+|[“”（）\\s]+$");

  /** A word that cannot be part of a listed noun phrase. */
  private static boolean stop(Term t) {
    String w = t.word();
    String n = t.nature();
    if (Vocabulary.contains(w)) {
      // 挂职锻炼, 谈心谈话: a cadre-work activity ends the listed noun phrase; 中层干部 does not.
      return ACTIVITY_END.matcher(w).find();
    }
    if (w.equals("等") || w.equals("的") || CONJ.contains(w)) {
      return true;
    }
    return n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d") || n.startsWith("r")
        || n.startsWith("i") || n.startsWith("l") || n.startsWith("a")
        || n.startsWith("f") || n.startsWith("m") && !NUMBERED_NOUN.matcher(w).matches()
        || (n.startsWith("v") && !n.equals("vn"));
  }

  /** The last words of the first piece, at most {@code m + 1}, back to a stop word. */
  private static List<Term> leftItem(List<Term> piece, int m) {
    List<Term> out = new ArrayList<>();
    for (int i = piece.size() - 1; i >= 0 && out.size() <= m; i--) {
      Term t = piece.get(i);
      if (t.word().equals("）") || t.word().equals("”")) {
        out.add(0, t);
        continue;
      }
      if (stop(t) || t.isPunctuation() && !t.word().equals("（") && !t.word().equals("“")) {
        break;
      }
      out.add(0, t);
    }
    return out;
  }

  /** The first words of the last piece up to a stop word, and one more item after a 和/及/或. */
  private static List<String> rightItems(List<Term> piece, int m) {
    List<String> out = new ArrayList<>();
    List<Term> cur = new ArrayList<>();
    for (Term t : piece) {
      if (CONJ.contains(t.word()) && !cur.isEmpty()) {
        out.add(words(cur));
        cur = new ArrayList<>();
        continue;
      }
      if (stop(t) || cur.size() > m) {
        break;
      }
      cur.add(t);
    }
    if (!cur.isEmpty()) {
      out.add(words(cur));
    }
    return out;
  }

  private static List<String> splitConj(List<Term> piece) {
    List<String> out = new ArrayList<>();
    List<Term> cur = new ArrayList<>();
    for (Term t : piece) {
      if (t.word().equals("等")) {
        break; // 招商引资等中心工作: the list ends here
      }
      if (CONJ.contains(t.word()) && !cur.isEmpty()) {
        out.add(words(cur));
        cur = new ArrayList<>();
      } else {
        cur.add(t);
      }
    }
    out.add(words(cur));
    return out;
  }

  private static String words(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    terms.forEach(t -> sb.append(t.word()));
    return sb.toString();
  }

  /** 各级党校（行政学院） → 党校: quantifiers, bracketed glosses and trailing generic nouns off, quotes trimmed. */
  static String clean(String item) {
    String s = GLOSS.matcher(item).replaceAll("");
    s = QUANTIFIER.matcher(s).replaceFirst("");
    s = GENERIC_TAIL.matcher(s).replaceFirst("");
    return EDGES.matcher(s).replaceAll("");
  }

  /** An item worth checking: two characters or more, balanced brackets, not a bare descriptor (丰富多彩). */
  private static boolean good(String item) {
    if (item.codePointCount(0, item.length()) < 2 || item.contains("（") != item.contains("）")) {
      return false;
    }
    List<Term> terms = Segmenter.segment(item);
    if (terms.isEmpty()) {
      return false;
    }
    String last = terms.get(terms.size() - 1).nature();
    return !(terms.size() == 1 && (last.startsWith("i") || last.startsWith("l") || last.startsWith("a")));
  }

  /** 党组（党委）和派驻纪检监察机构, 本人及所在科室工作人员: two bodies or groups joined by 和/及. */
  private static void pairs(String seg, List<String> out) {
    Matcher m = PAIR.matcher(seg);
    // Only as the subject or target at the start of the phrase; 深化党和国家机构改革 is one compound, not a list.
    if (m.find() && m.start() <= 2) {
      List<Term> lt = Segmenter.segment(m.group(1));
      String left = clean(words(leftItem(lt, 2)));
      String right = clean(m.group(2));
      if (left.length() >= 2 && !out.contains(left) && !out.contains(right)) {
        out.add(left);
        out.add(right);
      }
    }
  }
}
