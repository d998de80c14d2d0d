package org.duibiao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duibiao.ingest.IngestLimits;
import org.duibiao.ingest.UnreadableInputException;
import org.duibiao.structure.DocumentType;
import org.duibiao.structure.PolicyDocument;

/**
 * {@code duibiao bench check}: what one check costs. Cold: the whole CLI in a new JVM, as a user runs it, with the heap
 * capped at 512 MB so that a run that needs more fails instead of hiding it. Warm: the same command run again and again
 * in this JVM (what a long-running service pays per check). Without CoreNLP in both.
 */
final class CheckBench {

  /** The heap cap of the cold runs: the target for a check without CoreNLP. */
  static final String COLD_HEAP = "-Xmx512m";

  private CheckBench() {}

  /** The figures of one mode (curated or drafted rule set). */
  record Figures(String mode, double[] coldMillis, double[] warmMillis, long peakHeapBytes, long liveHeapBytes) {
    double median(double[] xs) {
      double[] s = xs.clone();
      Arrays.sort(s);
      return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
  }

  /** The largest policy and the largest plan of a corpus folder (by characters of their text). */
  static Path[] defaults(Path corpus) throws Exception {
    DocumentLoader loader = new DocumentLoader(IngestLimits.DEFAULT);
    Path policy = null;
    Path plan = null;
    int policyChars = -1;
    int planChars = -1;
    for (Path f : DocumentFiles.list(List.of(corpus), null)) {
      PolicyDocument d;
      try {
        d = loader.load(f);
      } catch (UnreadableInputException e) {
        continue;
      }
      int chars = d.text().text().length();
      if (d.metadata().type() == DocumentType.POLICY && chars > policyChars) {
        policy = f;
        policyChars = chars;
      } else if (d.metadata().type() == DocumentType.PLAN && chars > planChars) {
        plan = f;
        planChars = chars;
      }
    }
    if (policy == null || plan == null) {
      throw new UserException(corpus + ": needs at least one policy and one plan to benchmark a check; give --policy "
          + "and --plan", ExitCodes.USAGE);
    }
    return new Path[] {policy, plan};
  }

  /** Runs one mode: {@code cold} new JVMs, then {@code warm} in-process checks after a few unmeasured ones. */
  static Figures run(String mode, List<String> checkArgs, int cold, int warm, PrintWriter progress) throws Exception {
    double[] coldMillis = new double[cold];
    for (int i = 0; i < cold; i++) {
      coldMillis[i] = coldRun(checkArgs);
      progress.printf("  %s cold run %d: %.0f ms%n", mode, i + 1, coldMillis[i]);
      progress.flush();
    }
    String[] args = checkArgs.toArray(String[]::new);
    for (int i = 0; i < Math.min(5, warm); i++) {
      inProcess(args);
    }
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    double[] warmMillis = new double[warm];
    for (int i = 0; i < warm; i++) {
      long t0 = System.nanoTime();
      inProcess(args);
      warmMillis[i] = (System.nanoTime() - t0) / 1e6;
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    long live = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    return new Figures(mode, coldMillis, warmMillis, peak, live);
  }

  private static void inProcess(String[] args) throws UserException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != ExitCodes.OK && code != ExitCodes.GAPS) {
      throw new UserException(message(err.toString(StandardCharsets.UTF_8)), code);
    }
  }

  /**
   * One check in a new JVM, in milliseconds: through the launcher when duibiao was started by it (what a user waits
   * for), else with this JVM's class path.
   */
  private static double coldRun(List<String> checkArgs) throws Exception {
    List<String> cmd = new ArrayList<>();
    Path launcher = Home.path("duibiao");
    ProcessBuilder pb = new ProcessBuilder(cmd);
    String opts = COLD_HEAP + " -Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    if (System.getProperty("duibiao.home") != null && Files.isExecutable(launcher)) {
      cmd.add(launcher.toString());
      pb.environment().put("DUIBIAO_JAVA_OPTS", opts);
    } else {
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(Arrays.asList(opts.split(" ")));
      cmd.add("-Dduibiao.home=" + Home.path("."));
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(Main.class.getName());
    }
    cmd.addAll(checkArgs);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Path errFile = Files.createTempFile("duibiao-bench", ".err");
    pb.redirectError(errFile.toFile());
    try {
      long t0 = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UserException("a cold check took more than 2 minutes; stopped", ExitCodes.INTERNAL);
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      int code = p.exitValue();
      if (code == ExitCodes.USAGE || code == ExitCodes.UNREADABLE) {
        throw new UserException(message(lastLine(errFile)), code); // the input, not the benchmark
      }
      if (code != ExitCodes.OK && code != ExitCodes.GAPS) {
        throw new UserException("the cold check failed (exit " + code + ", heap " + COLD_HEAP + "): "
            + message(lastLine(errFile)), ExitCodes.INTERNAL);
      }
      return ms;
    } finally {
      Files.deleteIfExists(errFile);
    }
  }

  /** The check's own one-line message, without its "error: " prefix (the caller adds its own). */
  private static String message(String err) {
    String s = err.strip();
    int nl = s.lastIndexOf('\n');
    s = nl >= 0 ? s.substring(nl + 1) : s;
    return s.startsWith("error: ") ? s.substring(7) : s;
  }

  private static String lastLine(Path f) throws IOException {
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    return lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("(no message)");
  }

  /** Prints one mode's figures against the targets. */
  static void print(PrintWriter out, Figures f) {
    double[] w = f.warmMillis().clone();
    Arrays.sort(w);
    double p95 = w.length == 0 ? Double.NaN : w[Math.min(w.length - 1, (int) Math.ceil(w.length * 0.95) - 1)];
    out.printf("%-8s cold CLI  median %.2f s (min %.2f s) over %d runs, heap capped at %s   [target <= 3 s]%n",
        f.mode(), f.median(f.coldMillis()) / 1000, min(f.coldMillis()) / 1000, f.coldMillis().length,
        COLD_HEAP.substring(4));
    out.printf("%-8s warm      median %.0f ms, p95 %.0f ms over %d checks in one JVM   [target <= 200 ms]%n",
        f.mode(), f.median(f.warmMillis()), p95, f.warmMillis().length);
    out.printf("%-8s heap      peak %s in use during the warm checks (garbage included), %s live after   "
        + "[target <= 512 MB]%n", f.mode(), BenchCommand.mb(f.peakHeapBytes()), BenchCommand.mb(f.liveHeapBytes()));
  }

  private static double min(double[] xs) {
    return Arrays.stream(xs).min().orElse(Double.NaN);
  }

  /** The plan sizes for the header line. */
  static String describe(Path policy, Path plan) throws Exception {
    DocumentLoader loader = new DocumentLoader(IngestLimits.DEFAULT);
    PolicyDocument p = loader.load(policy);
    PolicyDocument f = loader.load(plan);
    return String.format("policy %s (%,d characters, %d clauses)%nplan   %s (%,d characters, %d clauses)", policy,
        p.text().text().length(), p.clauses().size(), plan, f.text().text().length(), f.clauses().size());
  }
}
