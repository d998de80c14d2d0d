package org.duibiao.rules;

import java.util.Locale;

/** How much a gap in a measure matters to an inspector. */
public enum Severity {
  HIGH, MEDIUM, LOW;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The default severity of a gap in a measure of this modality, as a rule set labels it ({@link
   * org.duibiao.nlp.Modality#labelled}): prohibitions and musts high, shoulds medium.
   */
  public static Severity of(org.duibiao.nlp.Modality m) {
    int strength = m.labelled().strength();
    return strength >= 5 ? HIGH : strength >= 4 ? MEDIUM : LOW;
  }

  public static Severity fromLabel(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
