package org.duibiao.check;

import java.util.List;
import org.duibiao.rules.Measure;

/**
 * The verdict on one measure.
 *
 * @param measure the measure
 * @param status covered, partial or missing
 * @param score 0..1, how fully the best evidence states the measure
 * @param evidence the plan's words, verbatim; empty when missing
 * @param reason why, in Chinese, for an inspector
 * @param explanation how the score came about (concepts, weights, hits), for {@code check --explain}
 */
public record Finding(Measure measure, Status status, double score, List<Evidence> evidence, String reason,
    String explanation) {
  public Finding {
    explanation = explanation == null ? "" : explanation;
    if (measure == null || status == null || reason == null) {
      throw new IllegalArgumentException("finding needs measure, status and reason");
    }
    evidence = List.copyOf(evidence);
  }
}
