package org.duibiao.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query-time synonyms: our own 组织工作 groups ({@link Vocabulary#synonymGroups()}) first, and otherwise, for
 * general words, HanLP's core synonym dictionary (同义词词林) used conservatively: only its '=' (same meaning)
 * groups, only words that stand in exactly one such group, only groups of at most {@value #MAX_CORE_GROUP} words,
 * and only multi-character words. A word with an own group, or in the 组织工作 vocabulary, gets no 词林 synonyms:
 * there the general senses mislead (词林 puts 蹲点, a cadre's stay at a grassroots unit, with 监视).
 */
public final class Synonyms {

  /** Where HanLP's portable jar keeps 同义词词林. */
  static final String CORE_RESOURCE = "/data/dictionary/synonym/CoreSynonym.txt";

  /** Larger 词林 groups mix senses (培养 = 培训 = 栽培 = 塑造 …). */
  static final int MAX_CORE_GROUP = 4;

  /**
   * The synonyms of one word.
   *
   * @param own from our own list, closest first
   * @param general from 词林, used with a lower weight
   */
  public record Expansion(List<String> own, List<String> general) {
    public Expansion {
      own = List.copyOf(own);
      general = List.copyOf(general);
    }

    public boolean isEmpty() {
      return own.isEmpty() && general.isEmpty();
    }
  }

  private static final class Core {
    static final Map<String, List<String>> GROUPS = load();
  }

  private Synonyms() {}

  /** Synonyms of a (simplified) word, not including the word itself. */
  public static Expansion of(String word) {
    Set<String> own = Vocabulary.synonyms(word);
    if (!own.isEmpty()) {
      return new Expansion(new ArrayList<>(own), List.of());
    }
    if (word.codePointCount(0, word.length()) < 2 || Vocabulary.contains(word)) {
      return new Expansion(List.of(), List.of());
    }
    List<String> general = Core.GROUPS.getOrDefault(word, List.of()).stream().filter(w -> !w.equals(word)).toList();
    return new Expansion(List.of(), general);
  }

  private static Map<String, List<String>> load() {
    InputStream in = Synonyms.class.getResourceAsStream(CORE_RESOURCE);
    if (in == null) {
      return Map.of(); // a HanLP build without the dictionary: own synonyms only
    }
    Map<String, List<String>> groups = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length < 3 || !parts[0].endsWith("=")) {
          continue;
        }
        List<String> words = new ArrayList<>(new LinkedHashSet<>(List.of(parts).subList(1, parts.length)));
        for (String w : words) {
          seen.merge(w, 1, Integer::sum);
        }
        if (words.size() > MAX_CORE_GROUP) {
          continue;
        }
        List<String> multi = words.stream().filter(w -> w.codePointCount(0, w.length()) >= 2).toList();
        for (String w : multi) {
          groups.put(w, multi);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    groups.keySet().removeIf(w -> seen.get(w) > 1);
    return groups;
  }
}
