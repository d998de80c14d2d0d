package org.duibiao.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.duibiao.index.SearchResults;
import org.duibiao.index.SearchResults.FacetCount;
import org.duibiao.index.SearchResults.Hit;
import org.duibiao.index.Span;

/**
 * Writes search results as JSON (the contract documented in the README: keys always present, in this order) or as
 * readable text with the matches in 【】. File paths are shown relative to {@code base} when they lie under it.
 */
public final class SearchResultWriter {

  private SearchResultWriter() {}

  public static String json(SearchResults r, Path base) {
    return Json.write(toJson(r, base));
  }

  public static ObjectNode toJson(SearchResults r, Path base) {
    ObjectNode o = Json.object();
    o.put("query", r.query());
    o.put("level", r.level());
    o.put("total", r.total());
    ObjectNode exp = o.putObject("expansions");
    r.expansions().forEach((word, syns) -> syns.forEach(exp.putArray(word)::add));
    ArrayNode hits = o.putArray("hits");
    for (Hit h : r.hits()) {
      hit(hits.addObject(), h, base);
    }
    ObjectNode facets = o.putObject("facets");
    r.facets().forEach((dim, values) -> {
      ArrayNode a = facets.putArray(dim);
      for (FacetCount c : values) {
        a.addObject().put("value", c.value()).put("count", c.count());
      }
    });
    return o;
  }

  private static void hit(ObjectNode o, Hit h, Path base) {
    o.put("rank", h.rank());
    o.put("score", Json.round(h.score()));
    o.put("file", display(h.file(), base));
    o.put("clause", h.clause());
    o.put("title", h.title());
    o.put("issuer", h.issuer());
    o.put("date", h.date());
    h.docNumbers().forEach(o.putArray("docNumbers")::add);
    o.put("type", h.type());
    o.put("region", h.region());
    o.put("level", h.level());
    o.put("section", h.section());
    o.put("heading", h.heading());
    o.put("modality", h.modality());
    o.put("snippet", h.snippet().text());
    spans(o.putArray("highlights"), h.snippet().highlights());
    spans(o.putArray("original"), h.snippet().original());
  }

  private static void spans(ArrayNode a, List<Span> spans) {
    for (Span s : spans) {
      a.addArray().add(s.start()).add(s.end());
    }
  }

  public static String text(SearchResults r, Path base) {
    StringBuilder sb = new StringBuilder();
    String what = r.level().equals("clauses") ? "clause" : "document";
    sb.append(r.total()).append(' ').append(what).append(r.total() == 1 ? "" : "s").append(" for ").append(r.query());
    if (!r.expansions().isEmpty()) {
      sb.append("  (synonyms: ");
      int k = 0;
      for (Map.Entry<String, List<String>> e : r.expansions().entrySet()) {
        sb.append(k++ > 0 ? "; " : "").append(e.getKey()).append(" → ").append(String.join(", ", e.getValue()));
      }
      sb.append(')');
    }
    sb.append("\n");
    for (Hit h : r.hits()) {
      sb.append('\n').append(String.format("%2d. ", h.rank())).append(h.title().isEmpty() ? "(no title)" : h.title());
      sb.append(String.format("  [%.2f]%n", h.score()));
      sb.append("    ").append(String.join(" · ", nonEmpty(h.issuer(), h.date(), String.join("、", h.docNumbers()),
          h.type(), h.region()))).append('\n');
      sb.append("    ").append(display(h.file(), base));
      if (h.clause() != null) {
        sb.append('#').append(h.clause());
        if (!h.section().isEmpty()) {
          sb.append("  ").append(h.section()).append(h.heading().isEmpty() ? "" : " " + h.heading());
        }
      }
      sb.append('\n').append("    ").append(h.snippet().marked("【", "】")).append('\n');
    }
    if (r.total() > 0) {
      sb.append('\n');
      r.facets().forEach((dim, values) -> {
        if (!values.isEmpty()) {
          sb.append(String.format("%-7s", dim));
          values.forEach(c -> sb.append("  ").append(c.value()).append(' ').append(c.count()));
          sb.append('\n');
        }
      });
    }
    return sb.toString();
  }

  private static List<String> nonEmpty(String... values) {
    return java.util.Arrays.stream(values).filter(v -> v != null && !v.isEmpty()).toList();
  }

  /** The path relative to {@code base} when it lies under it, else as is. */
  static String display(String file, Path base) {
    if (base == null || file.isEmpty()) {
      return file;
    }
    Path p = Path.of(file);
    Path b = base.toAbsolutePath().normalize();
    return p.startsWith(b) ? b.relativize(p).toString() : file;
  }
}
