package org.duibiao.nlp.deep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide CoreNLP pipeline for Chinese: segmentation, part-of-speech tags, entities and a dependency parse.
 * Created on first use (15–35 s, about 1.7 GB of heap) and then shared: CoreNLP's annotators are stateless after
 * loading, and CoreNLP's own server runs one pipeline on many threads.
 *
 * <p>The annotator set is the cheapest that gives dependencies and entities, measured on the corpus: the small CTB
 * segmenter model (the full one needs 800 MB more heap and 20 s more to load for 8 different segmentations in 312
 * clauses), coarse entity types without the fine-grained gazetteers, numeric entities without SUTime, and the
 * shift-reduce constituency parser, whose trees CoreNLP converts to Universal Dependencies: it costs 440 MB more
 * heap than the neural dependency parser at the same speed, but finds the verb, its subject and its object far more
 * often in the long chained sentences of policy documents (the neural parser made nouns the root of clauses like
 * 各单位党组（党委）根据…，择优选配…的科长).
 */
final class ChinesePipeline {

  /** Names the models and settings; a cached analysis made with other settings is recomputed. */
  static final String ID = "corenlp-4.5.10/zh/ctb.small+pos+ner.coarse+srparse.ud/1";

  private static final Logger LOG = LoggerFactory.getLogger(ChinesePipeline.class);
  private static final AtomicInteger LOADS = new AtomicInteger();
  private static final AtomicLong ANNOTATED = new AtomicLong();
  private static volatile long loadMillis;
  private static volatile StanfordCoreNLP pipeline;

  private ChinesePipeline() {}

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
    p.setProperty("tokenize.language", "zh");
    p.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz");
    p.setProperty("segment.sighanCorporaDict", "edu/stanford/nlp/models/segmenter/chinese");
    p.setProperty("segment.serDictionary", "edu/stanford/nlp/models/segmenter/chinese/dict-chris6.ser.gz");
    p.setProperty("segment.sighanPostProcessing", "true");
    p.setProperty("ssplit.isOneSentence", "true"); // a clause is one unit; the structurer already split sentences
    p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/chinese-distsim.tagger");
    p.setProperty("ner.language", "chinese");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/chineseSR.ser.gz");
    p.setProperty("parse.maxlen", "400");
    return p;
  }

  /** The pipeline, loaded on first call. */
  static StanfordCoreNLP get() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (ChinesePipeline.class) {
        p = pipeline;
        if (p == null) {
          long t0 = System.nanoTime();
          p = new StanfordCoreNLP(properties());
          LOADS.incrementAndGet();
          loadMillis = (System.nanoTime() - t0) / 1_000_000;
          LOG.info("CoreNLP Chinese pipeline loaded in {} ms", loadMillis);
          pipeline = p;
        }
      }
    }
    return p;
  }

  static boolean loaded() {
    return pipeline != null;
  }

  /** How many times a pipeline was created in this process (0 or 1). */
  static int loads() {
    return LOADS.get();
  }

  /** How long loading the pipeline took, 0 if it was not loaded. */
  static long loadMillis() {
    return loadMillis;
  }

  /** How many clause texts this process sent to CoreNLP. */
  static long annotated() {
    return ANNOTATED.get();
  }

  /** Parses clause texts, in order, on up to {@code threads} threads. */
  static List<ClauseParse> parse(List<String> texts, int threads) {
    if (texts.isEmpty()) {
      return List.of();
    }
    StanfordCoreNLP p = get();
    List<Annotation> docs = new ArrayList<>(texts.size());
    for (String t : texts) {
      docs.add(new Annotation(t));
    }
    if (threads > 1 && docs.size() > 1) {
      annotateInParallel(p, docs, threads);
    } else {
      docs.forEach(p::annotate);
    }
    ANNOTATED.addAndGet(docs.size());
    List<ClauseParse> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      out.add(convert(texts.get(i), docs.get(i)));
    }
    return out;
  }

  /**
   * Annotates on our own threads. CoreNLP's {@code annotate(Iterable, threads)} must not be used: it runs through
   * Redwood's global thread bookkeeping, and two callers at once deadlock (seen here in a test).
   */
  private static void annotateInParallel(StanfordCoreNLP p, List<Annotation> docs, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, docs.size()), r -> {
      Thread t = new Thread(r, "corenlp-annotate");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> jobs = new ArrayList<>(docs.size());
      for (Annotation d : docs) {
        jobs.add(pool.submit(() -> p.annotate(d)));
      }
      for (Future<?> j : jobs) {
        j.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while CoreNLP was annotating", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ClauseParse convert(String text, Annotation doc) {
    List<Token> tokens = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return new ClauseParse(text, tokens, entities, deps);
    }
    for (CoreMap s : sentences) {
      int base = tokens.size();
      for (CoreLabel cl : s.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = Math.max(0, Math.min(cl.beginPosition(), text.length()));
        int end = Math.max(start, Math.min(cl.endPosition(), text.length()));
        String ner = cl.ner() == null ? "O" : cl.ner();
        tokens.add(new Token(tokens.size(), cl.word(), cl.tag() == null ? "X" : cl.tag(), ner, start, end));
      }
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord r : g.getRoots()) {
          deps.add(new Dependency(Dependency.ROOT, base + r.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(base + e.getGovernor().index() - 1, base + e.getDependent().index() - 1,
              e.getRelation().toString()));
        }
      }
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap m : mentions) {
          int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          if (start < 0 || end > text.length() || end <= start) {
            continue;
          }
          String value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          entities.add(new Entity(text.substring(start, end),
              Entity.shortType(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)), start, end, value));
        }
      }
    }
    deps.sort(java.util.Comparator.comparingInt(Dependency::dependent));
    return new ClauseParse(text, tokens, EntityMerger.merge(text, entities), deps);
  }
}
