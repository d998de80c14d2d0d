package org.duibiao.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin annotations after Chinese characters: 創(chuàng), 發(fā)展, and 薛城區\n(qū) where PDF extraction put
 * the annotation on the next line. An annotation must carry a tone mark (or be a common neutral-tone syllable) so
 * that abbreviations in brackets, such as (ICP) or (GDP), stay.
 */
final class PinyinStripper {

  private PinyinStripper() {}

  private static final String LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
  private static final Pattern ANNOTATION =
      Pattern.compile("(?<=[\\p{IsHan}])[ \\t]*\\n?[ \\t]*[(（]\\s*([" + LETTERS + "]{1,7}(?:\\s[" + LETTERS + "]{1,7}){0,3})\\s*[)）]");
  private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]");
  private static final Pattern NEUTRAL = Pattern.compile("(?i)de|le|men|zi|zhe|me|ma|ne|ba|guo|li|tou|shang|xia");

  static MappedText apply(MappedText in, List<NormalizationWarning> warnings) {
    Matcher m = ANNOTATION.matcher(in.text());
    MappedText.Builder b = in.builder();
    int last = 0;
    int removed = 0;
    int firstStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      String syllables = m.group(1);
      if (!isPinyin(syllables)) {
        continue;
      }
      b.keep(last, m.start());
      last = m.end();
      removed++;
      int[] span = in.originSpan(m.start(), m.end());
      if (firstStart < 0) {
        firstStart = span[0];
      }
      lastEnd = span[1];
    }
    b.keep(last, in.length());
    if (removed > 0) {
      warnings.add(new NormalizationWarning("pinyin", firstStart, lastEnd, removed + " pinyin annotations removed"));
    }
    return b.build();
  }

  static boolean isPinyin(String s) {
    for (String syl : s.trim().split("\\s+")) {
      if (!TONE.matcher(syl).find() && !NEUTRAL.matcher(syl).matches()) {
        return false;
      }
    }
    return true;
  }
}
