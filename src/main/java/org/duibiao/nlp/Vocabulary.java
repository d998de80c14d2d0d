package org.duibiao.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 组织工作 vocabulary kept as plain files in the repository: {@code zuzhi-terms.txt} (one term per line, for
 * segmentation) and {@code zuzhi-synonyms.txt} (one group of interchangeable terms per line), plus HanLP's core
 * synonym dictionary (同义词词林) for general words. Lines starting with # are comments.
 */
public final class Vocabulary {

  private static final String TERMS = "zuzhi-terms.txt";
  private static final String SYNONYMS = "zuzhi-synonyms.txt";

  private Vocabulary() {}

  private static final class Holder {
    static final List<String> TERM_LIST = load(TERMS).stream().flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
        .filter(s -> !s.isEmpty()).distinct().toList();
    static final Map<String, Set<String>> OWN = groups(load(SYNONYMS));
    static final Set<String> ALL = Set.copyOf(terms());
  }

  /** Whether a word is a term of the vocabulary (a term of its synonym groups included). */
  public static boolean contains(String word) {
    return Holder.ALL.contains(word);
  }

  /** The vocabulary terms, for the segmenter's user dictionary. */
  public static List<String> terms() {
    List<String> all = new ArrayList<>(Holder.TERM_LIST);
    for (Set<String> g : Holder.OWN.values()) {
      all.addAll(g);
    }
    return List.copyOf(new LinkedHashSet<>(all));
  }

  /** Domain synonyms of a term from our own list (not including the term itself); empty when none. */
  public static Set<String> synonyms(String term) {
    Set<String> s = Holder.OWN.get(term);
    if (s == null) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>(s);
    out.remove(term);
    return Collections.unmodifiableSet(out);
  }

  /** Synonym groups as they appear in the file, for query expansion. */
  public static Map<String, Set<String>> synonymGroups() {
    return Collections.unmodifiableMap(Holder.OWN);
  }

  public static List<String> load(String name) {
    InputStream in = Vocabulary.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("vocabulary file " + name + " is missing from the build");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, Set<String>> groups(List<String> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines) {
      Set<String> g = new LinkedHashSet<>(List.of(line.split("\\s+")));
      for (String w : g) {
        out.computeIfAbsent(w, k -> new LinkedHashSet<>()).addAll(g);
      }
    }
    return out;
  }
}
