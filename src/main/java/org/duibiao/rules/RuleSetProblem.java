package org.duibiao.rules;

/**
 * One thing wrong with a rule-set file.
 *
 * @param file the file as named by the user
 * @param line 1-based line
 * @param col 1-based column
 * @param message what is wrong
 * @param fix how to fix it
 */
public record RuleSetProblem(String file, int line, int col, String message, String fix) {
  /** {@code file:line:col: error: message (fix)}. */
  public String format() {
    return file + ":" + line + ":" + col + ": error: " + message + (fix == null || fix.isEmpty() ? "" : " (" + fix + ")");
  }
}
