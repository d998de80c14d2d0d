package org.duibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.duibiao.index.IndexBenchmark;
import org.duibiao.index.IndexBenchmark.IndexFigures;
import org.duibiao.index.IndexBenchmark.Latency;
import org.duibiao.ingest.IngestLimits;
import org.duibiao.ingest.UnreadableInputException;
import org.duibiao.structure.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code duibiao bench index|search|check}: indexing and search figures on a synthetic corpus; the cost of a check. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the index on a synthetic corpus recombined from corpus/ (numbers, places and clause "
        + "order changed, half of it in traditional script).",
        "index: build it and report indexing throughput, index size and heap. search: the same, then query latency "
            + "(p50/p95/p99) with 1 and with 8 concurrent searchers.",
        "check: the largest policy of corpus/ against its largest plan (or --policy/--plan), with the curated and "
            + "with a drafted rule set, without CoreNLP: cold CLI wall time in a new JVM capped at 512 MB, warm time "
            + "per check in one JVM, and heap. Run it on a quiet machine."})
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "WHAT", description = "index, search or check")
  String what;

  @Option(names = "--documents", paramLabel = "N", description = "synthetic documents (default: ${DEFAULT-VALUE})")
  int documents = 10_000;

  @Option(names = "--queries", paramLabel = "N", description = "distinct queries (default: ${DEFAULT-VALUE})")
  int queries = 300;

  @Option(names = "--threads", paramLabel = "N", description = "indexing threads (default: the processors, at most 4)")
  int threads = org.duibiao.index.CorpusIndexer.Settings.DEFAULT.threads();

  @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--corpus", paramLabel = "DIR", description = "source documents (default: corpus/)")
  Path corpus;

  @Option(names = "--policy", paramLabel = "FILE", description = "check: the policy (default: the largest of corpus/)")
  Path policy;

  @Option(names = "--plan", paramLabel = "FILE", description = "check: the plan (default: the largest of corpus/)")
  Path plan;

  @Option(names = "--cold", paramLabel = "N", description = "check: cold CLI runs (default: ${DEFAULT-VALUE})")
  int cold = 5;

  @Option(names = "--passes", paramLabel = "N",
      description = "index, search: timed indexing passes, each from scratch; the median is shown (default: "
          + "${DEFAULT-VALUE})")
  int passes = 3;

  @Option(names = "--warm", paramLabel = "N", description = "check: warm checks (default: ${DEFAULT-VALUE})")
  int warm = 30;

  @Option(names = "--work", paramLabel = "DIR", description = "where the benchmark index goes (default: a temporary "
      + "folder, deleted afterwards)")
  Path work;

  @Override
  public Integer call() throws Exception {
    if (!what.equals("index") && !what.equals("search") && !what.equals("check")) {
      throw new ParameterException(spec.commandLine(), "name what to benchmark: index, search or check, not '" + what
          + "'");
    }
    if (java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel="))) {
      spec.commandLine().getErr().println("note: the JIT is limited (-XX:TieredStopAtLevel), as the launcher does for "
          + "quick starts; for figures of a long run leave -XX:TieredStopAtLevel out of DUIBIAO_JAVA_OPTS");
    }
    if (what.equals("check")) {
      return check();
    }
    if (passes < 1) {
      throw new ParameterException(spec.commandLine(), "--passes needs at least 1 pass");
    }
    IndexBenchmark.Settings settings;
    try {
      settings = new IndexBenchmark.Settings(documents, seed, threads, queries);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<PolicyDocument> sources = sources(corpus != null ? corpus : Home.path("corpus"));
    Path dir = work != null ? work : Files.createTempDirectory("duibiao-bench");
    PrintWriter out = spec.commandLine().getOut();
    try {
      List<IndexFigures> all = IndexBenchmark.index(sources, settings, passes, dir);
      print(out, all, threads);
      if (what.equals("search")) {
        for (Latency l : IndexBenchmark.search(sources, settings, dir, 1, 8)) {
          out.printf("search, %d searcher%s  %,d searches: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %,.0f/s; heap peak "
              + "%s%n", l.threads(), l.threads() == 1 ? " " : "s", l.searches(), l.p50(), l.p95(), l.p99(),
              l.perSecond(), mb(l.peakHeapBytes()));
        }
      }
      out.flush();
    } finally {
      if (work == null) {
        delete(dir);
      }
    }
    return ExitCodes.OK;
  }

  private int check() throws Exception {
    if (cold < 1 || warm < 1) {
      throw new ParameterException(spec.commandLine(), "--cold and --warm need at least 1 run");
    }
    Path pol = policy;
    Path pl = plan;
    if (pol == null || pl == null) {
      Path dir = corpus != null ? corpus : Home.path("corpus");
      if (!Files.isDirectory(dir)) {
        throw new UserException(dir + ": no such folder; give --corpus DIR, or --policy and --plan", ExitCodes.USAGE);
      }
      Path[] pair = CheckBench.defaults(dir);
      pol = pol != null ? pol : pair[0];
      pl = pl != null ? pl : pair[1];
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.println(CheckBench.describe(pol, pl));
    out.flush();
    List<CheckBench.Figures> all = new ArrayList<>();
    boolean curated = RuleSetLibrary.find(Home.path("rulesets"), new DocumentLoader(IngestLimits.DEFAULT).load(pol))
        != null;
    for (String mode : curated ? List.of("curated", "drafted") : List.of("drafted")) {
      List<String> args = new ArrayList<>(List.of("check", "--policy", pol.toAbsolutePath().toString(), "--plan",
          pl.toAbsolutePath().toString(), "--format", "json", "--no-deep"));
      if (mode.equals("drafted")) {
        args.add("--draft");
      }
      all.add(CheckBench.run(mode, args, cold, warm, err));
    }
    for (CheckBench.Figures f : all) {
      CheckBench.print(out, f);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, List<IndexFigures> passes, int threads) {
    IndexFigures f = IndexBenchmark.median(passes);
    if (passes.size() > 1) {
      out.printf("passes      %s characters/s (each indexes the corpus from scratch; the median pass below)%n",
          String.join(", ", passes.stream().map(p -> String.format("%,.0f", p.charsPerSecond())).toList()));
    }
    out.printf("corpus      %,d documents (%,d in traditional script), %,d clauses, %,d characters%n",
        f.documents(), f.traditional(), f.clauses(), f.chars());
    out.printf("prepare     %.1f s to normalize and structure them (%,.0f characters/s; not part of indexing)%n",
        f.prepareSeconds(), f.chars() / f.prepareSeconds());
    out.printf("index       %.1f s on %d threads, commit included: %,.0f characters/s, %,.0f documents/s%n",
        f.indexSeconds(), threads, f.charsPerSecond(), f.documentsPerSecond());
    out.printf("            %.1f s of processor time, %.1f s of it in the indexing threads (%,.0f characters per "
        + "processor-second there; %d processors)%n", f.indexCpuSeconds(), f.analysisCpuSeconds(),
        f.chars() / f.analysisCpuSeconds(), Runtime.getRuntime().availableProcessors());
    out.printf("index size  %s%n", mb(f.indexBytes()));
    out.printf("heap        peak %s in use while indexing (garbage included), %s live after; limit %s%n",
        mb(f.peakHeapBytes()), mb(f.liveHeapBytes()), mb(f.maxHeapBytes()));
  }

  /** A byte count in megabytes, as the benchmarks print it. */
  static String mb(long bytes) {
    return String.format("%,.0f MB", bytes / 1048576.0);
  }

  private static List<PolicyDocument> sources(Path dir) throws Exception {
    DocumentLoader loader = new DocumentLoader(IngestLimits.DEFAULT);
    List<PolicyDocument> out = new ArrayList<>();
    for (Path f : DocumentFiles.list(List.of(dir), null)) {
      try {
        out.add(loader.load(f));
      } catch (UnreadableInputException e) {
        // a source that cannot be read adds nothing to recombine
      }
    }
    if (out.isEmpty()) {
      throw new UserException(dir + ": no readable documents to build the benchmark corpus from; give --corpus DIR",
          ExitCodes.UNREADABLE);
    }
    return out;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
