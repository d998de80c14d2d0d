package org.duibiao.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese word segmentation with HanLP's standard (Viterbi) segmenter, extended with the 组织工作 vocabulary
 * ({@link Vocabulary}) so that terms like 谈心谈话 or 满意科长 stay whole. Thread-safe; the dictionaries load once
 * per process on first use.
 */
public final class Segmenter {

  private static final class Holder {
    static final Segment SEGMENT = create();

    private static Segment create() {
      for (String w : Vocabulary.terms()) {
        CustomDictionary.add(w, "nz 1000");
      }
      return HanLP.newSegment()
          .enableCustomDictionary(true)
          .enableNameRecognize(false)
          .enablePlaceRecognize(false)
          .enableOrganizationRecognize(false)
          .enableNumberQuantifierRecognize(false)
          .enableOffset(true);
    }
  }

  private static final class Basic {
    static final Segment SEGMENT = HanLP.newSegment()
        .enableCustomDictionary(false)
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableNumberQuantifierRecognize(false);
  }

  private Segmenter() {}

  /** Words by HanLP's core dictionary alone (no user vocabulary): how a compound breaks into common words. */
  public static List<String> basicWords(String text) {
    List<String> out = new ArrayList<>();
    for (com.hankcs.hanlp.seg.common.Term t : Basic.SEGMENT.seg(text)) {
      if (t.nature == null || !t.nature.toString().startsWith("w")) {
        out.add(t.word);
      }
    }
    return out;
  }

  /** Segments normalized text into terms with offsets. */
  public static List<Term> segment(String text) {
    List<com.hankcs.hanlp.seg.common.Term> raw = Holder.SEGMENT.seg(text);
    List<Term> out = new ArrayList<>(raw.size());
    int pos = 0;
    for (com.hankcs.hanlp.seg.common.Term t : raw) {
      int at = text.indexOf(t.word, pos);
      if (at < 0) {
        continue;
      }
      out.add(new Term(t.word, t.nature == null ? "x" : t.nature.toString(), at));
      pos = at + t.word.length();
    }
    return out;
  }

  /** Just the words, punctuation dropped. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (Term t : segment(text)) {
      if (!t.isPunctuation()) {
        out.add(t.word());
      }
    }
    return out;
  }
}
