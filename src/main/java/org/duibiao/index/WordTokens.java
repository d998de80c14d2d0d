package org.duibiao.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;
import org.duibiao.nlp.Term;

/**
 * The HanLP words of a segmented text as tokens, one position each: punctuation, symbols and spaces dropped, Latin
 * letters lower-cased. The indexer builds them from segmentations it reuses; the analyzer from the words of its input.
 */
final class WordTokens extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final List<Term> terms;
  private final int length;
  private int next;

  /** @param length the length of the text the words come from (the final offset) */
  WordTokens(List<Term> terms, int length) {
    this.terms = terms;
    this.length = length;
  }

  /** The words of {@code terms} in the attributes of {@code source} (a tokenizer's). */
  WordTokens(AttributeSource source, List<Term> terms, int length) {
    super(source);
    this.terms = terms;
    this.length = length;
  }

  @Override
  public void reset() {
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    while (next < terms.size() && !isWord(terms.get(next))) {
      next++;
    }
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    Term t = terms.get(next++);
    term.setEmpty().append(t.word());
    char[] buf = term.buffer();
    for (int k = 0; k < term.length(); k++) {
      if (buf[k] >= 'A' && buf[k] <= 'Z') {
        buf[k] = (char) (buf[k] + 32);
      }
    }
    offset.setOffset(t.offset(), t.end());
    return true;
  }

  /** Not punctuation, and with a letter, digit or Han character (HanLP leaves some symbols untagged). */
  private static boolean isWord(Term t) {
    return !t.isPunctuation() && t.word().codePoints().anyMatch(BigramTokens::inRun);
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(length, length);
  }
}
