package org.duibiao.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags garbled spans, the traces of text decoded with the wrong charset: replacement characters, and ASCII
 * question marks or braces glued to Chinese characters (《措施》提出 read as {@code ?!洞胧诽岢?}). Anomalies within a
 * few characters of each other form one span; pinyin fragments that lost their bracket are taken in. Each span is
 * replaced by one {@link NormalizedText#GARBLED} mark and reported as a warning.
 */
final class GarbleDetector {

  private GarbleDetector() {}

  private static final int MAX_GAP = 8;
  private static final Pattern PINYIN_TAIL =
      Pattern.compile("^(?:[(（]?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]|[A-Za-z]{1,3}(?=[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]))");

  static MappedText apply(MappedText in, List<NormalizationWarning> warnings) {
    String t = in.text();
    MappedText.Builder b = in.builder();
    int i = 0;
    int kept = 0;
    while (i < t.length()) {
      if (!anomaly(t, i, false)) {
        i++;
        continue;
      }
      int start = i;
      int end = i + 1;
      int k = end;
      while (k < t.length() && k - end <= MAX_GAP) {
        char c = t.charAt(k);
        if (c == '\n' || "，。、；：".indexOf(c) >= 0 || (c == ',' || c == ';') && !anomaly(t, k, true)) {
          break;
        }
        if (anomaly(t, k, true)) {
          end = k + 1;
        }
        k++;
      }
      // Pinyin annotations whose character was garbled: ?qū)I(yè) — a tail, stray letters, an annotation.
      for (boolean more = true; more && end < t.length(); ) {
        Matcher tail = PINYIN_TAIL.matcher(t.substring(end, Math.min(t.length(), end + 12)));
        if (tail.find()) {
          end += tail.end();
        } else {
          more = false;
        }
      }
      b.keep(kept, start);
      b.replace(start, end, String.valueOf(NormalizedText.GARBLED));
      int[] span = in.originSpan(start, end);
      warnings.add(new NormalizationWarning("garbled", span[0], span[1], t.substring(start, end)));
      kept = end;
      i = end;
    }
    b.keep(kept, t.length());
    return b.build();
  }

  /** A character that cannot belong to clean Chinese text at this place. */
  static boolean anomaly(String t, int i, boolean inChain) {
    char c = t.charAt(i);
    if (c == '\uFFFD') {
      return true;
    }
    char prev = i > 0 ? t.charAt(i - 1) : ' ';
    char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    if (c == '?') {
      // A real question mark ends a sentence: it is followed by a space, a line end or a closing mark.
      boolean ends = Character.isWhitespace(next) || "”’」』)）]\"'".indexOf(next) >= 0;
      return !ends || prev == '?' || prev == '!';
    }
    if (c == '{' || c == '}') {
      return Cleanup.han(prev) || Cleanup.han(next) || prev == '?';
    }
    if (c == '!') {
      return prev == '?' || next == '?';
    }
    if (inChain && (c == ';' || c == ':') && (prev == '?' || prev == '!' || prev == '{')) {
      return true;
    }
    return false;
  }
}
