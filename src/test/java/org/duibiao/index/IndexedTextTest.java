package org.duibiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Field;
import org.duibiao.nlp.Segmenter;
import org.duibiao.structure.Clause;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.api.Test;

/** The indexer's own token streams ({@link IndexedText}) give exactly the tokens of {@link PolicyAnalyzer}. */
class IndexedTextTest {

  private final Analyzer analyzer = new PolicyAnalyzer();

  private static final List<String> TRICKY = List.of("", "，。", "干部交流，轮岗2次", "ABC干部Xyz 3.5% ％ Ｗ",
      "𠀀𠀁部𠀂", "a\uD800b\uDC00c\uD800", "谈心谈话 制度\n\t交流轮岗。满意科长", "第1条 A級 Ⅻ ①②");

  @Test
  void bigramsAreTheAnalyzers() throws Exception {
    List<String> texts = new ArrayList<>(TRICKY);
    texts.addAll(corpusTexts());
    TokenStream reused = null;
    for (String text : texts) {
      Field f = IndexedText.bigrams(Schema.bigrams(Schema.TEXT), Schema.BIGRAMS, text);
      TokenStream mine = f.tokenStream(analyzer, reused);
      assertThat(tokens(mine)).as(text).isEqualTo(tokens(analyzer.tokenStream(Schema.bigrams(Schema.TEXT), text)));
      reused = mine;
    }
  }

  @Test
  void wordsAreTheAnalyzers() throws Exception {
    List<String> texts = new ArrayList<>(TRICKY);
    texts.addAll(corpusTexts());
    TokenStream reused = null;
    for (String text : texts) {
      Field f = IndexedText.words(Schema.TEXT, Schema.WORDS, IndexedText.Words.of(Segmenter.segment(text)),
          text.length());
      TokenStream mine = f.tokenStream(analyzer, reused);
      assertThat(tokens(mine)).as(text).isEqualTo(tokens(analyzer.tokenStream(Schema.TEXT, text)));
      reused = mine;
    }
  }

  @Test
  void aDocumentsWordsAreThoseOfItsClausesAtTheirPlaces() throws Exception {
    for (Path file : TestCorpus.files(TestCorpus.SAMPLE)) {
      PolicyDocument d = TestCorpus.SOURCE.load(file);
      int n = d.clauses().size();
      IndexedText.Words[] parts = new IndexedText.Words[n];
      int[] starts = new int[n];
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Clause c = d.clauses().get(i);
        parts[i] = IndexedText.Words.of(Segmenter.segment(c.text()));
        starts[i] = c.normStart();
        List<String> clause = tokens(analyzer.tokenStream(Schema.TEXT, c.text()), c.normStart());
        expected.addAll(clause.subList(0, clause.size() - 1));
      }
      int length = d.text().text().length();
      expected.add("end " + length + "-" + length);
      assertThat(tokens(IndexedText.words(Schema.TEXT, Schema.WORDS, parts, starts, length)
          .tokenStream(analyzer, null))).as(file.toString()).isEqualTo(expected);
    }
  }

  private static List<String> tokens(TokenStream ts) throws IOException {
    return tokens(ts, 0);
  }

  /** Each token as "term increment start-end" (offsets plus {@code shift}), then the final offset as "end start-end". */
  private static List<String> tokens(TokenStream ts, int shift) throws IOException {
    List<String> out = new ArrayList<>();
    ts.reset(); // the analyzer's tokenizer makes its term attribute here
    TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
    while (ts.incrementToken()) {
      out.add(term.getBytesRef().utf8ToString() + " " + inc.getPositionIncrement() + " " + (shift + offset.startOffset())
          + "-" + (shift + offset.endOffset()));
    }
    ts.end();
    out.add("end " + (shift + offset.startOffset()) + "-" + (shift + offset.endOffset()));
    ts.close();
    return out;
  }
  private static List<String> corpusTexts() throws Exception {
    List<String> out = new ArrayList<>();
    for (Path file : TestCorpus.files(TestCorpus.SAMPLE)) {
      PolicyDocument d = TestCorpus.SOURCE.load(file);
      out.add(d.text().text());
      for (Clause c : d.clauses()) {
        out.add(c.text());
        out.add(c.heading());
      }
      out.add(d.metadata().title());
    }
    return out;
  }
}
