package org.duibiao.ingest;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Word's automatic numbering written out as text. A Chinese official document numbers its parts 一、 （一） 1. （1）
 * with Word's list numbering as often as by typing them, and Tika renders that numbering badly: chineseCounting comes
 * out as 1、, a list restarts where Word continues it, and numbering a paragraph takes from its style (Heading 1 with
 * 一、) is left out altogether, so the document's hierarchy was lost. Each numbered paragraph of the body gets the
 * label Word shows for it as a run of text at its start, and its numbering is switched off ({@code numId 0}) so Tika
 * adds none of its own. Bullets and levels numbered "none" are left as they are.
 *
 * <p>Labels are counted as Word counts them: one counter per abstract numbering definition (lists that share one
 * continue each other), a level starting at its {@code w:start}, or at a list's {@code w:startOverride} when that list
 * first uses the level, and restarting when a higher level is used ({@code w:lvlRestart} can say which), paragraphs
 * in tables counted in document order.
 */
final class WordNumbering {

  private WordNumbering() {}

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  private static final int LEVELS = 9;

  /**
   * Writes the labels into the main document part of {@code pkg}; true when it changed anything. A document without
   * a numbering part is not read at all.
   */
  static boolean writeLabels(OPCPackage pkg) throws Exception {
    boolean changed = false;
    for (PackageRelationship rel : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
      PackagePart main = pkg.getPart(rel);
      PackagePart numberingPart = related(main, XWPFRelation.NUMBERING.getRelation());
      if (numberingPart == null) {
        continue;
      }
      Document numbering = read(numberingPart);
      if (numbering.getDocumentElement().getElementsByTagNameNS(W, "num").getLength() == 0) {
        continue; // no lists defined
      }
      PackagePart stylesPart = related(main, XWPFRelation.STYLES.getRelation());
      Document styles = stylesPart == null ? null : read(stylesPart);
      Document body = read(main);
      if (new Labeller(numbering.getDocumentElement(), styles == null ? null : styles.getDocumentElement())
          .label(body)) {
        write(body, main);
        changed = true;
      }
    }
    return changed;
  }

  private static PackagePart related(PackagePart part, String type) throws Exception {
    for (PackageRelationship r : part.getRelationshipsByType(type)) {
      if (r.getTargetMode() == TargetMode.INTERNAL) {
        return part.getRelatedPart(r);
      }
    }
    return null;
  }

  private static Document read(PackagePart part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return DocumentHelper.readDocument(in);
    }
  }

  private static void write(Document doc, PackagePart part) throws Exception {
    Transformer t = XMLHelper.newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.INDENT, "no");
    try (OutputStream out = part.getOutputStream()) {
      t.transform(new DOMSource(doc), new StreamResult(out));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The numbering definitions

  /** One level of a list as the paragraph sees it (the abstract definition's, or a list's own override). */
  record Level(int start, String format, String text, int restart, boolean legal, String suffix, String style) {

    static final Level NONE = new Level(0, "decimal", "", -1, false, "tab", null);

    static Level of(Element lvl) {
      Element fmt = child(lvl, "numFmt");
      if (fmt == null) { // a newer format with the older one as fallback: <mc:AlternateContent>
        for (Element ac : children(lvl, MC, "AlternateContent")) {
          for (Element fb : children(ac, MC, "Fallback")) {
            fmt = fmt == null ? child(fb, "numFmt") : fmt;
          }
        }
      }
      Element text = child(lvl, "lvlText");
      Element restart = child(lvl, "lvlRestart");
      return new Level(startVal(child(lvl, "start")), fmt == null ? "decimal" : val(fmt, "decimal"),
          text == null ? "" : val(text, ""), restart == null ? -1 : intVal(restart, -1), on(child(lvl, "isLgl")),
          val(child(lvl, "suff"), "tab"), val(child(lvl, "pStyle"), null));
    }
  }

  /** A w:num: the abstract definition it counts with, its levels and its start overrides. */
  record NumList(String numId, String counterKey, Level[] levels, Integer[] startOverride) {}

  static final class Labeller {

    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> styles = new HashMap<>();
    private final Map<String, NumList> lists = new HashMap<>();
    private String defaultStyle;

    /** Counters per abstract definition: the current value of each level, null where it starts afresh. */
    private final Map<String, Integer[]> counters = new HashMap<>();
    /** The (list, level) pairs already used: a start override applies the first time only. */
    private final Set<String> used = new HashSet<>();

    Labeller(Element numbering, Element styleSheet) {
      for (Element a : children(numbering, W, "abstractNum")) {
        abstracts.putIfAbsent(attr(a, "abstractNumId"), a);
      }
      for (Element n : children(numbering, W, "num")) {
        nums.putIfAbsent(attr(n, "numId"), n);
      }
      if (styleSheet != null) {
        for (Element s : children(styleSheet, W, "style")) {
          if ("paragraph".equals(attr(s, "type")) || "numbering".equals(attr(s, "type"))) {
            styles.putIfAbsent(attr(s, "styleId"), s);
            if ("paragraph".equals(attr(s, "type")) && on(s, "default") && defaultStyle == null) {
              defaultStyle = attr(s, "styleId");
            }
          }
        }
      }
    }

    /** Labels the numbered paragraphs of {@code body}; true when any changed. */
    boolean label(Document body) {
      NodeList ps = body.getElementsByTagNameNS(W, "p");
      List<Element> paragraphs = new ArrayList<>(ps.getLength());
      for (int i = 0; i < ps.getLength(); i++) {
        paragraphs.add((Element) ps.item(i));
      }
      boolean changed = false;
      for (Element p : paragraphs) {
        changed |= label(p);
      }
      return changed;
    }

    private boolean label(Element p) {
      if (inFallback(p)) {
        return false; // the same text box again, for programs that cannot read the first
      }
      Element pPr = child(p, "pPr");
      Element own = pPr == null ? null : child(pPr, "numPr");
      String numId = own == null ? null : val(child(own, "numId"), null);
      String ilvl = own == null ? null : val(child(own, "ilvl"), null);
      List<String> chain = styleChain(pPr == null ? null : val(child(pPr, "pStyle"), null));
      for (String s : chain) {
        Element sPr = child(styles.get(s), "pPr");
        Element numPr = sPr == null ? null : child(sPr, "numPr");
        if (numPr != null) {
          numId = numId == null ? val(child(numPr, "numId"), null) : numId;
          ilvl = ilvl == null ? val(child(numPr, "ilvl"), null) : ilvl;
        }
      }
      if (numId == null || numId.equals("0")) {
        return false;
      }
      NumList list = list(numId);
      if (list == null) {
        return false;
      }
      int level = ilvl == null ? styleLevel(list, chain) : parseInt(ilvl, 0);
      if (level < 0 || level >= LEVELS) {
        return false;
      }
      Level def = list.levels()[level];
      boolean labelled = !def.format().equals("bullet") && !def.format().equals("none");
      if (markDeleted(pPr)) { // the paragraph is gone once the changes are accepted; Word does not count it
        if (labelled) {
          disable(p, pPr);
        }
        return labelled;
      }
      count(list, level);
      if (!labelled) {
        return false; // a bullet or an unnumbered level still counts: the levels below it restart
      }
      String text = text(list, level);
      disable(p, pPr);
      if (!text.isEmpty()) {
        String suffix = def.suffix().equals("nothing") || endsInStop(text) ? "" : " ";
        insertRun(p, child(p, "pPr"), text + suffix);
      }
      return true;
    }

    /** The level of a list linked from a style: the level that names the style, else the first. */
    private int styleLevel(NumList list, List<String> chain) {
      for (String s : chain) {
        for (int l = 0; l < LEVELS; l++) {
          if (s.equals(list.levels()[l].style())) {
            return l;
          }
        }
      }
      return 0;
    }

    /** The paragraph's style and the styles it is based on, nearest first. */
    private List<String> styleChain(String style) {
      List<String> chain = new ArrayList<>();
      String s = style == null ? defaultStyle : style;
      while (s != null && styles.containsKey(s) && !chain.contains(s) && chain.size() < 32) {
        chain.add(s);
        s = val(child(styles.get(s), "basedOn"), null);
      }
      return chain;
    }

    /** Advances the counter of {@code level} and restarts the levels below it. */
    private void count(NumList list, int level) {
      Integer[] c = counters.computeIfAbsent(list.counterKey(), k -> new Integer[LEVELS]);
      Integer override = list.startOverride()[level];
      if (used.add(list.numId() + "/" + level) && override != null) {
        c[level] = override;
      } else {
        c[level] = c[level] == null ? list.levels()[level].start() : c[level] + 1;
      }
      for (int lower = level + 1; lower < LEVELS; lower++) {
        int restart = list.levels()[lower].restart();
        if (restart < 0 || restart > 0 && level < restart) {
          c[lower] = null;
        }
      }
    }

    /** The label of {@code level}: its lvlText with %1…%9 replaced by the levels' current numbers. */
    private String text(NumList list, int level) {
      Integer[] c = counters.get(list.counterKey());
      Level def = list.levels()[level];
      String t = def.text();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
          int l = t.charAt(++i) - '1';
          Level ref = list.levels()[l];
          int n = c[l] != null ? c[l] : list.startOverride()[l] != null ? list.startOverride()[l] : ref.start();
          sb.append(NumberFormats.format(n, def.legal() ? "decimal" : ref.format()));
        } else {
          sb.append(ch);
        }
      }
      return sb.toString();
    }

    /** The list {@code numId} with its levels resolved, following a numbering style link; null if undefined. */
    private NumList list(String numId) {
      if (lists.containsKey(numId)) {
        return lists.get(numId);
      }
      NumList list = null;
      Element num = nums.get(numId);
      if (num != null) {
        Element abs = abstracts.get(val(child(num, "abstractNumId"), ""));
        // <w:numStyleLink> points at a numbering style whose own list holds the levels
        for (int hop = 0; abs != null && child(abs, "numStyleLink") != null && hop < 4; hop++) {
          Element style = styles.get(val(child(abs, "numStyleLink"), ""));
          Element sPr = style == null ? null : child(style, "pPr");
          Element numPr = sPr == null ? null : child(sPr, "numPr");
          Element linked = numPr == null ? null : nums.get(val(child(numPr, "numId"), ""));
          abs = linked == null ? null : abstracts.get(val(child(linked, "abstractNumId"), ""));
        }
        if (abs != null) {
          Level[] levels = new Level[LEVELS];
          Integer[] overrides = new Integer[LEVELS];
          for (Element lvl : children(abs, W, "lvl")) {
            int i = parseInt(attr(lvl, "ilvl"), -1);
            if (i >= 0 && i < LEVELS && levels[i] == null) {
              levels[i] = Level.of(lvl);
            }
          }
          for (Element o : children(num, W, "lvlOverride")) {
            int i = parseInt(attr(o, "ilvl"), -1);
            if (i < 0 || i >= LEVELS) {
              continue;
            }
            Element lvl = child(o, "lvl");
            if (lvl != null) {
              levels[i] = Level.of(lvl);
            }
            Element start = child(o, "startOverride");
            if (start != null) {
              overrides[i] = startVal(start);
            }
          }
          for (int i = 0; i < LEVELS; i++) {
            levels[i] = levels[i] == null ? Level.NONE : levels[i];
          }
          String absId = attr(abs, "abstractNumId");
          list = new NumList(numId, absId == null ? "num " + numId : absId, levels, overrides);
        }
      }
      lists.put(numId, list);
      return list;
    }
  }

  /** A label that ends in its own separator (一、 （一） 1.) needs no space before the text. */
  private static boolean endsInStop(String label) {
    char c = label.charAt(label.length() - 1);
    return "、．.）)，,：:]】〕」』>\u3000 \t".indexOf(c) >= 0 || c >= '\u2460' && c <= '\u24ff';
  }

  private static boolean inFallback(Element p) {
    for (Node n = p.getParentNode(); n != null; n = n.getParentNode()) {
      if (MC.equals(n.getNamespaceURI()) && "Fallback".equals(n.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph whose mark is a tracked deletion. */
  private static boolean markDeleted(Element pPr) {
    Element rPr = pPr == null ? null : child(pPr, "rPr");
    return rPr != null && (child(rPr, "del") != null || child(rPr, "moveFrom") != null);
  }

  /** Switches the paragraph's numbering off: {@code <w:numPr><w:numId w:val="0"/></w:numPr>}, style's included. */
  private static void disable(Element p, Element pPr) {
    Document d = p.getOwnerDocument();
    if (pPr == null) {
      pPr = d.createElementNS(W, "w:pPr");
      p.insertBefore(pPr, p.getFirstChild());
    }
    Element numPr = child(pPr, "numPr");
    if (numPr != null) {
      pPr.removeChild(numPr);
    }
    numPr = d.createElementNS(W, "w:numPr");
    Element numId = d.createElementNS(W, "w:numId");
    numId.setAttributeNS(W, "w:val", "0");
    numPr.appendChild(numId);
    // numPr comes after pStyle, keepNext, keepLines, pageBreakBefore, framePr and widowControl in pPr
    Node before = pPr.getFirstChild();
    while (before != null && (!(before instanceof Element e) || BEFORE_NUMPR.contains(e.getLocalName()))) {
      before = before.getNextSibling();
    }
    pPr.insertBefore(numPr, before);
  }

  private static final Set<String> BEFORE_NUMPR = Set.of("pStyle", "keepNext", "keepLines", "pageBreakBefore",
      "framePr", "widowControl");

  private static void insertRun(Element p, Element pPr, String text) {
    Document d = p.getOwnerDocument();
    Element r = d.createElementNS(W, "w:r");
    Element t = d.createElementNS(W, "w:t");
    t.setAttributeNS(XML, "xml:space", "preserve");
    t.setTextContent(text);
    r.appendChild(t);
    p.insertBefore(r, pPr == null ? p.getFirstChild() : pPr.getNextSibling());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // DOM helpers

  private static Element child(Element e, String localName) {
    if (e == null) {
      return null;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && W.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName())) {
        return c;
      }
    }
    return null;
  }

  private static List<Element> children(Element e, String ns, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && ns.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName())) {
        out.add(c);
      }
    }
    return out;
  }

  private static String attr(Element e, String localName) {
    return e.hasAttributeNS(W, localName) ? e.getAttributeNS(W, localName) : null;
  }

  private static String val(Element e, String absent) {
    String v = e == null ? null : attr(e, "val");
    return v == null ? absent : v;
  }

  private static int intVal(Element e, int absent) {
    return parseInt(val(e, null), absent);
  }

  /** A start value, kept within what Word allows (0–32767): a damaged file's 2147483647 would overflow the count. */
  private static int startVal(Element e) {
    return Math.max(0, Math.min(MAX_START, intVal(e, 0)));
  }

  private static final int MAX_START = 32767;

  /** An on/off property: present and not val="false" / "0" / "off". */
  private static boolean on(Element e) {
    if (e == null) {
      return false;
    }
    String v = val(e, "true");
    return !(v.equals("false") || v.equals("0") || v.equals("off"));
  }

  private static boolean on(Element e, String attribute) {
    if (e == null) {
      return false;
    }
    String v = attr(e, attribute);
    return v != null && (v.equals("1") || v.equals("true") || v.equals("on"));
  }

  private static int parseInt(String s, int absent) {
    if (s == null) {
      return absent;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return absent;
    }
  }
}
