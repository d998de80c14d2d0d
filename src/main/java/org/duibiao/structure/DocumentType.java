package org.duibiao.structure;

/** What kind of document a text is. */
public enum DocumentType {
  /** A superior policy notice: 实施意见, 若干措施, 通知, 办法. */
  POLICY("policy"),
  /** A unit's implementation plan: 实施方案, 工作方案, 落实措施. */
  PLAN("plan"),
  /** A work report or experience summary: 组工信息, 交流发言, 主要做法. */
  REPORT("report"),
  /** A news report about a policy. */
  NEWS("news");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static DocumentType fromLabel(String label) {
    for (DocumentType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown document type '" + label + "'; use policy, plan, report or news");
  }
}
