package org.duibiao.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The required measures of one policy.
 *
 * @param id the rule set's id
 * @param origin "curated" (written and checked by a person) or "drafted" (generated from the policy)
 * @param policy the policy it belongs to
 * @param measures the measures, in policy order
 */
public record RuleSet(String id, String origin, PolicyRef policy, List<Measure> measures) {
  public RuleSet {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a rule set needs an id");
    }
    if (!"curated".equals(origin) && !"drafted".equals(origin)) {
      throw new IllegalArgumentException("origin must be curated or drafted, not " + origin);
    }
    measures = List.copyOf(measures);
    Set<String> ids = new HashSet<>();
    for (Measure m : measures) {
      if (!ids.add(m.id())) {
        throw new IllegalArgumentException("measure id " + m.id() + " is used twice");
      }
    }
  }

  /** Written and checked by a person (its concepts are chosen to carry each measure), not drafted. */
  public boolean curated() {
    return "curated".equals(origin);
  }
}
