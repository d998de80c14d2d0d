package org.duibiao.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.duibiao.nlp.deep.Action;
import org.duibiao.nlp.deep.ActionFrame;
import org.duibiao.nlp.deep.ClauseAnalysis;
import org.duibiao.nlp.deep.Dependency;
import org.duibiao.nlp.deep.DocumentAnalysis;
import org.duibiao.nlp.deep.Entity;
import org.duibiao.nlp.deep.Phrase;
import org.duibiao.nlp.deep.Token;
import org.duibiao.structure.Clause;
import org.duibiao.structure.PolicyDocument;

/** Writes the deep analysis that {@code duibiao analyze} prints, as JSON or as readable text. */
public final class AnalysisWriter {

  private AnalysisWriter() {}

  public static String json(PolicyDocument doc, DocumentAnalysis a) {
    ObjectNode o = Json.object();
    o.put("file", doc.source());
    o.put("key", a.key());
    o.put("pipeline", a.pipeline());
    ArrayNode clauses = o.putArray("clauses");
    for (int i = 0; i < a.clauses().size(); i++) {
      clause(clauses.addObject(), doc.clauses().get(i), a.clauses().get(i));
    }
    return Json.write(o);
  }

  private static void clause(ObjectNode o, Clause c, ClauseAnalysis a) {
    o.put("id", c.id());
    o.put("path", c.path());
    o.put("text", a.text());
    o.put("actionable", a.actionable());
    o.put("rhetoric", a.rhetoric());
    ArrayNode frames = o.putArray("frames");
    a.frames().forEach(f -> frame(frames.addObject(), f));
    ArrayNode entities = o.putArray("entities");
    for (Entity e : a.entities()) {
      ObjectNode eo = entities.addObject();
      eo.put("text", e.text());
      eo.put("type", e.type());
      eo.put("start", e.start());
      eo.put("end", e.end());
      eo.put("value", e.value());
    }
    ArrayNode tokens = o.putArray("tokens");
    for (Token t : a.tokens()) {
      tokens.addArray().add(t.word()).add(t.pos()).add(t.ner()).add(t.start()).add(t.end());
    }
    ArrayNode deps = o.putArray("dependencies");
    for (Dependency d : a.dependencies()) {
      deps.addArray().add(d.dependent()).add(d.head()).add(d.relation());
    }
  }

  private static void frame(ObjectNode o, ActionFrame f) {
    o.put("actionable", f.actionable());
    phrases(o.putArray("actors"), f.actors());
    o.put("actorSource", f.actorSource().name().toLowerCase(java.util.Locale.ROOT));
    Action a = f.action();
    ObjectNode ao = o.putObject("action");
    ao.put("verb", a.verb());
    ao.put("modal", a.modal());
    ArrayNode adv = ao.putArray("adverbs");
    a.adverbs().forEach(adv::add);
    ao.put("negated", a.negated());
    ao.put("start", a.start());
    ao.put("end", a.end());
    phrases(o.putArray("objects"), f.objects());
    phrases(o.putArray("conditions"), f.conditions());
  }

  private static void phrases(ArrayNode arr, List<Phrase> phrases) {
    for (Phrase p : phrases) {
      ObjectNode po = arr.addObject();
      po.put("text", p.text());
      po.put("head", p.head());
      po.put("start", p.start());
      po.put("end", p.end());
    }
  }

  /** One block per clause: its text, entities and one line per frame (actors → action → objects, conditions). */
  public static String text(PolicyDocument doc, DocumentAnalysis a) {
    StringBuilder sb = new StringBuilder();
    sb.append("文件  ").append(doc.source()).append('\n');
    sb.append("分析  ").append(a.pipeline()).append('\n');
    for (int i = 0; i < a.clauses().size(); i++) {
      Clause c = doc.clauses().get(i);
      ClauseAnalysis ca = a.clauses().get(i);
      sb.append('\n').append(c.id());
      if (!c.path().isEmpty()) {
        sb.append(" [").append(c.path()).append(']');
      }
      sb.append(ca.rhetoric() ? "  (无可执行动作)" : ca.frames().isEmpty() ? "  (未找到谓语)" : "").append('\n');
      sb.append("  ").append(ca.text()).append('\n');
      if (!ca.entities().isEmpty()) {
        sb.append("  实体 ").append(ca.entities().stream().map(e -> e.text() + "/" + e.type())
            .collect(Collectors.joining("  "))).append('\n');
      }
      for (ActionFrame f : ca.frames()) {
        sb.append("  ").append(frameLine(f)).append('\n');
      }
    }
    return sb.toString();
  }

  /** A frame on one line: {@code + 主体 | 要 认真 落实 | 对象 | 条件}; {@code -} marks a frame that is not actionable. */
  private static String frameLine(ActionFrame f) {
    StringBuilder sb = new StringBuilder(f.actionable() ? "+ " : "- ");
    String actors = f.actors().stream().map(Phrase::text).collect(Collectors.joining("、"));
    sb.append(actors.isEmpty() ? "∅" : actors);
    if (f.actorSource() == ActionFrame.ActorSource.SHARED) {
      sb.append("(承前)");
    } else if (f.actorSource() == ActionFrame.ActorSource.INHERITED) {
      sb.append("(承总)");
    }
    Action a = f.action();
    sb.append(" | ");
    if (!a.modal().isEmpty()) {
      sb.append(a.modal()).append(' ');
    }
    for (String adv : a.adverbs()) {
      sb.append(adv).append(' ');
    }
    sb.append(a.negated() ? "不 " : "").append(a.verb());
    sb.append(" | ").append(f.objects().stream().map(Phrase::text).collect(Collectors.joining("；")));
    if (!f.conditions().isEmpty()) {
      sb.append(" | ").append(f.conditions().stream().map(Phrase::text).collect(Collectors.joining("；")));
    }
    return sb.toString();
  }
}
