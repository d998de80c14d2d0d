package org.duibiao.rules;

/**
 * Where in the policy a measure comes from.
 *
 * @param path the section path (二/（一）/3)
 * @param quote the verbatim policy text, original script
 * @param start original start offset, -1 when unknown
 * @param end original end offset, -1 when unknown
 */
public record SourceRef(String path, String quote, int start, int end) {
  public SourceRef {
    if (quote == null || quote.isBlank()) {
      throw new IllegalArgumentException("a source needs the quoted policy text");
    }
    path = path == null ? "" : path;
  }
}
