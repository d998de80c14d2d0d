package org.duibiao.check;

import java.util.Locale;

/** The verdict on one measure. */
public enum Status {
  COVERED, PARTIAL, MISSING;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
