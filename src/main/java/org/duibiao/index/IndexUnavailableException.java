package org.duibiao.index;

/**
 * The index cannot be used: missing, damaged, built by another version, or locked by another run. The message is
 * one line that names the folder and says what to do.
 */
public final class IndexUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
