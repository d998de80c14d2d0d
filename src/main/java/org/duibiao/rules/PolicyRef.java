package org.duibiao.rules;

import java.util.List;

/**
 * The policy a rule set belongs to.
 *
 * @param title its title
 * @param docNumbers its 文号
 * @param date yyyy-MM-dd or empty
 * @param issuer the issuing body
 * @param fingerprint the fingerprint of its normalized text (see {@code PolicyDocument#fingerprint})
 */
public record PolicyRef(String title, List<String> docNumbers, String date, String issuer, String fingerprint) {
  public PolicyRef {
    title = title == null ? "" : title;
    docNumbers = docNumbers == null ? List.of() : List.copyOf(docNumbers);
    date = date == null ? "" : date;
    issuer = issuer == null ? "" : issuer;
    fingerprint = fingerprint == null ? "" : fingerprint;
  }
}
