package org.duibiao.nlp;

/**
 * A word of a segmented text.
 *
 * @param word the word
 * @param nature HanLP's part-of-speech tag (n, v, vn, nz, w …)
 * @param offset its offset in the segmented text
 */
public record Term(String word, String nature, int offset) {
  public Term {
    if (word == null || word.isEmpty() || nature == null || offset < 0) {
      throw new IllegalArgumentException("bad term " + word);
    }
  }

  public int end() {
    return offset + word.length();
  }

  /** Punctuation or whitespace. */
  public boolean isPunctuation() {
    return nature.startsWith("w") || word.isBlank();
  }
}
