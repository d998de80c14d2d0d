package org.duibiao.nlp.deep;

/**
 * A word of a clause as CoreNLP's Chinese segmenter cut it.
 *
 * @param index position in the clause, from 0
 * @param word the word
 * @param pos its Penn Chinese Treebank tag (NN, NR, VV, AD, P, PU …)
 * @param ner the named-entity tag of the token (ORGANIZATION, GPE, DATE, NUMBER …, or O)
 * @param start offset in the clause's normalized text
 * @param end end offset (exclusive)
 */
public record Token(int index, String word, String pos, String ner, int start, int end) {
  public Token {
    if (index < 0 || word == null || word.isEmpty() || pos == null || ner == null || start < 0 || end < start) {
      throw new IllegalArgumentException("bad token " + index + " '" + word + "' [" + start + "," + end + ")");
    }
  }

  public boolean isPunctuation() {
    return pos.equals("PU");
  }

  public boolean isNoun() {
    return pos.equals("NN") || pos.equals("NR") || pos.equals("NT") || pos.equals("PN");
  }
}
