package org.duibiao.nlp.deep;

import java.util.ArrayList;
import java.util.List;
import org.duibiao.nlp.deep.ActionFrame.ActorSource;
import org.duibiao.structure.Clause;

/**
 * Gives the items of an enumeration the actor of their lead-in: after 各单位党组（党委）要做到：, the clauses of the
 * items below it (一是…；二是…) that name no actor of their own act for 各单位党组（党委）. A lead-in is a clause
 * followed by a colon; its items are the clauses after it in the same section or below it.
 */
final class ActorInheritance {
  private ActorInheritance() {}

  static List<ClauseAnalysis> apply(List<Clause> clauses, String documentText, List<ClauseAnalysis> analyses) {
    List<ClauseAnalysis> out = new ArrayList<>(analyses);
    for (int i = 0; i < clauses.size(); i++) {
      Clause lead = clauses.get(i);
      List<Phrase> actors = leadActors(out.get(i));
      if (actors.isEmpty() || !endsWithColon(documentText, lead.normEnd())) {
        continue;
      }
      for (int k = i + 1; k < clauses.size() && within(lead.path(), clauses.get(k).path()); k++) {
        out.set(k, inherit(out.get(k), actors));
      }
    }
    return out;
  }

  private static List<Phrase> leadActors(ClauseAnalysis a) {
    for (ActionFrame f : a.frames()) {
      if (!f.actors().isEmpty()) {
        return f.actors();
      }
    }
    return List.of();
  }

  static boolean endsWithColon(String text, int end) {
    for (int k = end; k < text.length() && k < end + 3; k++) {
      char c = text.charAt(k);
      if (c == '：' || c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean within(String leadPath, String path) {
    return path.equals(leadPath) || !leadPath.isEmpty() && path.startsWith(leadPath + "/");
  }

  private static ClauseAnalysis inherit(ClauseAnalysis a, List<Phrase> actors) {
    if (a.frames().stream().noneMatch(f -> f.actorSource() == ActorSource.NONE)) {
      return a;
    }
    List<ActionFrame> frames = new ArrayList<>();
    for (ActionFrame f : a.frames()) {
      // predicates before the item's own subject, if it has one; those after it share that subject already
      frames.add(f.actors().isEmpty() ? f.withActors(actors, ActorSource.INHERITED) : f);
    }
    return new ClauseAnalysis(a.clauseId(), a.text(), a.tokens(), a.entities(), a.dependencies(), frames);
  }
}
