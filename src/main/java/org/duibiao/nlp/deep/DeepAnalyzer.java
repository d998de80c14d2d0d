package org.duibiao.nlp.deep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duibiao.structure.Clause;
import org.duibiao.structure.Fingerprint;
import org.duibiao.structure.PolicyDocument;

/**
 * Deep analysis of documents: per clause, CoreNLP's words, tags, entities and dependency edges, and the
 * {@link ActionFrame}s derived from them. Thread-safe.
 *
 * <p>With a cache folder, a document is parsed once: its analysis is stored under the SHA-256 of its normalized text
 * and later runs read it back without loading CoreNLP. Only clauses missing from the entry (after a change to
 * clause splitting, say) go to CoreNLP, which is then loaded once per process (15–35 s, -Xmx ≥ 1.8 GB).
 *
 * <p>Deep analysis is optional: {@link #enabled()} is false when the system property {@value #SWITCH_PROPERTY} or
 * the environment variable {@value #SWITCH_ENV} is {@code off} (or {@code false}, {@code no}, {@code 0}); callers
 * then stay with HanLP alone.
 */
public final class DeepAnalyzer {

  /** {@code -Dduibiao.deep=off} turns deep analysis off. */
  public static final String SWITCH_PROPERTY = "duibiao.deep";
  /** {@code DUIBIAO_DEEP=off} turns deep analysis off. */
  public static final String SWITCH_ENV = "DUIBIAO_DEEP";

  private final AnalysisCache cache;
  private final int threads;

  /** An analyzer keeping its analyses in {@code cacheDir}; {@code null} for none. */
  public DeepAnalyzer(Path cacheDir) {
    this(cacheDir, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  /** An analyzer with its cache folder ({@code null} for none) and the number of threads CoreNLP may use. */
  public DeepAnalyzer(Path cacheDir, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.cache = cacheDir == null ? null : new AnalysisCache(cacheDir);
    this.threads = threads;
  }

  /** Whether deep analysis is on: not switched off by {@value #SWITCH_PROPERTY} or {@value #SWITCH_ENV}. */
  public static boolean enabled() {
    return enabled(System.getProperty(SWITCH_PROPERTY), System.getenv(SWITCH_ENV));
  }

  static boolean enabled(String property, String env) {
    for (String v : new String[] {property, env}) {
      if (v != null && Set.of("off", "false", "no", "0").contains(v.strip().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The cache key of a document: the SHA-256 of its normalized text, in hex. */
  public static String key(PolicyDocument doc) {
    return Fingerprint.sha256(doc.text().text());
  }

  /** Whether CoreNLP has been loaded in this process (tests check that cached runs never load it). */
  public static boolean pipelineLoaded() {
    return ChinesePipeline.loaded();
  }

  /** How long loading CoreNLP took in this process, in milliseconds; 0 when it was not loaded. */
  public static long pipelineLoadMillis() {
    return ChinesePipeline.loadMillis();
  }

  /** How many clause texts this process has sent to CoreNLP. */
  public static long clausesParsed() {
    return ChinesePipeline.annotated();
  }

  /** The deep analysis of a document, from the cache when it holds it, else from CoreNLP (and then cached). */
  public DocumentAnalysis analyze(PolicyDocument doc) {
    return analyze(doc, () -> { });
  }

  /** As {@link #analyze(PolicyDocument)}; {@code beforeParsing} runs only when CoreNLP has to parse (and load). */
  public DocumentAnalysis analyze(PolicyDocument doc, Runnable beforeParsing) {
    String key = key(doc);
    Map<String, ClauseParse> known = new LinkedHashMap<>(cache == null ? Map.of() : cache.read(key));
    Set<String> missing = new LinkedHashSet<>();
    int fromCache = 0;
    for (Clause c : doc.clauses()) {
      if (known.containsKey(c.text())) {
        fromCache++;
      } else {
        missing.add(c.text());
      }
    }
    if (!missing.isEmpty()) {
      beforeParsing.run();
      List<String> texts = new ArrayList<>(missing);
      List<ClauseParse> parsed = ChinesePipeline.parse(texts, threads);
      for (ClauseParse p : parsed) {
        known.put(p.text(), p);
      }
      if (cache != null) {
        List<ClauseParse> entry = new ArrayList<>();
        for (String text : new LinkedHashSet<>(doc.clauses().stream().map(Clause::text).toList())) {
          entry.add(known.get(text));
        }
        cache.write(key, entry);
      }
    }
    List<ClauseAnalysis> out = new ArrayList<>(doc.clauses().size());
    for (Clause c : doc.clauses()) {
      out.add(analysis(c.id(), known.get(c.text())));
    }
    out = ActorInheritance.apply(doc.clauses(), doc.text().text(), out);
    return new DocumentAnalysis(key, ChinesePipeline.ID, out, fromCache);
  }

  /** The deep analysis of one sentence in normalized simplified Chinese, without the cache. */
  public ClauseAnalysis analyze(String sentence) {
    return analysis("", ChinesePipeline.parse(List.of(sentence), 1).get(0));
  }

  static ClauseAnalysis analysis(String clauseId, ClauseParse p) {
    return new ClauseAnalysis(clauseId, p.text(), p.tokens(), p.entities(), p.dependencies(),
        FrameExtractor.extract(p.text(), p.tokens(), p.dependencies()));
  }
}
