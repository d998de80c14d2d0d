package org.duibiao.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.duibiao.ingest.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code duibiao} command. */
@Command(name = "duibiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "对标: check a unit's implementation plan against every required measure of a superior policy.",
    subcommands = {ParseCommand.class, CheckCommand.class, RulesCommand.class, IndexCommand.class, SearchCommand.class,
        SimilarCommand.class, AnalyzeCommand.class, BenchCommand.class, DemoCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 gaps found (check), 2 usage error, 3 unreadable input, 4 internal error."})
public final class Main implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'duibiao demo'");
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the CLI with the given streams and returns the exit code (tests call this). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    quietLibraries();
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setExecutionExceptionHandler((ex, line, parse) -> {
      PrintWriter e = line.getErr();
      if (ex instanceof org.duibiao.rules.RuleSetException) { // file:line:col: error: … already
        e.println(ex.getMessage());
        e.flush();
        return ExitCodes.UNREADABLE;
      }
      if (ex instanceof UnreadableInputException || ex instanceof org.duibiao.index.IndexUnavailableException) {
        e.println("error: " + ex.getMessage());
        e.flush();
        return ExitCodes.UNREADABLE;
      }
      if (ex instanceof org.duibiao.index.InvalidQueryException) {
        e.println("error: " + ex.getMessage());
        e.flush();
        return ExitCodes.USAGE;
      }
      if (ex instanceof UserException u) {
        e.println("error: " + u.getMessage());
        e.flush();
        return u.exitCode();
      }
      e.println("error: internal error: " + ex + " (please report this with the input file)");
      if (System.getenv("DUIBIAO_DEBUG") != null) {
        ex.printStackTrace(e);
      }
      e.flush();
      return ExitCodes.INTERNAL;
    });
    return cmd.execute(args);
  }

  /** Library logging off the console: HanLP logs through java.util.logging at INFO. */
  static void quietLibraries() {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(Level.SEVERE);
    Logger.getLogger("HanLP").setLevel(Level.OFF);
  }

  /** The version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"duibiao " + (v == null ? "dev" : v)};
    }
  }
}
