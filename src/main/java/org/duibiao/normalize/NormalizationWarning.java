package org.duibiao.normalize;

/**
 * Something the normalizer removed or distrusted, with its place in the original text.
 *
 * @param kind garbled, chrome, page-furniture, page-info, pinyin, control
 * @param start original start offset
 * @param end original end offset (exclusive)
 * @param text the original text concerned (shortened when long)
 */
public record NormalizationWarning(String kind, int start, int end, String text) {
  public NormalizationWarning {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("kind is required");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    text = text == null ? "" : text.length() > 80 ? text.substring(0, 79) + "…" : text;
  }
}
