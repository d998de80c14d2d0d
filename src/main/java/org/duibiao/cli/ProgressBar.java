package org.duibiao.cli;

import java.io.PrintWriter;
import org.duibiao.index.CorpusIndexer;

/** A progress bar on stderr, drawn only when a person watches a terminal; at most ten redraws a second. */
final class ProgressBar implements CorpusIndexer.Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String label;
  private long lastDraw;

  private ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /** A bar when stdin/stdout are a terminal, otherwise nothing. */
  static CorpusIndexer.Progress of(PrintWriter err, String label) {
    return System.console() != null ? new ProgressBar(err, label) : CorpusIndexer.Progress.NONE;
  }

  @Override
  public synchronized void update(int done, int total) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
    if (done >= total) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 24) + "\r");
    }
    err.flush();
  }
}
