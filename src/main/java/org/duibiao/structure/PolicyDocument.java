package org.duibiao.structure;

import java.util.List;
import java.util.Objects;
import org.duibiao.normalize.NormalizationWarning;
import org.duibiao.normalize.NormalizedText;

/**
 * A document after ingest, normalization and structure: what every later stage works on. Despite the name it
 * models plans and reports as well as policies; {@link DocMetadata#type()} tells which.
 *
 * @param source the file as the user named it
 * @param mediaType the detected format
 * @param charset the charset a text file was decoded with, or empty
 * @param text the normalized text with its offset map to the original
 * @param metadata title, issuer, 文号, date …
 * @param sections the heading tree
 * @param clauses all clauses in document order
 */
public record PolicyDocument(
    String source,
    String mediaType,
    String charset,
    NormalizedText text,
    DocMetadata metadata,
    List<Section> sections,
    List<Clause> clauses) {

  public PolicyDocument {
    Objects.requireNonNull(source);
    Objects.requireNonNull(text);
    Objects.requireNonNull(metadata);
    sections = List.copyOf(sections);
    clauses = List.copyOf(clauses);
  }

  public List<NormalizationWarning> warnings() {
    return text.warnings();
  }

  /** A fingerprint of the normalized text: 16 hex digits of its SHA-256, stable across formats and scripts. */
  public String fingerprint() {
    return Fingerprint.of(text.text());
  }
}
