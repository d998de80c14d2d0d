package org.duibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.duibiao.index.CorpusIndexer;
import org.duibiao.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, search and similar through the command line: counters, JSON, and what a broken index says. */
class IndexCommandTest {

  @TempDir
  Path tmp;

  static Run run(String... args) {
    return Run.of(args);
  }

  private Path corpus() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    return corpus;
  }

  private String index() {
    return tmp.resolve("index").toString();
  }

  @Test
  void indexPrintsTheCounterTableAndSearchPrintsStableJson() throws Exception {
    Path corpus = corpus();
    Run first = run("index", corpus.toString(), "--index", index());
    assertThat(first.exit()).isZero();
    assertThat(first.out()).containsPattern("files read +5").containsPattern("added +5")
        .contains("5 documents");
    assertThat(run("index", corpus.toString(), "--index", index()).out()).containsPattern("unchanged +5  skipped");

    Run json = run("search", "谈心谈话", "--clauses", "--limit", "2", "--format", "json", "--index", index());
    assertThat(json.exit()).isZero();
    JsonNode r = Json.MAPPER.readTree(json.out());
    assertThat(fields(r)).containsExactly("query", "level", "total", "expansions", "hits", "facets");
    assertThat(fields(r.get("hits").get(0))).containsExactly("rank", "score", "file", "clause", "title", "issuer",
        "date", "docNumbers", "type", "region", "level", "section", "heading", "modality", "snippet", "highlights",
        "original");
    assertThat(fields(r.get("facets"))).containsExactly("issuer", "region", "year", "type");
    assertThat(run("search", "谈心谈话", "--clauses", "--limit", "2", "--format", "json", "--index", index()).out())
        .isEqualTo(json.out());

    Run similar = run("similar", corpus.resolve("000_290d5e7723e0fae5.txt") + "#c040", "--index", index());
    assertThat(similar.exit()).isZero();
    assertThat(similar.out()).contains("003_d2b43ff46ecd81fa.txt#c0");
  }

  private static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void usageErrorsAreOneLine() throws Exception {
    run("index", corpus().toString(), "--index", index());
    assertOneLine(run("search", "\"谈心", "--index", index()), ExitCodes.USAGE, "not closed");
    // option errors: picocli's message first, then the usage
    assertFirstLine(run("search", "干部", "--format", "xml", "--index", index()), "text or json");
    assertFirstLine(run("search", "干部", "--year", "2018", "--from", "2016", "--index", index()),
        "either --year or --from/--to");
    assertFirstLine(run("similar", "nothing-here.txt", "--index", index()), "FILE#CLAUSE");
    assertOneLine(run("similar", tmp.resolve("corpus/000_290d5e7723e0fae5.txt") + "#c999", "--index", index()),
        ExitCodes.USAGE, "has no clause 'c999'");
    assertOneLine(run("search", "干部", "--index", tmp.resolve("none").toString()), ExitCodes.UNREADABLE,
        "no index yet; build it with 'duibiao index'");
    assertOneLine(run("index", tmp.resolve("missing").toString(), "--index", index()), ExitCodes.UNREADABLE,
        "no such file or folder");
  }

  @Test
  void aLockedIndexSaysSoAndIsLeftAlone() throws Exception {
    Path corpus = corpus();
    run("index", corpus.toString(), "--index", index());
    try (CorpusIndexer other = CorpusIndexer.open(tmp.resolve("index"), CorpusIndexer.Settings.DEFAULT)) {
      assertOneLine(run("index", corpus.toString(), "--index", index()), ExitCodes.UNREADABLE,
          "another 'duibiao index' run is writing this index");
      assertThat(run("search", "干部", "--index", index()).exit()).isZero(); // readers are not blocked
    }
  }

  @Test
  void aDamagedIndexSaysHowToRebuildIt() throws Exception {
    Path corpus = corpus();
    run("index", corpus.toString(), "--index", index());
    Path lucene = tmp.resolve("index/lucene");
    try (Stream<Path> s = Files.list(lucene)) {
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, "not an index".getBytes(StandardCharsets.UTF_8));
      }
    }
    assertOneLine(run("search", "干部", "--index", index()), ExitCodes.UNREADABLE,
        "the index is damaged or from another version");
    assertOneLine(run("index", corpus.toString(), "--index", index()), ExitCodes.UNREADABLE,
        "rebuild it with 'duibiao index --rebuild'");
    Run rebuilt = run("index", corpus.toString(), "--index", index(), "--rebuild");
    assertThat(rebuilt.exit()).isZero();
    assertThat(rebuilt.out()).containsPattern("added +5");
    assertThat(run("search", "干部", "--index", index()).out()).startsWith("5 documents");
  }

  @Test
  void aKilledRunLeavesTheLastCommitSearchable() throws Exception {
    Path corpus = corpus();
    Path index = tmp.resolve("index");
    assertThat(run("index", corpus.toString(), "--index", index.toString()).exit()).isZero();
    List<Path> originals;
    try (Stream<Path> s = Files.list(corpus)) {
      originals = s.sorted().toList();
    }
    for (int i = 0; i < 20; i++) {
      for (Path f : originals) {
        Files.writeString(corpus.resolve(i + "-" + f.getFileName()), Files.readString(f) + "\n第" + i + "份。\n");
      }
    }
    Path lucene = index.resolve("lucene");
    Set<String> committed = committedFiles(lucene);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.duibiao.cli.Main", "index", corpus.toString(), "--index", index.toString(), "--ram-mb", "1")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!hasUncommittedSegment(lucene, committed) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(child.isAlive()).as("the run was still going when killed").isTrue();
      assertThat(hasUncommittedSegment(lucene, committed)).as("it had written segments of its own").isTrue();
    } finally {
      child.destroyForcibly().waitFor();
    }

    try (Directory dir = FSDirectory.open(lucene); CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).isTrue();
    }
    assertThat(run("search", "type:policy", "--index", index.toString()).out()).startsWith("2 documents");
    try (Stream<Path> s = Files.list(corpus)) {
      for (Path f : s.filter(p -> !p.getFileName().toString().startsWith("0-")).toList()) {
        if (!originals.contains(f)) {
          Files.delete(f); // the next run needs only show that it can take over
        }
      }
    }
    Run resumed = run("index", corpus.toString(), "--index", index.toString());
    assertThat(resumed.exit()).isZero();
    assertThat(resumed.out()).containsPattern("added +5").containsPattern("unchanged +5");
    assertThat(run("search", "type:policy", "--index", index.toString()).out()).startsWith("4 documents");
  }

  private static Set<String> committedFiles(Path lucene) throws Exception {
    try (Directory dir = FSDirectory.open(lucene)) {
      return new HashSet<>(SegmentInfos.readLatestCommit(dir).files(true));
    }
  }

  private static boolean hasUncommittedSegment(Path lucene, Set<String> committed) throws Exception {
    try (Stream<Path> s = Files.list(lucene)) {
      return s.map(p -> p.getFileName().toString())
          .anyMatch(f -> f.startsWith("_") && !committed.contains(f) && !f.endsWith(".tmp"));
    }
  }

  private static void assertFirstLine(Run r, String message) {
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines().findFirst().orElse("")).contains(message);
  }

  private static void assertOneLine(Run r, int code, String message) {
    assertThat(r.exit()).isEqualTo(code);
    assertThat(r.err().strip()).startsWith("error: ").contains(message).doesNotContain("\n");
  }
}
