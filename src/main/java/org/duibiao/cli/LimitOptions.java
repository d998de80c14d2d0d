package org.duibiao.cli;

import java.time.Duration;
import org.duibiao.ingest.IngestLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Ingest limits shared by every command that reads documents. */
final class LimitOptions {
  @Option(names = "--max-bytes", paramLabel = "N", description = "largest input file in bytes (default: ${DEFAULT-VALUE})")
  long maxBytes = IngestLimits.DEFAULT.maxBytes();

  @Option(names = "--max-chars", paramLabel = "N", description = "most characters of text per file (default: ${DEFAULT-VALUE})")
  int maxChars = IngestLimits.DEFAULT.maxChars();

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "longest parse time per file (default: ${DEFAULT-VALUE})")
  long timeoutSeconds = IngestLimits.DEFAULT.timeout().toSeconds();

  /** The limits; a zero or negative one is a usage error (exit 2), not an internal one. */
  IngestLimits limits(CommandLine cmd) {
    if (maxBytes <= 0) {
      throw new ParameterException(cmd, "--max-bytes must be a positive number of bytes, not " + maxBytes);
    }
    if (maxChars <= 0) {
      throw new ParameterException(cmd, "--max-chars must be a positive number of characters, not " + maxChars);
    }
    if (timeoutSeconds <= 0) {
      throw new ParameterException(cmd, "--timeout must be at least 1 second, not " + timeoutSeconds);
    }
    return new IngestLimits(maxBytes, maxChars, Duration.ofSeconds(timeoutSeconds));
  }
}
