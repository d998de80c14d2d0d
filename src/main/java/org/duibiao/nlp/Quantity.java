package org.duibiao.nlp;

import java.util.Objects;

/**
 * A number with its unit and qualifier as stated in a clause: 不少于2次 (per year), 15%左右, 40岁以下, 满10年, 1年内,
 * 2018年底前. Values are kept in comparable units: durations in months, percentages in percent, deadlines as
 * {@code year * 12 + month}.
 *
 * @param text the matched text (normalized)
 * @param start start offset in the text it was found in
 * @param end end offset (exclusive)
 * @param kind what is counted
 * @param cmp the qualifier
 * @param value the number (lower bound of a range)
 * @param max the upper bound of a range, or {@code value}
 * @param unit canonical unit: 次, 名, 人, 篇, 个, %, 岁, 月, 日期 …
 * @param periodMonths for frequencies and per-period counts, the period in months (12 for 每年); 0 when none
 * @param threshold true when the number is a condition (满10年的, 任职10年的, 连续3年), where a lower value is stricter
 * @param noun what is counted, when stated right after the unit (44个单位 → 单位; 三个方面 → 方面), else empty
 */
public record Quantity(
    String text,
    int start,
    int end,
    Kind kind,
    Cmp cmp,
    double value,
    double max,
    String unit,
    double periodMonths,
    boolean threshold,
    String noun) {

  /** What a quantity counts. */
  public enum Kind {
    COUNT, FREQUENCY, PERCENT, AGE, DURATION, DEADLINE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The qualifier of a number. */
  public enum Cmp {
    EXACT("="), AT_LEAST(">="), AT_MOST("<="), ABOUT("~"), RANGE("..");

    private final String symbol;

    Cmp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public Quantity(String text, int start, int end, Kind kind, Cmp cmp, double value, double max, String unit,
      double periodMonths, boolean threshold) {
    this(text, start, end, kind, cmp, value, max, unit, periodMonths, threshold, "");
  }

  public Quantity {
    noun = noun == null ? "" : noun;
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cmp, "cmp");
    Objects.requireNonNull(unit, "unit");
    if (end < start) {
      throw new IllegalArgumentException("end < start: " + text);
    }
  }

  /** The rate per year for a per-period count or frequency; the value itself when no period is stated. */
  public double perYear() {
    return periodMonths > 0 ? value * 12.0 / periodMonths : value;
  }

  /** The upper rate per year for ranges. */
  public double maxPerYear() {
    return periodMonths > 0 ? max * 12.0 / periodMonths : max;
  }

  /** Same kind and unit, and (when both say) the same thing counted, so the two can be compared. */
  public boolean comparableTo(Quantity other) {
    return kind == other.kind && unit.equals(other.unit)
        && (noun.isEmpty() || other.noun.isEmpty() || noun.equals(other.noun));
  }

  /** The same quantity counted per period of {@code months} (每年…，20名左右: the 20 are per year). */
  public Quantity withPeriod(double months) {
    return new Quantity(text, start, end, kind, cmp, value, max, unit, months, threshold, noun);
  }

  /** A copy with the counted noun set. */
  public Quantity withNoun(String n) {
    return new Quantity(text, start, end, kind, cmp, value, max, unit, periodMonths, threshold, n);
  }

  /** The period as Chinese words, e.g. 每年, 每三年, 每半年; empty when none. */
  public String periodLabel() {
    if (periodMonths <= 0) {
      return "";
    }
    if (periodMonths == 12) {
      return "每年";
    }
    if (periodMonths == 6) {
      return "每半年";
    }
    if (periodMonths == 3) {
      return "每季度";
    }
    if (periodMonths == 1) {
      return "每月";
    }
    double weeks = periodMonths * 52 / 12;
    if (periodMonths < 1 && Math.abs(weeks - Math.rint(weeks)) < 1e-6) {
      return weeks < 1.5 ? "每周" : "每" + (long) Math.rint(weeks) + "周";
    }
    double days = periodMonths * 365 / 12;
    if (periodMonths < 1 && Math.abs(days - Math.rint(days)) < 1e-6) {
      return days < 1.5 ? "每天" : "每" + (long) Math.rint(days) + "天";
    }
    if (periodMonths % 12 == 0) {
      return "每" + (int) (periodMonths / 12) + "年";
    }
    return "每" + trim(periodMonths) + "个月";
  }

  static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(Math.round(d * 100) / 100.0);
  }
}
