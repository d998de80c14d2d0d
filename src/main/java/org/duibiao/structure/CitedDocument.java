package org.duibiao.structure;

/**
 * A document cited in the text: 《title》 and, when given next to it, its 文号.
 *
 * @param title the title inside 《》 (normalized)
 * @param docNumber the 文号, or empty
 */
public record CitedDocument(String title, String docNumber) {
  public CitedDocument {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("cited document needs a title");
    }
    docNumber = docNumber == null ? "" : docNumber;
  }
}
