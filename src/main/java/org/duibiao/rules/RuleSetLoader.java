package org.duibiao.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.duibiao.nlp.Modality;
import org.duibiao.nlp.Quantity;

/**
 * Reads a rule-set YAML file, validates it against the published schema ({@code rulesets/ruleset.schema.json})
 * and builds the {@link RuleSet}. Every problem carries its line and column.
 */
public final class RuleSetLoader {

  /**
   * How rule sets and the curators' specs are read: a key written twice in one mapping is an error at the second
   * one, not a silent overwrite.
   */
  public static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  static final Set<String> TOP = Set.of("id", "origin", "policy", "measures", "note");
  static final Set<String> POLICY = Set.of("title", "doc_numbers", "date", "issuer", "fingerprint");
  static final Set<String> MEASURE = Set.of("id", "title", "source", "modality", "actors", "actions", "objects", "match", "quantity",
      "severity", "applies_to", "note");
  static final Set<String> SOURCE = Set.of("path", "quote", "start", "end");
  static final Set<String> MATCH = Set.of("all", "items", "items_min", "context", "not");
  static final Set<String> QUANTITY = Set.of("text", "kind", "cmp", "value", "max", "unit", "period_months",
      "threshold", "noun");

  private RuleSetLoader() {}

  /** Loads and validates a rule-set file. */
  public static RuleSet load(Path file) throws RuleSetException {
    String name = file.toString();
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw single(name, 1, 1, "no such file", "check the path");
    } catch (CharacterCodingException e) {
      throw single(name, 1, 1, "not UTF-8 text", "save the rule set as UTF-8");
    } catch (IOException e) {
      throw single(name, 1, 1, "cannot be read (" + e.getClass().getSimpleName() + ")", "check the file's permissions");
    }
    return parse(name, text);
  }

  /** Parses and validates rule-set text; {@code name} is used in messages. */
  public static RuleSet parse(String name, String text) throws RuleSetException {
    YamlNode root;
    try {
      root = YamlNode.parse(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = e.getOriginalMessage().split("\n")[0];
      String fix = msg.startsWith("Duplicate field") ? "keep one of the two, or fix the indentation that made them one"
          : "check indentation and quoting on this line";
      throw single(name, loc == null ? 1 : Math.max(1, loc.getLineNr()), loc == null ? 1 : Math.max(1, loc.getColumnNr()),
          "YAML syntax: " + msg, fix);
    } catch (IOException e) {
      throw single(name, 1, 1, "YAML syntax: " + e.getMessage(), "check the file");
    }
    Reader r = new Reader(name);
    RuleSet rs = r.ruleSet(root);
    if (!r.problems.isEmpty()) {
      throw new RuleSetException(r.problems);
    }
    return rs;
  }

  /** Validates without throwing: every problem, empty when the file is good. */
  public static List<RuleSetProblem> validate(Path file) {
    try {
      load(file);
      return List.of();
    } catch (RuleSetException e) {
      return e.problems();
    }
  }

  private static RuleSetException single(String file, int line, int col, String msg, String fix) {
    return new RuleSetException(List.of(new RuleSetProblem(file, line, col, msg, fix)));
  }

  /** Walks the tree, collecting problems and building values where it can. */
  private static final class Reader {
    final String file;
    final List<RuleSetProblem> problems = new ArrayList<>();

    Reader(String file) {
      this.file = file;
    }

    void problem(YamlNode at, String msg, String fix) {
      problems.add(new RuleSetProblem(file, at.line, at.col, msg, fix));
    }

    void unknownKeys(YamlNode map, Set<String> allowed, String where) {
      for (String k : map.map.keySet()) {
        if (!allowed.contains(k)) {
          int[] pos = map.keyPositions.get(k);
          problems.add(new RuleSetProblem(file, pos[0], pos[1], "unknown key '" + k + "' in " + where,
              "allowed keys: " + String.join(", ", new java.util.TreeSet<>(allowed))));
        }
      }
    }

    RuleSet ruleSet(YamlNode root) {
      if (root.kind != YamlNode.Kind.MAP) {
        problem(root, "a rule set must be a mapping with id, origin, policy and measures, not " + root.describe(),
            "start from 'duibiao rules draft POLICY'");
        return null;
      }
      unknownKeys(root, TOP, "the rule set");
      String id = string(root, "id", true, "the rule set", "give the rule set an id, e.g. id: city-2018-measures");
      String origin = string(root, "origin", false, "the rule set", "");
      if (origin == null) {
        origin = "curated";
      } else if (!origin.equals("curated") && !origin.equals("drafted")) {
        problem(root.get("origin"), "origin must be curated or drafted, not '" + origin + "'", "write origin: curated");
        origin = "curated";
      }
      PolicyRef policy = policy(root.get("policy"), root);
      List<Measure> measures = new ArrayList<>();
      YamlNode ms = root.get("measures");
      if (ms == null || ms.kind != YamlNode.Kind.LIST || ms.list.isEmpty()) {
        problem(ms == null ? root : ms, "the rule set has no measures", "add a 'measures:' list with at least one measure");
      } else {
        Set<String> ids = new HashSet<>();
        for (YamlNode m : ms.list) {
          Measure measure = measure(m);
          if (measure != null) {
            if (!ids.add(measure.id())) {
              problem(m.get("id"), "measure id " + measure.id() + " is used twice", "give each measure its own id");
            } else {
              measures.add(measure);
            }
          }
        }
      }
      if (!problems.isEmpty() || id == null || policy == null) {
        return null;
      }
      return new RuleSet(id, origin, policy, measures);
    }

    PolicyRef policy(YamlNode p, YamlNode parent) {
      if (p == null || p.kind != YamlNode.Kind.MAP) {
        problem(p == null ? parent : p, "the rule set needs a 'policy' mapping (title, doc_numbers, date, issuer, fingerprint)",
            "copy it from 'duibiao rules draft POLICY'");
        return null;
      }
      unknownKeys(p, POLICY, "policy");
      String title = string(p, "title", false, "policy", "");
      String fp = string(p, "fingerprint", false, "policy", "");
      if ((title == null || title.isBlank()) && (fp == null || fp.isBlank())) {
        problem(p, "the policy needs a title or a fingerprint to be recognised", "add the policy's title and fingerprint");
      }
      return new PolicyRef(title, strings(p.get("doc_numbers"), "doc_numbers"), string(p, "date", false, "policy", ""),
          string(p, "issuer", false, "policy", ""), fp);
    }

    Measure measure(YamlNode m) {
      if (m.kind != YamlNode.Kind.MAP) {
        problem(m, "a measure must be a mapping, not " + m.describe(), "see rulesets/ruleset.schema.json");
        return null;
      }
      unknownKeys(m, MEASURE, "a measure");
      String id = string(m, "id", true, "a measure", "give each measure an id such as M07");
      String where = "measure " + (id == null ? "?" : id);
      String title = string(m, "title", false, where, "");
      SourceRef source = source(m.get("source"), m, where);
      Modality modality = Modality.SHOULD;
      String mod = string(m, "modality", true, where, "write modality: must, should, encouraged, may or forbidden");
      if (mod != null) {
        try {
          modality = Modality.fromLabel(mod);
        } catch (IllegalArgumentException e) {
          problem(m.get("modality"), where + ": unknown modality '" + mod + "'", "use must, should, encouraged, may or forbidden");
        }
      }
      List<String> actors = strings(m.get("actors"), where + " actors");
      List<String> actions = strings(m.get("actions"), where + " actions");
      List<String> objects = strings(m.get("objects"), where + " objects");
      MatchSpec match = match(m.get("match"), m, where);
      List<QuantityConstraint> quantity = new ArrayList<>();
      YamlNode q = m.get("quantity");
      if (q != null && q.kind == YamlNode.Kind.LIST) {
        for (YamlNode qn : q.list) {
          QuantityConstraint c = quantity(qn, where);
          if (c != null) {
            quantity.add(c);
          }
        }
      } else if (q != null && q.kind != YamlNode.Kind.NULL) {
        problem(q, where + ": 'quantity' must be a list", "write quantity: [{kind: frequency, cmp: at-least, value: 2, unit: 次, period_months: 12}]");
      }
      Severity severity = Severity.MEDIUM;
      String sev = string(m, "severity", false, where, "");
      if (sev != null) {
        try {
          severity = Severity.fromLabel(sev);
        } catch (IllegalArgumentException e) {
          problem(m.get("severity"), where + ": unknown severity '" + sev + "'", "use high, medium or low");
        }
      } else {
        severity = Severity.of(modality);
      }
      List<String> appliesTo = strings(m.get("applies_to"), where + " applies_to");
      if (id == null || source == null || match == null) {
        return null;
      }
      try {
        return new Measure(id, title, source, modality, actors, actions, objects, match, quantity, severity, appliesTo);
      } catch (IllegalArgumentException e) {
        problem(m, where + ": " + e.getMessage(), "see rulesets/ruleset.schema.json");
        return null;
      }
    }

    SourceRef source(YamlNode s, YamlNode parent, String where) {
      if (s == null || s.kind != YamlNode.Kind.MAP) {
        problem(s == null ? parent : s, where + " has no 'source' (path and quote of the policy clause)",
            "add source: {path: '一/一是', quote: 'the policy text'}");
        return null;
      }
      unknownKeys(s, SOURCE, where + " source");
      String quote = string(s, "quote", true, where + " source", "quote the policy clause verbatim");
      String path = string(s, "path", false, where + " source", "");
      int start = integer(s, "start", -1, where);
      int end = integer(s, "end", -1, where);
      return quote == null || quote.isBlank() ? null : new SourceRef(path, quote, start, end);
    }

    MatchSpec match(YamlNode mm, YamlNode parent, String where) {
      if (mm == null || mm.kind != YamlNode.Kind.MAP) {
        problem(mm == null ? parent : mm, where + " has no 'match' block", "add keywords: match: {all: [[谈心谈话, 谈心]]}");
        return null;
      }
      unknownKeys(mm, MATCH, where + " match");
      List<Concept> all = concepts(mm.get("all"), where + " match.all");
      List<Concept> items = concepts(mm.get("items"), where + " match.items");
      if (all.isEmpty() && items.isEmpty()) {
        problem(mm, where + " has an empty 'match' block", "add at least one concept under 'all', e.g. all: [[谈心谈话, 谈心]]");
        return null;
      }
      Double itemsMin = number(mm, "items_min", where);
      if (itemsMin != null && (itemsMin <= 0 || itemsMin > 1)) {
        problem(mm.get("items_min"), where + ": items_min must be more than 0 and at most 1", "write e.g. items_min: 0.5");
        itemsMin = null;
      }
      return new MatchSpec(all, items, strings(mm.get("context"), where + " match.context"),
          strings(mm.get("not"), where + " match.not"), itemsMin == null ? MatchSpec.ITEMS_MIN : itemsMin);
    }

    List<Concept> concepts(YamlNode n, String where) {
      List<Concept> out = new ArrayList<>();
      if (n == null || n.kind == YamlNode.Kind.NULL) {
        return out;
      }
      if (n.kind != YamlNode.Kind.LIST) {
        problem(n, where + " must be a list of concepts", "write each concept as a list of alternatives: [[谈心谈话, 谈心]]");
        return out;
      }
      for (YamlNode c : n.list) {
        List<String> terms = c.kind == YamlNode.Kind.SCALAR ? List.of(c.scalar) : strings(c, where);
        if (terms.isEmpty() || terms.stream().anyMatch(String::isBlank)) {
          problem(c, where + ": empty concept", "give at least one word or phrase");
        } else {
          out.add(new Concept(terms));
        }
      }
      return out;
    }

    QuantityConstraint quantity(YamlNode q, String where) {
      if (q.kind != YamlNode.Kind.MAP) {
        problem(q, where + ": a quantity must be a mapping", "write {kind: frequency, cmp: at-least, value: 2, unit: 次, period_months: 12}");
        return null;
      }
      unknownKeys(q, QUANTITY, where + " quantity");
      String kind = string(q, "kind", true, where + " quantity", "use count, frequency, percent, age, duration or deadline");
      String cmp = string(q, "cmp", true, where + " quantity", "use at-least, at-most, about, exact or range");
      String unit = string(q, "unit", true, where + " quantity", "give the unit, e.g. 次, 人, %, 岁, 月");
      Double value = number(q, "value", where);
      if (kind == null || cmp == null || unit == null || value == null) {
        if (value == null && q.get("value") == null) {
          problem(q, where + ": quantity has no 'value'", "give the number, e.g. value: 2");
        }
        return null;
      }
      Quantity.Kind k;
      Quantity.Cmp c;
      try {
        k = Quantity.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem(q.get("kind"), where + ": unknown quantity kind '" + kind + "'", "use count, frequency, percent, age, duration or deadline");
        return null;
      }
      try {
        c = Quantity.Cmp.valueOf(cmp.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        problem(q.get("cmp"), where + ": unknown comparison '" + cmp + "'", "use at-least, at-most, about, exact or range");
        return null;
      }
      Double max = number(q, "max", where);
      Double period = number(q, "period_months", where);
      if (period != null && period > 0 && k != Quantity.Kind.COUNT && k != Quantity.Kind.FREQUENCY) {
        problem(q.get("period_months"), where + ": a " + kind + " has no period; only counts and frequencies are per "
            + "period", "drop period_months, or use kind: frequency for a number of times per period");
        return null;
      }
      String threshold = string(q, "threshold", false, where, "");
      return new QuantityConstraint(string(q, "text", false, where, ""), k, c, value, max == null ? value : max, unit,
          period == null ? 0 : period, "true".equals(threshold), string(q, "noun", false, where, ""));
    }

    String string(YamlNode map, String key, boolean required, String where, String fix) {
      YamlNode n = map.get(key);
      if (n == null || n.kind == YamlNode.Kind.NULL) {
        if (required) {
          problem(map, where + " has no '" + key + "'", fix);
        }
        return null;
      }
      if (n.kind != YamlNode.Kind.SCALAR) {
        problem(n, where + ": '" + key + "' must be a single value, not " + n.describe(), fix);
        return null;
      }
      return n.scalar;
    }

    Double number(YamlNode map, String key, String where) {
      YamlNode n = map.get(key);
      if (n == null || n.kind == YamlNode.Kind.NULL) {
        return null;
      }
      try {
        return Double.parseDouble(n.scalar);
      } catch (NumberFormatException | NullPointerException e) {
        problem(n, where + ": '" + key + "' must be a number, not " + n.describe(), "write a plain number such as 2 or 0.5");
        return null;
      }
    }

    int integer(YamlNode map, String key, int dflt, String where) {
      Double d = number(map, key, where);
      return d == null ? dflt : d.intValue();
    }

    List<String> strings(YamlNode n, String where) {
      List<String> out = new ArrayList<>();
      if (n == null || n.kind == YamlNode.Kind.NULL) {
        return out;
      }
      if (n.kind != YamlNode.Kind.LIST) {
        problem(n, where + " must be a list of words", "write [word, word]");
        return out;
      }
      for (YamlNode s : n.list) {
        if (s.kind != YamlNode.Kind.SCALAR) {
          problem(s, where + ": expected a word, found " + s.describe(), "write [word, word]");
        } else if (s.scalar.isBlank()) {
          problem(s, where + ": empty word", "remove it or write the word");
        } else {
          out.add(s.scalar);
        }
      }
      return out;
    }
  }
}
