package org.duibiao.cli;

import java.io.PrintWriter;
import org.duibiao.draft.RuleSetDrafter;
import org.duibiao.nlp.deep.DeepAnalyzer;
import org.duibiao.nlp.deep.DocumentAnalysis;
import org.duibiao.rules.RuleSet;
import org.duibiao.structure.PolicyDocument;

/**
 * Drafting as the commands do it: with CoreNLP's analysis of the policy (read from the analysis cache when the
 * policy was analysed before, so CoreNLP loads only for a policy never seen) unless deep analysis is off.
 */
final class Drafting {
  private Drafting() {}

  /** Drafts, and refuses a policy in which drafting finds no measure at all: a report of 0 measures says nothing. */
  static RuleSet draft(PolicyDocument policy, DeepOptions deep, PrintWriter err) throws UserException {
    RuleSet rs = drafted(policy, deep, err);
    if (rs.measures().isEmpty()) {
      throw new UserException(policy.source() + ": no required measure found in it to draft (is it a policy notice?); "
          + "give a rule set with --ruleset", ExitCodes.UNREADABLE);
    }
    return rs;
  }

  private static RuleSet drafted(PolicyDocument policy, DeepOptions deep, PrintWriter err) {
    if (!deep.enabled()) {
      return RuleSetDrafter.draft(policy);
    }
    DeepAnalyzer analyzer = deep.analyzer(false);
    try {
      DocumentAnalysis analysis = analyzer.analyze(policy, () -> {
        err.println("duibiao: analysing the policy with CoreNLP (once per policy; --no-deep to skip) ...");
        err.flush();
      });
      return RuleSetDrafter.draft(policy, analysis);
    } catch (OutOfMemoryError e) {
      err.println("duibiao: not enough memory for CoreNLP (needs -Xmx2g or more); drafting with HanLP alone");
      err.flush();
      return RuleSetDrafter.draft(policy);
    }
  }
}
