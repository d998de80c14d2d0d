package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.normalize.NormalizedText;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every clause of every corpus document can be quoted verbatim: its quote is the original text at its offsets, and
 * the quote says what the normalized text says (same characters once script, pinyin and layout are set aside).
 */
class ClauseQuoteTest {

  static List<Path> documents() throws Exception {
    return GoldenParseTest.documents();
  }

  /** The pinyin annotations normalization removes: 創(chuàng), 區\n(qū). */
  private static String withoutPinyin(String s) {
    return s.replaceAll("\\s*[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})*[)）]", "");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void quotesAreVerbatimAndSayWhatTheClauseSays(Path file) throws Exception {
    PolicyDocument doc = DocumentStructurer.structure(new DocumentExtractor().extract(file));
    String original = doc.text().original();
    assertThat(doc.clauses()).isNotEmpty();
    for (Clause c : doc.clauses()) {
      assertThat(c.quote()).as(c.id()).isEqualTo(original.substring(c.start(), c.end()));
      assertThat(c.text()).as(c.id()).doesNotContain(String.valueOf(NormalizedText.GARBLED)).doesNotContain("\n");
      assertThat(ScriptConverter.fold(withoutPinyin(c.quote()))).as("%s %s", c.id(), c.quote())
          .isEqualTo(ScriptConverter.fold(c.text()));
      assertThat(c.quantities()).allSatisfy(q -> assertThat(c.text().substring(q.start(), q.end())).isEqualTo(q.text()));
    }
  }
}
