package org.duibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.duibiao.index.CorpusIndexer;
import org.duibiao.index.CorpusSearcher;
import org.duibiao.index.SearchRequest;
import org.duibiao.ingest.IngestLimits;
import org.duibiao.ingest.UnreadableInputException;
import org.duibiao.report.SearchResultWriter;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duibiao demo}: the main job on the embedded sample corpus. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run duibiao on the sample corpus in corpus/: parse every document, index and search the corpus, and check the sample plans in corpus/plans/ against the policies they cite.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: corpus/ of the installation)")
  Path corpus;

  @Mixin
  IndexOptions index;

  @Override
  public Integer call() throws Exception {
    Path dir = corpus != null ? corpus : Home.path("corpus");
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = documents(dir);
    if (files.isEmpty()) {
      throw new UserException(dir + ": no documents found; give a folder of policies and plans with --corpus",
          ExitCodes.UNREADABLE);
    }
    DocumentLoader loader = new DocumentLoader(IngestLimits.DEFAULT).remembering(); // steps 2 and 3 reuse step 1's
    out.println("== 1. Parse the corpus (" + files.size() + " documents in " + dir + ")");
    out.println();
    List<PolicyDocument> policies = new java.util.ArrayList<>(); // what the sample plans may cite (step 3)
    for (Path f : files) {
      try {
        PolicyDocument d = loader.load(f);
        DocMetadata m = d.metadata();
        if (m.type() == org.duibiao.structure.DocumentType.POLICY || m.type() == org.duibiao.structure.DocumentType.NEWS) {
          policies.add(d);
        }
        out.printf("%s  [%s, %s]%n", f.getFileName(), m.type().label(), d.text().script().label());
        out.printf("    标题 %s%n", m.title());
        out.printf("    发文 %s  日期 %s  地区 %s%n", dash(m.issuer()), dash(m.date()), dash(m.region()));
        out.printf("    %d sections, %d clauses, %d warnings%n", d.sections().size(), d.clauses().size(),
            d.warnings().size());
      } catch (UnreadableInputException e) {
        out.println(f.getFileName() + "  error: " + e.getMessage());
      }
    }
    out.println();
    indexAndSearch(dir, loader, out);
    checkSamplePlans(dir, policies, loader, out);
    out.flush();
    return ExitCodes.OK;
  }

  /** Step 2: index the corpus and search it across scripts (a traditional query finds simplified text too). */
  private void indexAndSearch(Path dir, DocumentLoader loader, PrintWriter out) throws Exception {
    Path folder = index.folder();
    out.println("== 2. Index the corpus in " + folder + " and search it");
    out.println();
    out.print(IndexCommand.table(folder, IndexCommand.run(List.of(dir), folder, CorpusIndexer.Settings.DEFAULT, loader,
        spec.commandLine().getErr())));
    String query = "交流輪崗";
    out.println();
    out.println("$ duibiao search --clauses --limit 3 " + query);
    try (CorpusSearcher searcher = CorpusSearcher.open(folder)) {
      SearchRequest request = SearchRequest.of(query).withClauses(true).withLimit(3);
      out.print(SearchResultWriter.text(searcher.search(request), Path.of("").toAbsolutePath()));
    }
  }

  /** Step 3: each sample plan in corpus/plans/ against the corpus policy it cites. */
  private void checkSamplePlans(Path dir, List<PolicyDocument> policies, DocumentLoader loader, PrintWriter out)
      throws Exception {
    List<Path> plans = documents(dir.resolve("plans"));
    if (plans.isEmpty()) {
      return;
    }
    out.println();
    out.println("== 3. Check the sample plans against the policies they cite");
    for (Path p : plans) {
      PolicyDocument plan = loader.load(p);
      PolicyDocument policy = PolicyFinder.cited(plan, policies);
      out.println();
      if (policy == null) {
        out.println(p.getFileName() + ": cites no policy of the corpus; check it with 'duibiao check --policy … --plan …'");
        continue;
      }
      org.duibiao.rules.RuleSet rules = RuleSetLibrary.find(Home.path("rulesets"), policy);
      if (rules == null) {
        rules = org.duibiao.draft.RuleSetDrafter.draft(policy);
      }
      org.duibiao.check.CheckResult r = org.duibiao.check.ComplianceChecker.check(rules, policy, plan);
      out.printf("%s%n  against %s (%s rule set %s)%n", p.getFileName(), policy.metadata().title(),
          rules.origin(), rules.id());
      out.printf("  %d measures: %d covered, %d partial, %d missing (coverage %.0f%%)%n", r.findings().size(),
          r.count(org.duibiao.check.Status.COVERED), r.count(org.duibiao.check.Status.PARTIAL),
          r.count(org.duibiao.check.Status.MISSING), r.coverage() * 100);
      int shown = 0;
      for (org.duibiao.check.Finding f : r.findings()) {
        if (f.status() == org.duibiao.check.Status.PARTIAL && shown < 5) {
          out.printf("  [partial] %s %s%n            %s%n", f.measure().id(), f.measure().title(), f.reason());
          shown++;
        }
      }
      out.printf("  full report: ./duibiao check --policy %s --plan %s --format md%n", shown(Path.of(policy.source())),
          shown(p));
    }
  }

  /** A path as the user would type it: relative to the current folder when it lies below it. */
  private static String shown(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
  }

  private static String dash(String s) {
    return s.isEmpty() ? "-" : s;
  }

  static List<Path> documents(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().matches("(?i).*\\.(json|ya?ml|md)$"))
          .sorted()
          .toList();
    }
  }
}
