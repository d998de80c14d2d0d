package org.duibiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.duibiao.index.CorpusSearcher;
import org.duibiao.index.SearchRequest;
import org.duibiao.index.SearchResults;
import org.duibiao.report.SearchResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duibiao search QUERY}: searches the indexed corpus. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the indexed corpus in simplified or traditional script.",
        "QUERY: words (all required), \"quoted phrases\", AND, OR, NOT or -word, parentheses; filters issuer:X "
            + "region:X type:policy year:2018 year:2016..2019 level:市 modality:must section:二; title:X heading:X; "
            + "quantities frequency>=2 (per year) count percent age years months deadline."})
final class SearchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (several arguments are joined by spaces)")
  List<String> query;

  @Option(names = "--clauses", description = "find clauses instead of whole documents")
  boolean clauses;

  @Option(names = "--type", paramLabel = "TYPE", description = "policy, plan, report or news")
  String type;

  @Option(names = "--issuer", paramLabel = "X", description = "issuer contains X (either script)")
  String issuer;

  @Option(names = "--region", paramLabel = "X", description = "region contains X (either script)")
  String region;

  @Option(names = "--year", paramLabel = "Y", description = "dated in year Y")
  Integer year;

  @Option(names = "--from", paramLabel = "Y", description = "dated in year Y or later")
  Integer from;

  @Option(names = "--to", paramLabel = "Y", description = "dated in year Y or earlier")
  Integer to;

  @Option(names = "--limit", paramLabel = "N", description = "hits to show (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--no-synonyms", description = "do not expand words with their synonyms")
  boolean noSynonyms;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  String format = "text";

  @Mixin
  IndexOptions index;

  @Override
  public Integer call() throws Exception {
    FormatOption.check(spec, format, "text", "json");
    if (year != null && (from != null || to != null)) {
      throw new ParameterException(spec.commandLine(), "give either --year or --from/--to, not both");
    }
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--limit must be between 1 and " + SearchRequest.MAX_LIMIT);
    }
    SearchRequest request = new SearchRequest(String.join(" ", query), clauses, type, issuer, region,
        year != null ? year : from, year != null ? year : to, limit, !noSynonyms);
    try (CorpusSearcher searcher = CorpusSearcher.open(index.folder())) {
      Formats.print(spec, format, searcher.search(request));
    }
    return ExitCodes.OK;
  }

  /** Output helpers shared by search and similar. */
  static final class Formats {
    private Formats() {}

    static void print(CommandSpec spec, String format, SearchResults r) {
      Path base = Path.of("").toAbsolutePath();
      spec.commandLine().getOut().print(format.equals("json") ? SearchResultWriter.json(r, base)
          : SearchResultWriter.text(r, base));
      spec.commandLine().getOut().flush();
    }
  }
}
