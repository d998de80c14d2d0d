package org.duibiao.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.duibiao.nlp.ModalityCue;
import org.duibiao.nlp.Quantity;
import org.duibiao.normalize.NormalizationWarning;
import org.duibiao.structure.CitedDocument;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.PolicyDocument;
import org.duibiao.structure.Section;

/** Writes the document model that {@code duibiao parse} prints, as JSON or as readable text. */
public final class StructureWriter {

  private StructureWriter() {}

  public static String json(PolicyDocument doc) {
    return Json.write(toJson(doc));
  }

  public static ObjectNode toJson(PolicyDocument doc) {
    DocMetadata m = doc.metadata();
    ObjectNode o = Json.object();
    o.put("file", doc.source());
    o.put("mediaType", doc.mediaType());
    o.put("charset", doc.charset());
    o.put("fingerprint", doc.fingerprint());
    o.put("title", m.title());
    o.put("issuer", m.issuer());
    ArrayNode nums = o.putArray("docNumbers");
    m.docNumbers().forEach(nums::add);
    o.put("date", m.date());
    o.put("recipients", m.recipients());
    o.put("script", doc.text().script().label());
    o.put("type", m.type().label());
    o.put("typeConfidence", m.typeConfidence());
    o.put("region", m.region());
    o.put("level", m.level());
    ArrayNode cited = o.putArray("cited");
    for (CitedDocument c : m.cited()) {
      ObjectNode co = cited.addObject();
      co.put("title", c.title());
      co.put("docNumber", c.docNumber());
    }
    ArrayNode sections = o.putArray("sections");
    doc.sections().forEach(s -> section(sections.addObject(), s));
    ArrayNode clauses = o.putArray("clauses");
    doc.clauses().forEach(c -> clause(clauses.addObject(), c));
    ArrayNode warnings = o.putArray("warnings");
    for (NormalizationWarning w : doc.warnings()) {
      ObjectNode wo = warnings.addObject();
      wo.put("kind", w.kind());
      wo.put("start", w.start());
      wo.put("end", w.end());
      wo.put("text", w.text());
    }
    return o;
  }

  private static void section(ObjectNode o, Section s) {
    o.put("path", s.path());
    o.put("marker", s.marker());
    o.put("heading", s.heading());
    o.put("level", s.level());
    o.put("start", s.start());
    o.put("end", s.end());
    if (!s.children().isEmpty()) {
      ArrayNode kids = o.putArray("sections");
      s.children().forEach(c -> section(kids.addObject(), c));
    }
  }

  private static void clause(ObjectNode o, Clause c) {
    o.put("id", c.id());
    o.put("path", c.path());
    o.put("text", c.text());
    o.put("quote", c.quote());
    o.put("start", c.start());
    o.put("end", c.end());
    ModalityCue mc = c.modality();
    ObjectNode mo = o.putObject("modality");
    mo.put("level", mc.modality().label());
    mo.put("strength", mc.modality().strength());
    mo.put("cue", mc.cue());
    ArrayNode qs = o.putArray("quantities");
    for (Quantity q : c.quantities()) {
      quantity(qs.addObject(), q);
    }
  }

  public static void quantity(ObjectNode o, Quantity q) {
    o.put("text", q.text());
    o.put("kind", q.kind().label());
    o.put("cmp", q.cmp().label());
    o.put("value", Json.round(q.value()));
    if (q.max() != q.value()) {
      o.put("max", Json.round(q.max()));
    }
    o.put("unit", q.unit());
    if (q.periodMonths() > 0) {
      o.put("period", q.periodLabel());
    }
    if (q.threshold()) {
      o.put("threshold", true);
    }
  }

  /** A readable outline: metadata, then each clause under its section path. */
  public static String text(PolicyDocument doc) {
    DocMetadata m = doc.metadata();
    StringBuilder sb = new StringBuilder();
    sb.append("文件  ").append(doc.source()).append("  (").append(doc.mediaType())
        .append(doc.charset().isEmpty() ? "" : ", " + doc.charset()).append(", ").append(doc.text().script().label())
        .append(")\n");
    line(sb, "标题", m.title());
    line(sb, "发文机关", m.issuer());
    line(sb, "文号", String.join("；", m.docNumbers()));
    line(sb, "日期", m.date());
    line(sb, "主送", m.recipients());
    line(sb, "类型", m.type().label() + String.format(" (%.2f)", m.typeConfidence()));
    line(sb, "地区", m.region().isEmpty() ? "" : m.region() + " (" + m.level() + ")");
    for (CitedDocument c : m.cited()) {
      line(sb, "引用", "《" + c.title() + "》" + (c.docNumber().isEmpty() ? "" : " " + c.docNumber()));
    }
    sb.append('\n');
    String lastPath = null;
    for (Clause c : doc.clauses()) {
      if (!c.path().equals(lastPath)) {
        sb.append("[").append(c.path().isEmpty() ? "-" : c.path()).append("]\n");
        lastPath = c.path();
      }
      sb.append("  ").append(c.id()).append(' ').append(c.text());
      List<String> tags = new java.util.ArrayList<>();
      if (c.modality().marked()) {
        tags.add(c.modality().modality().label() + ":" + c.modality().cue());
      }
      for (Quantity q : c.quantities()) {
        tags.add(q.text());
      }
      if (!tags.isEmpty()) {
        sb.append("  {").append(String.join(", ", tags)).append('}');
      }
      sb.append('\n');
    }
    if (!doc.warnings().isEmpty()) {
      sb.append('\n');
      for (NormalizationWarning w : doc.warnings()) {
        sb.append("warning: ").append(w.kind()).append(" at ").append(w.start()).append(": ").append(w.text())
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String k, String v) {
    if (v != null && !v.isEmpty()) {
      sb.append(k).append("  ").append(v).append('\n');
    }
  }
}
