package org.duibiao.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Snippet} from matches found in the normalized text: picks the window of normalized text with
 * the most matches, then renders it character by character from the original text through the {@link OffsetMap},
 * so highlights land on the original characters (traditional stays traditional) and removed noise stays out.
 */
final class SnippetBuilder {

  private static final String CUT = "…";

  private SnippetBuilder() {}

  /**
   * @param original the stored original text the map points into
   * @param map normalized → original offsets of the indexed text
   * @param matches match ranges in the normalized text
   * @param maxChars the longest window, in normalized characters
   * @param originBase where {@code original} starts in the document's original text
   */
  static Snippet build(String original, OffsetMap map, List<Span> matches, int maxChars, int originBase) {
    List<Span> merged = merge(matches, map.length());
    int[] window = window(merged, map.length(), maxChars);
    StringBuilder sb = new StringBuilder();
    List<Span> highlights = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    if (window[0] > 0) {
      sb.append(CUT);
    }
    int lastEnd = -1;
    int m = 0;
    int markStart = -1;
    for (int i = window[0]; i < window[1]; i++) {
      while (m < merged.size() && merged.get(m).end() <= i) {
        m++;
      }
      boolean inMatch = m < merged.size() && merged.get(m).start() <= i;
      if (inMatch && markStart < 0) {
        markStart = sb.length();
      }
      int s = Math.max(map.start(i), lastEnd);
      int e = map.end(i);
      if (s < e) {
        appendVisible(sb, original, s, e);
        lastEnd = e;
      }
      boolean matchEnds = inMatch && merged.get(m).end() == i + 1;
      if (matchEnds || inMatch && i + 1 == window[1]) {
        if (sb.length() > markStart) {
          highlights.add(new Span(markStart, sb.length()));
          spans.add(originalSpan(map, Math.max(merged.get(m).start(), window[0]), i + 1, originBase));
        }
        markStart = -1;
      }
    }
    if (window[1] < map.length()) {
      sb.append(CUT);
    }
    return new Snippet(sb.toString(), highlights, spans);
  }

  /** Line breaks inside a character's span (a joined PDF line) are not shown. */
  private static void appendVisible(StringBuilder sb, String original, int s, int e) {
    for (int k = s; k < e; k++) {
      char c = original.charAt(k);
      if (c != '\n' && c != '\r') {
        sb.append(c);
      }
    }
  }

  private static Span originalSpan(OffsetMap map, int from, int to, int base) {
    int s = Integer.MAX_VALUE;
    int e = 0;
    for (int i = from; i < to; i++) {
      s = Math.min(s, map.start(i));
      e = Math.max(e, map.end(i));
    }
    return new Span(base + s, base + Math.max(s, e));
  }

  /** Sorted, overlapping and touching ranges joined, clipped to the text. */
  static List<Span> merge(List<Span> matches, int length) {
    List<Span> sorted = matches.stream().filter(s -> s.start() < length && s.end() > s.start()).sorted().toList();
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      Span clipped = new Span(s.start(), Math.min(s.end(), length));
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && clipped.start() <= last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), clipped.end())));
      } else {
        out.add(clipped);
      }
    }
    return out;
  }

  /** [from, to): the whole text when short, else the window holding the most matches, a little context before. */
  private static int[] window(List<Span> merged, int length, int maxChars) {
    if (length <= maxChars) {
      return new int[] {0, length};
    }
    int lead = maxChars / 5;
    int bestStart = 0;
    int bestCount = -1;
    for (int k = 0; k < merged.size(); k++) {
      int from = Math.max(0, merged.get(k).start() - lead);
      int count = 0;
      for (int j = k; j < merged.size() && merged.get(j).end() <= from + maxChars; j++) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        bestStart = from;
      }
    }
    int from = Math.min(bestStart, length - maxChars);
    return new int[] {from, from + maxChars};
  }
}
