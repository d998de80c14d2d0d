package org.duibiao.index;

import java.util.List;

/**
 * What one {@code index} run did, counted like an IR toolkit's indexer: every file read ends in exactly one of
 * added, changed, unchanged, renamed or failed; removed counts indexed files that are gone.
 *
 * @param read files read and hashed
 * @param added new files indexed
 * @param changed files whose content changed, re-indexed
 * @param unchanged files with the same content as indexed, skipped
 * @param renamed files found under a new name with unchanged content (the entries keep their analysis)
 * @param removed indexed files that no longer exist, taken out
 * @param failures files that could not be read or structured, with the reason; their previous version, if any,
 *     stays in the index
 * @param documents documents in the index after the run
 * @param clauses clauses in the index after the run
 * @param chars characters of normalized text analyzed
 * @param millis wall time of the run
 * @param note why every file was re-indexed, or empty
 */
public record IndexReport(int read, int added, int changed, int unchanged, int renamed, int removed,
    List<Failure> failures, int documents, int clauses, long chars, long millis, String note) {

  public IndexReport {
    failures = List.copyOf(failures);
    note = note == null ? "" : note;
  }

  /** A file that could not be indexed. */
  public record Failure(String file, String reason) {}

  public int failed() {
    return failures.size();
  }
}
