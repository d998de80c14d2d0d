package org.duibiao.rules;

import java.util.List;

/**
 * One thing a plan must mention, as alternative words or phrases (synonyms, paraphrases): any one of them counts.
 *
 * @param terms the alternatives; the first is the canonical name
 */
public record Concept(List<String> terms) {
  public Concept {
    if (terms == null || terms.isEmpty() || terms.stream().anyMatch(t -> t == null || t.isBlank())) {
      throw new IllegalArgumentException("a concept needs at least one non-empty term");
    }
    terms = List.copyOf(terms);
  }

  public String name() {
    return terms.get(0);
  }
}
