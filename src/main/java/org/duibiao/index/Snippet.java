package org.duibiao.index;

import java.util.List;

/**
 * A passage of a search hit in the original script, with the matched words marked.
 *
 * @param text the passage: original characters, with what normalization removed (pinyin annotations, line
 *     breaks, page furniture) left out; "…" where it was cut
 * @param highlights the matches as ranges of {@code text}
 * @param original the same matches as ranges of the document's original text
 */
public record Snippet(String text, List<Span> highlights, List<Span> original) {
  public Snippet {
    highlights = List.copyOf(highlights);
    original = List.copyOf(original);
  }

  /** The text with each highlight wrapped in {@code open} … {@code close}. */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    int at = 0;
    for (Span h : highlights) {
      sb.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
