package org.duibiao.nlp;

/**
 * How binding a clause is, from forbidden/must down to "study later". {@link #strength()} orders the levels so a
 * plan's wording can be compared with the policy's: a drop from 必须 to 原则上, or from 要 to 鼓励, is a weakening.
 */
public enum Modality {
  /** 不得, 严禁, 禁止: a prohibition. */
  FORBIDDEN("forbidden", 5),
  /** 必须, 务必, 确保, 一律. */
  MUST("must", 5),
  /** 应当, 应, 要, 须, or an unmarked imperative. */
  SHOULD("should", 4),
  /** 原则上, 一般: binding with exceptions. */
  PRINCIPLE("should", 3),
  /** 鼓励, 提倡, 倡导, 支持. */
  ENCOURAGED("encouraged", 2),
  /** 可, 可以, 允许, 视情, 适时, 酌情. */
  MAY("may", 2),
  /** 探索, 研究制定, 逐步, 争取: intent without commitment. */
  EXPLORE("may", 1),
  /** 待…再行研究, 另行研究, 暂不, 暂缓: postponed. */
  DEFERRED("may", 0);

  private final String label;
  private final int strength;

  Modality(String label, int strength) {
    this.label = label;
    this.strength = strength;
  }

  /** One of must / should / encouraged / may / forbidden, as rule sets and reports name it. */
  public String label() {
    return label;
  }

  public int strength() {
    return strength;
  }

  /** The level a rule set records for this one: its label's level (原则上 is a should, 探索 a may). */
  public Modality labelled() {
    return fromLabel(label);
  }

  /** Parses a rule-set label. */
  public static Modality fromLabel(String label) {
    return switch (label) {
      case "must" -> MUST;
      case "should" -> SHOULD;
      case "encouraged" -> ENCOURAGED;
      case "may" -> MAY;
      case "forbidden" -> FORBIDDEN;
      default -> throw new IllegalArgumentException("unknown modality '" + label
          + "'; use one of must, should, encouraged, may, forbidden");
    };
  }
}
