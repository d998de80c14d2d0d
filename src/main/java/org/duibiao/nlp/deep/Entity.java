package org.duibiao.nlp.deep;

/**
 * A named entity or numeric expression, merged over its tokens (安庆市委组织部, not 安庆 + 市委组织部).
 *
 * @param text the entity as it stands in the clause's normalized text
 * @param type ORG, GPE, LOC, PERSON, DATE, TIME, NUMBER, ORDINAL, PERCENT, MONEY, MISC …
 * @param start offset in the clause's normalized text
 * @param end end offset (exclusive)
 * @param value CoreNLP's normalized value for numbers and dates ("2.0", "2018-10-XX"), empty when none
 */
public record Entity(String text, String type, int start, int end, String value) {
  public Entity {
    if (text == null || text.isEmpty() || type == null || type.isEmpty() || start < 0 || end < start) {
      throw new IllegalArgumentException("bad entity '" + text + "'");
    }
    value = value == null ? "" : value;
  }

  /** CoreNLP's tag names shortened to the names duibiao uses. */
  static String shortType(String coreNlpTag) {
    return switch (coreNlpTag) {
      case "ORGANIZATION" -> "ORG";
      case "LOCATION" -> "LOC";
      case "FACILITY" -> "FAC";
      default -> coreNlpTag;
    };
  }
}
