package org.duibiao.structure;

import java.util.List;
import org.duibiao.nlp.ModalityCue;
import org.duibiao.nlp.Quantity;

/**
 * A sentence-level unit of a document, the smallest thing that can state or carry out a measure.
 *
 * @param id stable id within the document: c001, c002 …
 * @param path the section path it stands under ("" before the first heading)
 * @param text the normalized simplified text
 * @param quote the verbatim original text (original script and characters)
 * @param start original start offset of {@code quote}
 * @param end original end offset
 * @param normStart start offset in the normalized text
 * @param normEnd end offset in the normalized text
 * @param modality the modality cue governing the clause
 * @param quantities the quantities it states (offsets relative to {@code text})
 * @param heading the heading of the section it stands under, normalized (context for matching)
 */
public record Clause(
    String id,
    String path,
    String text,
    String quote,
    int start,
    int end,
    int normStart,
    int normEnd,
    ModalityCue modality,
    List<Quantity> quantities,
    String heading) {

  public Clause {
    if (id == null || path == null || text == null || quote == null || modality == null) {
      throw new IllegalArgumentException("clause fields are required");
    }
    if (start < 0 || end < start || normEnd < normStart) {
      throw new IllegalArgumentException("bad clause span in " + id);
    }
    quantities = List.copyOf(quantities);
    heading = heading == null ? "" : heading;
  }
}
