package org.duibiao.rules;

import java.util.Locale;

/** How much a gap in a measure matters to an inspector. */
public enum Severity {
  HIGH, MEDIUM, LOW;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromLabel(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
