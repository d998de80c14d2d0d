package org.duibiao.check;

import java.util.List;
import org.duibiao.nlp.Quantity;
import org.duibiao.nlp.Quantity.Cmp;
import org.duibiao.nlp.Quantity.Kind;
import org.duibiao.rules.QuantityConstraint;

/**
 * Compares what a measure requires with what the plan states: per-year rates for frequencies (每两年一次 is half of
 * 每年一次), percentages, durations in months, deadlines, thresholds where lower is stricter (满8年 is weaker than
 * 满5年), and 左右 with a tolerance. A city-wide total (100名左右) is not compared with one unit's share (2名).
 */
final class QuantityComparator {

  private QuantityComparator() {}

  /** Tolerance of 左右 / 约. */
  static final double ABOUT = 0.10;

  /** A shortfall: what the plan says and what the policy requires. */
  record Shortfall(String planText, String requiredText, String what) {}

  /**
   * The first requirement the plan's quantities fall short of, or null. A requirement is met when any comparable
   * statement meets it (每年分别选派10名…，20名…，70名… states three numbers for three destinations); it falls short
   * when comparable statements exist and none meets it.
   */
  static Shortfall compare(List<QuantityConstraint> required, List<Quantity> stated) {
    // An age band beside a share or a number (35岁以下干部占15%左右) defines who counts towards it: a wider band is an
    // easier target. Alone (对40岁以下干部开展培训) it is a scope, and a wider one reaches more people.
    boolean quota = required.stream().map(QuantityConstraint::asQuantity)
        .anyMatch(q -> q.kind() == Kind.PERCENT || q.kind() == Kind.COUNT && q.unit().equals("人"));
    for (QuantityConstraint r : required) {
      Quantity req = r.asQuantity();
      Shortfall first = null;
      boolean met = false;
      for (Quantity s : stated) {
        if (!comparable(req, s)) {
          continue;
        }
        String what = weaker(req, s, quota);
        if (what == null) {
          met = true;
          break;
        }
        if (first == null) {
          first = new Shortfall(label(s), label(req), what);
        }
      }
      if (!met && first != null) {
        return first;
      }
    }
    return null;
  }

  static boolean comparable(Quantity req, Quantity s) {
    if (!req.comparableTo(s)) {
      return false;
    }
    if (req.kind() == Kind.COUNT && req.unit().equals("人") && s.max() < req.value() * 0.2 && req.value() >= 20) {
      return false; // a unit's share of a city-wide total
    }
    if (req.threshold() != s.threshold() && req.kind() == Kind.DURATION) {
      return false; // 满5年 (a condition) is not 锻炼1年 (an amount)
    }
    return true;
  }

  /** Why {@code s} is weaker than {@code req}, or null; {@code quota}: the age band defines a share or a number. */
  static String weaker(Quantity req, Quantity s, boolean quota) {
    switch (req.kind()) {
      case DEADLINE -> {
        return s.value() > req.value() + 0.01 ? "时限晚于要求" : null;
      }
      case AGE -> {
        if (req.cmp() == Cmp.AT_MOST && s.cmp() == Cmp.AT_MOST && s.value() < req.value()) {
          return "年龄范围窄于要求";
        }
        if (req.cmp() == Cmp.AT_LEAST && s.cmp() == Cmp.AT_LEAST && s.value() > req.value()) {
          return "年龄范围窄于要求";
        }
        if (quota && req.cmp() == Cmp.AT_MOST && s.cmp() == Cmp.AT_MOST && s.value() > req.value()) {
          return "年龄范围宽于要求，比例要求随之放宽";
        }
        return null;
      }
      default -> { }
    }
    if (req.threshold()) {
      // A condition such as 满5年: acting only after 满8年 is weaker.
      return s.value() > req.value() + 1e-9 ? "条件放宽，晚于要求" : null;
    }
    double need = req.perYear(); // per year, so 每半年1次 and 每年2次 compare
    double have = s.maxPerYear();
    if (Double.isNaN(need) || Double.isNaN(have)) {
      return null;
    }
    switch (req.cmp()) {
      case AT_MOST -> {
        double lim = req.maxPerYear();
        if (req.kind() == Kind.DURATION) {
          return have > lim + 1e-9 ? "时限长于要求" : null;
        }
        return have > lim + 1e-9 ? "超过上限" : null;
      }
      case ABOUT -> {
        return have < need * (1 - ABOUT) - 1e-9 ? "低于要求" : null;
      }
      default -> {
        return have < need - 1e-9 ? "低于要求" : null;
      }
    }
  }

  static String label(Quantity q) {
    String p = q.periodLabel();
    return p.isEmpty() || q.text().contains(p) ? q.text() : p + q.text();
  }
}
