package org.duibiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.rules.RuleSet;
import org.duibiao.rules.RuleSetException;
import org.duibiao.rules.RuleSetLoader;
import org.duibiao.structure.PolicyDocument;

/** The curated rule sets in {@code rulesets/}, found by the fingerprint (or 文号 and title) of their policy. */
final class RuleSetLibrary {

  private RuleSetLibrary() {}

  /** The curated rule set for this policy, or null. A broken rule-set file is an error, not a silent skip. */
  static RuleSet find(Path dir, PolicyDocument policy) throws RuleSetException, IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$")).sorted().toList();
    }
    String fp = policy.fingerprint();
    List<RuleSet> sameTitle = new ArrayList<>();
    for (Path f : files) {
      RuleSet rs = RuleSetLoader.load(f);
      if (!"curated".equals(rs.origin())) {
        continue;
      }
      if (fp.equals(rs.policy().fingerprint())) {
        return rs;
      }
      if (sameTitle(rs, policy) && rs.policy().date().equals(policy.metadata().date())) {
        sameTitle.add(rs);
      }
    }
    return sameTitle.size() == 1 ? sameTitle.get(0) : null;
  }

  /** Whether the rule set names this policy's title, in either script. */
  static boolean sameTitle(RuleSet rs, PolicyDocument policy) {
    return !rs.policy().title().isEmpty()
        && ScriptConverter.fold(rs.policy().title()).equals(ScriptConverter.fold(policy.metadata().title()));
  }
}
