package org.duibiao.normalize;

import org.duibiao.nlp.ScriptConverter;

/** Character-level steps: invisible characters, width and punctuation folding, script, whitespace. */
final class Cleanup {

  /** Stands for a break between table cells until the lines are joined; then it becomes ，. */
  static final char CELL = '\u001F';

  private Cleanup() {}

  static boolean han(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '〇';
  }

  static boolean cjkPunct(char c) {
    return "，。、；：？！“”‘’（）《》〈〉【】〔〕…—·「」『』".indexOf(c) >= 0;
  }

  /** \r\n and \r to \n; BOM, zero-width and other control characters dropped; tabs between table cells to {@link #CELL}, other tabs to spaces. */
  static MappedText controls(MappedText in) {
    MappedText.Builder b = in.builder();
    Line line = new Line();
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\r') {
        if (i + 1 < in.length() && in.charAt(i + 1) == '\n') {
          continue;
        }
        b.replace(i, '\n');
      } else if (c == '\n') {
        b.keep(i);
      } else if (c == '\t' && cellBreak(in, i, line.around(in, i))) {
        b.replace(i, CELL);
        while (i + 1 < in.length() && (in.charAt(i + 1) == '\t' || in.charAt(i + 1) == ' ')) {
          i++; // one separator for a run of tabs (an empty cell)
        }
      } else if (c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
          || c == '\u2009' || c == '\u3000') {
        b.replace(i, ' ');
      } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
          || c == '\u00AD' || Character.getType(c) == Character.CONTROL) {
        continue;
      } else if (c == '\u2028' || c == '\u2029') {
        b.replace(i, '\n');
      } else {
        b.keep(i);
      }
    }
    return b.build();
  }

  /**
   * The line a position is on, found once for all the tabs on it: where its text starts (the first character that
   * is not white space) and where it ends (the last that is not a tab or space), and, when its first word is a lone
   * heading number (（一）, 一、, 1.), where the text after that number starts.
   */
  private static final class Line {
    /** A heading number is a few characters; a longer first word is never one. */
    private static final int MARKER_MAX = 8;
    private int start = -1;
    private int end = -1;
    int firstText;
    int lastText;
    int afterMarker;

    Line around(MappedText in, int i) {
      if (i >= start && i < end) {
        return this;
      }
      start = i;
      while (start > 0 && in.charAt(start - 1) != '\n' && in.charAt(start - 1) != '\r') {
        start--;
      }
      end = i;
      while (end < in.length() && in.charAt(end) != '\n' && in.charAt(end) != '\r') {
        end++;
      }
      firstText = -1;
      for (int k = start; k < end && firstText < 0; k++) {
        firstText = Character.isWhitespace(in.charAt(k)) ? -1 : k;
      }
      lastText = -1;
      for (int k = end - 1; k >= start && lastText < 0; k--) {
        char c = in.charAt(k);
        lastText = c == '\t' || c == ' ' || c == '\u3000' ? -1 : k;
      }
      afterMarker = -1;
      if (firstText >= 0) {
        int word = firstText;
        while (word < end && word - firstText <= MARKER_MAX && !Character.isWhitespace(in.charAt(word))) {
          word++;
        }
        if (word - firstText <= MARKER_MAX
            && Markers.MARKER_ONLY.matcher(in.text().substring(firstText, word)).matches()) {
          afterMarker = word;
          while (afterMarker < end && Character.isWhitespace(in.charAt(afterMarker))) {
            afterMarker++;
          }
        }
      }
      return this;
    }
  }

  /**
   * A tab between two cells of a table row (text between tabs on both sides of it, on the same line): a plan's table
   * flattened into text, or Tika's rendering of a Word table, where the cells must not run together (…每月一次区委宣传部).
   */
  private static boolean cellBreak(MappedText in, int i, Line line) {
    if (line.firstText < 0 || line.firstText >= i) {
      return false; // an indent
    }
    if (i < line.afterMarker) {
      return false; // the tab after a heading's number (（一）\t加强…), however much space surrounds it
    }
    return line.lastText > i;
  }

  /**
   * Full-width letters and digits to ASCII; ASCII punctuation inside Chinese text to its Chinese form; quote and
   * bracket variants unified (“ ” ‘ ’ （ ） 〔 〕).
   */
  static MappedText widthAndPunctuation(MappedText in) {
    MappedText.Builder b = in.builder();
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\n') {
        b.keep(i);
        continue;
      }
      if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
          || c == '％' || c == '．' || c == '－' || c == '／' || c == '＋' || c == '＝' || c == '～') {
        c = (char) (c - 0xFEE0);
        b.replace(i, c);
        continue;
      }
      char prev = significant(in, i, -1);
      char next = significant(in, i, 1);
      boolean chinese = han(prev) || han(next) || cjkPunct(prev) || cjkPunct(next);
      switch (c) {
        case '「' -> b.replace(i, '“');
        case '」' -> b.replace(i, '”');
        case '『' -> b.replace(i, '‘');
        case '』' -> b.replace(i, '’');
        case '(' -> b.replace(i, '（');
        case ')' -> b.replace(i, '）');
        case '［', '[', '〔' -> b.replace(i, bracketYear(in, i) ? '〔' : c == '［' ? '[' : c);
        case '］', ']', '〕' -> b.replace(i, closesYear(in, i) ? '〕' : c == '］' ? ']' : c);
        case ',' -> b.replace(i, chinese && !(Character.isDigit(prev) && Character.isDigit(next)) ? '，' : ',');
        case ';' -> b.replace(i, chinese ? '；' : ';');
        case ':' -> b.replace(i, chinese && !(Character.isDigit(prev) && Character.isDigit(next)) ? '：' : ':');
        case '!' -> b.replace(i, chinese ? '！' : '!');
        case '?' -> b.replace(i, chinese ? '？' : '?');
        case '﹐' -> b.replace(i, '，');
        case '﹔' -> b.replace(i, '；');
        case '﹕' -> b.replace(i, '：');
        default -> b.keep(i);
      }
    }
    return b.build();
  }

  /** The nearest character in direction {@code dir} that is not a space or an ASCII quote. */
  private static char significant(MappedText t, int i, int dir) {
    for (int k = i + dir; k >= 0 && k < t.length(); k += dir) {
      char c = t.charAt(k);
      if (c == '\n') {
        return '\n';
      }
      if (c != ' ' && c != '"' && c != '\'') {
        return c;
      }
    }
    return '\n';
  }

  /**
   * Straight and full-width double quotes to “ and ” by alternation within a paragraph (after line joining, so a
   * quotation broken over two printed lines still pairs up); straight single quotes inside Chinese text likewise.
   * Table cell breaks, kept apart through line joining, become ，.
   */
  static MappedText quotes(MappedText in) {
    MappedText.Builder b = in.builder();
    boolean doubleOpen = true;
    boolean singleOpen = true;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      switch (c) {
        case '\n' -> {
          doubleOpen = true;
          singleOpen = true;
          b.keep(i);
        }
        case '“' -> {
          doubleOpen = false;
          b.keep(i);
        }
        case '”' -> {
          doubleOpen = true;
          b.keep(i);
        }
        case '"', '＂' -> {
          b.replace(i, doubleOpen ? '“' : '”');
          doubleOpen = !doubleOpen;
        }
        case '\'' -> {
          char prev = significant(in, i, -1);
          char next = significant(in, i, 1);
          if (han(prev) || han(next)) {
            b.replace(i, singleOpen ? '‘' : '’');
            singleOpen = !singleOpen;
          } else {
            b.keep(i);
          }
        }
        case CELL -> b.replace(i, '，'); // a row reads as one clause whose cells stay apart (每月一次，区委宣传部)
        default -> b.keep(i);
      }
    }
    return b.build();
  }

  /** [2018] and ［2018］ in a document number. */
  private static boolean bracketYear(MappedText t, int i) {
    if (i + 5 >= t.length()) {
      return false;
    }
    for (int k = 1; k <= 4; k++) {
      if (!Character.isDigit(t.charAt(i + k))) {
        return false;
      }
    }
    return "］]〕".indexOf(t.charAt(i + 5)) >= 0;
  }

  private static boolean closesYear(MappedText t, int i) {
    return i >= 5 && bracketYear(t, i - 5);
  }

  /** Traditional → simplified, code point by code point, keeping the offset map exact. */
  static MappedText toSimplified(MappedText in) {
    MappedText.Builder b = in.builder();
    for (int i = 0; i < in.length(); ) {
      int cp = Character.codePointAt(in.text(), i);
      int n = Character.charCount(cp);
      if (cp < 0x3400) {
        b.keep(i, i + n);
      } else {
        String s = ScriptConverter.toSimplified(cp);
        if (s.length() == n) {
          for (int k = 0; k < n; k++) {
            b.replace(i + k, s.charAt(k));
          }
        } else {
          b.replace(i, i + n, s);
        }
      }
      i += n;
    }
    return b.build();
  }

  /** Lines trimmed, runs of spaces collapsed, blank lines dropped: one paragraph per line. */
  static MappedText lines(MappedText in) {
    MappedText.Builder b = in.builder();
    int i = 0;
    int n = in.length();
    while (i < n) {
      int lineEnd = i;
      while (lineEnd < n && in.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      int s = i;
      int e = lineEnd;
      while (s < e && in.charAt(s) == ' ') {
        s++;
      }
      while (e > s && in.charAt(e - 1) == ' ') {
        e--;
      }
      if (s < e) {
        if (b.length() > 0) {
          b.insert('\n', i > 0 ? i - 1 : 0);
        }
        boolean space = false;
        for (int k = s; k < e; k++) {
          char c = in.charAt(k);
          if (c == ' ') {
            if (!space) {
              b.keep(k);
            }
            space = true;
          } else {
            b.keep(k);
            space = false;
          }
        }
      }
      i = lineEnd + 1;
    }
    return b.build();
  }
}
