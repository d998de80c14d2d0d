package org.duibiao.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.ChineseNumerals;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.normalize.Markers;
import org.duibiao.normalize.NormalizationWarning;
import org.duibiao.normalize.NormalizedText;

/**
 * Finds a document's metadata in its front matter and signature: title (possibly over several lines, possibly
 * after an issuer line or run together with the 文号), issuer, 文号, date, recipients, cited documents, type and
 * region. Also tells the structurer which paragraphs are front matter rather than body.
 */
final class MetadataExtractor {

  private MetadataExtractor() {}

  static final Pattern DOC_NUMBER = Pattern.compile("([\\p{IsHan}]{1,8})〔((?:19|20)\\d{2})〕(\\d{1,4})号");
  private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern CITED = Pattern.compile("《([^《》]{4,80})》(?:[（(]([^（）()]{0,30}?〔\\d{4}〕\\d{1,4}号)[）)])?");
  private static final Pattern RECIPIENTS = Pattern.compile("^[^。]{2,100}[：:]$");
  private static final Pattern WRAPPER_TITLE = Pattern.compile("^(?:关于)?(?:印发|转发)?《(.+)》的?(?:通知|函)$");
  private static final Pattern ISSUE_NO = Pattern.compile("^第\\s*\\d{1,4}\\s*期$");

  /** Front matter found at the top of a document. */
  record FrontMatter(DocMetadata metadata, Set<Integer> skip) {}

  static FrontMatter extract(List<Paragraph> paras, NormalizedText text) {
    Set<Integer> skip = new LinkedHashSet<>();
    String title = "";
    String issuer = "";
    int issuerLine = -2; // the line of the masthead's last body
    String recipients = "";
    String date = "";
    List<String> docNumbers = new ArrayList<>();
    int limit = Math.min(paras.size(), 14);
    int titleFrom = -1;
    int titleTo = -1;
    String originalTitle = "";
    for (int i = 0; i < limit; i++) {
      Paragraph p = paras.get(i);
      String s = p.text();
      if (isBody(s) && i > 0) {
        break;
      }
      if (s.startsWith("原标题：") || s.startsWith("原标题:")) {
        originalTitle = display(text, p, 4);
        skip.add(i);
        continue;
      }
      Matcher dn = DOC_NUMBER.matcher(s);
      // (not the end of a wrapped citation: …若\n干措施》（某组发〔2024〕12号）cites another document's number)
      if (dn.find() && s.length() <= 30 && dn.group().length() >= s.length() - 6 && !citesTitle(s)) {
        docNumbers.add(docNumber(text, p.start() + dn.start(), p.start() + dn.end()));
        skip.add(i);
        continue;
      }
      if (isDateLine(s)) {
        if (date.isEmpty()) {
          date = date(s);
        }
        skip.add(i);
        continue;
      }
      if (ISSUE_NO.matcher(s).matches()) {
        if (titleFrom >= 0 && titleTo == i - 1) {
          titleTo = i;
        }
        skip.add(i);
        continue;
      }
      // the red masthead (红头) of an official document, 中共某某市委组织部文件, names the issuer too, not the title
      int masthead = s.endsWith("文件") ? 2 : 0;
      if (Markers.isOrg(s.substring(0, s.length() - masthead))) {
        if (issuer.isEmpty()) {
          issuer = bodies(text, p.start(), p.end() - masthead);
          issuerLine = i;
        } else if (issuerLine == i - 1) {
          // a joint masthead, one body per line: 中共某市委组织部 / 某市人力资源和社会保障局
          issuer = issuer + "、" + bodies(text, p.start(), p.end() - masthead);
          issuerLine = i;
        }
        skip.add(i);
        continue;
      }
      if (recipients.isEmpty() && RECIPIENTS.matcher(s).matches() && !s.contains("主要做法")) {
        recipients = text.display(p.start(), p.end() - 1);
        skip.add(i);
        continue;
      }
      if (titleFrom < 0 && titleLike(s)) {
        titleFrom = i;
        titleTo = i;
        // A title continues over short lines without sentence punctuation: 关于深化…\n专项活动的实施意见
        while (titleTo + 1 < limit && continuesTitle(paras.get(titleTo).text(), paras.get(titleTo + 1).text())) {
          titleTo++;
        }
        for (int k = titleFrom; k <= titleTo; k++) {
          skip.add(k);
        }
        i = titleTo;
      }
    }
    if (titleFrom >= 0) {
      title = titleText(paras, text, titleFrom, titleTo);
    } else if (!originalTitle.isEmpty()) {
      title = originalTitle;
    }
    if (title.isEmpty()) {
      title = fallbackTitle(paras, text);
    }
    Matcher wrapped = WRAPPER_TITLE.matcher(ScriptConverter.toSimplified(title).strip());
    if (wrapped.matches()) {
      title = unwrap(title);
    }
    // A repeated title before the body (the notice wraps the 意见 it issues) is front matter too.
    for (int i = 0; i < Math.min(paras.size(), 30); i++) {
      if (!skip.contains(i) && sameTitle(paras.get(i).text(), paras, i, title)) {
        skip.add(i);
        if (i + 1 < paras.size() && continuesTitle(paras.get(i).text(), paras.get(i + 1).text())) {
          skip.add(i + 1);
        }
      }
    }
    if (issuer.isEmpty()) {
      issuer = issuerFromTitle(title);
    }
    distribution(paras, skip);
    Signature sig = signature(paras, text, skip);
    if (issuer.isEmpty()) {
      issuer = sig.issuer();
    }
    if (!sig.date().isEmpty()) {
      date = sig.date();
    }
    if (date.isEmpty()) {
      date = dateFromWarnings(text.warnings());
    }
    if (issuer.isEmpty()) {
      issuer = newsSource(text);
    }
    for (Paragraph p : paras) {
      Matcher m = DOC_NUMBER.matcher(p.text());
      // a number in a citation is the cited document's, also where the citation was wrapped over two lines
      while (m.find() && docNumbers.isEmpty() && p.index() < 6 && !citesTitle(p.text())) {
        docNumbers.add(docNumber(text, p.start() + m.start(), p.start() + m.end()));
      }
    }
    List<CitedDocument> cited = cited(text, title);
    TypeGuess type = DocumentTypeGuesser.guess(title, text.text(), recipients, paras.size());
    String[] region = region(issuer, title, text.text());
    DocMetadata meta = new DocMetadata(title, issuer, dedupe(docNumbers), date, recipients, cited, type.type(),
        type.confidence(), region[0], region[1]);
    return new FrontMatter(meta, skip);
  }

  record TypeGuess(DocumentType type, double confidence) {}

  private static List<String> dedupe(List<String> l) {
    return List.copyOf(new LinkedHashSet<>(l));
  }

  /** A paragraph of running text: long, with sentence punctuation, or starting a numbered section. */
  static boolean isBody(String s) {
    if (Marker.at(s, 0) != null) {
      return true;
    }
    return s.length() > 60 && (s.contains("，") || s.contains("。")) && !s.endsWith("：");
  }

  /** A line that names another document by its title (or the end of one wrapped over two lines). */
  private static boolean citesTitle(String s) {
    return s.indexOf('《') >= 0 || s.indexOf('》') >= 0;
  }

  static boolean isDateLine(String s) {
    String t = Markers.unbracketed(s);
    Matcher m = Markers.DATE.matcher(t);
    if (m.lookingAt() && (m.end() == t.length() || t.length() - m.end() <= 14 && !t.contains("，"))) {
      return m.group(3) != null || m.end() == t.length();
    }
    Matcher iso = ISO_DATE.matcher(t);
    return iso.lookingAt() && t.length() <= 40 && !t.contains("，");
  }

  static String date(String s) {
    Matcher m = Markers.DATE.matcher(s);
    if (m.find()) {
      int y = (int) ChineseNumerals.parse(m.group(1));
      int mo = (int) ChineseNumerals.parse(m.group(2));
      if (m.group(3) == null) {
        return String.format("%04d-%02d", y, mo);
      }
      int d = (int) ChineseNumerals.parse(m.group(3));
      return valid(y, mo, d) ? String.format("%04d-%02d-%02d", y, mo, d) : "";
    }
    Matcher iso = ISO_DATE.matcher(s);
    if (iso.find()) {
      int y = Integer.parseInt(iso.group(1));
      int mo = Integer.parseInt(iso.group(2));
      int d = Integer.parseInt(iso.group(3));
      return valid(y, mo, d) ? String.format("%04d-%02d-%02d", y, mo, d) : "";
    }
    return "";
  }

  private static boolean valid(int y, int mo, int d) {
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1949 && y <= 2100;
  }

  private static boolean titleLike(String s) {
    if (s.length() > 80 || s.endsWith("。") || s.endsWith("：")) {
      return false;
    }
    return Markers.TITLE_LIKE.matcher(s).find() || s.startsWith("《") || s.length() <= 30 && !s.contains("，");
  }

  private static boolean continuesTitle(String cur, String next) {
    if (next.isEmpty() || next.length() > 40 || next.endsWith("。") || next.endsWith("：") || Markers.isOrg(next)
        || isDateLine(next) || DOC_NUMBER.matcher(next).find() || Marker.at(next, 0) != null) {
      return false;
    }
    if (cur.length() > 40 || cur.endsWith("。")) {
      return false;
    }
    // The title so far must be unfinished: an open 《, 关于 without its 的…, or no title word at its end.
    String joined = cur + next;
    boolean openBook = count(cur, '《') > count(cur, '》');
    boolean openAbout = cur.contains("关于") && !endsWithTitleWord(cur);
    return (openBook || openAbout || !endsWithTitleWord(cur)) && endsWithTitleWord(joined)
        && !next.contains("，");
  }

  private static final Pattern TITLE_END =
      Pattern.compile("(?:" + Markers.TITLE_WORDS + "|计划|函)" + Markers.TITLE_TAIL);

  private static boolean endsWithTitleWord(String s) {
    return TITLE_END.matcher(s).find();
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  private static String titleText(List<Paragraph> paras, NormalizedText text, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      Paragraph p = paras.get(k);
      String d = text.display(p.start(), p.end());
      if (ISSUE_NO.matcher(p.text()).matches()) {
        sb.append(' ');
      }
      sb.append(d);
    }
    return sb.toString().strip();
  }

  private static String display(NormalizedText text, Paragraph p, int skipChars) {
    return text.display(p.start() + Math.min(skipChars, p.end() - p.start()), p.end());
  }

  /** 《关于…的实施意见》的通知 → 关于…的实施意见, in the original script. */
  private static String unwrap(String title) {
    int a = title.indexOf('《');
    int b = title.lastIndexOf('》');
    return a >= 0 && b > a ? title.substring(a + 1, b) : title;
  }

  private static boolean sameTitle(String para, List<Paragraph> paras, int i, String title) {
    String t = ScriptConverter.fold(title);
    if (t.length() < 6) {
      return false;
    }
    String p = ScriptConverter.fold(para);
    if (p.isEmpty() || p.length() > t.length() + 2) {
      return false;
    }
    if (t.equals(p)) {
      return true;
    }
    if (i + 1 < paras.size() && t.startsWith(p) && p.length() >= 6) {
      return t.equals(p + ScriptConverter.fold(paras.get(i + 1).text()));
    }
    return false;
  }

  private static String fallbackTitle(List<Paragraph> paras, NormalizedText text) {
    if (paras.isEmpty()) {
      return "";
    }
    Paragraph p = paras.get(0);
    String s = p.text();
    int cut = s.length();
    for (int k = 0; k < s.length(); k++) {
      if ("。，；！？".indexOf(s.charAt(k)) >= 0) {
        cut = k;
        break;
      }
    }
    cut = Math.min(cut, 40);
    return text.display(p.start(), p.start() + cut);
  }

  /** 中共青岛市委关于…的实施意见 → 中共青岛市委. */
  private static String issuerFromTitle(String title) {
    int k = title.indexOf("关于");
    if (k >= 4) {
      String head = title.substring(0, k);
      if (Markers.isOrg(ScriptConverter.toSimplified(head))) {
        return head;
      }
    }
    return "";
  }

  record Signature(String issuer, String date) {}

  /**
   * A 文号 as normalization made it (brackets 〔〕, half-width digits: 鲁发［2018］35号 → 鲁发〔2018〕35号), with its
   * characters in the document's own script (某組發〔2024〕12號 stays traditional).
   */
  private static String docNumber(NormalizedText text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.text().charAt(i);
      String shown = Character.isIdeographic(c) ? text.display(i, i + 1) : "";
      sb.append(shown.length() == 1 ? shown : String.valueOf(c));
    }
    return sb.toString();
  }

  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

  /**
   * The issuing bodies on one line, in the original script: 中共某县委组织部　某县人力资源和社会保障局 is two bodies,
   * which normalization (made to rejoin words a PDF split with spaces) runs together; they are kept apart with 、.
   */
  private static String bodies(NormalizedText text, int from, int to) {
    int[] span = text.originSpan(from, to);
    String[] parts = SPACES.split(text.original().substring(span[0], span[1]).strip());
    if (parts.length >= 2) {
      boolean all = true;
      for (String part : parts) {
        all &= Markers.isOrg(ScriptConverter.toSimplified(part));
      }
      if (all) {
        return String.join("、", parts);
      }
    }
    return text.display(from, to);
  }

  /** The 落款: an organization line followed by a date line, in the last lines or right after the front matter. */
  private static Signature signature(List<Paragraph> paras, NormalizedText text, Set<Integer> skip) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = Math.max(0, paras.size() - 6); i < paras.size(); i++) {
      candidates.add(i);
    }
    for (int i = 0; i < Math.min(paras.size(), 14); i++) {
      candidates.add(i);
    }
    for (int i : candidates) {
      if (i + 1 >= paras.size()) {
        continue;
      }
      Paragraph org = paras.get(i);
      Paragraph d = paras.get(i + 1);
      if (Markers.isOrg(org.text()) && isDateLine(d.text())) {
        // A joint notice is signed by several bodies, one per line above the date.
        int first = i;
        while (first > 0 && !skip.contains(first - 1) && Markers.isOrg(paras.get(first - 1).text())) {
          first--;
        }
        List<String> bodies = new ArrayList<>();
        for (int k = first; k <= i; k++) {
          skip.add(k);
          bodies.add(bodies(text, paras.get(k).start(), paras.get(k).end()));
        }
        skip.add(i + 1);
        return new Signature(String.join("、", bodies), date(d.text()));
      }
    }
    // A lone date line at the end.
    for (int i = paras.size() - 1; i >= Math.max(0, paras.size() - 3); i--) {
      if (isDateLine(paras.get(i).text())) {
        skip.add(i);
        return new Signature("", date(paras.get(i).text()));
      }
    }
    return new Signature("", "");
  }

  private static String dateFromWarnings(List<NormalizationWarning> warnings) {
    for (NormalizationWarning w : warnings) {
      if (w.kind().equals("page-info")) {
        String d = date(w.text());
        if (!d.isEmpty()) {
          return d;
        }
      }
    }
    return "";
  }

  private static final Pattern NEWS_SOURCE = Pattern.compile("记者(?:从|在)([\\p{IsHan}]{4,20}?)(?:获悉|了解到|得知)");

  /** The body a news report names as its source, in the original script like every text value. */
  private static String newsSource(NormalizedText text) {
    Matcher m = NEWS_SOURCE.matcher(text.text());
    return m.find() && Markers.isOrg(m.group(1)) ? text.display(m.start(1), m.end(1)) : "";
  }

  /** 报：… 送：… 发：… 抄送：… 印发: the distribution block at the foot of an official document. */
  private static final Pattern DISTRIBUTION = Pattern.compile(
      "^(?:报|送|发|抄送|抄报|分送|主送|印发)[：:].{1,120}$|^.{2,30}\\d{4}年\\d{1,2}月\\d{1,2}日印发$");

  /** Marks the distribution lines among the last paragraphs as front (back) matter, not body. */
  private static void distribution(List<Paragraph> paras, Set<Integer> skip) {
    for (int i = paras.size() - 1; i >= Math.max(0, paras.size() - 6); i--) {
      if (DISTRIBUTION.matcher(paras.get(i).text()).matches()) {
        skip.add(i);
      } else if (!skip.contains(i)) {
        return;
      }
    }
  }

  /** The documents cited as 《…》 with their 文号, in the original script, each once. */
  private static List<CitedDocument> cited(NormalizedText text, String title) {
    Map<String, CitedDocument> out = new LinkedHashMap<>();
    String foldedTitle = ScriptConverter.fold(title);
    Matcher m = CITED.matcher(text.text());
    while (m.find()) {
      String t = m.group(1);
      String num = m.group(2) == null ? "" : m.group(2).replaceAll("^.*?([\\p{IsHan}]{1,8}〔)", "$1");
      if (ScriptConverter.fold(t).equals(foldedTitle) || t.contains("以下简称")) {
        continue;
      }
      CitedDocument prev = out.get(t);
      if (prev == null || prev.docNumber().isEmpty() && !num.isEmpty()) {
        // num is the end of the bracket's text: where it stands in the document
        String shownNumber = num.isEmpty() ? "" : docNumber(text, m.end(2) - num.length(), m.end(2));
        out.put(t, new CitedDocument(text.display(m.start(1), m.end(1)), shownNumber));
      }
    }
    return List.copyOf(out.values());
  }

  /** The region and level named by the issuer, else the title: 中共青岛市崂西区委 → 青岛市崂西区, 区. */
  static String[] region(String issuer, String title, String text) {
    for (String s : new String[] {issuer, title, text.substring(0, Math.min(text.length(), 120))}) {
      // 中共 is no part of a place name wherever it stands (…\n中共青岛市委关于…).
      String simple = ScriptConverter.toSimplified(s).replaceAll("中国共产党|中共", "");
      Matcher m = Markers.PLACE.matcher(simple);
      while (m.find()) {
        String place = m.group(1);
        if (place.startsWith("各") || place.contains("市直") || place.contains("全市") || place.contains("我市")
            || place.startsWith("关于")) {
          continue;
        }
        place = trimPlace(place);
        if (place.length() < 3) {
          continue;
        }
        String last = place.substring(place.length() - 1);
        String level = switch (last) {
          case "省", "区" -> place.endsWith("自治区") && place.length() <= 8 ? "省" : last;
          case "市", "县" -> last;
          case "州", "盟" -> "市";
          case "旗" -> "县";
          default -> "";
        };
        return new String[] {place, level};
      }
    }
    return new String[] {"", ""};
  }

  /** Drops leading words that are not part of a place name (深化市 → nothing). */
  private static String trimPlace(String place) {
    return place.replaceFirst("^(?:深化|关于|推进|加强|进一步)", "");
  }
}
