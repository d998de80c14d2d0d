package org.duibiao.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.duibiao.nlp.Modality;
import org.duibiao.nlp.ModalityDetector;
import org.duibiao.nlp.Quantity;
import org.duibiao.nlp.QuantityParser;
import org.duibiao.rules.Concept;
import org.duibiao.rules.MatchSpec;
import org.duibiao.rules.Measure;
import org.duibiao.rules.PolicyRef;
import org.duibiao.rules.QuantityConstraint;
import org.duibiao.rules.RuleSet;
import org.duibiao.rules.RuleSetLoader;
import org.duibiao.rules.Severity;
import org.duibiao.rules.SourceRef;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.PolicyDocument;

/**
 * Builds a curated rule set from a curator's compact spec: each measure names its policy text (in simplified
 * script, as {@code duibiao parse} shows it) and its concepts; the builder finds the text in the policy and fills in
 * the verbatim original quote and offsets, the section path, the quantities and (unless given) the modality.
 *
 * <pre>
 * id: city-2018-measures
 * measures:
 *   - text: 每年与中层干部谈心谈话不少于2次
 *     all: [[谈心谈话, 谈心], [中层干部]]
 *     items: []
 *     actors: [主要负责人]
 *     modality: must          # optional
 *     applies_to: [市委]       # optional
 * </pre>
 */
public final class RuleSetBuilder {

  private RuleSetBuilder() {}

  /** Thrown with a one-line message naming the measure whose text the policy does not contain. */
  public static final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;

    SpecException(String msg) {
      super(msg);
    }
  }

  private static final YAMLMapper SPEC_READER = new YAMLMapper(RuleSetLoader.YAML);

  public static RuleSet build(String specText, PolicyDocument policy) throws SpecException {
    JsonNode spec;
    try {
      spec = SPEC_READER.readTree(specText);
    } catch (IOException e) {
      throw new SpecException("spec is not valid YAML: " + e.getMessage().split("\n")[0]);
    }
    if (spec == null || !spec.has("id") || !spec.has("measures")) {
      throw new SpecException("spec needs 'id' and 'measures'");
    }
    String norm = policy.text().text();
    List<Measure> out = new ArrayList<>();
    int searchFrom = 0;
    for (JsonNode m : spec.get("measures")) {
      String id = String.format("M%02d", out.size() + 1);
      String text = m.path("text").asText("");
      if (text.isEmpty()) {
        throw new SpecException(id + ": no text");
      }
      int at = norm.indexOf(text, searchFrom);
      if (at < 0) {
        at = norm.indexOf(text);
      }
      if (at < 0) {
        throw new SpecException(id + ": the policy has no text '" + text + "' (copy it from 'duibiao parse --format text')");
      }
      searchFrom = at;
      int end = at + text.length();
      int[] span = policy.text().originSpan(at, end);
      String quote = policy.text().original().substring(span[0], span[1]);
      String path = pathAt(policy, at);
      Modality modality = m.has("modality") ? Modality.fromLabel(m.get("modality").asText())
          : ModalityDetector.detect(text).modality().labelled();
      List<QuantityConstraint> qs = new ArrayList<>();
      for (Quantity q : QuantityParser.parse(text)) {
        qs.add(QuantityConstraint.of(q));
      }
      Severity sev = m.has("severity") ? Severity.fromLabel(m.get("severity").asText()) : Severity.of(modality);
      double itemsMin = m.has("items_min") ? m.get("items_min").asDouble() : MatchSpec.ITEMS_MIN;
      MatchSpec match = new MatchSpec(concepts(m.get("all")), concepts(m.get("items")), strings(m.get("context")),
          strings(m.get("not")), itemsMin);
      String title = m.path("title").asText(text.length() > 40 ? text.substring(0, 40) + "…" : text);
      out.add(new Measure(id, title, new SourceRef(path, quote, span[0], span[1]), modality, strings(m.get("actors")),
          strings(m.get("actions")), strings(m.get("objects")), match, qs, sev, strings(m.get("applies_to"))));
    }
    DocMetadata meta = policy.metadata();
    return new RuleSet(spec.get("id").asText(), "curated",
        new PolicyRef(meta.title(), meta.docNumbers(), meta.date(), meta.issuer(), policy.fingerprint()), out);
  }

  private static String pathAt(PolicyDocument policy, int normOffset) {
    for (Clause c : policy.clauses()) {
      if (c.normStart() <= normOffset && normOffset < c.normEnd()) {
        return c.path();
      }
    }
    return "";
  }

  private static List<Concept> concepts(JsonNode n) {
    List<Concept> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    for (JsonNode c : n) {
      List<String> terms = c.isArray() ? strings(c) : List.of(c.asText());
      out.add(new Concept(terms));
    }
    return out;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n.isTextual()) {
      out.add(n.asText());
      return out;
    }
    for (JsonNode s : n) {
      out.add(s.asText());
    }
    return out;
  }
}
