package org.duibiao.rules;

import org.duibiao.nlp.Quantity;

/**
 * A number a measure requires: at least 2 times per year, about 15%, under 40 years old, every 3 years, within 1 year.
 *
 * @param text the words of the policy it comes from (不少于2次)
 * @param kind what is counted
 * @param cmp at-least, at-most, about, exact or range
 * @param value the number (lower bound of a range); months for durations, percent for shares
 * @param max the upper bound of a range, else {@code value}
 * @param unit the canonical unit (次, 人, %, 岁, 月, 日期 …)
 * @param periodMonths the period of a frequency or per-period count, 0 when none
 * @param threshold a condition (满10年的) where a lower number is stricter
 * @param noun what is counted (单位 in 44个单位), empty when not stated; counts of different things are not compared
 */
public record QuantityConstraint(
    String text, Quantity.Kind kind, Quantity.Cmp cmp, double value, double max, String unit, double periodMonths,
    boolean threshold, String noun) {

  public QuantityConstraint {
    noun = noun == null ? "" : noun;
    if (kind == null || cmp == null || unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("a quantity needs kind, cmp and unit");
    }
    text = text == null ? "" : text;
    if (max < value) {
      max = value;
    }
  }

  public static QuantityConstraint of(Quantity q) {
    return new QuantityConstraint(q.text(), q.kind(), q.cmp(), q.value(), q.max(), q.unit(), q.periodMonths(),
        q.threshold(), q.noun());
  }

  /** The same constraint as a {@link Quantity} value, for comparisons. */
  public Quantity asQuantity() {
    return new Quantity(text, 0, text.length(), kind, cmp, value, max, unit, periodMonths, threshold, noun);
  }
}
