package org.duibiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One token per character of every run of letters, digits and Han characters: the character and the next one
 * (干部 → 干部, 部) or, at the end of a run, the character alone. Positions advance one per character, never
 * overlap, so a phrase of these tokens matches exactly the substrings of the text, whatever the word segmenter
 * made of them. Punctuation and spaces end a run and make no token. Latin letters are lower-cased. {@link #of}
 * gives the same tokens straight from a string, for the indexer.
 */
final class BigramTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final int[] span = new int[2];
  private String text = "";
  private int pos;

  @Override
  public void reset() throws IOException {
    super.reset();
    text = WordTokenizer.readAll(input);
    pos = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    pos = step(text, pos, term, span);
    if (pos < 0) {
      return false;
    }
    offset.setOffset(correctOffset(span[0]), correctOffset(span[1]));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(text.length());
    offset.setOffset(end, end);
  }

  /**
   * Where the tokens of a text start and end, by position: {@code [starts, ends]}. Turns the positions of a match
   * back into characters (the index keeps positions, not offsets).
   */
  static int[][] spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int[] span = new int[2];
    CharTermAttribute scratch = new org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl();
    for (int pos = step(text, 0, scratch, span); pos >= 0; pos = step(text, pos, scratch, span)) {
      spans.add(span.clone());
      scratch.setEmpty();
    }
    int[][] out = new int[2][spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      out[0][i] = spans.get(i)[0];
      out[1][i] = spans.get(i)[1];
    }
    return out;
  }

  /** The bigram tokens of a string, offsets into it. */
  static TokenStream of(String text) {
    return new Direct(text);
  }

  /**
   * Writes the token that starts at the first run character at or after {@code from} into {@code term} and its
   * span into {@code span}; returns where the next token starts, or -1 when there is no token.
   */
  private static int step(String s, int from, CharTermAttribute term, int[] span) {
    int at = from < 0 ? -1 : skip(s, from);
    if (at < 0) {
      return -1;
    }
    span[0] = at;
    span[1] = token(s, at, term);
    return at + Character.charCount(s.codePointAt(at));
  }

  static int skip(String s, int from) {
    int at = from;
    while (at < s.length() && !inRun(s.codePointAt(at))) {
      at += Character.charCount(s.codePointAt(at));
    }
    return at < s.length() ? at : -1;
  }

  /** Writes the token starting at {@code at} and returns its end. */
  static int token(String s, int at, CharTermAttribute t) {
    int first = s.codePointAt(at);
    int second = at + Character.charCount(first);
    append(t, first);
    if (second < s.length() && inRun(s.codePointAt(second))) {
      int cp = s.codePointAt(second);
      append(t, cp);
      return second + Character.charCount(cp);
    }
    return second;
  }

  private static void append(CharTermAttribute term, int cp) {
    int c = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    if (Character.isBmpCodePoint(c)) {
      term.append((char) c);
    } else {
      term.append(new String(Character.toChars(c)));
    }
  }

  static boolean inRun(int cp) {
    return Character.isLetterOrDigit(cp) || Character.isIdeographic(cp) || cp == '%';
  }

  private static final class Direct extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final int[] span = new int[2];
    private final String text;
    private int pos;

    Direct(String text) {
      this.text = text;
    }

    @Override
    public void reset() {
      pos = 0;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(text.length(), text.length());
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      pos = step(text, pos, term, span);
      if (pos < 0) {
        return false;
      }
      offset.setOffset(span[0], span[1]);
      return true;
    }
  }
}
