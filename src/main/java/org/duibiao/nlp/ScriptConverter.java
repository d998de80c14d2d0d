package org.duibiao.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → simplified conversion with HanLP's character table, one output character (or surrogate pair)
 * per input code point, so callers can keep an exact offset map.
 */
public final class ScriptConverter {

  /** Script of a text, judged from its convertible characters. */
  public enum Script {
    SIMPLIFIED, TRADITIONAL, MIXED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private ScriptConverter() {}

  /**
   * Simplified form of one code point; the code point itself when HanLP has no mapping. Never changes the
   * number of code points.
   */
  public static String toSimplified(int codePoint) {
    if (codePoint < 0x3400) {
      return new String(Character.toChars(codePoint));
    }
    boolean bmp = codePoint < BMP_CACHE.length;
    String cached = bmp ? BMP_CACHE[codePoint] : null;
    if (cached != null) {
      return cached;
    }
    String in = new String(Character.toChars(codePoint));
    String out = HanLP.convertToSimplifiedChinese(in);
    String result = out.codePointCount(0, out.length()) == 1 ? out : in;
    if (bmp) {
      BMP_CACHE[codePoint] = result; // a benign race: every thread computes the same value
    }
    return result;
  }

  /** HanLP's answer per character, remembered: the lookup is slow and texts repeat their characters. */
  private static final String[] BMP_CACHE = new String[0x10000];

  /**
   * A text folded for comparing titles and names: simplified script, letters and digits only (《》, quotes,
   * brackets and spaces dropped).
   */
  public static String fold(String text) {
    StringBuilder sb = new StringBuilder();
    toSimplified(text).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Converts a whole string code point by code point. */
  public static String toSimplified(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> sb.append(toSimplified(cp)));
    return sb.toString();
  }

  /**
   * Traditional form of a simplified text, for building test and benchmark material in either script. Keeps the
   * number of code points; a text HanLP would lengthen or shorten is converted character by character.
   */
  public static String toTraditional(String text) {
    String out = HanLP.convertToTraditionalChinese(text);
    if (out.codePointCount(0, out.length()) == text.codePointCount(0, text.length())) {
      return out;
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      String in = new String(Character.toChars(cp));
      String t = cp < 0x3400 ? in : HanLP.convertToTraditionalChinese(in);
      sb.append(t.codePointCount(0, t.length()) == 1 ? t : in);
    });
    return sb.toString();
  }

  /** True when HanLP maps this code point to a different simplified one. */
  public static boolean isTraditionalOnly(int codePoint) {
    return codePoint >= 0x3400 && !toSimplified(codePoint).equals(new String(Character.toChars(codePoint)));
  }

  /**
   * Judges the script from the share of characters that only exist in traditional script. A handful of such
   * characters in a long simplified text (names, quotations) still counts as simplified.
   */
  public static Script detect(CharSequence text) {
    int han = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
        continue;
      }
      han++;
      if (isTraditionalOnly(cp)) {
        traditional++;
      }
    }
    if (han == 0 || traditional == 0) {
      return Script.SIMPLIFIED;
    }
    double share = (double) traditional / han;
    // Traditional running text has roughly one in four characters different from simplified.
    if (share >= 0.08) {
      return Script.TRADITIONAL;
    }
    return share >= 0.01 || traditional >= 5 ? Script.MIXED : Script.SIMPLIFIED;
  }
}
