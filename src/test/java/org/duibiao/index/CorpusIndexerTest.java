package org.duibiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental indexing: unchanged files skipped, changed replaced, deleted removed, renamed re-pointed. */
class CorpusIndexerTest {

  @TempDir
  Path tmp;

  @Test
  void reindexingFollowsChangesDeletionsAndRenames() throws Exception {
    Path corpus = TestCorpus.copy(tmp);
    Path index = tmp.resolve("index");

    IndexReport first = TestCorpus.index(corpus, index);
    assertThat(first.added()).isEqualTo(5);
    assertThat(first.documents()).isEqualTo(5);
    int clauses = first.clauses();

    IndexReport again = TestCorpus.index(corpus, index);
    assertThat(again.unchanged()).isEqualTo(5);
    assertThat(again.added() + again.changed() + again.renamed() + again.removed()).isZero();
    assertThat(again.chars()).isZero();

    Files.writeString(corpus.resolve(TestCorpus.ANQING), "\n一是建立容错纠错机制试点台账。\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.delete(corpus.resolve(TestCorpus.NANTONG));
    Files.move(corpus.resolve(TestCorpus.QINGDAO), corpus.resolve("qingdao-renamed.txt"));
    IndexReport update = TestCorpus.index(corpus, index);
    assertThat(update.read()).isEqualTo(4);
    assertThat(update.changed()).isEqualTo(1);
    assertThat(update.removed()).isEqualTo(1);
    assertThat(update.renamed()).isEqualTo(1);
    assertThat(update.unchanged()).isEqualTo(2);
    assertThat(update.added()).isZero();
    assertThat(update.documents()).isEqualTo(4);
    assertThat(update.clauses()).isLessThan(clauses);

    try (CorpusSearcher s = CorpusSearcher.open(index)) {
      assertThat(s.search(SearchRequest.of("\"容错纠错机制试点台账\"")).hits())
          .extracting(h -> Path.of(h.file()).getFileName().toString()).containsExactly(TestCorpus.ANQING);
      assertThat(s.search(SearchRequest.of("region:南通")).total()).isZero();
      List<SearchResults.Hit> qingdao = s.search(SearchRequest.of("region:青岛").withClauses(true)).hits();
      assertThat(qingdao).isNotEmpty().allSatisfy(h -> assertThat(h.file()).endsWith("qingdao-renamed.txt"));
    }
    assertClean(index);
  }

  @Test
  void unreadableFilesAreCountedAndTheRestIsIndexed() throws Exception {
    Path corpus = TestCorpus.copy(tmp);
    Files.writeString(corpus.resolve("empty.txt"), "");
    IndexReport r = TestCorpus.index(corpus, tmp.resolve("index"));
    assertThat(r.read()).isEqualTo(6);
    assertThat(r.added()).isEqualTo(5);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.file()).endsWith("empty.txt");
      assertThat(f.reason()).isEqualTo("the file is empty; check that it was saved or copied completely");
    });
  }

  @Test
  void rebuildStartsOverAndKeepsTheContent() throws Exception {
    Path corpus = TestCorpus.copy(tmp);
    Path index = tmp.resolve("index");
    TestCorpus.index(corpus, index);
    try (CorpusIndexer ix = CorpusIndexer.open(index, CorpusIndexer.Settings.DEFAULT.withRebuild(true))) {
      IndexReport r = ix.update(TestCorpus.files(corpus), TestCorpus.SOURCE, CorpusIndexer.Progress.NONE);
      assertThat(r.added()).isEqualTo(5);
      assertThat(r.documents()).isEqualTo(5);
    }
  }

  static void assertClean(Path index) throws Exception {
    try (Directory dir = FSDirectory.open(IndexFolder.lucene(index)); CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).isTrue();
    }
  }
}
