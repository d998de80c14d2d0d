package org.duibiao.check;

import java.util.List;
import org.duibiao.nlp.Quantity;
import org.duibiao.structure.Clause;

/**
 * One clause of the plan, prepared for matching.
 *
 * @param clause the clause
 * @param negative why the clause cannot count as evidence (past achievement, background, postponement), or null
 */
record PlanUnit(Clause clause, String negative) {

  static PlanUnit of(Clause c) {
    return new PlanUnit(c, ContextCues.negative(c.text(), c.modality()));
  }

  String text() {
    return clause.text();
  }

  /** The heading of its section (normalized): context for matching. */
  String heading() {
    return clause.heading();
  }

  List<Quantity> quantities() {
    return clause.quantities();
  }
}
