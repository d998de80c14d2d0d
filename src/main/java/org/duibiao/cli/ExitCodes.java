package org.duibiao.cli;

/** The documented exit codes. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int GAPS = 1;
  public static final int USAGE = 2;
  public static final int UNREADABLE = 3;
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
