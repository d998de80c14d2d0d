package org.duibiao.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.InputStream;
import java.util.List;

/**
 * How informative a word is, from its frequency in HanLP's core dictionary (a general news corpus): common words
 * (工作, 加强) weigh little, specific ones (谈心, 挂职, 体检) and words the dictionary lacks weigh a lot. Also the
 * synonym groups of 同义词词林 (HanLP's CoreSynonym.txt, '=' groups of words of two or more characters).
 */
public final class TermStats {

  private static final double K = 20000;
  private static final double MAX = Math.log(1 + K);

  private TermStats() {}

  /** Inverse frequency weight of one word or phrase, in [0, ~10]. Phrases the dictionary lacks use their words. */
  public static double idf(String term) {
    if (term.isEmpty()) {
      return 0;
    }
    int f = CoreDictionary.getTermFrequency(term);
    if (f > 0) {
      return Math.log(1 + K / (f + 1.0));
    }
    if (term.length() <= 2) {
      return MAX;
    }
    List<String> words = Segmenter.basicWords(term);
    if (words.size() <= 1) {
      return MAX;
    }
    double sum = 0;
    for (String w : words) {
      int wf = CoreDictionary.getTermFrequency(w);
      sum += wf > 0 ? Math.log(1 + K / (wf + 1.0)) : MAX;
    }
    // A compound is more specific than its average word.
    return Math.min(MAX, sum / words.size() * 1.25);
  }

  /** True when the core dictionary's most frequent tag for the word is a verb. */
  public static boolean isVerb(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null || a.nature.length == 0) {
      return false;
    }
    String n = a.nature[0].toString();
    return n.equals("v") || n.equals("vi") || n.equals("vd");
  }

  /** True when the dictionary knows the word. */
  public static boolean known(String word) {
    return CoreDictionary.contains(word);
  }
}
