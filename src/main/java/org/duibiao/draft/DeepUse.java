package org.duibiao.draft;

import java.util.ArrayList;
import java.util.List;
import org.duibiao.nlp.deep.ActionFrame;
import org.duibiao.nlp.deep.ClauseAnalysis;
import org.duibiao.nlp.deep.Phrase;

/** What drafting takes from CoreNLP's analysis of a clause: the predicates of a measure's span. */
final class DeepUse {

  private DeepUse() {}

  /** The frames whose verb lies in [from, to) of the clause text. */
  static List<ActionFrame> frames(ClauseAnalysis ca, int from, int to) {
    List<ActionFrame> out = new ArrayList<>();
    for (ActionFrame f : ca.frames()) {
      int at = f.action().start();
      if (at >= from && at < to) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The span has predicates, each with an object, and none is something a unit can do and an inspector check: an
   * attitude (提高政治站位, 凝聚发展共识) or a description (是…骨干力量). A predicate without an object (优先提拔使用,
   * 与…挂钩) proves nothing either way: parses of policy language often leave the object implicit.
   */
  static boolean rhetoric(ClauseAnalysis ca, int from, int to) {
    List<ActionFrame> fs = frames(ca, from, to);
    return !fs.isEmpty() && fs.stream().noneMatch(ActionFrame::actionable)
        && fs.stream().allMatch(f -> !f.objects().isEmpty());
  }

  /**
   * The verbs of the span's actionable predicates (the dependency parse tells the verb of 交流轮岗 from the noun of
   * 交流轮岗工作), without the light verbs every measure uses; the parse found none → empty.
   */
  static List<String> actions(ClauseAnalysis ca, java.util.Set<Integer> bounds, int from, int to) {
    List<String> out = new ArrayList<>();
    for (ActionFrame f : frames(ca, from, to)) {
      String v = f.action().verb();
      if (f.actionable() && v.length() >= 2 && !org.duibiao.nlp.ActionWords.light(v) && !out.contains(v)
          && aligned(bounds, f.action().start(), f.action().end())) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * Where HanLP, with the 组织工作 vocabulary, puts word boundaries in the clause. CoreNLP's segmenter, trained on
   * news, cuts some terms of this genre wrongly (解放思想大学习 → 思想大学 / 习…); a role that does not start and end
   * on HanLP's boundaries is such a cut and is left out. Found once per clause for all its measures.
   */
  static java.util.Set<Integer> bounds(List<org.duibiao.nlp.Term> segmented, int length) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    out.add(0);
    out.add(length);
    for (org.duibiao.nlp.Term t : segmented) {
      out.add(t.offset());
      out.add(t.offset() + t.word().length());
    }
    return out;
  }

  private static boolean aligned(java.util.Set<Integer> bounds, int start, int end) {
    return bounds.contains(start) && bounds.contains(end);
  }

  /** The objects of the span's actionable predicates, as they stand in the clause (short ones only). */
  static List<String> objects(ClauseAnalysis ca, java.util.Set<Integer> bounds, int from, int to) {
    List<String> out = new ArrayList<>();
    for (ActionFrame f : frames(ca, from, to)) {
      if (!f.actionable()) {
        continue;
      }
      for (Phrase p : f.objects()) {
        if (p.text().length() <= 20 && !out.contains(p.text()) && aligned(bounds, p.start(), p.end())) {
          out.add(p.text());
        }
      }
    }
    return out;
  }

  /**
   * The actor of the span's first actionable predicate, when the parse found one that names a body or a role; else
   * empty. A subject that is no body (影响, 研究, 年度考核被评为优秀, …的干部) is the parse taking a topic for the
   * actor, and is left out.
   */
  static String actor(ClauseAnalysis ca, int from, int to) {
    for (ActionFrame f : frames(ca, from, to)) {
      if (f.actionable() && !f.actors().isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Phrase p : f.actors()) {
          if (ACTOR.matcher(p.text()).matches() && !NOT_ACTOR.matcher(p.text()).find()) {
            names.add(p.text());
          }
        }
        return names.size() == f.actors().size() ? String.join("、", names) : "";
      }
    }
    return "";
  }

  /** A prepositional phrase (面向…, 对…) or a leader named in a reference (习近平总书记…重要指示): no actor. */
  private static final java.util.regex.Pattern NOT_ACTOR = java.util.regex.Pattern.compile("^(?:面向|对|向|在|从|按照)|总书记$");

  /** A body or a role: ends with one (党组（党委）, 市委组织部, 主要负责人), no relative clause, no number. */
  private static final java.util.regex.Pattern ACTOR = java.util.regex.Pattern.compile(
      "[^的0-9，。、“”]{0,16}(?:党委|党组|党工委|组织部|宣传部|部门|单位|机关|机构|负责人|负责同志|领导干部|领导班子|班子成员|书记"
          + "|政府|委员会|[局办委厅]|中心|党校|工委)(?:（[^）]{1,6}）)?");
}
