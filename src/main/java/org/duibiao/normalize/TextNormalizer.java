package org.duibiao.normalize;

import java.util.ArrayList;
import java.util.List;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.ScriptConverter.Script;

/**
 * The normalize stage: original text in, {@link NormalizedText} out. The steps run in a fixed order, each
 * building a new {@link MappedText} from the last so the offset map to the original stays exact:
 * line endings and invisible characters, web chrome and page furniture, pinyin annotations, garbled spans,
 * full-width forms and punctuation, PDF line breaks and stray spaces, traditional → simplified, blank lines.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** Normalizes one document's text. */
  public static NormalizedText normalize(String original) {
    List<NormalizationWarning> warnings = new ArrayList<>();
    MappedText t = MappedText.of(original);
    t = Cleanup.controls(t);
    t = ChromeFilter.apply(t, warnings);
    t = PinyinStripper.apply(t, warnings);
    t = GarbleDetector.apply(t, warnings);
    t = Cleanup.widthAndPunctuation(t);
    t = LineJoiner.apply(t);
    t = Cleanup.quotes(t);
    Script script = ScriptConverter.detect(t.text());
    t = Cleanup.toSimplified(t);
    t = Cleanup.lines(t);
    warnings.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.kind().compareTo(b.kind()));
    return new NormalizedText(original, t, script, warnings);
  }
}
