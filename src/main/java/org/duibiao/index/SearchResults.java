package org.duibiao.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the hits of one page, the total, and facet counts over all hits.
 *
 * @param query the query as given
 * @param level "documents" or "clauses"
 * @param total how many entries match
 * @param hits the best {@code limit} hits, best first (ties by file and clause)
 * @param facets per dimension (issuer, region, year, type) the values among all hits with their counts, most
 *     frequent first
 * @param expansions the synonyms each query word was expanded with
 */
public record SearchResults(String query, String level, long total, List<Hit> hits,
    Map<String, List<FacetCount>> facets, Map<String, List<String>> expansions) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    expansions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expansions));
  }

  /** One value of a facet. */
  public record FacetCount(String value, int count) {}

  /**
   * A document or clause found.
   *
   * @param rank 1 for the best
   * @param score the BM25 score
   * @param file the indexed file's absolute path
   * @param clause the clause id (c012), or null for a document hit
   * @param title the document's title, original script
   * @param issuer the issuer, original script
   * @param date yyyy-MM-dd, yyyy-MM or empty
   * @param docNumbers the document's 文号
   * @param type policy, plan, report or news
   * @param region the region, simplified, or empty
   * @param level 省, 市, 县, 区 or empty
   * @param section the clause's section path (二/（一）), or null for a document hit
   * @param heading the clause's section heading, original script, or null for a document hit
   * @param modality the clause's modality label, or null for a document hit
   * @param snippet the best passage with the matches marked
   */
  public record Hit(int rank, double score, String file, String clause, String title, String issuer, String date,
      List<String> docNumbers, String type, String region, String level, String section, String heading,
      String modality, Snippet snippet) {
    public Hit {
      docNumbers = List.copyOf(docNumbers);
    }
  }
}
