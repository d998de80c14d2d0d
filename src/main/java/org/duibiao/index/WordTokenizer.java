package org.duibiao.index;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.duibiao.nlp.Segmenter;
import org.duibiao.nlp.Term;

/**
 * HanLP words of normalized simplified text as tokens, one position each: punctuation and spaces dropped, Latin
 * letters lower-cased. {@link #of} gives the same tokens for an already segmented text, so the indexer can reuse
 * one segmentation.
 */
final class WordTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private List<Term> terms = List.of();
  private int next;
  private int length;

  @Override
  public void reset() throws IOException {
    super.reset();
    String text = readAll(input);
    length = text.length();
    terms = Segmenter.segment(text);
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    next = nextWord(terms, next, terms.size());
    if (next < 0) {
      return false;
    }
    clearAttributes();
    Term t = terms.get(next++);
    put(t, term);
    offset.setOffset(correctOffset(t.offset()), correctOffset(t.end()));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  /** Tokens of a segmented text of {@code length} characters (the final offset, where a next value continues). */
  static TokenStream of(List<Term> terms, int length) {
    return new Presegmented(terms, length);
  }

  /** The index of the first term at or after {@code i} (and before {@code to}) that makes a token, or -1. */
  static int nextWord(List<Term> terms, int i, int to) {
    for (; i < to; i++) {
      if (!terms.get(i).isPunctuation()) {
        return i;
      }
    }
    return -1;
  }

  private static void put(Term t, CharTermAttribute term) {
    term.setEmpty().append(t.word());
    char[] buf = term.buffer();
    for (int k = 0; k < term.length(); k++) {
      if (buf[k] >= 'A' && buf[k] <= 'Z') {
        buf[k] = (char) (buf[k] + 32);
      }
    }
  }

  static String readAll(Reader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) > 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static final class Presegmented extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<Term> terms;
    private final int length;
    private int next;

    Presegmented(List<Term> terms, int length) {
      this.terms = terms;
      this.length = length;
    }

    @Override
    public void reset() {
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      next = nextWord(terms, next, terms.size());
      if (next < 0) {
        return false;
      }
      clearAttributes();
      Term t = terms.get(next++);
      put(t, term);
      offset.setOffset(t.offset(), t.end());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(length, length);
    }
  }
}
