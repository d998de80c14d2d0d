package org.duibiao.nlp.deep;

import java.util.List;
import java.util.Map;

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

  /** The analyses by clause id (ask once per document, not per clause). */
  public Map<String, ClauseAnalysis> byId() {
    Map<String, ClauseAnalysis> out = new java.util.HashMap<>();
    for (ClauseAnalysis c : clauses) {
      out.putIfAbsent(c.clauseId(), c);
    }
    return out;
  }
}
