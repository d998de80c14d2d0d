package org.duibiao.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One token per character of every run of letters, digits and Han characters: the character and the next one
 * (干部 → 干部, 部) or, at the end of a run, the character alone. Positions advance one per character, never
 * overlap, so a phrase of these tokens matches exactly the substrings of the text, whatever the word segmenter
 * made of them. Punctuation and spaces end a run and make no token. Latin letters are lower-cased.
 */
final class BigramTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
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
    while (pos < text.length() && !inRun(text.codePointAt(pos))) {
      pos += Character.charCount(text.codePointAt(pos));
    }
    if (pos >= text.length()) {
      return false;
    }
    clearAttributes();
    int first = text.codePointAt(pos);
    int second = pos + Character.charCount(first);
    int end = second;
    append(first);
    if (second < text.length() && inRun(text.codePointAt(second))) {
      int cp = text.codePointAt(second);
      append(cp);
      end = second + Character.charCount(cp);
    }
    offset.setOffset(correctOffset(pos), correctOffset(end));
    pos = second;
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(text.length());
    offset.setOffset(end, end);
  }

  private void append(int cp) {
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
