package org.duibiao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.TermStats;
import org.duibiao.rules.Concept;
import org.duibiao.rules.Measure;
import org.duibiao.rules.RuleSet;

/**
 * Scores how fully a window of plan clauses states a measure: the weighted share of its core concepts found (a
 * heading counts for less than the clause itself), and the share of its enumerated items named. Concept weights
 * are their specificity (inverse frequency in general Chinese) damped by how many measures of the same rule set
 * share them — 中层干部 in a policy about 中层干部 tells little about which measure a clause carries out.
 */
final class MeasureMatcher {

  static final double HEADING = 0.6;
  /**
   * What a measure found only by joining two sentences loses: a measure does take two sentences at times, but two
   * neighbours that each carry a word of it (挂职锻炼 in one, 选拔引进 in the next) are more often two other measures.
   */
  static final double PAIR = 0.15;

  private final Map<String, Double> weights = new HashMap<>();
  /** Each concept is looked for in each window and in each clause of it: the answers, kept for one check. */
  private final Map<Concept, Map<String, TextMatch.Hit>> hits = new java.util.IdentityHashMap<>();
  private final Map<Concept, Map<String, TextMatch.Hit>> itemHits = new java.util.IdentityHashMap<>();
  /** Drafted items can be noise; a curator's single item is a scope the plan must name. */
  private final boolean drafted;

  /** The words the measures of the rule set turn on: each measure's core concepts, every alternative, simplified. */
  private final List<String> topics;

  MeasureMatcher(RuleSet rules) {
    this.drafted = !rules.curated();
    java.util.Set<String> words = new java.util.TreeSet<>();
    for (Measure m : rules.measures()) {
      for (Concept c : m.match().all()) {
        for (String t : c.terms()) {
          if (t.length() >= 2) {
            words.add(ScriptConverter.toSimplified(t));
          }
        }
      }
    }
    this.topics = List.copyOf(words);
    Map<String, Integer> df = new HashMap<>();
    for (Measure m : rules.measures()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Concept c : concepts(m)) {
        if (seen.add(c.name())) {
          df.merge(c.name(), 1, Integer::sum);
        }
      }
    }
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      weights.put(e.getKey(), base(e.getKey()) / (1 + 0.5 * Math.log(e.getValue())));
    }
  }

  /** The words the measures of the rule set turn on (the core concepts' alternatives, at least two characters). */
  List<String> topics() {
    return topics;
  }

  /** A measure's core concepts and its items. */
  static List<Concept> concepts(Measure m) {
    List<Concept> all = new ArrayList<>(m.match().all());
    all.addAll(m.match().items());
    return all;
  }

  private TextMatch.Hit hit(Concept c, String text) {
    return hits.computeIfAbsent(c, k -> new HashMap<>()).computeIfAbsent(text, t -> TextMatch.score(c, t));
  }

  private TextMatch.Hit itemHit(Concept c, String text) {
    return itemHits.computeIfAbsent(c, k -> new HashMap<>()).computeIfAbsent(text, t -> TextMatch.score(c, t, true));
  }

  double weight(Concept c) {
    return weights.computeIfAbsent(c.name(), MeasureMatcher::base);
  }

  /** Specificity of a term; verbs count for less than nouns, since plans rephrase actions more than objects. */
  private static double base(String term) {
    double idf = TermStats.idf(term);
    return TermStats.isVerb(term) ? idf * 0.6 : idf;
  }

  /** How one concept fared in a window: its weight (core concepts; -1 for items) and its score. */
  record Part(String name, double weight, double score) {}

  /** The score of one window. */
  record Score(double core, double items, double combined, List<String> found, List<String> missingItems, boolean[] unitUsed, List<Part> parts, boolean keyFound, double strength) {

    /** Each concept with its weight and score, for --explain: 谈心谈话(6.2)=1.00 [分管负责人]=0.00. */
    String explanation() {
      StringBuilder sb = new StringBuilder();
      for (Part p : parts) {
        sb.append(p.weight() >= 0 ? String.format(" %s(%.1f)=%.2f", p.name(), p.weight(), p.score())
            : String.format(" [%s]=%.2f", p.name(), p.score()));
      }
      return sb.toString().strip();
    }
  }

  /** The text and the headings of a window, joined once per check: the same strings are looked up for every measure. */
  private final Map<List<PlanUnit>, String[]> windowTexts = new java.util.IdentityHashMap<>();

  private String[] texts(List<PlanUnit> window) {
    return windowTexts.computeIfAbsent(window, w -> {
      if (w.size() == 1) {
        return new String[] {w.get(0).text(), w.get(0).heading()};
      }
      StringBuilder sb = new StringBuilder();
      StringBuilder heads = new StringBuilder();
      for (PlanUnit u : w) {
        sb.append(u.text()).append('\n');
        heads.append(u.heading()).append('\n');
      }
      return new String[] {sb.toString(), heads.toString()};
    });
  }

  /** A concept that counts what the measure enumerates: 两项制度, 三个清单, “四型”. */
  private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
      "^[“\"]?([一二两三四五六七八九十])(?:项|个|条|种|大|类|型)");

  /**
   * Whether a concept that counts the measure's items (两项制度) is stated by the window naming that many of them:
   * plans spell out the mechanisms rather than repeat the label.
   */
  private boolean countsItems(Concept c, Measure m, String text) {
    int n = counts.computeIfAbsent(c, k -> {
      java.util.regex.Matcher cm = COUNT.matcher(ScriptConverter.toSimplified(k.name()));
      return !cm.find() ? 0 : cm.group(1).equals("两") ? 2 : "一二三四五六七八九十".indexOf(cm.group(1)) + 1;
    });
    if (n == 0 || n != m.match().items().size()) {
      return false;
    }
    int named = 0;
    for (Concept i : m.match().items()) {
      if (itemHit(i, text).score() >= 0.5) {
        named++;
      }
    }
    return named == n;
  }

  /**
   * A list in the text that rewords the measure's list item by item (思想品德、业务能力、工作实绩 / 思想品德、专业水平、履职
   * 成效): as many entries as the measure has items (three or more), at least two of which, and at least two in five,
   * name the item in the same place. Its entries, or null.
   */
  List<String> parallelList(List<Concept> items, String text) {
    int n = items.size();
    if (n < 3 || text.indexOf('、') < 0) {
      return null;
    }
    for (List<String> list : lists.computeIfAbsent(text, MeasureMatcher::listsOf)) {
      if (list.size() != n) {
        continue;
      }
      int aligned = 0;
      for (int i = 0; i < n; i++) {
        if (itemHit(items.get(i), list.get(i)).score() >= 0.5) {
          aligned++;
        }
      }
      if (aligned >= 2 && aligned * 5 >= 2 * n) {
        return list;
      }
    }
    return null;
  }

  /** The lists of each window text, found once per check. */
  private final Map<String, List<List<String>>> lists = new HashMap<>();

  private static final java.util.regex.Pattern PIECE = java.util.regex.Pattern.compile("[，。；：\\n]");
  private static final java.util.regex.Pattern AND =
      java.util.regex.Pattern.compile("(?<=\\p{IsHan}{2})(?:和|及|与|以及)(?=\\p{IsHan}{2})");

  /** The 、-separated lists of a text (A、B和C counts three), their first and last entries cut to the words listed. */
  private static List<List<String>> listsOf(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String piece : PIECE.split(text)) {
      if (piece.indexOf('、') < 0) {
        continue;
      }
      List<String> raw = new ArrayList<>(List.of(piece.split("、")));
      String tail = raw.get(raw.size() - 1).replaceFirst("等.*$", "");
      java.util.regex.Matcher and = AND.matcher(tail);
      if (and.find()) {
        raw.set(raw.size() - 1, tail.substring(0, and.start())); // A、B和C
        raw.add(tail.substring(and.end()));
      } else {
        raw.set(raw.size() - 1, tail);
      }
      String first = raw.get(0);
      raw.set(0, first.length() > 6 ? first.substring(first.length() - 6) : first); // 围绕思想品德: the lead-in ends in it
      String last = raw.get(raw.size() - 1);
      raw.set(raw.size() - 1, last.length() > 6 ? last.substring(0, 6) : last);
      out.add(List.copyOf(raw));
    }
    return out;
  }

  /** How many things each concept counts (三项 → 3), 0 for most: asked once per concept. */
  private final Map<Concept, Integer> counts = new java.util.IdentityHashMap<>();

  /** The text of a window, as scored. */
  String text(List<PlanUnit> window) {
    return texts(window)[0];
  }

  Score score(Measure m, List<PlanUnit> window) {
    String[] texts = texts(window);
    String text = texts[0];
    String headings = texts[1];
    List<String> found = new ArrayList<>();
    double total = 0;
    double got = 0;
    double keyWeight = -1;
    double strength = 0; // how literally the found concepts are stated: breaks ties between windows
    int strong = 0;
    boolean keyFound = true;
    List<Part> parts = new ArrayList<>();
    for (Concept c : m.match().all()) {
      double w = weight(c);
      TextMatch.Hit h = hit(c, text);
      double s = Math.max(h.score(), HEADING * hit(c, headings).score());
      if (s < 0.5 && countsItems(c, m, text)) {
        s = TextMatch.SYNONYM; // “两项制度” stated by naming both
        h = new TextMatch.Hit(s, c.name());
      }
      total += w;
      got += w * s;
      if (w > keyWeight) {
        keyWeight = w;
        keyFound = s >= 0.5;
      }
      parts.add(new Part(c.name(), w, s));
      if (s >= 0.5) {
        strength += s;
        strong++;
        found.add(h.term().isEmpty() ? c.name() : h.term());
      }
    }
    double core = total == 0 ? -1 : got / total;
    // The key concept only decides when it carries a good part of the measure's weight.
    if (keyWeight < 0.4 * total) {
      keyFound = true;
    }
    List<String> missingItems = new ArrayList<>();
    double items = 1;
    boolean anyItem = false; // some trace of the items, a word of one at least: the plan speaks of this measure
    if (!m.match().items().isEmpty()) {
      int n = 0;
      List<String> list = null;
      boolean listSought = false;
      int k = -1;
      for (Concept c : m.match().items()) {
        k++;
        // Items beside core concepts are the measure's scope, named whole; items alone are its concepts.
        TextMatch.Hit h = m.match().all().isEmpty() ? hit(c, text) : itemHit(c, text);
        if (h.score() < 0.5 && !listSought) {
          list = parallelList(m.match().items(), text);
          listSought = true;
        }
        if (h.score() < 0.5 && list != null) {
          h = new TextMatch.Hit(TextMatch.FUZZY, list.get(k)); // the same place in a reworded list
        }
        anyItem |= h.score() >= 0.5 || hit(c, text).score() >= 0.5;
        parts.add(new Part(c.name(), -1, h.score()));
        if (h.score() >= 0.5) {
          n++;
          strength += h.score();
          strong++;
          found.add(h.term());
        } else {
          missingItems.add(c.name());
        }
      }
      items = (double) n / m.match().items().size();
    }
    if (core < 0) {
      core = items;
    }
    double combined;
    if (m.match().all().isEmpty()) {
      combined = items;
    } else if (m.match().items().isEmpty()) {
      combined = core;
    } else if (!anyItem && (m.match().items().size() >= 2 || !drafted)) {
      combined = 0.4 * core; // none of the listed bodies or groups: another measure's words
    } else {
      combined = 0.7 * core + 0.3 * items;
    }
    boolean[] used = new boolean[window.size()];
    for (int i = 0; i < window.size(); i++) {
      String t = window.get(i).text();
      for (Concept c : m.match().all()) {
        if (hit(c, t).score() >= 0.5) {
          used[i] = true;
        }
      }
      for (Concept c : m.match().items()) {
        if (hit(c, t).score() >= 0.5) {
          used[i] = true;
        }
      }
    }
    int usedUnits = 0;
    for (boolean b : used) {
      usedUnits += b ? 1 : 0;
    }
    if (usedUnits > 1) {
      combined = Math.max(0, combined - PAIR);
    }
    return new Score(core, items, combined, found, missingItems, used, List.copyOf(parts), keyFound,
        strong == 0 ? 0 : strength / strong);
  }
}
