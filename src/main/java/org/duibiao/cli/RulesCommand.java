package org.duibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.duibiao.rules.RuleSet;
import org.duibiao.rules.RuleSetLoader;
import org.duibiao.rules.RuleSetProblem;
import org.duibiao.rules.RuleSetWriter;
import org.duibiao.structure.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duibiao rules validate|draft|build}. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Work with rule sets: validate a YAML file, draft one from a policy, or build a curated one from a spec.",
    subcommands = {RulesCommand.Validate.class, RulesCommand.Draft.class, RulesCommand.Build.class})
final class RulesCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: validate, draft or build");
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check rule-set files against the schema; problems are printed as file:line:col: error: … (fix).")
  static final class Validate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "rule-set YAML files")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int bad = 0;
      for (Path f : files) {
        List<RuleSetProblem> problems = RuleSetLoader.validate(f);
        if (problems.isEmpty()) {
          out.println(f + ": ok");
        } else {
          bad++;
          problems.forEach(p -> err.println(p.format()));
        }
      }
      out.flush();
      err.flush();
      return bad == 0 ? ExitCodes.OK : ExitCodes.UNREADABLE;
    }
  }

  @Command(name = "draft", mixinStandardHelpOptions = true,
      description = "Draft a rule set from a policy's clauses; edit it and save it into rulesets/ to curate it.")
  static final class Draft implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "POLICY", description = "the policy document")
    Path policy;

    @Option(names = "--out", paramLabel = "FILE", description = "write the YAML here instead of stdout")
    Path out;

    @Mixin
    LimitOptions limits;

    @Mixin
    DeepOptions deep;

    @Override
    public Integer call() throws Exception {
      PolicyDocument doc = new DocumentLoader(limits.limits(spec.commandLine())).load(policy);
      RuleSet rs = Drafting.draft(doc, deep, spec.commandLine().getErr());
      String yaml = RuleSetWriter.yaml(rs, "Rule set drafted by duibiao from " + policy.getFileName()
          + "\nReview every measure: split or merge, drop rhetoric, add synonyms, set actors and applies_to,"
          + "\nthen set origin: curated and save it in rulesets/.");
      return written(spec, out, yaml, rs);
    }
  }

  @Command(name = "build", mixinStandardHelpOptions = true,
      description = {"Build a curated rule set from a compact spec: measures named by their policy text and concepts.",
          "The builder finds each text in the policy and fills in the verbatim quote, offsets, path and quantities."})
  static final class Build implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the curator's spec (YAML)")
    Path specFile;

    @Option(names = "--policy", required = true, paramLabel = "POLICY", description = "the policy document")
    Path policy;

    @Option(names = "--out", paramLabel = "FILE", description = "write the rule set here instead of stdout")
    Path out;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws Exception {
      PolicyDocument doc = new DocumentLoader(limits.limits(spec.commandLine())).load(policy);
      String specText;
      try {
        specText = Files.readString(specFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserException(specFile + ": cannot be read; check the path", ExitCodes.UNREADABLE);
      }
      RuleSet rs;
      try {
        rs = org.duibiao.draft.RuleSetBuilder.build(specText, doc);
      } catch (org.duibiao.draft.RuleSetBuilder.SpecException e) {
        throw new UserException(specFile + ": " + e.getMessage(), ExitCodes.UNREADABLE);
      }
      String yaml = RuleSetWriter.yaml(rs, "Curated rule set for " + rs.policy().title()
          + "\nBuilt by 'duibiao rules build " + specFile.getFileName() + "'; edit the spec, not this file.");
      return written(spec, out, yaml, rs);
    }
  }

  /** Prints the rule set, or writes it to {@code out} and says so on stderr. */
  private static int written(CommandSpec spec, Path out, String yaml, RuleSet rs) throws IOException {
    Output.emit(spec, out, yaml);
    if (out != null) {
      spec.commandLine().getErr().println("wrote " + rs.measures().size() + " measures to " + out);
    }
    return ExitCodes.OK;
  }
}
