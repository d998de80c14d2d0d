package org.duibiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.duibiao.index.CorpusSearcher;
import org.duibiao.index.CorpusSearcher.ClauseText;
import org.duibiao.index.SearchRequest;
import org.duibiao.structure.Clause;
import org.duibiao.structure.PolicyDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duibiao similar FILE#CLAUSE}: how other documents phrase the same measure. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = "Find the clauses in other documents most like one clause. The file need not be indexed: "
        + "a file outside the index is read and structured first.")
final class SimilarCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE#CLAUSE", description = "a document and one of its clause ids, e.g. corpus/a.txt#c012")
  String target;

  @Option(names = "--limit", paramLabel = "N", description = "clauses to show (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  String format = "text";

  @Mixin
  IndexOptions index;

  @Mixin
  LimitOptions limits;

  @Override
  public Integer call() throws Exception {
    FormatOption.check(spec, format, "text", "json");
    int hash = target.lastIndexOf('#');
    if (hash <= 0 || hash == target.length() - 1) {
      throw new ParameterException(spec.commandLine(), "give FILE#CLAUSE, e.g. corpus/a.txt#c012 (see 'parse FILE' for ids)");
    }
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--limit must be between 1 and " + SearchRequest.MAX_LIMIT);
    }
    Path file = Path.of(target.substring(0, hash));
    String clause = target.substring(hash + 1);
    try (CorpusSearcher searcher = CorpusSearcher.open(index.folder())) {
      ClauseText text = clauseText(searcher, file, clause);
      SearchCommand.Formats.print(spec, format, searcher.similar("similar to " + target, text, file, limit));
    }
    return ExitCodes.OK;
  }

  /** The clause with its heading, from the file (which need not be indexed) or, when it is gone, from the index. */
  private ClauseText clauseText(CorpusSearcher searcher, Path file, String clause) throws Exception {
    if (!Files.isRegularFile(file)) {
      Optional<ClauseText> indexed = searcher.clauseText(file, clause);
      if (indexed.isPresent()) {
        return indexed.get();
      }
      throw new UserException(file + ": no such file", ExitCodes.UNREADABLE);
    }
    PolicyDocument doc = new DocumentLoader(limits.limits(spec.commandLine())).load(file);
    for (Clause c : doc.clauses()) {
      if (c.id().equals(clause)) {
        return new ClauseText(c.heading(), c.text());
      }
    }
    String range = doc.clauses().isEmpty() ? "none"
        : doc.clauses().get(0).id() + "–" + doc.clauses().get(doc.clauses().size() - 1).id();
    throw new UserException(file + " has no clause '" + clause + "' (its clauses: " + range + ")", ExitCodes.USAGE);
  }
}
