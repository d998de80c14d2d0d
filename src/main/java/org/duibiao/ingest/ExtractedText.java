package org.duibiao.ingest;

import java.util.Map;
import java.util.Objects;

/**
 * What ingest read from one file.
 *
 * @param source the file as the user named it
 * @param text the extracted text, as Tika gave it (line breaks kept)
 * @param mediaType the detected type, e.g. text/plain, application/pdf
 * @param charset the charset a text file was decoded with, or empty for binary formats
 * @param metadata a few metadata values Tika found (title, author, created), sorted by key
 */
public record ExtractedText(String source, String text, String mediaType, String charset, Map<String, String> metadata) {
  public ExtractedText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    charset = charset == null ? "" : charset;
    metadata = Map.copyOf(metadata);
  }

  /** True for PDF input, whose printed line breaks need rejoining. */
  public boolean isPdf() {
    return mediaType.equals("application/pdf");
  }
}
