package org.duibiao.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds enumerated items in a measure: 履行职责、工作效能、服务质量、工作业绩、廉洁自律等 → five items. The middle items
 * lie between enumeration commas; the first is cut after the last preposition or verb before it, the last at 等 or
 * 的, and a final 和/及/以及/或 splits off one more item.
 */
final class ItemFinder {

  private ItemFinder() {}

  private static final Pattern LEFT_CUT = Pattern.compile(
      ".*(?:对于|对|在|与|把|将|围绕|突出|包括|注重|加强|推进|开展|到|从|向|由|为|以|选派|配备|健全完善|完善|建立|"
          + "考核|检视|用于|列入|纳入|作为|结合|运用|发现|储备|培养|选拔|掌握|了解|重视|解决|参与|参加|设立|面向|"
          + "针对|区分|明确|落实|开设|配备|统筹|优化|强化|改善|提供|组织|实施|采取|发挥|加大|推动|有关|各类|涉及)");
  private static final Pattern RIGHT_CUT = Pattern.compile("(?:等|的|方面|情况|作为|之|中|里|上)");
  private static final Pattern CONJ = Pattern.compile("以及|和|及|与|或者|或");

  private static final Pattern PAIR = Pattern.compile(
      "([\\p{IsHan}（）]{2,12}?)(?:及|和|以及|与)([\\p{IsHan}]{2,12}?(?:机构|部门|人员|责任|干部|单位|机关|科室|组织|同志|企业))");

  /** The items of every enumeration in the text, each at least two characters. */
  static List<String> items(String text) {
    List<String> out = new ArrayList<>();
    for (String seg : text.split("[，；：。]")) {
      if (seg.indexOf('、') < 0) {
        pairs(seg, out);
        continue;
      }
      String[] pieces = protect(seg).split("、", -1);
      for (int i = 0; i < pieces.length; i++) {
        pieces[i] = pieces[i].replace('\uE000', '、');
      }
      if (pieces.length < 2) {
        continue;
      }
      List<String> raw = new ArrayList<>();
      int median = medianLength(pieces);
      if (pieces.length == 2 && (clean(leftItem(pieces[0], median)).length() > 8
          || rightItems(pieces[1], median).stream().anyMatch(x -> clean(x).length() > 8))) {
        continue; // two long pieces: a pair of verb phrases, not an enumeration
      }
      raw.add(leftItem(pieces[0], median));
      for (int i = 1; i < pieces.length - 1; i++) {
        raw.add(pieces[i]);
      }
      raw.addAll(rightItems(pieces[pieces.length - 1], median));
      String suffix = commonSuffix(raw);
      for (String r : raw) {
        String item = r;
        if (suffix.length() >= 2 && item.length() > suffix.length() + 1) {
          item = item.substring(0, item.length() - suffix.length());
        }
        item = clean(item);
        if (item.codePointCount(0, item.length()) >= 2 && !out.contains(item)) {
          out.add(item);
        }
      }
    }
    return out;
  }

  /** 各级党校（行政学院） → 党校: quantifiers and bracketed glosses off, quotes trimmed. */
  static String clean(String item) {
    String s = item.replaceAll("（[^（）]*）", "");
    s = s.replaceFirst("^(?:各级|各类|各种|各|有关|相关|全市|全省|本单位|其)", "");
    return s.replaceAll("^[“”（）\\s]+|[“”（）\\s]+$", "");
  }

  /** 、 inside brackets (县（市、区）) is not an enumeration comma: hide it while splitting. */
  private static String protect(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int depth = 0;
    for (char c : s.toCharArray()) {
      if (c == '（' || c == '“') {
        depth++;
      } else if ((c == '）' || c == '”') && depth > 0) {
        depth--;
      }
      sb.append(c == '、' && depth > 0 ? '\uE000' : c);
    }
    return sb.toString();
  }

  /** 党组（党委）和派驻纪检监察机构, 本人及所在科室工作人员: two bodies or groups joined by 和/及. */
  private static void pairs(String seg, List<String> out) {
    Matcher m = PAIR.matcher(seg);
    // Only as the subject or target at the start of the phrase; 深化党和国家机构改革 is one compound, not a list.
    if (m.find() && m.start() <= 2) {
      String left = leftItem(m.group(1), m.group(2).length());
      String right = m.group(2);
      if (left.length() >= 2 && !out.contains(left) && !out.contains(right)) {
        out.add(left);
        out.add(right);
      }
    }
  }

  private static int medianLength(String[] pieces) {
    if (pieces.length <= 2) {
      return Math.min(pieces[0].length(), pieces[pieces.length - 1].length());
    }
    int[] l = new int[pieces.length - 2];
    for (int i = 1; i < pieces.length - 1; i++) {
      l[i - 1] = pieces[i].length();
    }
    java.util.Arrays.sort(l);
    return l[l.length / 2];
  }

  private static String leftItem(String piece, int median) {
    Matcher m = LEFT_CUT.matcher(piece);
    String item = m.lookingAt() && m.end() < piece.length() ? piece.substring(m.end()) : piece;
    int limit = Math.max(4, median + 3);
    return item.length() > limit ? item.substring(item.length() - limit) : item;
  }

  private static List<String> rightItems(String piece, int median) {
    String p = piece;
    Matcher r = RIGHT_CUT.matcher(p);
    int limit = Math.max(4, median * 2 + 4);
    while (r.find()) {
      if (r.start() >= 2) {
        p = p.substring(0, r.start());
        break;
      }
    }
    List<String> out = new ArrayList<>();
    Matcher c = CONJ.matcher(p);
    if (c.find() && c.start() >= 2 && p.length() - c.end() >= 2) {
      out.add(cut(p.substring(0, c.start()), limit));
      out.add(cut(p.substring(c.end()), limit));
    } else {
      out.add(cut(p, limit));
    }
    return out;
  }

  private static String cut(String s, int limit) {
    return s.length() > limit ? s.substring(0, limit) : s;
  }

  private static String commonSuffix(List<String> l) {
    if (l.size() < 2) {
      return "";
    }
    String s = l.get(0);
    for (String x : l) {
      int k = 0;
      while (k < s.length() && k < x.length() && s.charAt(s.length() - 1 - k) == x.charAt(x.length() - 1 - k)) {
        k++;
      }
      s = s.substring(s.length() - k);
    }
    return s;
  }
}
