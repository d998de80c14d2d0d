package org.duibiao.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private static final Set<String> AMBIGUOUS = Set.of();

  private static final class Cilin {
    static final Map<String, Set<String>> GROUPS = load();

    private static Map<String, Set<String>> load() {
      Map<String, Set<String>> out = new HashMap<>();
      InputStream in = TermStats.class.getClassLoader().getResourceAsStream("data/dictionary/synonym/CoreSynonym.txt");
      if (in == null) {
        return out;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String[] parts = line.strip().replace("\uFEFF", "").split("\\s+");
          if (parts.length < 3 || !parts[0].endsWith("=")) {
            continue;
          }
          List<String> words = new ArrayList<>();
          for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() >= 2) {
              words.add(parts[i]);
            }
          }
          // Large groups in 词林 are loose (派遣 … 打发 … 叫); keep the tight ones.
          if (words.size() < 2 || words.size() > 5) {
            continue;
          }
          for (String w : words) {
            // A word in several groups is ambiguous (开展: 展开 / 通达): no synonyms for it.
            out.merge(w, new LinkedHashSet<>(words), (a, b) -> AMBIGUOUS);
          }
        }
      } catch (IOException e) {
        return out;
      }
      return out;
    }
  }

  /** Synonyms of a word from 同义词词林 (not including the word); empty when none. */
  public static Set<String> cilinSynonyms(String word) {
    Set<String> s = Cilin.GROUPS.get(word);
    if (s == null || s.isEmpty()) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>(s);
    out.remove(word);
    return out;
  }
}
