package org.duibiao.index;

/** A search query or filter that cannot be understood; the message says what to change. */
public final class InvalidQueryException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }
}
