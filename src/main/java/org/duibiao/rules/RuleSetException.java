package org.duibiao.rules;

import java.util.List;

/** A rule-set file that cannot be used; {@link #problems()} lists every problem found, first one in the message. */
public final class RuleSetException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleSetProblem> problems;

  public RuleSetException(List<RuleSetProblem> problems) {
    super(problems.get(0).format() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; run 'duibiao rules validate')" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<RuleSetProblem> problems() {
    return problems;
  }
}
