package org.duibiao.ingest;

/**
 * A file that cannot be read as a document. The message is one line that names the file, says what is wrong and
 * what to do; the CLI prints it as is and exits with code 3.
 */
public final class UnreadableInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String file, String problem, String remedy) {
    super(file + ": " + problem + (remedy == null || remedy.isEmpty() ? "" : "; " + remedy));
  }
}
