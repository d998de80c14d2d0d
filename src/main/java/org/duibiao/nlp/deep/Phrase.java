package org.duibiao.nlp.deep;

/**
 * A contiguous stretch of a clause that fills a role of an action frame.
 *
 * @param text the words of the stretch as they stand in the clause
 * @param head the head word (the noun an actor or object is about, the verb of an action)
 * @param start offset in the clause's normalized text
 * @param end end offset (exclusive)
 */
public record Phrase(String text, String head, int start, int end) {
  public Phrase {
    if (text == null || text.isEmpty() || head == null || start < 0 || end < start) {
      throw new IllegalArgumentException("bad phrase '" + text + "'");
    }
  }
}
