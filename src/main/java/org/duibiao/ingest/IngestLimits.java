package org.duibiao.ingest;

import java.time.Duration;

/**
 * Limits on what ingest accepts.
 *
 * @param maxBytes largest file read, in bytes
 * @param maxChars most characters of text extracted from one file
 * @param timeout longest time one file may take to parse
 */
public record IngestLimits(long maxBytes, int maxChars, Duration timeout) {

  /** 20 MB, 2 million characters (a long policy has 50 thousand), 60 seconds. */
  public static final IngestLimits DEFAULT = new IngestLimits(20L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60));

  public IngestLimits {
    if (maxBytes <= 0 || maxChars <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }
}
