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

  /**
   * The words a document's title ends with (…的实施意见, …工作方案的通知), followed by the closing 》 or ” and
   * 的通知 that may come after them. Line joining keeps such a line whole; the structure stage also counts
   * 计划 and 函, which end too many broken lines of body text to stop a join.
   */
  public static final String TITLE_WORDS = "通知|意见|方案|措施|办法|规定|决定|细则|条例|报告|纪要|要点|规划|通报|批复";
  public static final String TITLE_TAIL = "[》”]?(?:的通知)?$";

  /** A heading or list number standing alone: 一、 （一） 1. (1) ① 第三条. */
  static final Pattern MARKER_ONLY = Pattern.compile(
      "(?:第" + CN + "[章节条部分]|" + CN + "[、．.]|[（(]" + CN + "[）)]|\\d{1,3}[.．、]|[（(]\\d{1,3}[）)]|[①-⑳])");

  /** Sentence-final punctuation after which a line may end a paragraph. */
  public static boolean terminal(char c) {
    return "。！？；：!?;:」』".indexOf(c) >= 0;
  }
}
