package org.duibiao.normalize;

import java.util.regex.Pattern;

/** The numbering markers of Chinese official documents, shared by line joining and the structure stage. */
public final class Markers {

  private Markers() {}

  static final String CN = "[一二三四五六七八九十百零〇两]+";

  /** Heading numbers but the bare arabic one: 第三条, 一、, （一）, (1), ①. */
  private static final String NUMBERS =
      "第" + CN + "[章节条部分]|" + CN + "[、．.]|[（(]" + CN + "[）)]|[（(]\\d{1,3}[）)]|[①-⑳]";

  /**
   * What follows an arabic item number (1. 2、): its stop, not followed by a digit or % (1.5%), unless a year follows
   * (2.2024年底前…).
   */
  public static final String ARABIC_STOP = "[.．、](?:(?![\\d%])|(?=(?:19|20)\\d{2}年))";

  /** A line or sentence that starts with a heading or list marker (1. before a year too: 2.2024年底前…). */
  public static final Pattern START = Pattern.compile(
      "^(?:" + NUMBERS + "|\\d{1,3}(?:" + ARABIC_STOP + "|\\s)"
          + "|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|【)");

  /**
   * The words a document's title ends with (…的实施意见, …工作方案的通知), followed by the closing 》 or ” and
   * 的通知 that may come after them. Line joining keeps such a line whole; the structure stage also counts
   * 计划 and 函, which end too many broken lines of body text to stop a join.
   */
  public static final String TITLE_WORDS = "通知|意见|方案|措施|办法|规定|决定|细则|条例|报告|纪要|要点|规划|通报|批复";
  public static final String TITLE_TAIL = "[》”]?(?:的通知)?$";

  /** A heading or list number standing alone: 一、 （一） 1. (1) ① 第三条. */
  static final Pattern MARKER_ONLY = Pattern.compile("(?:" + NUMBERS + "|\\d{1,3}[.．、])");

  /** How the name of an issuing body ends: 中共某某县委组织部, 某某市人民政府办公室, 某某局党组. */
  private static final Pattern ORG_END = Pattern.compile(
      "(?:委员会|党组|党委|党工委|工委|人民政府|政府|办公室|办公厅|组织部|宣传部|研究室|领导小组|局|厅|委|院|中心|公司)$");

  /** Words that mark a line as a title rather than an issuer: the kinds of document, and a few more. */
  public static final Pattern TITLE_LIKE = Pattern.compile(TITLE_WORDS + "|关于|计划|信息|函");

  /** Place names up to three levels deep: 安徽省安庆市, 某某市某某区. */
  public static final Pattern PLACE = Pattern.compile(
      "((?:[\\p{IsHan}]{2,6}?(?:省|自治区|市|自治州|州|盟|县|区|旗)){1,3})");

  /** A date in Chinese: 2023年6月1日, 二〇二三年六月一日, 2023年6月; groups year, month and day. */
  public static final Pattern DATE = Pattern.compile(
      "((?:19|20)\\d{2}|二〇[〇一二三四五六七八九]{2}|二零[零一二三四五六七八九]{2})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月"
          + "(?:(\\d{1,2}|[一二三四五六七八九十]{1,3})日)?");

  /** A line that is only an organization's name: 中共安庆市委办公室, 中共某某县财政局党组. */
  public static boolean isOrg(String s) {
    if (s.length() < 4 || s.length() > 30 || TITLE_LIKE.matcher(s).find() && !s.endsWith("研究室")) {
      return false;
    }
    if (!s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || "（）()、 ".indexOf(cp) >= 0)) {
      return false;
    }
    return ORG_END.matcher(s).find() && (s.startsWith("中共") || PLACE.matcher(s).find());
  }

  /**
   * A line of a signature block: a body's name or a date, alone. The text above it ends there, whether or not its
   * last sentence has a full stop.
   */
  static boolean signature(String line) {
    return isOrg(line) || DATE.matcher(unbracketed(line)).matches();
  }

  private static final Pattern BRACKETS = Pattern.compile("^[（(]|[）)]$");

  /** The line without the brackets around it: a date is sometimes printed as （2023年6月1日）. */
  public static String unbracketed(String line) {
    return BRACKETS.matcher(line).replaceAll("");
  }

  /** Sentence-final punctuation after which a line may end a paragraph. */
  public static boolean terminal(char c) {
    return "。！？；：!?;:」』".indexOf(c) >= 0;
  }
}
