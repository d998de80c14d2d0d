package org.duibiao.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.Quantity.Cmp;
import org.duibiao.nlp.Quantity.Kind;

/**
 * Finds the quantities a clause states. Works on normalized simplified text (half-width digits); Chinese numerals,
 * ranges (2至3名), qualifiers before (不少于, 至少, 约) and after (以上, 以下, 左右, 余), fractions (三分之二),
 * per-period frequencies (每年…不少于2次, 每三年开展一次) and deadlines (2018年底前) are understood.
 */
public final class QuantityParser {

  private static final String NUM = ChineseNumerals.NUMBER;

  private static final String PRE =
      "(?<pre>不少于|不低于|不超过|不高于|不多于|不大于|不小于|不足|至少|最少|最多|多于|少于|低于|高于|超过|达到|达|约|大约|近|满|连续|每)?";

  private static final Pattern QUANTITY = Pattern.compile(
      PRE
          + "(?<num>" + NUM + ")"
          + "(?:\\s*(?:至|到|-|~|～|—|－)\\s*(?<num2>" + NUM + "))?"
          + "(?<mid>余|多)?"
          + "\\s*(?<unit>周岁|岁|个百分点|%|％|个月|个工作日|工作日|个自然日|自然日|小时|学时|分钟|天|日|周|个年度|年度|年"
          + "|人次|批次|次|轮|遍|名|人|位|个|家|篇|项|批|期|场|门|所|条|户|万元|元|千字|万字|字|页|块|张|份|本|套)"
          + "(?<post>及以上|及以下|以上|以下|以内|之内|左右|上下|内|余|多)?");

  private static final Pattern FRACTION = Pattern.compile(
      PRE + "(?:总数的|总量的)?(?<den>" + NUM + ")分之(?<nom>" + NUM + ")(?<post>以上|以下|左右|以内)?");

  private static final Pattern PERCENT_WORDS = Pattern.compile(
      PRE + "(?:百分之(?<num>" + NUM + ")|(?<half>一半|半数))(?<post>以上|以下|左右|以内)?");

  /** 半年, 半个月, 一年半, 3个月半 — not 上半年 or 下半年 (a part of a year), 每半年 (a period) or 半年度 (a review). */
  private static final Pattern HALF = Pattern.compile(
      "(?<![上下])" + PRE + "(?:(?<num>" + NUM + ")(?<unit>年|个月)半|半(?<half>年|个月))(?!度|[0-9一两]次)"
          + "(?<post>及以上|以上|以下|以内|之内|左右|内)?");

  private static final Pattern DEADLINE = Pattern.compile(
      "(?<year>(?:19|20)\\d{2}|二〇[〇一二三四五六七八九]{2})年(?:(?<month>\\d{1,2}|[一二三四五六七八九十]{1,3})月"
          + "(?:(?<day>\\d{1,2}|[一二三四五六七八九十]{1,3})日)?)?"
          + "(?<part>上旬|中旬|下旬|底|末|初|年底|年末)?(?<before>前|之前|以前)");

  /**
   * A date in every year, or in the year at hand: 每年1月31日前, 3月底前, 2月15日前, 年底前 (unit {@link #YEARLY}, value
   * the month of the year).
   */
  private static final Pattern YEARLY_DEADLINE = Pattern.compile(
      "(?:每年(?:的)?|今年|(?<![年0-9一二三四五六七八九十]))(?:(?<month>\\d{1,2}|[一二三四五六七八九十]{1,3})月"
          + "(?:(?<day>\\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?<part>上旬|中旬|下旬|底|末|初)?|(?<yearEnd>年底|年末))"
          + "(?<before>前|之前|以前)");

  /** The unit of a yearly deadline, which compares with yearly deadlines only. */
  public static final String YEARLY = "每年日期";

  private static final Pattern DEADLINE_BY = Pattern.compile(
      "(?:到|至|于|在)(?<year>(?:19|20)\\d{2})年(?:(?<month>\\d{1,2})月)?(?<part>底|末)");

  private static final Pattern PERIOD = Pattern.compile(
      "每(?<n>" + NUM + "|半)?(?<unit>个年度|年度|年|个季度|季度|个月|月|周|星期|天|日)|(?<yearly>年度|年均)"
          + "|(?<![上下每])(?<halfyear>半年)(?=[0-9一两]次)"
          + "|(?<halves>上下半年|上、下半年|上半年和下半年)各");

  private QuantityParser() {}

  /** All quantities in a clause, in text order. */
  public static List<Quantity> parse(String text) {
    List<Quantity> out = new ArrayList<>();
    Taken taken = new Taken();
    Periods periods = periods(text);
    deadlines(text, out, taken);
    fractions(text, out, taken);
    percentWords(text, out, taken);
    halves(text, out, taken, periods);
    numbers(text, out, taken, periods);
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    List<Quantity> qualified = new ArrayList<>(out.size());
    int previousEnd = 0;
    for (Quantity q : out) {
      Quantity x = q.cmp() == Cmp.EXACT ? qualifyFromLeft(text, q, previousEnd) : q;
      qualified.add(x.kind() == Kind.COUNT && !x.unit().equals("人") ? x.withNoun(nounAfter(text, x.end())) : x);
      previousEnd = q.end();
    }
    return List.copyOf(qualified);
  }

  private static final Pattern NOUN = Pattern.compile("^[\\p{IsHan}]{1,2}");

  /** The thing counted: the word right after the unit (44个单位 → 单位), up to two characters. */
  static String nounAfter(String text, int end) {
    Matcher m = NOUN.matcher(text.substring(end, Math.min(text.length(), end + 2)));
    String n = m.find() ? m.group() : "";
    return n.startsWith("的") || n.startsWith("以") || n.startsWith("左") ? "" : n;
  }

  private static final Pattern LEFT_QUALIFIER =
      Pattern.compile("(不少于|不低于|至少|最少|不超过|不高于|最多|达到)[^，,；;。0-9]{0,16}$");

  /** 至少与每名中层干部谈心谈话1次, 不少于在岗在编科级干部总数的10%: a qualifier a few words before the number. */
  private static Quantity qualifyFromLeft(String text, Quantity q, int previousEnd) {
    int from = Math.max(previousEnd, q.start() - 20);
    Matcher m = LEFT_QUALIFIER.matcher(text.substring(from, q.start()));
    if (!m.find()) {
      return q;
    }
    Cmp cmp = cmp(m.group(1), null, false);
    return new Quantity(q.text(), q.start(), q.end(), q.kind(), cmp, q.value(), q.max(), q.unit(), q.periodMonths(),
        q.threshold() || m.group(1).equals("达到") && q.kind() == Kind.DURATION);
  }

  private record Period(int start, int end, double months) {}

  /**
   * The periods of a text in order, and where its last sentence break before each offset is ({@code lastBreak[i]},
   * -1 for none): made once per text, so a long clause with many numbers is not scanned again for each.
   */
  private record Periods(List<Period> list, int[] lastBreak) {}

  private static Periods periods(String text) {
    List<Period> out = new ArrayList<>();
    Matcher m = PERIOD.matcher(text);
    while (m.find()) {
      if (m.group("yearly") != null) {
        out.add(new Period(m.start(), m.end(), 12));
        continue;
      }
      if (m.group("halves") != null || m.group("halfyear") != null) {
        out.add(new Period(m.start(), m.end(), 6)); // 上下半年各1次: once every half year
        continue;
      }
      String n = m.group("n");
      double count = n == null ? 1 : ChineseNumerals.parse(n);
      if (Double.isNaN(count) || count <= 0) {
        continue;
      }
      String unit = m.group("unit");
      double months = switch (unit) {
        case "年", "年度", "个年度" -> 12;
        case "季度", "个季度" -> 3;
        case "月", "个月" -> 1;
        case "天", "日" -> 12.0 / 365;
        default -> 12.0 / 52;
      };
      out.add(new Period(m.start(), m.end(), months * count));
    }
    int[] last = new int[text.length() + 1];
    last[0] = -1;
    for (int k = 0; k < text.length(); k++) {
      last[k + 1] = "。；;！？".indexOf(text.charAt(k)) >= 0 ? k : last[k];
    }
    return new Periods(out, last);
  }

  /** The spans already read as quantities; they never overlap, so the one starting last before an end decides. */
  private static final class Taken {
    private final java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();

    void add(int s, int e) {
      spans.put(s, e);
    }

    boolean overlaps(int s, int e) {
      java.util.Map.Entry<Integer, Integer> before = spans.lowerEntry(e);
      return before != null && before.getValue() > s;
    }
  }

  private static void deadlines(String text, List<Quantity> out, Taken taken) {
    deadlines(text, out, taken, DEADLINE.matcher(text), true);
    deadlines(text, out, taken, DEADLINE_BY.matcher(text), false);
    Matcher m = YEARLY_DEADLINE.matcher(text);
    while (m.find()) {
      if (taken.overlaps(m.start(), m.end())) {
        continue;
      }
      double month = m.group("yearEnd") != null ? 12 : ChineseNumerals.parse(m.group("month"));
      if (Double.isNaN(month) || month < 1 || month > 12) {
        continue;
      }
      double v = m.group("yearEnd") != null ? 12 : month(month, m.group("part"), m.group("day"));
      out.add(new Quantity(m.group(), m.start(), m.end(), Kind.DEADLINE, Cmp.AT_MOST, v, v, YEARLY, 0, false));
      taken.add(m.start(), m.end());
    }
  }

  /** The month a deadline falls in, as a number: 6月前 is 5, 6月15日前 about 5.5, 6月底前 6, 6月上旬前 about 5.3. */
  private static double month(double month, String part, String day) {
    if (part != null) {
      return month - switch (part) {
        case "上旬", "初" -> 0.67;
        case "中旬" -> 0.33;
        default -> 0;
      };
    }
    double m = month - 1; // 6月前 = before June
    if (day != null) {
      double d = ChineseNumerals.parse(day);
      m += Double.isNaN(d) ? 1 : Math.min(1, d / 30); // 6月30日前 = by the end of June
    }
    return m;
  }

  private static void deadlines(String text, List<Quantity> out, Taken taken, Matcher m, boolean days) {
    while (m.find()) {
      if (taken.overlaps(m.start(), m.end())) {
        continue;
      }
      double year = ChineseNumerals.parse(m.group("year"));
      String mo = m.group("month");
      String part = m.group("part");
      double month = mo != null ? month(ChineseNumerals.parse(mo), part, days ? m.group("day") : null)
          : "初".equals(part) ? 1 : 12; // 2018年底前, 2019年初前
      double v = year * 12 + month;
      out.add(new Quantity(m.group(), m.start(), m.end(), Kind.DEADLINE, Cmp.AT_MOST, v, v, "日期", 0, false));
      taken.add(m.start(), m.end());
    }
  }

  private static void fractions(String text, List<Quantity> out, Taken taken) {
    Matcher m = FRACTION.matcher(text);
    while (m.find()) {
      if (taken.overlaps(m.start(), m.end())) {
        continue;
      }
      double den = ChineseNumerals.parse(m.group("den"));
      double nom = ChineseNumerals.parse(m.group("nom"));
      if (Double.isNaN(den) || Double.isNaN(nom) || den == 0) {
        continue;
      }
      double pct = Math.round(nom / den * 10000) / 100.0;
      Cmp cmp = cmp(m.group("pre"), m.group("post"), false);
      out.add(new Quantity(m.group(), m.start(), m.end(), Kind.PERCENT, cmp, pct, pct, "%", 0, false));
      taken.add(m.start(), m.end());
    }
  }

  private static void percentWords(String text, List<Quantity> out, Taken taken) {
    Matcher m = PERCENT_WORDS.matcher(text);
    while (m.find()) {
      if (taken.overlaps(m.start(), m.end())) {
        continue;
      }
      double pct = m.group("half") != null ? 50 : ChineseNumerals.parse(m.group("num"));
      if (Double.isNaN(pct)) {
        continue;
      }
      Cmp cmp = cmp(m.group("pre"), m.group("post"), false);
      out.add(new Quantity(m.group(), m.start(), m.end(), Kind.PERCENT, cmp, pct, pct, "%", 0, false));
      taken.add(m.start(), m.end());
    }
  }

  /** Durations with a half: 锻炼半年, 挂职一年半, 半年内. */
  private static void halves(String text, List<Quantity> out, Taken taken, Periods periods) {
    Matcher m = HALF.matcher(text);
    while (m.find()) {
      String pre = m.group("pre");
      if ("每".equals(pre) || taken.overlaps(m.start(), m.end())) {
        continue; // 每半年: a period
      }
      double months;
      if (m.group("num") != null) {
        double n = ChineseNumerals.parse(m.group("num"));
        if (Double.isNaN(n) || n >= 1900) {
          continue; // 2023年半年考核: a calendar year
        }
        months = m.group("unit").equals("年") ? n * 12 + 6 : n + 0.5;
      } else {
        months = m.group("half").equals("年") ? 6 : 0.5;
      }
      Quantity q = build(text, m, pre, "个月", m.group("post"), months, months, false, periods);
      if (q != null) {
        out.add(q);
        taken.add(q.start(), q.end());
      }
    }
  }

  private static void numbers(String text, List<Quantity> out, Taken taken, Periods periods) {
    Matcher m = QUANTITY.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end();
      int start = m.start();
      if (taken.overlaps(start, m.end())) {
        from = m.start() + 1;
        continue;
      }
      String pre = m.group("pre");
      String num = m.group("num");
      String unit = m.group("unit");
      if ("每".equals(pre)) {
        continue; // a period (每三年), not a quantity
      }
      int numStart = m.start("num");
      if (numStart > 0 && "第".indexOf(text.charAt(numStart - 1)) >= 0) {
        continue; // ordinal
      }
      if (unit.equals("日") && !dayCount(text, numStart, pre, m.group("post"))) {
        from = m.end("num"); // not a shorter number inside this one (每月10日内 is no 0日内)
        continue;
      }
      if (!validChineseNumber(text, num, numStart, unit)) {
        from = numStart + 1;
        continue;
      }
      double value = ChineseNumerals.parse(num);
      if (Double.isNaN(value) || value <= 0 && !Character.isDigit(num.charAt(0))) {
        continue; // 1.2万人 read from 万: a multiplier alone is no number
      }
      String num2 = m.group("num2");
      double max = num2 == null ? value : ChineseNumerals.parse(num2);
      if (Double.isNaN(max) || max < value) {
        max = value;
      }
      String post = m.group("mid") != null && m.group("post") == null ? m.group("mid") : m.group("post");
      Quantity q = build(text, m, pre, unit, post, value, max, num2 != null, periods);
      if (q != null) {
        out.add(q);
        taken.add(q.start(), q.end());
      }
    }
  }

  /**
   * 30日内, 不超过15日: a number of days. A bare 15日 is a day of the month (于15日前报送, 3月30日召开), so 日 counts
   * days only with a qualifier and never right after 月.
   */
  private static boolean dayCount(String text, int numStart, String pre, String post) {
    if (numStart > 0 && text.charAt(numStart - 1) == '月') {
      return false;
    }
    return pre != null || within(post);
  }

  /** 内, 以内, 之内 after a number: within. */
  private static boolean within(String post) {
    return "内".equals(post) || "以内".equals(post) || "之内".equals(post);
  }

  /** Rejects Chinese numerals that are parts of words: 统一, 一线, 进一步, 十九大, 一次性. */
  private static boolean validChineseNumber(String text, String num, int numStart, String unit) {
    int after = numStart + num.length() + unit.length();
    if (unit.equals("周") && after < text.length() && text.charAt(after) == '年') {
      return false; // 40周年: an anniversary
    }
    if (unit.equals("次") && (text.startsWith("全会", after) || text.startsWith("会议", after)
        || text.startsWith("党代会", after) || text.startsWith("代表大会", after))) {
      return false; // 十一届八次全会: an ordinal
    }
    if (Character.isDigit(num.charAt(0))) {
      return true;
    }
    if (numStart > 0 && "“‘「『\"".indexOf(text.charAt(numStart - 1)) >= 0) {
      return false; // “四个意识”, “三个区分开来”: the name of a slogan, not a count
    }
    if (text.startsWith("一体", after)) {
      return false; // 六位一体
    }
    if (numStart > 0) {
      char before = text.charAt(numStart - 1);
      if ("统唯逐单同进专万之周第某这那哪每任上下".indexOf(before) >= 0 && num.length() == 1) {
        return false;
      }
    }
    if (unit.equals("次") && after < text.length() && text.charAt(after) == '性') {
      return false;
    }
    if (unit.endsWith("字") && (text.startsWith("方针", after) || text.startsWith("”", after) || text.startsWith("要求", after)
        || text.startsWith("诀", after) || text.startsWith("标准", after) || text.startsWith("工作法", after))) {
      return false; // 八字方针, 二十字好干部标准: the name of a slogan
    }
    if (num.equals("一") && "页块张份本套元".contains(unit)) {
      return false; // 一张蓝图, 一本账, 一份责任, 一块: words, not counts
    }
    if (unit.equals("批") || unit.equals("条") || unit.equals("门") || unit.equals("户")) {
      return false; // 一批, 一条龙, 一门心思: not counts in running text
    }
    if (unit.equals("人") && num.equals("一") && after < text.length() && text.charAt(after) == '一') {
      return false; // 一人一事一策
    }
    return !(unit.equals("个") && after < text.length() && "一".indexOf(text.charAt(after)) >= 0);
  }

  private static Quantity build(String text, Matcher m, String pre, String unit, String post, double value,
      double max, boolean range, Periods periods) {
    int start = m.start();
    int end = m.end();
    String matched = m.group();
    Cmp cmp = range ? Cmp.RANGE : cmp(pre, post, false);
    boolean threshold = "满".equals(pre) || "连续".equals(pre) || thresholdContext(text, end);
    Kind kind;
    String canon;
    double v = value;
    double mx = max;
    switch (unit) {
      case "岁", "周岁" -> {
        kind = Kind.AGE;
        canon = "岁";
      }
      case "%", "％", "个百分点" -> {
        kind = Kind.PERCENT;
        canon = "%";
      }
      case "年", "年度", "个年度" -> {
        if (value >= 1900) {
          return null; // a calendar year, not a duration
        }
        kind = Kind.DURATION;
        canon = "月";
        v = value * 12;
        mx = max * 12;
        if (within(post)) {
          cmp = Cmp.AT_MOST;
        }
      }
      case "个月" -> {
        kind = Kind.DURATION;
        canon = "月";
      }
      case "天", "日", "个工作日", "工作日", "个自然日", "自然日" -> {
        kind = Kind.DURATION;
        canon = "月";
        v = value / 30.0;
        mx = max / 30.0;
      }
      case "周" -> {
        kind = Kind.DURATION;
        canon = "月";
        v = value * 7 / 30.0;
        mx = max * 7 / 30.0;
      }
      case "小时", "学时" -> {
        if (unit.equals("小时") && within(post)) { // 72小时内: a time limit, on the scale of 2日内
          kind = Kind.DURATION;
          canon = "月";
          v = value / (24 * 30.0);
          mx = max / (24 * 30.0);
        } else {
          kind = Kind.COUNT; // 培训不少于40小时: hours of something
          canon = unit;
        }
      }
      case "次", "轮", "遍" -> {
        kind = Kind.FREQUENCY;
        canon = "次";
      }
      case "名", "人", "位" -> {
        kind = Kind.COUNT;
        canon = "人";
      }
      case "万元", "元" -> {
        kind = Kind.COUNT;
        canon = "元";
        double scale = unit.equals("万元") ? 10000 : 1;
        v = value * scale;
        mx = max * scale;
      }
      case "千字", "万字", "字" -> {
        kind = Kind.COUNT;
        canon = "字";
        double scale = unit.equals("万字") ? 10000 : unit.equals("千字") ? 1000 : 1;
        v = value * scale;
        mx = max * scale;
      }
      case "人次", "批次" -> {
        kind = Kind.COUNT;
        canon = unit;
      }
      default -> {
        kind = Kind.COUNT;
        canon = unit;
      }
    }
    double period = 0;
    if (kind == Kind.FREQUENCY || kind == Kind.COUNT) {
      period = nearestPeriod(text, start, periods);
      if (kind == Kind.FREQUENCY && period == 0) {
        kind = Kind.COUNT; // 开展一次对照检查: a number of times, not a rate
        canon = "次";
      }
    }
    if (kind == Kind.DURATION && "内".equals(post)) {
      cmp = Cmp.AT_MOST;
    }
    return new Quantity(matched, start, end, kind, cmp, round(v), round(mx), canon, period, threshold);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** 满10年的, 任职10年的, 任职时间达到10年的: the number is part of a condition ending in 的. */
  private static boolean thresholdContext(String text, int end) {
    int limit = Math.min(text.length(), end + 4);
    for (int i = end; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '的') {
        return i + 1 >= text.length() || "，,；;。".indexOf(text.charAt(i + 1)) >= 0;
      }
      if ("，,；;。、".indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  /** The period stated before a quantity in the same clause (每年 … 2次), or right after it (2次/年). */
  private static double nearestPeriod(String text, int start, Periods periods) {
    // The last period that ends before the number (periods come in text order), unless a sentence ends between.
    int lo = 0;
    int hi = periods.list().size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (periods.list().get(mid).end() <= start) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || periods.lastBreak()[start] >= periods.list().get(found).end()) {
      return 0; // an earlier period is behind the same break
    }
    return periods.list().get(found).months();
  }


  static Cmp cmp(String pre, String post, boolean range) {
    if (range) {
      return Cmp.RANGE;
    }
    if (pre != null) {
      switch (pre) {
        case "不少于", "不低于", "至少", "最少", "多于", "高于", "超过", "达到", "达", "满", "不小于", "连续" -> {
          return Cmp.AT_LEAST;
        }
        case "不超过", "不高于", "不多于", "不大于", "最多", "少于", "低于", "不足" -> {
          return Cmp.AT_MOST;
        }
        case "约", "大约", "近" -> {
          return Cmp.ABOUT;
        }
        default -> { }
      }
    }
    if (post != null) {
      switch (post) {
        case "以上", "及以上", "余", "多" -> {
          return Cmp.AT_LEAST;
        }
        case "以下", "及以下", "以内", "之内", "内" -> {
          return Cmp.AT_MOST;
        }
        case "左右", "上下" -> {
          return Cmp.ABOUT;
        }
        default -> { }
      }
    }
    return Cmp.EXACT;
  }
}
