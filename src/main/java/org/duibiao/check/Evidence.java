package org.duibiao.check;

/**
 * A passage of the plan that carries out (part of) a measure.
 *
 * @param quote verbatim plan text in its original script
 * @param path the plan section it stands in
 * @param start original start offset in the plan
 * @param end original end offset
 */
public record Evidence(String quote, String path, int start, int end) {
  public Evidence {
    if (quote == null || quote.isEmpty() || path == null || start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence");
    }
  }
}
