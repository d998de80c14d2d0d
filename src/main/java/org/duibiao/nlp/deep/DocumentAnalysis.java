package org.duibiao.nlp.deep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deep analysis of a document: one {@link ClauseAnalysis} per clause, in document order.
 *
 * @param key the SHA-256 of the document's normalized text (the cache key)
 * @param pipeline the CoreNLP models and settings the analysis was made with
 * @param clauses the clause analyses
 * @param fromCache how many clauses came from the cache rather than from CoreNLP
 */
public record DocumentAnalysis(String key, String pipeline, List<ClauseAnalysis> clauses, int fromCache) {
  public DocumentAnalysis {
    if (key == null || pipeline == null || fromCache < 0) {
      throw new IllegalArgumentException("key and pipeline are required");
    }
    clauses = List.copyOf(clauses);
  }

  /** The analysis of a clause by its id. */
  public Optional<ClauseAnalysis> clause(String clauseId) {
    return clauses.stream().filter(c -> c.clauseId().equals(clauseId)).findFirst();
  }

  /** Distinct entities of one type over the whole document with how often each occurs, most frequent first. */
  public Map<String, Integer> entityCounts(String type) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ClauseAnalysis c : clauses) {
      for (Entity e : c.entities(type)) {
        counts.merge(e.text(), 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
