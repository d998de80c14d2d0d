package org.duibiao.cli;

import java.util.List;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.structure.CitedDocument;
import org.duibiao.structure.PolicyDocument;

/** Finds the superior policy a plan implements from the documents it cites (贯彻落实市委《…》). */
final class PolicyFinder {
  private PolicyFinder() {}

  /** The policy whose title the plan cites, or null. */
  static PolicyDocument cited(PolicyDocument plan, List<PolicyDocument> policies) {
    for (CitedDocument c : plan.metadata().cited()) {
      String cited = ScriptConverter.fold(c.title());
      if (cited.length() < 6) {
        continue;
      }
      for (PolicyDocument p : policies) {
        String title = ScriptConverter.fold(p.metadata().title());
        if (!title.isEmpty() && (title.contains(cited) || cited.contains(title))) {
          return p;
        }
        for (CitedDocument pc : p.metadata().cited()) {
          // A news report names the policy it reports as a cited document.
          if (ScriptConverter.fold(pc.title()).equals(cited)) {
            return p;
          }
        }
      }
    }
    return null;
  }

}
