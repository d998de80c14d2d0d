package org.duibiao.check;

import java.util.List;
import org.duibiao.rules.RuleSet;
import org.duibiao.structure.PolicyDocument;

/**
 * The outcome of checking one plan against one policy's rule set.
 *
 * @param policy the policy
 * @param plan the plan
 * @param ruleSet the rule set used
 * @param findings one per measure, in rule-set order
 */
public record CheckResult(PolicyDocument policy, PolicyDocument plan, RuleSet ruleSet, List<Finding> findings) {
  public CheckResult {
    findings = List.copyOf(findings);
  }

  public long count(Status s) {
    return findings.stream().filter(f -> f.status() == s).count();
  }

  /** Share of measures covered, partial counting half. */
  public double coverage() {
    if (findings.isEmpty()) {
      return 0;
    }
    return (count(Status.COVERED) + 0.5 * count(Status.PARTIAL)) / findings.size();
  }

  public boolean hasGaps() {
    return count(Status.PARTIAL) + count(Status.MISSING) > 0;
  }
}
