package org.duibiao.normalize;

import java.util.regex.Pattern;

/** The numbering markers of Chinese official documents, shared by line joining and the structure stage. */
public final class Markers {

  private Markers() {}

  static final String CN = "[一二三四五六七八九十百零〇两]+";

  /** A line or sentence that starts with a heading or list marker. */
  public static final Pattern START = Pattern.compile(
      "^(?:第" + CN + "[章节条部分]|" + CN + "[、．.]|[（(]" + CN + "[）)]|\\d{1,3}(?:[.．、](?:(?!\\d)|(?=(?:19|20)\\d{2}年))|\\s)"
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

  /** How the name of an issuing body ends: 中共某某县委组织部, 某某市人民政府办公室, 某某局党组. */
  public static final String ORG_SUFFIX =
      "(?:委员会|党组|党委|党工委|工委|人民政府|政府|办公室|办公厅|组织部|宣传部|研究室|局|厅|委|院|中心|公司)$";

  private static final Pattern ORG_END = Pattern.compile(ORG_SUFFIX);
  private static final Pattern DATE_ALONE = Pattern.compile("[（(]?(?:(?:19|20)\\d{2}|二[〇零][〇零一二三四五六七八九]{2})年"
      + "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日)?[）)]?");

  /**
   * A line of a signature block: a body's name or a date, alone and without punctuation. The text above it ends
   * there, whether or not its last sentence has a full stop.
   */
  static boolean signature(String line) {
    if (line.length() < 4 || line.length() > 30 || line.chars().anyMatch(c -> "，。、；：,;:！？".indexOf(c) >= 0)) {
      return false;
    }
    return ORG_END.matcher(line).find() || DATE_ALONE.matcher(line).matches();
  }

  /** Sentence-final punctuation after which a line may end a paragraph. */
  public static boolean terminal(char c) {
    return "。！？；：!?;:」』".indexOf(c) >= 0;
  }
}
