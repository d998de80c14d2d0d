package org.duibiao.ingest;

/**
 * A list number in one of Word's number formats ({@code w:numFmt}): 3 as 三 (chineseCounting), 叁
 * (chineseLegalSimplified), 丙 (ideographTraditional), ③ (decimalEnclosedCircle), c, iii … Formats it does not know
 * come out as decimal, as do numbers past the end of a closed series (the eleventh 甲乙丙… is 11).
 */
final class NumberFormats {

  private NumberFormats() {}

  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
  private static final String LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  static String format(int n, String numFmt) {
    String s = switch (numFmt) {
      case "chineseCounting", "taiwaneseCounting" -> n < 100 ? counting(n, DIGITS, "十百千", true) : digits(n, DIGITS);
      case "chineseCountingThousand", "taiwaneseCountingThousand" -> counting(n, DIGITS, "十百千", true);
      case "japaneseCounting" -> counting(n, DIGITS, "十百千", false);
      case "chineseLegalSimplified" -> counting(n, LEGAL_SIMPLIFIED, "拾佰仟", false, true);
      case "ideographLegalTraditional" -> counting(n, LEGAL_TRADITIONAL, "拾佰仟", false, true);
      case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n, DIGITS);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? STEMS.substring(n - 1, n) : null;
      case "ideographZodiac" -> n >= 1 && n <= 12 ? BRANCHES.substring(n - 1, n) : null;
      case "ideographZodiacTraditional" -> n >= 1
          ? "" + STEMS.charAt((n - 1) % 10) + BRANCHES.charAt((n - 1) % 12) : null;
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : null;
      case "ideographEnclosedCircle" -> n >= 1 && n <= 10 ? String.valueOf((char) ('㊀' + n - 1)) : null;
      case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
      case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
      case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : null;
      case "lowerLetter" -> letters(n, 'a');
      case "upperLetter" -> letters(n, 'A');
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(n);
      case "ordinal" -> n + ordinalSuffix(n);
      default -> null;
    };
    return s == null || s.isEmpty() ? Integer.toString(n) : s;
  }

  private static String counting(int n, String digits, String units, boolean oneTen) {
    return counting(n, digits, units, oneTen, false);
  }

  /**
   * {@code n} counted out in units (一百〇五, 二十一). {@code oneTen}: 10 to 19 without the leading one (十一, not 一十一);
   * {@code tenAlways}: the leading one written even there (壹拾壹). Japanese counting writes no one before any unit.
   */
  private static String counting(int n, String digits, String units, boolean oneTen, boolean tenAlways) {
    if (n <= 0 || n > 9999) {
      return n == 0 ? digits.substring(0, 1) : null;
    }
    boolean japanese = !oneTen && !tenAlways;
    StringBuilder sb = new StringBuilder();
    int[] place = {1000, 100, 10};
    boolean zero = false;
    int rest = n;
    for (int k = 0; k < 3; k++) {
      int d = rest / place[k];
      rest %= place[k];
      if (d == 0) {
        zero = sb.length() > 0;
        continue;
      }
      if (zero) {
        sb.append(digits.charAt(0));
        zero = false;
      }
      boolean bareUnit = d == 1 && (japanese || k == 2 && sb.length() == 0 && !tenAlways);
      if (!bareUnit) {
        sb.append(digits.charAt(d));
      }
      sb.append(units.charAt(2 - k));
    }
    if (rest > 0) {
      if (zero) {
        sb.append(digits.charAt(0));
      }
      sb.append(digits.charAt(rest));
    }
    return sb.toString();
  }

  private static String digits(int n, String digits) {
    if (n < 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      sb.append(digits.charAt(c - '0'));
    }
    return sb.toString();
  }

  private static String fullWidth(int n) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      sb.append(c == '-' ? '－' : (char) ('０' + (c - '0')));
    }
    return sb.toString();
  }

  /** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not a base-26 number). */
  private static String letters(int n, char a) {
    if (n <= 0) {
      return null;
    }
    return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return null;
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      for (; n >= values[i]; n -= values[i]) {
        sb.append(symbols[i]);
      }
    }
    return sb.toString();
  }

  private static String ordinalSuffix(int n) {
    int tens = n % 100;
    if (tens >= 11 && tens <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
