package org.duibiao.normalize;

import java.util.List;
import java.util.Objects;
import org.duibiao.nlp.ScriptConverter.Script;

/**
 * The result of normalization: the original text, the normalized simplified text with its offset map, the
 * document's script and what was removed or flagged on the way. Garbled spans are replaced in the normalized text
 * by a single {@link #GARBLED} mark so that no clause runs across them.
 */
public final class NormalizedText {

  /** Stands, in the normalized text, for a garbled span of the original. */
  public static final char GARBLED = '\uFFFD';

  private final String original;
  private final MappedText mapped;
  private final Script script;
  private final List<NormalizationWarning> warnings;

  public NormalizedText(String original, MappedText mapped, Script script, List<NormalizationWarning> warnings) {
    this.original = Objects.requireNonNull(original);
    this.mapped = Objects.requireNonNull(mapped);
    this.script = Objects.requireNonNull(script);
    this.warnings = List.copyOf(warnings);
  }

  public String original() {
    return original;
  }

  /** The normalized simplified text. */
  public String text() {
    return mapped.text();
  }

  public Script script() {
    return script;
  }

  public List<NormalizationWarning> warnings() {
    return warnings;
  }

  /** Original span [start, end) of the normalized span [from, to). */
  public int[] originSpan(int from, int to) {
    return mapped.originSpan(from, to);
  }

  /** The verbatim original text behind a normalized span: original script, original characters, noise included. */
  public String quote(int from, int to) {
    int[] span = originSpan(from, to);
    return original.substring(span[0], span[1]);
  }

  /**
   * The original characters behind a normalized span with removed noise (pinyin annotations, line breaks, page
   * furniture) left out: original script, for titles and headings.
   */
  public String display(int from, int to) {
    StringBuilder sb = new StringBuilder();
    int lastEnd = -1;
    for (int i = from; i < to; i++) {
      int s = mapped.originStart(i);
      int e = mapped.originEnd(i);
      if (e <= s) {
        if (mapped.charAt(i) == ' ') {
          sb.append(' ');
        }
        continue;
      }
      if (s < lastEnd) {
        s = lastEnd; // several normalized chars from one original span
      }
      if (s < e) {
        sb.append(original, s, e);
      }
      lastEnd = Math.max(lastEnd, e);
    }
    return sb.toString().replaceAll("\\s*\\n\\s*", "").strip();
  }
}
