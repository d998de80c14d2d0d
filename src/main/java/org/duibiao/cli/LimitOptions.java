package org.duibiao.cli;

import java.time.Duration;
import org.duibiao.ingest.IngestLimits;
import picocli.CommandLine.Option;

/** Ingest limits shared by every command that reads documents. */
final class LimitOptions {
  @Option(names = "--max-bytes", paramLabel = "N", description = "largest input file in bytes (default: ${DEFAULT-VALUE})")
  long maxBytes = IngestLimits.DEFAULT.maxBytes();

  @Option(names = "--max-chars", paramLabel = "N", description = "most characters of text per file (default: ${DEFAULT-VALUE})")
  int maxChars = IngestLimits.DEFAULT.maxChars();

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "longest parse time per file (default: ${DEFAULT-VALUE})")
  long timeoutSeconds = IngestLimits.DEFAULT.timeout().toSeconds();

  IngestLimits limits() {
    return new IngestLimits(maxBytes, maxChars, Duration.ofSeconds(timeoutSeconds));
  }
}
