package org.duibiao.index;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzer of every text field: HanLP words ({@link WordTokenizer}) or, for fields named with the
 * {@link Schema#BIGRAM_SUFFIX} suffix, character bigrams ({@link BigramTokenizer}). It expects normalized simplified
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
    return new TokenStreamComponents(field.endsWith(Schema.BIGRAM_SUFFIX) ? new BigramTokenizer() : new WordTokenizer());
  }

  @Override
  public int getPositionIncrementGap(String field) {
    return VALUE_GAP;
  }
}
