package org.duibiao.check;

import java.util.List;
import org.duibiao.nlp.ModalityCue;
import org.duibiao.nlp.Quantity;
import org.duibiao.structure.Clause;

/**
 * One clause of the plan, prepared for matching.
 *
 * @param index position in the plan
 * @param clause the clause
 * @param heading the heading of its section (normalized), context for matching
 * @param modality the clause's modality
 * @param quantities its quantities
 * @param negative why the clause cannot count as evidence (past achievement, background, postponement), or null
 */
record PlanUnit(int index, Clause clause, String heading, ModalityCue modality, List<Quantity> quantities, String negative) {
  String text() {
    return clause.text();
  }
}
