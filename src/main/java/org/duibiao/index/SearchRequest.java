package org.duibiao.index;

/**
 * A search as the CLI and the web app ask for it.
 *
 * @param query the query text (see {@code QuerySyntax}: words, "phrases", AND/OR/NOT, field filters)
 * @param clauses search clauses instead of whole documents
 * @param type policy, plan, report or news; null for any
 * @param issuer part of the issuer's name, either script; null for any
 * @param region part of the region's name, either script; null for any
 * @param fromYear first year, or null
 * @param toYear last year, or null
 * @param limit how many hits to return
 * @param synonyms expand words with their synonyms
 */
public record SearchRequest(String query, boolean clauses, String type, String issuer, String region,
    Integer fromYear, Integer toYear, int limit, boolean synonyms) {

  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    checkLimit(limit);
  }

  /** How many hits a search may ask for: 1 to {@link #MAX_LIMIT}. */
  public static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
  }

  /** Documents matching the query, the first ten, with synonyms. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, false, null, null, null, null, null, 10, true);
  }

  public SearchRequest withClauses(boolean c) {
    return new SearchRequest(query, c, type, issuer, region, fromYear, toYear, limit, synonyms);
  }

  public SearchRequest withSynonyms(boolean on) {
    return new SearchRequest(query, clauses, type, issuer, region, fromYear, toYear, limit, on);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, clauses, type, issuer, region, fromYear, toYear, n, synonyms);
  }
}
