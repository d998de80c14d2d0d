package org.duibiao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.duibiao.check.CheckResult;
import org.duibiao.check.ComplianceChecker;
import org.duibiao.report.CheckReportWriter;
import org.duibiao.rules.RuleSet;
import org.duibiao.rules.RuleSetLoader;
import org.duibiao.structure.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duibiao check --policy P --plan F}: which measures the plan covers, weakens or leaves out. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check a plan against every required measure of a policy.",
        "Uses the curated rule set in rulesets/ whose policy matches, else drafts one from the policy."},
    footer = {"", "Exit codes: 0 no gaps, 1 gaps found, 2 usage error, 3 unreadable input or rule set, 4 internal error."})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--policy", required = true, paramLabel = "FILE", description = "the superior policy")
  Path policy;

  @Option(names = "--plan", required = true, paramLabel = "FILE", description = "the unit's plan")
  Path plan;

  @Option(names = "--ruleset", paramLabel = "FILE", description = "use this rule set (YAML) instead of looking one up")
  Path ruleset;

  @Option(names = "--draft", description = "draft the rule set from the policy even when a curated one exists")
  boolean draft;

  @Option(names = "--rulesets", paramLabel = "DIR", description = "folder of curated rule sets (default: rulesets/)")
  Path rulesets;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json, text or md (default: ${DEFAULT-VALUE})")
  String format = "text";

  @Option(names = "--out", paramLabel = "FILE", description = "write the report here instead of stdout")
  Path out;

  @Option(names = "--explain", description = "text format: show each measure's concepts, their weights and what matched")
  boolean explain;

  @Mixin
  LimitOptions limits;

  @Mixin
  DeepOptions deep;

  @Override
  public Integer call() throws Exception {
    FormatOption.check(spec, format, "json", "text", "md");
    if (ruleset != null && draft) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --ruleset or --draft, not both");
    }
    DocumentLoader loader = new DocumentLoader(limits.limits(spec.commandLine()));
    PolicyDocument pol = chinese(loader.load(policy), "policy");
    PolicyDocument pl = chinese(loader.load(plan), "plan");
    RuleSet rules = rules(pol);
    CheckResult result = ComplianceChecker.check(rules, pol, pl);
    String report = switch (format) {
      case "json" -> CheckReportWriter.json(result);
      case "md" -> CheckReportWriter.markdown(result);
      default -> CheckReportWriter.text(result, explain);
    };
    Output.emit(spec, out, report);
    return result.hasGaps() ? ExitCodes.GAPS : ExitCodes.OK;
  }

  private RuleSet rules(PolicyDocument pol) throws Exception {
    if (ruleset != null) {
      RuleSet rs = RuleSetLoader.load(ruleset);
      boolean sameText = !rs.policy().fingerprint().isEmpty() && rs.policy().fingerprint().equals(pol.fingerprint());
      boolean known = !rs.policy().fingerprint().isEmpty() || !rs.policy().title().isEmpty();
      if (known && !sameText && !RuleSetLibrary.sameTitle(rs, pol)) {
        throw new UserException(ruleset + ": this rule set belongs to another policy (“" + rs.policy().title()
            + "”), not to " + policy + "; give the matching rule set, or --draft", ExitCodes.USAGE);
      }
      return rs;
    }
    if (!draft) {
      RuleSet curated = RuleSetLibrary.find(rulesets != null ? rulesets : Home.path("rulesets"), pol);
      if (curated != null) {
        return curated;
      }
    }
    return Drafting.draft(pol, deep, spec.commandLine().getErr());
  }

  /** duibiao reads Chinese: a document in another language gets a clear message, not 100 "missing" verdicts. */
  private static PolicyDocument chinese(PolicyDocument d, String role) throws UserException {
    String t = d.text().text();
    long han = t.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    long letters = t.codePoints().filter(Character::isLetter).count();
    if (letters > 0 && han < letters * 0.3) {
      throw new UserException(d.source() + ": the " + role + " does not look like Chinese text (" + han * 100 / letters
          + "% Chinese characters); duibiao checks Chinese policies and plans", ExitCodes.UNREADABLE);
    }
    return d;
  }
}
