package org.duibiao.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * One token per character of every run of letters, digits and Han characters: the character and the next one
 * (干部 → 干部, 部) or, at the end of a run, the character alone. Positions advance one per character, never
 * overlap, so a phrase of these tokens matches exactly the substrings of the text, whatever the word segmenter
 * made of them. Punctuation and spaces end a run and make no token. Latin letters are lower-cased.
 */
final class BigramTokens extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final int[] span = new int[2];
  private final String text;
  private int pos;

  /** Tokens of {@code text} in the attributes of {@code source} (a tokenizer's). */
  BigramTokens(AttributeSource source, String text) {
    super(source);
    this.text = text;
  }

  @Override
  public void reset() {
    pos = 0;
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

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(text.length(), text.length());
  }

  /**
   * Where the tokens of a text start and end, by position: {@code [starts, ends]}. Turns the positions of a match
   * back into characters (the index keeps positions, not offsets).
   */
  static int[][] spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int[] span = new int[2];
    CharTermAttribute scratch = new CharTermAttributeImpl();
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

  /**
   * Writes the token that starts at the first run character at or after {@code from} into {@code term} and its
   * span into {@code span}; returns where the next token starts, or -1 when there is no token.
   */
  private static int step(String s, int from, CharTermAttribute term, int[] span) {
    int at = from;
    while (at >= 0 && at < s.length() && !inRun(s.codePointAt(at))) {
      at += Character.charCount(s.codePointAt(at));
    }
    if (at < 0 || at >= s.length()) {
      return -1;
    }
    int first = s.codePointAt(at);
    int second = at + Character.charCount(first);
    append(term, first);
    span[0] = at;
    span[1] = second;
    if (second < s.length() && inRun(s.codePointAt(second))) {
      int cp = s.codePointAt(second);
      append(term, cp);
      span[1] = second + Character.charCount(cp);
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
}
