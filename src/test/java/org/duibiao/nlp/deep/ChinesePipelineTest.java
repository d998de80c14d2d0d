package org.duibiao.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CoreNLP pipeline (tag {@code deep}: its own fork with 3 GB, one pipeline for all tests in it). With
 * {@code -Dduibiao.regenerate=true} it rewrites the stored fixture parses instead of comparing with them.
 */
@Tag("deep")
class ChinesePipelineTest {

  @Test
  void parsesTheFixtureSentencesAsStored() throws IOException {
    List<String> sentences = Fixtures.sentences();
    List<ClauseParse> parsed = ChinesePipeline.parse(sentences, 2);
    for (ClauseParse p : parsed) {
      for (Token t : p.tokens()) {
        assertThat(p.text().substring(t.start(), t.end())).as("token offsets in %s", p.text()).isEqualTo(t.word());
      }
      assertThat(p.dependencies()).as("one head per token in %s", p.text()).hasSize(p.tokens().size());
    }
    if (Boolean.getBoolean("duibiao.regenerate")) {
      try (OutputStream out = Files.newOutputStream(Fixtures.SOURCE)) {
        AnalysisCache.writeEntry(out, Fixtures.KEY, parsed);
      }
      return;
    }
    Map<String, ClauseParse> stored = Fixtures.parses();
    for (ClauseParse p : parsed) {
      assertThat(p).as("stored parse of %s (regenerate with -Dduibiao.regenerate=true)", p.text())
          .isEqualTo(stored.get(p.text()));
    }
  }

  @Test
  void mergesEntitiesPerEntity() {
    ClauseAnalysis a = new DeepAnalyzer(null).analyze("安庆市委组织部负责全市干部教育培训工作");
    assertThat(a.entities("ORG")).extracting(Entity::text).contains("安庆市委组织部");
  }

  @Test
  void analysesADocumentOnceAndThenFromTheCacheOnly(@TempDir Path dir) throws Exception {
    PolicyDocument doc = DocumentStructurer.structure(new DocumentExtractor()
        .extract(Path.of("corpus/002_26a53dfa2a4fe8b4.txt")));
    DocumentAnalysis first = new DeepAnalyzer(dir, 2).analyze(doc);
    assertThat(first.fromCache()).isZero();
    assertThat(Files.exists(dir.resolve(DeepAnalyzer.key(doc) + ".json.gz"))).isTrue();
    long parsed = DeepAnalyzer.clausesParsed();

    DocumentAnalysis second = new DeepAnalyzer(dir, 2).analyze(doc);
    assertThat(DeepAnalyzer.clausesParsed()).as("clauses sent to CoreNLP on the second run").isEqualTo(parsed);
    assertThat(second.fromCache()).isEqualTo(doc.clauses().size());
    assertThat(second).isEqualTo(new DocumentAnalysis(first.key(), first.pipeline(), first.clauses(),
        doc.clauses().size()));
    assertThat(ChinesePipeline.loads()).as("pipelines created in this JVM").isEqualTo(1);
  }

  @Test
  @Timeout(600)
  void sharesOnePipelineAcrossThreads() throws Exception {
    List<String> sentences = Fixtures.sentences();
    List<ClauseParse> alone = ChinesePipeline.parse(sentences, 1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<ClauseParse>>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> ChinesePipeline.parse(sentences, 2)));
      }
      for (Future<List<ClauseParse>> r : runs) {
        assertThat(r.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
