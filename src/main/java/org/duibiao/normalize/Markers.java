package org.duibiao.normalize;

import java.util.regex.Pattern;

/** The numbering markers of Chinese official documents, shared by line joining and the structure stage. */
public final class Markers {

  private Markers() {}

  static final String CN = "[一二三四五六七八九十百零〇两]+";

  /** A line or sentence that starts with a heading or list marker. */
  public static final Pattern START = Pattern.compile(
      "^(?:第" + CN + "[章节条部分]|" + CN + "[、．.]|[（(]" + CN + "[）)]|\\d{1,3}(?:[.．、](?!\\d)|\\s)"
          + "|[（(]\\d{1,3}[）)]|[①-⑳]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|【)");

  /** Sentence-final punctuation after which a line may end a paragraph. */
  public static boolean terminal(char c) {
    return "。！？；：!?;:」』".indexOf(c) >= 0;
  }
}
