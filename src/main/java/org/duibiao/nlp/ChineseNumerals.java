package org.duibiao.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese and Arabic numerals to numbers: 二, 十五, 一百二十, 两, 〇, 三分之二, 百分之十五, 1.5, 1,200. */
public final class ChineseNumerals {

  /** Characters that may form a Chinese numeral. */
  public static final String DIGIT_CHARS = "〇零一二两三四五六七八九十百千万半";

  /** A numeral in either notation (no fractions). */
  public static final String NUMBER = "(?:\\d+(?:[.,]\\d+)*|[〇零一二两三四五六七八九十百千万]+)";

  private static final Pattern FRACTION =
      Pattern.compile("(" + NUMBER + ")分之(" + NUMBER + ")");

  private ChineseNumerals() {}

  /** Parses an Arabic or Chinese integer/decimal numeral; NaN when it is not one. */
  public static double parse(String s) {
    if (s == null || s.isEmpty()) {
      return Double.NaN;
    }
    if (s.equals("半")) {
      return 0.5;
    }
    if (Character.isDigit(s.charAt(0))) {
      try {
        return Double.parseDouble(s.replace(",", ""));
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    Matcher f = FRACTION.matcher(s);
    if (f.matches()) {
      double den = parse(f.group(1));
      double num = parse(f.group(2));
      return den == 0 || Double.isNaN(den) || Double.isNaN(num) ? Double.NaN : num / den;
    }
    return parseChinese(s);
  }

  private static double parseChinese(String s) {
    long total = 0;
    long section = 0;
    long number = 0;
    boolean any = false;
    // Pure digit strings such as 二〇一八 are read digit by digit.
    if (s.length() > 1 && s.chars().allMatch(c -> digit((char) c) >= 0)) {
      long v = 0;
      for (char c : s.toCharArray()) {
        v = v * 10 + digit(c);
      }
      return v;
    }
    for (char c : s.toCharArray()) {
      int d = digit(c);
      if (d >= 0) {
        number = d;
        any = true;
        continue;
      }
      int unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10000;
        default -> -1;
      };
      if (unit < 0) {
        return Double.NaN;
      }
      any = true;
      if (unit == 10000) {
        section = (section + number) * unit;
        total += section;
        section = 0;
      } else {
        section += (number == 0 ? 1 : number) * unit;
      }
      number = 0;
    }
    return any ? total + section + number : Double.NaN;
  }

  private static int digit(char c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
