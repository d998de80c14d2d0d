package org.duibiao.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops whole lines that are web-page chrome (breadcrumbs, share bars, copyright and ICP lines, view counters,
 * font-size switches, navigation menus, article info lines) or page furniture (page numbers, running headers and
 * footers repeated on many pages). Markdown heading marks left by converters are dropped too.
 */
final class ChromeFilter {

  private ChromeFilter() {}

  private static final Pattern BREADCRUMB = Pattern.compile(
      "^(?:(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)[:：]?.*|[^。，,；]{1,12}(?:\\s*(?:>|＞|»|›|->|→)\\s*[^。，,；>]{1,16}){1,6})$");
  private static final Pattern CHROME = Pattern.compile(
      "分享到|我要爆料|免责声明|打印本页|打印此页|关闭窗口|【打印】|【关闭】|【字体|字体[:：]\\s*[【\\[]?大|字号[:：]\\s*[大中小T]"
          + "|浏览次数|阅读次数|点击数[:：]|点击量|访问量|浏览量[:：]|扫一扫|扫描二维码|手机看新闻|责任编辑[:：]|上一篇|下一篇|相关新闻|相关阅读"
          + "|相关链接|返回顶部|收藏本页|设为首页|加入收藏|网站地图|联系我们|版权所有|版权声明|[Cc]opyright|©|ICP备|ICP证|公网安备"
          + "|网站标识码|技术支持[:：]|主办单位[:：]|承办单位[:：]|建议使用.*浏览器|分辨率"
          // the site's greeting and its own address block
          + "|欢迎访问|欢迎光临|邮编[:：]|邮政编码[:：]");
  /** A line of nothing but a site's switches and search box: 无障碍浏览 长者模式 繁體版, 请输入关键词 搜索. */
  private static final Pattern SWITCHES = Pattern.compile(
      "^(?:(?:无障碍浏览|无障碍阅读|无障碍模式|长者模式|关怀模式|关怀版|适老模式|适老化模式|繁體版|繁体版|简体版|English版|English"
          + "|请输入关键[词字]|请输入搜索内容|站内搜索|全站搜索|高级搜索|高级检索|搜\\s*索)[\\s|｜/·]*)+$");
  private static final Pattern INFO = Pattern.compile(
      "^(?:发布时间|发布日期|时间|日期)?[:：]?\\s*\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*"
          + "(?:来源|作者|编辑|浏览|点击|【|$).*|^(?:来源|作者|稿源|信息来源)[:：].{0,40}$");
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:[-—–－~～]\\s*\\d{1,4}\\s*[-—–－~～]|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,3}|[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?)$");
  private static final Pattern MENU_TOKEN = Pattern.compile("[\\p{IsHan}A-Za-z]{1,6}");
  /** Fewest short items in a row that make a navigation menu. */
  private static final int MENU_ITEMS = 5;
  /** The heading of a list of links to other pages. */
  private static final Pattern LIST_HEADER = Pattern.compile(
      "[【\\[]?(?:相关新闻|相关阅读|相关链接|相关文章|推荐阅读|延伸阅读|热点新闻|热门新闻|热点推荐|最新新闻|最新文章|猜你喜欢|图片新闻|今日推荐)[】\\]]?[:：]?");
  /** A date alone on a line: an official document's 落款 date, not a web page's stamp (which has a time or 来源). */
  private static final Pattern BARE_DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2}");

  static MappedText apply(MappedText in, List<NormalizationWarning> warnings) {
    String text = in.text();
    List<int[]> lines = lines(text);
    Map<String, Integer> counts = new HashMap<>();
    for (int[] l : lines) {
      String s = text.substring(l[0], l[1]).strip();
      if (!s.isEmpty() && s.length() <= 40) {
        counts.merge(s, 1, Integer::sum);
      }
    }
    boolean[] lists = linkLists(text, lines);
    int listWarning = -1; // the warning of the link list being read; -1 once text or other chrome follows it
    MappedText.Builder b = in.builder();
    for (int li = 0; li < lines.size(); li++) {
      int[] l = lines.get(li);
      String raw = text.substring(l[0], l[1]);
      String s = raw.strip();
      String kind = lists[li] ? "chrome" : classify(s, counts, lines.size());
      if (kind != null) {
        int[] span = in.originSpan(l[0], l[1]);
        if (lists[li] && listWarning >= 0) {
          // One warning for a whole link list: 首页 | 新闻 | 政务 …
          NormalizationWarning w = warnings.get(listWarning);
          warnings.set(listWarning, new NormalizationWarning(kind, w.start(), span[1], w.text() + " | " + s));
        } else {
          warnings.add(new NormalizationWarning(kind, span[0], span[1], s));
          listWarning = lists[li] ? warnings.size() - 1 : -1;
        }
      } else {
        if (!s.isEmpty()) {
          listWarning = -1;
        }
        int from = l[0];
        int markup = markdownMark(raw);
        from += markup;
        b.keep(from, l[1]);
      }
      if (l[1] < text.length()) {
        b.keep(l[1]); // the newline
      }
    }
    return b.build();
  }

  /**
   * Lines that belong to link lists, which HTML extraction gives one item per line: a navigation menu (five or more
   * short items in a row, blank lines between them allowed) and the list of headlines under 相关新闻 and the like.
   */
  static boolean[] linkLists(String text, List<int[]> lines) {
    boolean[] out = new boolean[lines.size()];
    int runStart = -1;
    int items = 0;
    for (int li = 0; li <= lines.size(); li++) {
      String s = li < lines.size() ? text.substring(lines.get(li)[0], lines.get(li)[1]).strip() : "。";
      if (s.isEmpty()) {
        continue;
      }
      if (MENU_TOKEN.matcher(s).matches()) {
        if (runStart < 0) {
          runStart = li;
        }
        items++;
        continue;
      }
      if (items >= MENU_ITEMS) {
        for (int k = runStart; k < li; k++) {
          out[k] = !text.substring(lines.get(k)[0], lines.get(k)[1]).isBlank();
        }
      }
      runStart = -1;
      items = 0;
    }
    for (int li = 0; li < lines.size(); li++) {
      String s = text.substring(lines.get(li)[0], lines.get(li)[1]).strip();
      if (!LIST_HEADER.matcher(s).matches()) {
        continue;
      }
      int k = li + 1;
      for (; k < lines.size(); k++) {
        String item = text.substring(lines.get(k)[0], lines.get(k)[1]).strip();
        if (item.isEmpty()) {
          continue;
        }
        if (item.length() > 40 || item.contains("。") || Markers.START.matcher(item).find()
            || CHROME.matcher(item).find()) {
          break;
        }
        out[k] = true;
      }
    }
    return out;
  }

  /** The kind of chrome a line is, or null when it is content. */
  static String classify(String s, Map<String, Integer> counts, int lineCount) {
    if (s.isEmpty()) {
      return null;
    }
    if (INFO.matcher(s).matches() && !BARE_DATE.matcher(s).matches()) {
      return "page-info";
    }
    if (PAGE_NUMBER.matcher(s).matches()) {
      return "page-furniture";
    }
    if (s.length() <= 120 && CHROME.matcher(s).find() && !looksLikeSentence(s) || SWITCHES.matcher(s).matches()) {
      return "chrome";
    }
    if (s.length() <= 80 && BREADCRUMB.matcher(s).matches() && (s.contains(">") || s.contains("＞")
        || s.contains("»") || s.contains("›") || s.contains("→") || s.contains("位置"))) {
      return "chrome";
    }
    if (menu(s)) {
      return "chrome";
    }
    // Running headers and footers: the same short line on many pages.
    Integer n = counts.get(s);
    if (n != null && n >= 3 && lineCount >= 30 && !Markers.START.matcher(s).find() && s.length() <= 30) {
      return "page-furniture";
    }
    return null;
  }

  /** A chrome word inside a real sentence (…分享到各单位…) keeps the line. */
  private static boolean looksLikeSentence(String s) {
    return s.length() > 40 && (s.contains("。") || s.contains("，")) && !s.contains("©") && !s.contains("ICP");
  }

  /**
   * 首页 | 新闻中心 | 政务公开 | 办事服务: four or more short items and no sentence punctuation; or three links between
   * bars that start at the home page (首页 | 机构概况 | 政务公开), which a table's header never does.
   */
  private static boolean menu(String s) {
    if (s.contains("。") || s.contains("，") || s.contains(",") || s.contains("：") || s.length() > 80) {
      return false;
    }
    String[] parts = s.split("\\s*[|｜/·•]\\s*|\\s+");
    if (parts.length < 3 || parts.length == 3 && !(parts[0].endsWith("首页")
        && s.chars().filter(c -> c == '|' || c == '｜').count() == 2)) {
      return false;
    }
    for (String p : parts) {
      if (!MENU_TOKEN.matcher(p).matches()) {
        return false;
      }
    }
    return true;
  }

  private static int markdownMark(String raw) {
    int i = 0;
    while (i < raw.length() && raw.charAt(i) == ' ') {
      i++;
    }
    int hashes = 0;
    while (i + hashes < raw.length() && raw.charAt(i + hashes) == '#') {
      hashes++;
    }
    if (hashes >= 1 && hashes <= 6 && i + hashes < raw.length() && raw.charAt(i + hashes) == ' ') {
      return i + hashes + 1;
    }
    return 0;
  }

  static List<int[]> lines(String text) {
    List<int[]> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return out;
  }
}
