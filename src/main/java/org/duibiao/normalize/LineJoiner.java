package org.duibiao.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.duibiao.nlp.ScriptConverter;

/**
 * Rejoins text that PDF extraction broke into printed lines, and removes stray spaces inside Chinese text.
 *
 * <p>A line break is removed when the line before it ran to (nearly) the full printed width and did not end a
 * sentence, and the next line does not start a heading or list item. A paragraph break (blank line) is removed
 * only inside a long body paragraph that stops mid-sentence, the trace of a page break. Short lines (titles,
 * signatures, dates) never join.
 */
final class LineJoiner {

  private LineJoiner() {}

  /**
   * How the extracted text is laid out.
   *
   * @param width the printed line width in characters, 0 when lines are paragraphs
   * @param lineGap blank lines between two printed lines of one paragraph: 1 when extraction double-spaced the
   *     text (Tika does so for PDFs with wide line spacing, as official documents have), else 0
   * @param indents true when paragraphs begin with an indent, so an indented line starts a new paragraph
   */
  record Layout(int width, int lineGap, boolean indents) {}

  static MappedText apply(MappedText in) {
    String t = in.text();
    List<int[]> lines = ChromeFilter.lines(t);
    Layout layout = layout(t, lines);
    MappedText.Builder b = in.builder();
    boolean dropLeading = false;
    for (int li = 0; li < lines.size(); li++) {
      int[] l = lines.get(li);
      int from = l[0];
      int to = l[1];
      if (dropLeading) {
        from = skipSpaces(in, from, to);
      }
      dropLeading = false;
      int next = li + 1;
      int blanks = 0;
      while (next < lines.size() && t.substring(lines.get(next)[0], lines.get(next)[1]).isBlank()) {
        next++;
        blanks++;
      }
      if (next >= lines.size()) {
        appendLine(in, from, to, b);
        b.keep(l[1], t.length());
        break;
      }
      String raw = t.substring(lines.get(next)[0], lines.get(next)[1]);
      boolean indented = layout.indents() && indent(raw) >= 2;
      String cur = t.substring(l[0], l[1]).strip();
      int gap = Math.max(0, blanks - layout.lineGap());
      if (shouldJoin(cur, raw.strip(), gap, layout.width(), indented) || continues(cur, raw, gap, layout)) {
        // Join: drop the break and the blank lines, and the spaces around the break inside Chinese text.
        int p = to - 1;
        while (Character.isWhitespace(in.charAt(p))) {
          p--; // cur is not blank: its last character
        }
        int[] n = lines.get(next);
        int q = n[0];
        while (Character.isWhitespace(in.charAt(q))) {
          q++; // nor is the next line: its first character
        }
        if (joinableAt(in, p, from, q, n[1] - 1)) {
          while (to > from && in.charAt(to - 1) == ' ') {
            to--;
          }
          dropLeading = true;
        }
        appendLine(in, from, to, b);
        li = next - 1;
        continue;
      }
      appendLine(in, from, to, b);
      b.keep(l[1]); // keep this newline; blank lines after it are kept by their own iterations
    }
    return b.build();
  }

  /**
   * In print whose paragraphs start indented, a full line followed, without a blank line, by one that is not
   * indented continues its paragraph even after a full stop: …焕发斗志。\n二是开展… is one paragraph.
   */
  private static boolean continues(String cur, String raw, int gap, Layout layout) {
    int len = cur.length();
    return layout.indents() && gap == 0 && indent(raw) == 0 && !raw.isBlank() && layout.width() >= 20
        && len >= layout.width() * 0.9 && len <= layout.width() * 1.1 && !isTitle(cur);
  }

  private static int skipSpaces(MappedText in, int from, int to) {
    while (from < to && in.charAt(from) == ' ') {
      from++;
    }
    return from;
  }

  /**
   * Whether the line break between {@code cur} and {@code next} is the printer's, not the author's.
   *
   * @param blanks blank lines between them beyond the layout's usual line gap
   * @param indented whether {@code next} starts with a paragraph indent
   */
  static boolean shouldJoin(String cur, String next, int blanks, int width, boolean indented) {
    if (cur.isEmpty() || next.isEmpty() || cur.indexOf(Cleanup.CELL) >= 0 || next.indexOf(Cleanup.CELL) >= 0) {
      return false; // rows of a table end where their lines end
    }
    if (CLOSING.indexOf(next.charAt(0)) >= 0) {
      return blanks <= 6; // no line of Chinese text starts with 。 or ）: the printer pushed it over (maybe a page)
    }
    char last = cur.charAt(cur.length() - 1);
    if (Markers.terminal(last) || last == '”' && cur.length() > 1 && Markers.terminal(cur.charAt(cur.length() - 2))) {
      return false;
    }
    if (Markers.signature(next)) {
      return false; // the signature under the last paragraph, however short its lines (no signature starts with 。)
    }
    if (indented || Markers.START.matcher(next).find() || isTitle(cur)
        || cur.charAt(0) == '【' && last == '】') {
      return false;
    }
    if (!Cleanup.han(next.charAt(0)) && "“”（）《》、，0123456789%\"".indexOf(next.charAt(0)) < 0) {
      return false;
    }
    boolean openEnded = "，、（“《—".indexOf(last) >= 0;
    int len = cur.length();
    boolean fullLine = width >= 20 && len >= width * 0.8 && len <= width * 1.3;
    boolean midSentence = Cleanup.han(last) || Character.isDigit(last);
    if (blanks == 0) {
      // A long line that stops mid-word: a paragraph broken by the print, copied into a .txt or .docx as it was.
      return openEnded && len >= 10 || fullLine || len >= 40 && midSentence && hasSentencePunctuation(cur)
          || len >= 20 && midSentence && bodyLine(cur) && Markers.terminal(next.charAt(next.length() - 1))
              && wordAcross(cur, next);
    }
    // Across blank lines only a long body paragraph or a full printed line that stops mid-sentence continues: the
    // trace of a page break, where the page number and running header left several empty lines.
    return (blanks <= 3 && len >= 40 || blanks <= 6 && fullLine)
        && (Cleanup.han(last) || openEnded || Character.isDigit(last) || last == '”')
        && !next.startsWith("#");
  }

  /** A title ends with its document kind and has no sentence punctuation: …的通知, …实施方案. */
  private static final java.util.regex.Pattern TITLE_END =
      java.util.regex.Pattern.compile("(?:" + Markers.TITLE_WORDS + ")" + Markers.TITLE_TAIL);

  private static boolean isTitle(String line) {
    return line.length() <= 60 && line.indexOf('，') < 0 && line.indexOf(',') < 0 && line.indexOf('。') < 0
        && TITLE_END.matcher(ScriptConverter.toSimplified(line)).find();
  }

  /**
   * Running text rather than a heading: a sentence already ended inside it (（一）谈心谈话。单位主要负责人…), or a
   * number in a clause with commas (每年集中研讨不少于12次，每次不). A heading has neither, so a line that stops
   * mid-word after one was wrapped, short as the print may be.
   */
  private static boolean bodyLine(String s) {
    for (int i = 0; i < s.length() - 1; i++) {
      if ("。；！？".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    String text = Markers.START.matcher(s).replaceFirst(""); // 2. numbers the item, not a quantity
    return hasSentencePunctuation(text) && text.chars().anyMatch(Character::isDigit);
  }

  /**
   * Whether a word runs across the break (谈心谈 / 话1次): the printer cut it, the author would not have. A break
   * after a whole word (不少于1期 / 对新提拔…) may be the author's.
   */
  private static boolean wordAcross(String cur, String next) {
    String tail = cur.substring(Math.max(0, cur.length() - 4));
    String head = next.substring(0, Math.min(next.length(), 4));
    for (org.duibiao.nlp.Term t : org.duibiao.nlp.Segmenter.segment(tail + head)) {
      if (t.offset() < tail.length() && t.end() > tail.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSentencePunctuation(String s) {
    return s.indexOf('，') >= 0 || s.indexOf(',') >= 0 || s.indexOf('、') >= 0;
  }

  /** Characters that close a sentence or a bracket and so never begin a printed line. */
  private static final String CLOSING = "。，、；：！？）》”’〕】」』,.;:!?)";

  static Layout layout(String t, List<int[]> lines) {
    int nonBlank = 0;
    int indented = 0;
    int tight = 0;
    int spaced = 0;
    int blanks = 0;
    boolean seen = false;
    for (int[] l : lines) {
      String raw = t.substring(l[0], l[1]);
      if (raw.isBlank()) {
        blanks++;
        continue;
      }
      nonBlank++;
      if (indent(raw) >= 2 && indent(raw) <= 8) {
        indented++;
      }
      if (seen) {
        if (blanks == 0) {
          tight++;
        } else if (blanks == 1) {
          spaced++;
        }
      }
      seen = true;
      blanks = 0;
    }
    int width = typicalWidth(t, lines);
    // Blank lines between printed lines, not paragraphs: only where the lines do have a printed width.
    int lineGap = width > 0 && spaced >= 10 && spaced >= (tight + spaced) * 0.8 ? 1 : 0;
    boolean indents = nonBlank >= 5 && indented >= nonBlank * 0.1 && indented <= nonBlank * 0.7;
    return new Layout(width, lineGap, indents);
  }

  /** Leading spaces of a line (full-width spaces are plain spaces by now). */
  private static int indent(String raw) {
    int i = 0;
    while (i < raw.length() && raw.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The printed line width: the 80th percentile length of the non-blank lines when most lines are short. */
  static int typicalWidth(String t, List<int[]> lines) {
    List<Integer> lens = new ArrayList<>();
    for (int[] l : lines) {
      int n = t.substring(l[0], l[1]).strip().length();
      if (n > 0) {
        lens.add(n);
      }
    }
    if (lens.size() < 5) {
      return 0;
    }
    int[] a = lens.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    int p80 = a[(int) (a.length * 0.8)];
    int p50 = a[a.length / 2];
    // Printed lines cluster just under the width; paragraphs-per-line text (txt, docx) has no such ceiling.
    long nearWidth = Arrays.stream(a).filter(x -> x >= p80 * 0.85 && x <= p80 * 1.15).count();
    return nearWidth >= a.length * 0.3 && p50 >= p80 * 0.6 ? p80 : 0;
  }

  /** Copies a line, dropping spaces between Chinese characters and between Chinese text and numbers. */
  private static void appendLine(MappedText in, int from, int to, MappedText.Builder b) {
    for (int i = from; i < to; i++) {
      char c = in.charAt(i);
      if (c == ' ') {
        int p = i - 1;
        while (p >= from && in.charAt(p) == ' ') {
          p--;
        }
        int q = i + 1;
        while (q < to && in.charAt(q) == ' ') {
          q++;
        }
        if (p >= from && q < to && joinableAt(in, p, from, q, to - 1)) {
          continue;
        }
      }
      b.keep(i);
    }
  }

  /**
   * Whether the space between the characters at {@code p} and {@code q} goes: they are Chinese text (or Chinese text
   * and a number), a straight quote counting as Chinese by what it encloses; {@code lo} and {@code hi} bound where
   * that may be looked at.
   */
  private static boolean joinableAt(MappedText in, int p, int lo, int q, int hi) {
    return joinable(chineseSide(in, p, p - 1, lo), chineseSide(in, q, q + 1, hi));
  }

  /**
   * The character at {@code i}, seen as Chinese punctuation when it is a straight double quote next to a Chinese
   * character on its far side ({@code beyond}): 制定"毗邻党建" 三步走 loses its space like 制定“毗邻党建” 三步走.
   */
  private static char chineseSide(MappedText in, int i, int beyond, int limit) {
    char c = in.charAt(i);
    boolean inside = beyond < i ? beyond >= limit : beyond <= limit;
    return c == '"' && inside && Cleanup.han(in.charAt(beyond)) ? '“' : c;
  }

  private static boolean joinable(char a, char b) {
    boolean ha = Cleanup.han(a) || Cleanup.cjkPunct(a);
    boolean hb = Cleanup.han(b) || Cleanup.cjkPunct(b);
    boolean da = Character.isDigit(a) || a == '%';
    boolean db = Character.isDigit(b);
    return ha && hb || ha && db || da && hb;
  }
}
