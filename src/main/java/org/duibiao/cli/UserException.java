package org.duibiao.cli;

/** An error the user can fix; printed as one line with its exit code. */
final class UserException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
