package org.duibiao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.duibiao.report.StructureWriter;
import org.duibiao.structure.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duibiao parse FILE}: prints the document model. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Read one document and print its structure: metadata, sections, clauses with modality and quantities.")
final class ParseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "a .txt, .html, .docx, .doc, .pdf, .rtf or .odt file")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or text (default: ${DEFAULT-VALUE})")
  String format = "json";

  @Mixin
  LimitOptions limits;

  @Override
  public Integer call() throws Exception {
    FormatOption.check(spec, format, "json", "text");
    PolicyDocument doc = new DocumentLoader(limits.limits(spec.commandLine())).load(file);
    spec.commandLine().getOut().print(format.equals("json") ? StructureWriter.json(doc) : StructureWriter.text(doc));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
