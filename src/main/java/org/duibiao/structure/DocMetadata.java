package org.duibiao.structure;

import java.util.List;

/**
 * What a document says about itself. Text values are in the document's original script with noise removed;
 * {@code issuerNormalized} and {@code regionNormalized} are simplified, for search facets.
 *
 * @param title the title, or empty when the document has none
 * @param issuer the issuing body (发文机关 / 落款), or empty
 * @param docNumbers the document's own 文号
 * @param date the date as yyyy-MM-dd (or yyyy-MM), or empty
 * @param recipients the 主送机关 line, or empty
 * @param cited documents cited in the text
 * @param type the kind of document
 * @param typeConfidence 0..1, how clearly the cues pointed to {@code type}
 * @param region the region named by the issuer or title (安庆市, 青岛市崂西区), simplified, or empty
 * @param level 省, 市, 县 or 区, or empty
 */
public record DocMetadata(
    String title,
    String issuer,
    List<String> docNumbers,
    String date,
    String recipients,
    List<CitedDocument> cited,
    DocumentType type,
    double typeConfidence,
    String region,
    String level) {

  public DocMetadata {
    title = nz(title);
    issuer = nz(issuer);
    docNumbers = List.copyOf(docNumbers);
    date = nz(date);
    recipients = nz(recipients);
    cited = List.copyOf(cited);
    if (type == null) {
      throw new IllegalArgumentException("type is required");
    }
    region = nz(region);
    level = nz(level);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** The year of the date, or 0. */
  public int year() {
    return date.length() >= 4 ? Integer.parseInt(date.substring(0, 4)) : 0;
  }
}
