package org.duibiao.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;
import org.duibiao.nlp.Term;

/**
 * The HanLP words of a segmented text as tokens, one position each: punctuation, symbols and spaces dropped, Latin
 * letters lower-cased. The analyzer's words of its input; the indexer makes the same tokens from segmentations it
 * reuses ({@link IndexedText}).
 */
final class WordTokens extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final List<Term> terms;
  private final int length;
  private int next;

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
    term.setEmpty().append(lowerLatin(t.word()));
    offset.setOffset(t.offset(), t.end());
    return true;
  }

  /** Not punctuation, and with a letter, digit or Han character (HanLP leaves some symbols untagged). */
  static boolean isWord(Term t) {
    if (t.isPunctuation()) {
      return false;
    }
    String w = t.word();
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (BigramTokens.inRun(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The word with its Latin capitals A–Z lower-cased, nothing else changed. */
  static String lowerLatin(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] out = word.toCharArray();
        for (int k = i; k < out.length; k++) {
          if (out[k] >= 'A' && out[k] <= 'Z') {
            out[k] = (char) (out[k] + 32);
          }
        }
        return new String(out);
      }
    }
    return word;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(length, length);
  }
}
