package org.duibiao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.structure.DocumentStructurer;

/** The sample corpus in corpus/ copied where a test may change it, and indexed. */
final class TestCorpus {

  static final Path SAMPLE = Path.of("corpus");
  /** 安庆, simplified policy: 谈心谈话制度, 交流轮岗, 每年…不少于2次. */
  static final String ANQING = "000_290d5e7723e0fae5.txt";
  /** 薛城区, traditional report with pinyin annotations: 干事創(chuàng)業, 交流輪崗. */
  static final String XUECHENG = "001_f07752434a396d57.txt";
  /** 南通, traditional news. */
  static final String NANTONG = "002_26a53dfa2a4fe8b4.txt";
  /** 青岛, simplified policy. */
  static final String QINGDAO = "003_d2b43ff46ecd81fa.txt";

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  private TestCorpus() {}

  static final CorpusIndexer.Source SOURCE = f -> DocumentStructurer.structure(EXTRACTOR.extract(f));

  /** Copies the sample corpus into {@code dir}/corpus and returns that folder. */
  static Path copy(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Path f : files(SAMPLE)) {
      Files.copy(f, corpus.resolve(f.getFileName()));
    }
    return corpus;
  }

  static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** Indexes {@code corpus} into {@code index} (creating or updating it). */
  static IndexReport index(Path corpus, Path index) throws Exception {
    try (CorpusIndexer ix = CorpusIndexer.open(index, CorpusIndexer.Settings.DEFAULT)) {
      return ix.update(files(corpus), SOURCE, CorpusIndexer.Progress.NONE);
    }
  }
}
