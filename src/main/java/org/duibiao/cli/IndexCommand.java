package org.duibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.duibiao.index.CorpusIndexer;
import org.duibiao.index.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duibiao index [PATH...]}: builds or updates the search index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Build or update the search index of a corpus. New and changed files are analyzed, unchanged "
        + "ones skipped, renamed ones re-pointed, deleted ones removed; the run's changes appear in one commit at the "
        + "end, so an interrupted run leaves the index as it was.",
        "Exit code 3 when some files could not be read (the others are indexed)."})
final class IndexCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files and folders to index (default: corpus/)")
  List<Path> paths;

  @Mixin
  IndexOptions index;

  @Option(names = "--rebuild", description = "start from an empty index (also the way out of a damaged one)")
  boolean rebuild;

  @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: the processors, at most 4)")
  int threads = CorpusIndexer.Settings.DEFAULT.threads();

  @Option(names = "--ram-mb", paramLabel = "MB", description = "memory for analyzed documents before they are "
      + "written out (default: ${DEFAULT-VALUE})")
  double ramMb = CorpusIndexer.Settings.DEFAULT.ramBufferMb();

  @Mixin
  LimitOptions limits;

  @Override
  public Integer call() throws Exception {
    List<Path> roots = paths == null || paths.isEmpty() ? List.of(Home.path("corpus")) : paths;
    for (Path r : roots) {
      if (!Files.exists(r)) {
        throw new UserException(r + ": no such file or folder; name the documents to index", ExitCodes.UNREADABLE);
      }
    }
    if (threads < 1 || ramMb < 1 || ramMb > 2048) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be at least 1 and --ram-mb between 1 and 2048");
    }
    PrintWriter err = spec.commandLine().getErr();
    IndexReport report = run(roots, index.folder(), new CorpusIndexer.Settings(rebuild, threads, ramMb),
        new DocumentLoader(limits.limits(spec.commandLine())), err);
    PrintWriter out = spec.commandLine().getOut();
    out.print(table(index.folder(), report));
    out.flush();
    err.printf("indexed in %.1f s%n", report.millis() / 1000.0);
    err.flush();
    return report.failed() > 0 ? ExitCodes.UNREADABLE : ExitCodes.OK;
  }

  /** Indexes the documents under {@code roots} into {@code folder}; the step {@code demo} runs too. */
  static IndexReport run(List<Path> roots, Path folder, CorpusIndexer.Settings settings, DocumentLoader loader,
      PrintWriter err) throws Exception {
    List<Path> files = DocumentFiles.list(roots, folder);
    try (CorpusIndexer indexer = CorpusIndexer.open(folder, settings)) {
      return indexer.update(files, loader::load, ProgressBar.of(err, "indexing"));
    }
  }

  /** The counter table: every file read ends in one row of added … failed. No timings: the table is a result. */
  static String table(Path folder, IndexReport r) {
    StringBuilder sb = new StringBuilder();
    if (!r.note().isEmpty()) {
      sb.append("note: ").append(r.note()).append('\n');
    }
    sb.append("index ").append(folder).append('\n');
    row(sb, "files read", r.read(), "");
    row(sb, "  added", r.added(), "");
    row(sb, "  changed", r.changed(), "re-indexed");
    row(sb, "  unchanged", r.unchanged(), "skipped");
    row(sb, "  renamed", r.renamed(), "re-pointed, not re-analyzed");
    row(sb, "  failed", r.failed(), r.failed() > 0 ? "see below; a previous version stays indexed" : "");
    row(sb, "removed", r.removed(), "files gone since the last run");
    sb.append(String.format("%-12s %,9d documents, %,d clauses%n", "in index", r.documents(), r.clauses()));
    sb.append(String.format("%-12s %,9d characters%n", "analyzed", r.chars()));
    for (IndexReport.Failure f : r.failures()) {
      sb.append("failed: ").append(f.file()).append(": ").append(f.reason()).append('\n');
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, int n, String note) {
    sb.append(String.format("%-12s %,9d%s%n", label, n, note.isEmpty() ? "" : "  " + note));
  }
}
