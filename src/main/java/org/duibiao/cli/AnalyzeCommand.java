package org.duibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.duibiao.nlp.deep.DeepAnalyzer;
import org.duibiao.nlp.deep.DocumentAnalysis;
import org.duibiao.report.AnalysisWriter;
import org.duibiao.structure.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duibiao analyze FILE}: the deep analysis (CoreNLP) of every clause of a document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Deep analysis of one document with Stanford CoreNLP's Chinese models: for every clause, who must "
        + "do what to whom (actors, action, objects, conditions), its entities, words and dependency edges.",
        "The analysis is cached under index/deep-cache/ by the SHA-256 of the document's normalized text: the first "
        + "run loads CoreNLP (15-35 s, needs -Xmx1800m or more), later runs on the same text do not."})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "a .txt, .html, .docx, .doc, .pdf, .rtf or .odt file; several are analysed in one process")
  java.util.List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  String format = "text";

  @Option(names = "--no-cache", description = "neither read nor write the analysis cache")
  boolean noCache;

  @Option(names = "--stats", description = "print to stderr how many clauses came from the cache and the time taken")
  boolean stats;

  @Mixin
  DeepOptions deep;

  @Mixin
  LimitOptions limits;

  @Override
  public Integer call() throws Exception {
    FormatOption.check(spec, format, "text", "json");
    if (!deep.enabled()) {
      throw new UserException("analyze is the deep analysis itself and deep analysis is off (" + deep.offReason()
          + "); run it without --no-deep and with " + DeepAnalyzer.SWITCH_ENV + " unset", ExitCodes.USAGE);
    }
    DocumentLoader loader = new DocumentLoader(limits.limits(spec.commandLine()));
    DeepAnalyzer analyzer = deep.analyzer(noCache);
    PrintWriter out = spec.commandLine().getOut();
    for (Path file : files) {
      PolicyDocument doc = loader.load(file);
      long t0 = System.nanoTime();
      long parsedBefore = DeepAnalyzer.clausesParsed();
      DocumentAnalysis a = analyzer.analyze(doc);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      out.print(format.equals("json") ? AnalysisWriter.json(doc, a) : AnalysisWriter.text(doc, a));
      out.flush();
      if (stats) {
        long parsed = DeepAnalyzer.clausesParsed() - parsedBefore;
        PrintWriter err = spec.commandLine().getErr();
        err.printf("duibiao: %s: %d clauses (%d characters), %d from the cache, %d parsed by CoreNLP, in %d ms%s%n",
            file, a.clauses().size(), doc.clauses().stream().mapToInt(c -> c.text().length()).sum(), a.fromCache(),
            parsed, ms, DeepAnalyzer.pipelineLoaded()
                ? " (CoreNLP loaded in " + DeepAnalyzer.pipelineLoadMillis() + " ms)" : " (CoreNLP not loaded)");
        err.flush();
      }
    }
    return ExitCodes.OK;
  }
}
