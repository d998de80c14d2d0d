package org.duibiao.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duibiao.ingest.ExtractedText;
import org.duibiao.nlp.ModalityDetector;
import org.duibiao.nlp.QuantityParser;
import org.duibiao.normalize.NormalizedText;
import org.duibiao.normalize.TextNormalizer;

/**
 * The structure stage: normalized text in, {@link PolicyDocument} out. Front matter becomes metadata; numbered
 * parts become a section tree, even when the whole document is one paragraph; the body is cut into sentence-level
 * clauses (at 。！？； and at garbled spans), each under its section path with its modality and quantities.
 */
public final class DocumentStructurer {

  private static final java.util.regex.Pattern SENTENCE_MARK = java.util.regex.Pattern.compile("[。；，：]");

  private DocumentStructurer() {}

  /** Normalizes and structures extracted text. */
  public static PolicyDocument structure(ExtractedText extracted) {
    NormalizedText nt = TextNormalizer.normalize(extracted.text());
    return structure(extracted.source(), extracted.mediaType(), extracted.charset(), nt);
  }

  /** Structures already normalized text. */
  public static PolicyDocument structure(String source, String mediaType, String charset, NormalizedText nt) {
    List<Paragraph> paras = Paragraph.split(nt.text());
    MetadataExtractor.FrontMatter fm = MetadataExtractor.extract(paras, nt);
    Builder b = new Builder(nt);
    b.build(paras, fm.skip());
    return new PolicyDocument(source, mediaType, charset, nt, fm.metadata(), b.sections(), b.clauses);
  }

  /** A span of normalized text that starts with a numbering marker (or with none). */
  private record Unit(int start, int end, Marker marker) {}

  private static final class Node {
    final Marker marker;
    final String heading;
    final String headingNormalized;
    final String path;
    final int level;
    final int start;
    int end;
    final List<Node> children = new ArrayList<>();
    /** Where the heading stands in the normalized text (an empty span when there is none). */
    int headingStart;
    int headingEnd;
    int clauses;

    Node(Marker marker, String heading, String headingNormalized, String path, int level, int start) {
      this.marker = marker;
      this.heading = heading;
      this.headingNormalized = headingNormalized;
      this.path = path;
      this.level = level;
      this.start = start;
      this.end = start;
    }
  }

  private static final class Builder {
    private final NormalizedText nt;
    private final String text;
    private final Node root;
    private final List<Node> stack = new ArrayList<>();
    private final Map<Marker.Type, Integer> lastNumber = new EnumMap<>(Marker.Type.class);
    final List<Clause> clauses = new ArrayList<>();

    Builder(NormalizedText nt) {
      this.nt = nt;
      this.text = nt.text();
      this.root = new Node(null, "", "", "", 0, 0);
      stack.add(root);
    }

    void build(List<Paragraph> paras, Set<Integer> skip) {
      int parts = 1;
      boolean afterPartTitle = false;
      for (int i = 0; i < paras.size(); i++) {
        Paragraph p = paras.get(i);
        if (skip.contains(p.index())) {
          continue;
        }
        String annex = annex(p.text());
        if (annex != null) {
          startPart(p, annex);
          continue;
        }
        if (startsNewArticle(paras, i)) {
          parts++;
          startPart(p, parts);
          afterPartTitle = true;
          continue;
        }
        if (afterPartTitle && org.duibiao.normalize.Markers.isOrg(p.text())) {
          continue; // the next article's author: 中共大观区委组织部
        }
        afterPartTitle = false;
        for (Unit u : units(p)) {
          handle(u);
        }
      }
      root.end = text.length();
      closeAll(text.length());
    }

    /**
     * A collection of several articles (组工信息, 简报) restarts its numbering under each article's title: a short line
     * without sentence punctuation, followed within a few lines by 一、 while the numbering so far has passed 一.
     */
    private boolean startsNewArticle(List<Paragraph> paras, int i) {
      String t = paras.get(i).text();
      Integer top = lastNumber.get(Marker.Type.CN);
      if (top == null || top < 2 || t.length() > 40 || Marker.at(t, 0) != null || SENTENCE_MARK.matcher(t).find()) {
        return false;
      }
      for (int k = i + 1; k < Math.min(paras.size(), i + 5); k++) {
        Marker m = Marker.at(paras.get(k).text(), 0);
        if (m != null) {
          return m.type() == Marker.Type.CN && m.number() == 1;
        }
      }
      return false;
    }

    /** 附件, 附件2, 附件：任务分工表, 附表1 on a line of its own: the label of an annex, else null. */
    private static String annex(String t) {
      java.util.regex.Matcher m = ANNEX.matcher(t);
      return m.matches() ? m.group(1) + (m.group(2) == null ? "" : m.group(2)) : null;
    }

    private static final java.util.regex.Pattern ANNEX =
        java.util.regex.Pattern.compile("(附件|附表)([0-9一二三四五六七八九十]{1,2})?(?:[：:][^。；，]{0,40})?");

    private void startPart(Paragraph p, int number) {
      startPart(p, number, "篇" + number);
    }

    /**
     * An annex restarts the numbering under its own label: 附件/一, not a second 一 of the body. A label seen before
     * (the body's list of annexes, then the annex itself) gets a number: 附件, 附件-2.
     */
    private void startPart(Paragraph p, String label) {
      String unique = label;
      for (int n = 2; !annexLabels.add(unique); n++) {
        unique = label + "-" + n;
      }
      startPart(p, 0, unique);
    }

    private final java.util.Set<String> annexLabels = new java.util.HashSet<>();

    private void startPart(Paragraph p, int number, String label) {
      closeAll(p.start());
      lastNumber.clear();
      Marker m = new Marker(Marker.Type.PART, number, 0, label);
      Node node = new Node(m, nt.display(p.start(), p.end()), p.text(), m.label(), 1, p.start());
      root.children.add(node);
      stack.add(node);
    }

    /** Splits a paragraph at markers that continue the numbering (…。二、…。三、…) so one-paragraph documents work. */
    private List<Unit> units(Paragraph p) {
      List<Unit> out = new ArrayList<>();
      String s = p.text();
      Marker first = Marker.at(s, 0);
      if (first != null && first.isEnumeration()) {
        first = null; // 一是… at a paragraph start is handled with the paragraph's enumerations
      }
      int unitStart = 0;
      Marker unitMarker = first;
      Map<Marker.Type, Integer> expected = new EnumMap<>(lastNumber);
      if (first != null) {
        advance(expected, first);
      }
      for (int i = 1; i < s.length(); i++) {
        if ("。！？；".indexOf(s.charAt(i - 1)) < 0) {
          continue;
        }
        Marker m = Marker.at(s, i);
        if (m == null || m.isEnumeration() || m.type() == Marker.Type.ORDINAL) {
          continue;
        }
        Integer last = expected.get(m.type());
        boolean continues = last != null ? m.number() == last + 1 : m.number() == 1 && unitMarker != null
            && deeper(m.type(), unitMarker.type());
        if (!continues) {
          continue;
        }
        out.add(new Unit(p.start() + unitStart, p.start() + i, unitMarker));
        unitStart = i;
        unitMarker = m;
        advance(expected, m);
      }
      out.add(new Unit(p.start() + unitStart, p.end(), unitMarker));
      return out;
    }

    private static boolean deeper(Marker.Type child, Marker.Type parent) {
      return child.ordinal() > parent.ordinal();
    }

    private static void advance(Map<Marker.Type, Integer> numbers, Marker m) {
      numbers.put(m.type(), m.number());
      numbers.keySet().removeIf(t -> t.ordinal() > m.type().ordinal());
    }

    private void handle(Unit u) {
      if (u.marker() == null) {
        body(u.start(), u.end());
        return;
      }
      Marker m = u.marker();
      advance(lastNumber, m);
      // Pop to the parent of this marker's type: a type already on the stack closes everything from it down.
      int found = -1;
      for (int k = stack.size() - 1; k >= 1; k--) {
        if (stack.get(k).marker.type() == m.type()) {
          found = k;
          break;
        }
      }
      if (found > 0) {
        closeFrom(found, u.start());
      } else {
        // A shallower type than the current top (（一） after 1.) closes the deeper ones.
        for (int k = stack.size() - 1; k >= 1; k--) {
          if (stack.get(k).marker.type().ordinal() > m.type().ordinal()) {
            closeFrom(k, u.start());
          }
        }
      }
      int afterMarker = u.start() + m.length();
      int[] split = headingSplit(m, afterMarker, u.end());
      String heading = split[0] < split[1] ? nt.display(split[0], split[1]) : "";
      String headingNorm = text.substring(split[0], split[1]);
      Node parent = stack.get(stack.size() - 1);
      String path = parent.path.isEmpty() ? m.label() : parent.path + "/" + m.label();
      Node node = new Node(m, heading, headingNorm, path, parent.level + 1, u.start());
      node.headingStart = split[0];
      node.headingEnd = split[1];
      parent.children.add(node);
      stack.add(node);
      body(split[2], u.end());
    }

    /** {headingStart, headingEnd, bodyStart}. */
    private int[] headingSplit(Marker m, int from, int to) {
      String rest = text.substring(from, to);
      boolean item = m.type() == Marker.Type.ARTICLE;
      int sentenceEnd = firstSentenceEnd(rest);
      boolean onlyHeading = rest.length() <= 50 && (sentenceEnd < 0 || sentenceEnd == rest.length() - 1)
          && !rest.contains("；") && !rest.contains("，") || rest.length() <= 30 && sentenceEnd < 0;
      // 1.每年选派不少于20名优秀年轻干部到基层一线挂职锻炼。 over a line of 责任单位: a measure, not a title
      // (a stage's date, 动员部署阶段（2023年6月底前）, still heads its items)
      if (item) {
        return new int[] {from, from, from};
      }
      onlyHeading = onlyHeading && !(sentenceEnd > 24 && sentenceEnd == rest.length() - 1)
          && QuantityParser.parse(rest).stream().allMatch(q -> q.kind() == org.duibiao.nlp.Quantity.Kind.DEADLINE);
      if (onlyHeading) {
        int end = to;
        while (end > from && "。；：".indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        return new int[] {from, end, to};
      }
      int limit = m.type() == Marker.Type.PAREN_NUM || m.type() == Marker.Type.CIRCLED ? 20 : 30;
      if (sentenceEnd > 0 && sentenceEnd <= limit && headingLike(rest.substring(0, sentenceEnd))) {
        return new int[] {from, from + sentenceEnd, from + sentenceEnd + 1};
      }
      return new int[] {from, from, from};
    }

    /**
     * An inline heading is a short phrase (突出信念引领 / 坚持问题导向，做到“识人有术”重平时), not a measure with a
     * number or a long clause (依托市委党校…，每年组织全体处级干部轮训一次).
     */
    private static boolean headingLike(String s) {
      if (!QuantityParser.parse(s).isEmpty()) {
        return false;
      }
      String[] parts = s.split("[，；]");
      boolean slogan = s.contains("“");
      for (String part : parts) {
        if (part.length() > 12 || parts.length > 1 && part.length() > 8 && !slogan) {
          return false; // 结合改革开放40周年，在全局开展解放思想大讨论: a measure, not a title
        }
      }
      return true;
    }

    private static int firstSentenceEnd(String s) {
      for (int i = 0; i < s.length(); i++) {
        if ("。！？".indexOf(s.charAt(i)) >= 0) {
          return i;
        }
      }
      return -1;
    }

    /** Body text under the current section: enumerations (一是…二是…) become child sections, then clauses. */
    private void body(int from, int to) {
      if (from >= to) {
        return;
      }
      List<int[]> items = enumerations(from, to);
      Node current = stack.get(stack.size() - 1);
      if (items.isEmpty()) {
        clauses(from, to, current);
        return;
      }
      clauses(from, items.get(0)[0], current);
      for (int[] it : items) {
        Marker m = Marker.at(text, it[0]);
        int bodyStart = it[0] + m.length();
        int sentenceEnd = firstSentenceEnd(text.substring(bodyStart, it[1]));
        int headEnd = sentenceEnd > 0 && sentenceEnd <= 30 ? bodyStart + sentenceEnd : bodyStart;
        String path = current.path.isEmpty() ? m.label() : current.path + "/" + m.label();
        Node node = new Node(m, headEnd > bodyStart ? nt.display(bodyStart, headEnd) : "",
            text.substring(bodyStart, headEnd), path, current.level + 1, it[0]);
        node.end = it[1];
        current.children.add(node);
        clauses(bodyStart, it[1], node);
      }
    }

    /** Positions of 一是, 二是, 三是 … in order, each [start, end). */
    private List<int[]> enumerations(int from, int to) {
      List<Integer> starts = new ArrayList<>();
      int expected = 1;
      for (int i = from; i < to; i++) {
        if (i > from && "。；：！？，".indexOf(text.charAt(i - 1)) < 0) {
          continue;
        }
        Marker m = Marker.at(text, i);
        if (m != null && m.isEnumeration() && m.number() == expected) {
          starts.add(i);
          expected++;
        }
      }
      List<int[]> out = new ArrayList<>();
      if (starts.size() < 2) {
        return out;
      }
      for (int k = 0; k < starts.size(); k++) {
        out.add(new int[] {starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : to});
      }
      return out;
    }

    private void clauses(int from, int to, Node section) {
      int s = from;
      for (int i = from; i <= to; i++) {
        boolean boundary = i == to || "。！？；\n".indexOf(text.charAt(i)) >= 0
            || text.charAt(i) == NormalizedText.GARBLED;
        if (boundary) {
          addClause(s, i, section);
          s = i + 1;
        }
      }
    }

    private void addClause(int from, int to, Node section) {
      while (from < to && " ，、：；“”".indexOf(text.charAt(from)) >= 0 && !(text.charAt(from) == '“' && hasClosing(from, to))) {
        from++;
      }
      while (to > from && " ，、：；".indexOf(text.charAt(to - 1)) >= 0) {
        to--;
      }
      if (to <= from) {
        return;
      }
      String t = text.substring(from, to);
      long han = t.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
      if (han < 2) {
        return;
      }
      int[] span = nt.originSpan(from, to);
      String id = String.format("c%03d", clauses.size() + 1);
      clauses.add(new Clause(id, section.path, t, nt.original().substring(span[0], span[1]), span[0], span[1], from, to,
          ModalityDetector.detect(t), QuantityParser.parse(t), section.headingNormalized));
      section.end = Math.max(section.end, to);
      section.clauses++;
    }

    private boolean hasClosing(int from, int to) {
      return text.substring(from, to).indexOf('”') > 0;
    }

    private void closeFrom(int k, int at) {
      while (stack.size() > k) {
        Node n = stack.remove(stack.size() - 1);
        if (n.clauses == 0 && n.children.isEmpty() && n.headingEnd > n.headingStart) {
          // 二、新提拔的干部在任职1年内参加任职培训。 with nothing under it: a one-sentence item, whose sentence was
          // taken for its heading, states something itself
          addClause(n.headingStart, n.headingEnd, n);
        }
        n.end = Math.max(n.end, at);
      }
    }

    private void closeAll(int at) {
      closeFrom(1, at);
    }

    List<Section> sections() {
      List<Section> out = new ArrayList<>();
      for (Node n : root.children) {
        out.add(toSection(n));
      }
      return out;
    }

    private Section toSection(Node n) {
      List<Section> kids = new ArrayList<>();
      for (Node c : n.children) {
        kids.add(toSection(c));
      }
      int end = Math.max(n.end, n.start);
      int[] span = nt.originSpan(n.start, Math.min(end, text.length()));
      return new Section(n.marker.label(), n.heading, n.path, n.level, span[0], span[1], kids);
    }
  }
}
