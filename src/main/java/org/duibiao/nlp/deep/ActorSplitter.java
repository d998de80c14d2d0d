package org.duibiao.nlp.deep;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a subject into one phrase per actor. A coordinated subject (市委组织部、市直机关工委、市编办和市人社局等部门;
 * 各单位党组（党委）和派驻纪检监察机构) is split at its enumeration commas and conjunctions — but only when the
 * coordination is the subject's own, not inside a modifier (党委和政府的主要负责人 stays one actor). A trailing
 * 等 + category (等部门) is dropped from the last actor.
 */
final class ActorSplitter {
  /** Relations through which a coordination belongs to the subject itself rather than to a modifier. */
  private static final Set<String> SPINE = Set.of("conj", "compound:nn", "cc", "punct", "etc", "dep");

  private ActorSplitter() {}

  static List<Phrase> split(Tree t, int subject, BitSet excluded, int mergedStart) {
    BitSet span = t.subtree(subject);
    span.andNot(excluded);
    if (!span.get(subject)) {
      return List.of();
    }
    for (int k = span.nextSetBit(0); k >= 0; k = span.nextSetBit(k + 1)) {
      if (t.segment[k] != t.segment[subject]) {
        span.clear(k); // an actor never runs across a comma
      }
    }
    int first = subject;
    while (first - 1 >= 0 && span.get(first - 1)) {
      first--;
    }
    first = Math.min(first, mergedStart);
    int last = end(t, subject, span);
    List<Phrase> out = new ArrayList<>();
    if (!coordinated(t, subject, span)) {
      addPart(t, first, last, out);
      return out;
    }
    int depth = 0;
    int partStart = first;
    for (int k = first; k <= last; k++) {
      String w = t.word(k);
      if (w.equals("（") || w.equals("(")) {
        depth++;
      } else if (w.equals("）") || w.equals(")")) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && isCoordinator(t, k)) {
        addPart(t, partStart, k - 1, out);
        partStart = k + 1;
      }
    }
    addPart(t, partStart, last, out);
    return out;
  }

  /**
   * Where the subject ends. A Chinese noun phrase ends with its head; after it come only a bracketed alternative
   * (党组（党委）) and, when the parser hung the coordination on the first conjunct, the conjuncts after a
   * conjunction (党组（党委）和派驻纪检监察机构). Anything else after the head (需向…, a stray clause) is not the actor.
   */
  private static int end(Tree t, int head, BitSet span) {
    int last = head;
    boolean cc = false;
    for (int c : t.children(head)) {
      if (c > head && span.get(c) && (t.rel[c].equals("cc") || t.word(c).equals("、"))) {
        cc = true;
      }
    }
    for (int c : t.children(head)) {
      if (c <= head || !span.get(c)) {
        continue;
      }
      String r = t.rel[c];
      boolean bracket = r.equals("parataxis:prnmod") || r.equals("punct") && isBracket(t.word(c));
      boolean conjunct = cc && (r.equals("conj") || r.equals("dep") || r.equals("cc") || r.equals("etc")
          || r.equals("punct"));
      if (bracket || conjunct) {
        BitSet sub = t.subtree(c);
        sub.and(span);
        last = Math.max(last, sub.length() - 1);
      }
    }
    for (int k = head + 1; k <= last; k++) { // keep the span contiguous
      if (!span.get(k)) {
        return k - 1;
      }
    }
    return last;
  }

  private static boolean isBracket(String w) {
    return w.equals("（") || w.equals("）") || w.equals("(") || w.equals(")");
  }

  /** Whether a conjunction joins tokens of the subject's spine (the head and its compound parts). */
  private static boolean coordinated(Tree t, int subject, BitSet span) {
    BitSet spine = new BitSet(t.size());
    spine.set(subject);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int k = span.nextSetBit(0); k >= 0; k = span.nextSetBit(k + 1)) {
        if (!spine.get(k) && t.head[k] >= 0 && spine.get(t.head[k]) && SPINE.contains(t.rel[k])) {
          spine.set(k);
          grew = true;
        }
      }
    }
    for (int k = spine.nextSetBit(0); k >= 0; k = spine.nextSetBit(k + 1)) {
      String r = t.rel[k];
      if ((r.equals("conj") || r.equals("cc")) && t.head[k] >= 0 && spine.get(t.head[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCoordinator(Tree t, int k) {
    String w = t.word(k);
    return w.equals("、") || t.pos(k).equals("CC") && (w.equals("和") || w.equals("及") || w.equals("以及")
        || w.equals("与") || w.equals("或") || w.equals("或者") || w.equals("和其"));
  }

  private static void addPart(Tree t, int first, int last, List<Phrase> out) {
    for (int k = first; k <= last; k++) {
      if (t.pos(k).equals("ETC") && k > first) {
        last = k - 1; // 市人社局等部门 → 市人社局
        break;
      }
    }
    int head = last;
    for (int k = first; k <= last; k++) {
      if (!t.tokens.get(k).isPunctuation() && (t.head[k] < first || t.head[k] > last)) {
        head = k; // the word the rest of the part depends on
        break;
      }
    }
    Phrase p = t.phrase(first, last, head);
    if (p != null) {
      out.add(p);
    }
  }
}
