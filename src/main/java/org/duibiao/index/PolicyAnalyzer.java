package org.duibiao.index;

import org.apache.lucene.analysis.Analyzer;
import org.duibiao.nlp.Segmenter;

/**
 * The analyzer of every text field: HanLP words ({@link WordTokens}) or, for fields named with the
 * {@link Schema#BIGRAM_SUFFIX} suffix, character bigrams ({@link BigramTokens}). It expects normalized simplified
 * text; queries are normalized before they get here.
 */
final class PolicyAnalyzer extends Analyzer {

  /** Keeps phrases from running from one heading into the next. */
  private static final int VALUE_GAP = 100;

  PolicyAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    if (field.endsWith(Schema.BIGRAM_SUFFIX)) {
      return new TokenStreamComponents(new TextTokenizer(BigramTokens::new));
    }
    return new TokenStreamComponents(new TextTokenizer(
        (source, text) -> new WordTokens(source, Segmenter.segment(text), text.length())));
  }

  @Override
  public int getPositionIncrementGap(String field) {
    return VALUE_GAP;
  }
}
