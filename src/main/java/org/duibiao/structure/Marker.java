package org.duibiao.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.ChineseNumerals;

/**
 * A numbering marker at the start of a paragraph or sentence.
 *
 * @param type the numbering style
 * @param number its number (1 for 一、, （一）, 1., ①, 一是)
 * @param length characters the marker takes, separators included
 * @param label the marker as it appears in section paths: 二, （一）, 3, （1）, ①, 一是, 第三条
 */
record Marker(Type type, int number, int length, String label) {

  enum Type { PART, CHAPTER, SECTION, ARTICLE, CN, PAREN_CN, NUM, PAREN_NUM, CIRCLED, ENUM, ORDINAL }

  private static final String CN = "[一二三四五六七八九十百零〇两]{1,4}";
  private static final Pattern P = Pattern.compile(
      "^(?:第(?<part>" + CN + ")部分|第(?<chap>" + CN + ")章|第(?<sec>" + CN + ")节|第(?<art>" + CN + ")条"
          + "|(?<cn>" + CN + ")[、．.]|[（(](?<pcn>" + CN + ")[）)]|(?<num>\\d{1,3})" + org.duibiao.normalize.Markers.ARABIC_STOP
          + "|[（(](?<pnum>\\d{1,3})[）)]|(?<circ>[①-⑳])|(?<en>[一二三四五六七八九十]{1,3})是(?=[\\p{IsHan}“《]))[\\s　]*");

  /** The marker at {@code from} in {@code text}, or null. */
  static Marker at(String text, int from) {
    Matcher m = P.matcher(text);
    m.region(from, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    int len = m.end() - from;
    if (m.group("part") != null) {
      return of(Type.PART, m.group("part"), len, "第" + m.group("part") + "部分");
    }
    if (m.group("chap") != null) {
      return of(Type.CHAPTER, m.group("chap"), len, "第" + m.group("chap") + "章");
    }
    if (m.group("sec") != null) {
      return of(Type.SECTION, m.group("sec"), len, "第" + m.group("sec") + "节");
    }
    if (m.group("art") != null) {
      return of(Type.ARTICLE, m.group("art"), len, "第" + m.group("art") + "条");
    }
    if (m.group("cn") != null) {
      return of(Type.CN, m.group("cn"), len, m.group("cn"));
    }
    if (m.group("pcn") != null) {
      return of(Type.PAREN_CN, m.group("pcn"), len, "（" + m.group("pcn") + "）");
    }
    if (m.group("num") != null) {
      return of(Type.NUM, m.group("num"), len, m.group("num"));
    }
    if (m.group("pnum") != null) {
      return of(Type.PAREN_NUM, m.group("pnum"), len, "（" + m.group("pnum") + "）");
    }
    if (m.group("circ") != null) {
      int n = m.group("circ").charAt(0) - '①' + 1;
      return new Marker(Type.CIRCLED, n, len, m.group("circ"));
    }
    if (m.group("en") != null) {
      return of(Type.ENUM, m.group("en"), len, m.group("en") + "是");
    }
    return null;
  }

  private static Marker of(Type type, String numeral, int len, String label) {
    double v = ChineseNumerals.parse(numeral);
    if (Double.isNaN(v) || v <= 0 || v > 999) {
      return null;
    }
    return new Marker(type, (int) v, len, label);
  }

  /** Enumeration markers (一是, 二是) are items inside a paragraph, not headings. */
  boolean isEnumeration() {
    return type == Type.ENUM;
  }
}
