package org.duibiao.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.duibiao.check.CheckResult;
import org.duibiao.check.Evidence;
import org.duibiao.check.Finding;
import org.duibiao.check.Status;
import org.duibiao.rules.Measure;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.PolicyDocument;

/**
 * The compliance report. JSON is the contract (tests, the web app and the evaluation read it); text and Markdown
 * are rendered from the same values. No timestamps: the same inputs give byte-identical output.
 */
public final class CheckReportWriter {

  private CheckReportWriter() {}

  public static String json(CheckResult r) {
    return Json.write(toJson(r));
  }

  public static ObjectNode toJson(CheckResult r) {
    ObjectNode o = Json.object();
    ObjectNode policy = o.putObject("policy");
    doc(policy, r.policy(), true);
    ObjectNode plan = o.putObject("plan");
    doc(plan, r.plan(), false);
    ObjectNode rs = o.putObject("ruleset");
    rs.put("id", r.ruleSet().id());
    rs.put("origin", r.ruleSet().origin());
    ObjectNode sum = o.putObject("summary");
    sum.put("total", r.findings().size());
    sum.put("covered", r.count(Status.COVERED));
    sum.put("partial", r.count(Status.PARTIAL));
    sum.put("missing", r.count(Status.MISSING));
    sum.put("coverage", Json.round(r.coverage()));
    ArrayNode reqs = o.putArray("requirements");
    for (Finding f : r.findings()) {
      Measure m = f.measure();
      ObjectNode q = reqs.addObject();
      q.put("id", m.id());
      q.put("title", m.title());
      q.put("modality", m.modality().label());
      q.put("severity", m.severity().label());
      ObjectNode src = q.putObject("source");
      src.put("quote", m.source().quote());
      src.put("path", m.source().path());
      src.put("start", m.source().start());
      src.put("end", m.source().end());
      q.put("status", f.status().label());
      q.put("score", Json.round(f.score()));
      ArrayNode ev = q.putArray("evidence");
      for (Evidence e : f.evidence()) {
        ObjectNode eo = ev.addObject();
        eo.put("quote", e.quote());
        eo.put("path", e.path());
        eo.put("start", e.start());
        eo.put("end", e.end());
      }
      q.put("reason", f.reason());
    }
    return o;
  }

  private static void doc(ObjectNode o, PolicyDocument d, boolean numbers) {
    DocMetadata m = d.metadata();
    o.put("file", d.source());
    o.put("title", m.title());
    if (numbers) {
      ArrayNode a = o.putArray("docNumbers");
      m.docNumbers().forEach(a::add);
    }
    o.put("issuer", m.issuer());
    o.put("date", m.date());
  }

  /** A plain-text report; with {@code explain}, each measure's concepts, weights and hits too. */
  public static String text(CheckResult r, boolean explain) {
    StringBuilder sb = new StringBuilder();
    sb.append("政策  ").append(r.policy().metadata().title()).append('\n');
    sb.append("方案  ").append(r.plan().metadata().title()).append('\n');
    sb.append("规则  ").append(r.ruleSet().id()).append(" (").append(r.ruleSet().origin()).append(")\n");
    sb.append(String.format("结果  %d 项措施：已落实 %d，部分落实 %d，未落实 %d；覆盖率 %.0f%%%n%n", r.findings().size(),
        r.count(Status.COVERED), r.count(Status.PARTIAL), r.count(Status.MISSING), r.coverage() * 100));
    for (Finding f : r.findings()) {
      sb.append(mark(f.status())).append(' ').append(f.measure().id()).append(' ').append(f.measure().title()).append('\n');
      sb.append("    ").append(f.reason()).append('\n');
      if (explain && !f.explanation().isEmpty()) {
        sb.append("    ? ").append(f.explanation()).append('\n');
      }
      for (Evidence e : f.evidence()) {
        sb.append("    > ").append(e.quote().replace('\n', ' ')).append(e.path().isEmpty() ? "" : "  [" + e.path() + "]")
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** A Markdown report: a summary, then one table of every measure with its verdict, evidence and reason. */
  public static String markdown(CheckResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# 对标检查报告\n\n");
    sb.append("- 政策：").append(md(r.policy().metadata().title())).append('\n');
    sb.append("- 方案：").append(md(r.plan().metadata().title())).append('\n');
    sb.append("- 规则：").append(md(r.ruleSet().id())).append("（").append(r.ruleSet().origin()).append("）\n");
    sb.append(String.format("- 结果：%d 项措施，已落实 %d，部分落实 %d，未落实 %d，覆盖率 %.0f%%%n%n", r.findings().size(),
        r.count(Status.COVERED), r.count(Status.PARTIAL), r.count(Status.MISSING), r.coverage() * 100));
    sb.append("| 编号 | 措施 | 结论 | 依据（方案原文） | 说明 |\n|---|---|---|---|---|\n");
    for (Finding f : r.findings()) {
      String ev = f.evidence().isEmpty() ? "—" : md(f.evidence().get(0).quote());
      sb.append("| ").append(f.measure().id()).append(" | ").append(md(f.measure().title())).append(" | ")
          .append(zh(f.status())).append(" | ").append(ev).append(" | ").append(md(f.reason())).append(" |\n");
    }
    return sb.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  static String zh(Status s) {
    return switch (s) {
      case COVERED -> "已落实";
      case PARTIAL -> "部分落实";
      case MISSING -> "未落实";
    };
  }

  private static String mark(Status s) {
    return switch (s) {
      case COVERED -> "[已落实]  ";
      case PARTIAL -> "[部分落实]";
      case MISSING -> "[未落实]  ";
    };
  }
}
