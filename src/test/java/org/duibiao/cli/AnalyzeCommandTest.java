package org.duibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.duibiao.ingest.IngestLimits;
import org.duibiao.nlp.deep.DeepAnalyzer;
import org.duibiao.nlp.deep.DeepTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code duibiao analyze} on a document whose analysis is in the cache (seeded from stored parses): it prints the
 * frames without loading CoreNLP, which never loads in this test JVM at all.
 */
class AnalyzeCommandTest {
  private static final Path SAMPLE = Path.of("src/test/resources/org/duibiao/cli/deep-sample.txt");

  @TempDir
  static Path cache;

  @BeforeAll
  static void seed() throws Exception {
    DeepTestSupport.seedCache(cache, new DocumentLoader(IngestLimits.DEFAULT).load(SAMPLE));
  }

  @Test
  void printsTheFramesFromTheCacheWithoutLoadingCoreNlp() throws Exception {
    Run r = Run.of("analyze", "--deep-cache", cache.toString(), "--format", "json", SAMPLE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode clauses = new ObjectMapper().readTree(r.out()).get("clauses");
    assertThat(clauses).hasSize(5);
    JsonNode item = clauses.get(1).get("frames").get(0);
    assertThat(item.get("actorSource").asText()).isEqualTo("inherited");
    assertThat(item.get("actors").get(0).get("text").asText()).isEqualTo("各单位党组（党委）");
    JsonNode talk = clauses.get(3).get("frames").get(0);
    assertThat(talk.get("actors").findValuesAsText("text")).containsExactly("主要负责人", "分管负责人");
    assertThat(talk.get("action").get("verb").asText()).isEqualTo("谈心谈话");
    assertThat(clauses.get(4).get("rhetoric").asBoolean()).isTrue();
    assertThat(DeepAnalyzer.pipelineLoaded()).isFalse();
  }

  @Test
  void textOutputHasOneLinePerFrame() {
    Run r = Run.of("analyze", "--deep-cache", cache.toString(), "--stats", SAMPLE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("+ 主要负责人、分管负责人 | 要 每年 谈心谈话 | 不少于2次 | 与中层干部");
    assertThat(r.out()).contains("(无可执行动作)");
    assertThat(r.err()).contains("5 from the cache, 0 parsed by CoreNLP").contains("CoreNLP not loaded");
  }

  @Test
  void refusesToRunWithDeepAnalysisOff() {
    Run r = Run.of("analyze", "--no-deep", "--deep-cache", cache.toString(), SAMPLE.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--no-deep");
    assertThat(Run.of("analyze", "--format", "xml", SAMPLE.toString()).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void commandsWithoutDeepAnalysisNeverLoadCoreNlp() {
    assertThat(Run.of("parse", SAMPLE.toString()).exit()).isZero();
    assertThat(Run.of("demo").exit()).isZero();
    assertThat(DeepAnalyzer.pipelineLoaded()).isFalse();
  }
}
