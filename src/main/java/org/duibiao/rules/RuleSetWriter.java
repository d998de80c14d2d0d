package org.duibiao.rules;

import java.util.List;
import java.util.Locale;

/**
 * Writes a rule set as YAML that a person can read and edit: one measure per block, concepts as flow lists,
 * every string double-quoted. {@link RuleSetLoader} reads it back unchanged.
 */
public final class RuleSetWriter {

  private RuleSetWriter() {}

  public static String yaml(RuleSet rs, String header) {
    StringBuilder sb = new StringBuilder();
    if (header != null && !header.isEmpty()) {
      for (String line : header.split("\n")) {
        sb.append("# ").append(line).append('\n');
      }
    }
    sb.append("id: ").append(q(rs.id())).append('\n');
    sb.append("origin: ").append(rs.origin()).append('\n');
    PolicyRef p = rs.policy();
    sb.append("policy:\n");
    sb.append("  title: ").append(q(p.title())).append('\n');
    sb.append("  doc_numbers: ").append(flow(p.docNumbers())).append('\n');
    sb.append("  date: ").append(q(p.date())).append('\n');
    sb.append("  issuer: ").append(q(p.issuer())).append('\n');
    sb.append("  fingerprint: ").append(q(p.fingerprint())).append('\n');
    sb.append("measures:\n");
    for (Measure m : rs.measures()) {
      measure(sb, m);
    }
    return sb.toString();
  }

  private static void measure(StringBuilder sb, Measure m) {
    sb.append("  - id: ").append(q(m.id())).append('\n');
    sb.append("    title: ").append(q(m.title())).append('\n');
    sb.append("    source:\n");
    sb.append("      path: ").append(q(m.source().path())).append('\n');
    sb.append("      quote: ").append(q(m.source().quote())).append('\n');
    if (m.source().start() >= 0) {
      sb.append("      start: ").append(m.source().start()).append('\n');
      sb.append("      end: ").append(m.source().end()).append('\n');
    }
    sb.append("    modality: ").append(m.modality().label()).append('\n');
    if (!m.actors().isEmpty()) {
      sb.append("    actors: ").append(flow(m.actors())).append('\n');
    }
    if (!m.actions().isEmpty()) {
      sb.append("    actions: ").append(flow(m.actions())).append('\n');
    }
    if (!m.objects().isEmpty()) {
      sb.append("    objects: ").append(flow(m.objects())).append('\n');
    }
    sb.append("    match:\n");
    concepts(sb, "all", m.match().all());
    concepts(sb, "items", m.match().items());
    if (!m.match().items().isEmpty() && m.match().itemsMin() != MatchSpec.ITEMS_MIN) {
      sb.append("      items_min: ").append(num(m.match().itemsMin())).append('\n');
    }
    if (!m.match().context().isEmpty()) {
      sb.append("      context: ").append(flow(m.match().context())).append('\n');
    }
    if (!m.match().not().isEmpty()) {
      sb.append("      not: ").append(flow(m.match().not())).append('\n');
    }
    if (!m.quantity().isEmpty()) {
      sb.append("    quantity:\n");
      for (QuantityConstraint c : m.quantity()) {
        sb.append("      - {text: ").append(q(c.text()))
            .append(", kind: ").append(c.kind().name().toLowerCase(Locale.ROOT))
            .append(", cmp: ").append(c.cmp().label())
            .append(", value: ").append(num(c.value()));
        if (c.max() != c.value()) {
          sb.append(", max: ").append(num(c.max()));
        }
        sb.append(", unit: ").append(q(c.unit()));
        if (c.periodMonths() > 0) {
          sb.append(", period_months: ").append(num(c.periodMonths()));
        }
        if (c.threshold()) {
          sb.append(", threshold: true");
        }
        if (!c.noun().isEmpty()) {
          sb.append(", noun: ").append(q(c.noun()));
        }
        sb.append("}\n");
      }
    }
    sb.append("    severity: ").append(m.severity().label()).append('\n');
    if (!m.appliesTo().isEmpty()) {
      sb.append("    applies_to: ").append(flow(m.appliesTo())).append('\n');
    }
  }

  private static void concepts(StringBuilder sb, String key, List<Concept> cs) {
    if (cs.isEmpty()) {
      return;
    }
    sb.append("      ").append(key).append(":\n");
    for (Concept c : cs) {
      sb.append("        - ").append(flow(c.terms())).append('\n');
    }
  }

  private static String flow(List<String> l) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(q(l.get(i)));
    }
    return sb.append(']').toString();
  }

  static String num(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(Math.round(d * 1000) / 1000.0);
  }

  /** A double-quoted YAML scalar (JSON escaping is valid YAML). */
  static String q(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
