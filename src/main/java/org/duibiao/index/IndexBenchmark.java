package org.duibiao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.Vocabulary;
import org.duibiao.normalize.TextNormalizer;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;

/**
 * The index and search benchmark: a synthetic corpus recombined from real documents ({@link SyntheticCorpus}) is
 * structured, indexed and searched, and the figures are measured: indexing throughput, index size, heap, and
 * query latency with one and with several concurrent searchers. Both timed parts come after a warm-up (documents
 * indexed into a scratch index until the JIT compiler has settled; every query once), so they measure compiled code
 * rather than the compiler.
 * Timings are wall-clock; the machine's other load counts.
 */
public final class IndexBenchmark {

  /**
   * What to run.
   *
   * @param documents synthetic documents to make
   * @param seed for the corpus and the queries
   * @param threads threads that structure and index
   * @param queries distinct queries in the search benchmark
   */
  public record Settings(int documents, long seed, int threads, int queries) {
    public Settings {
      if (documents < 1 || threads < 1 || queries < 1) {
        throw new IllegalArgumentException("documents, threads and queries must be positive");
      }
    }
  }

  /**
   * Indexing figures.
   *
   * @param documents documents indexed
   * @param clauses clauses indexed
   * @param traditional documents written in traditional script
   * @param chars characters of normalized text indexed
   * @param prepareSeconds time to normalize and structure the synthetic texts (not indexing)
   * @param indexSeconds time to analyze, index and commit them
   * @param indexCpuSeconds processor time the process spent meanwhile, all threads
   * @param analysisCpuSeconds processor time of the indexing threads alone (not the JIT compiler, GC, other work)
   * @param indexBytes size of the index on disk
   * @param peakHeapBytes most heap in use while making and indexing the corpus (sampled; garbage included)
   * @param liveHeapBytes heap in use after indexing and a collection
   * @param maxHeapBytes the JVM's heap limit
   */
  public record IndexFigures(int documents, int clauses, int traditional, long chars, double prepareSeconds,
      double indexSeconds, double indexCpuSeconds, double analysisCpuSeconds, long indexBytes, long peakHeapBytes, long liveHeapBytes, long maxHeapBytes) {

    public double charsPerSecond() {
      return chars / indexSeconds;
    }

    public double documentsPerSecond() {
      return documents / indexSeconds;
    }
  }

  /** Query latency with {@code threads} searchers running at once, in milliseconds. */
  public record Latency(int threads, int searches, double p50, double p95, double p99, double perSecond,
      long peakHeapBytes) {}

  /** Documents indexed (and thrown away) before the timed run. */
  static final int WARM_UP = 2000;
  /** Warm-up rounds at most. */
  static final int WARM_UP_ROUNDS = 12;
  /** The share of a warm-up round's wall time spent compiling below which the JIT counts as settled. */
  static final double SETTLED = 0.10;
  /** Documents made, structured and indexed at a time. */
  static final int BATCH = 500;

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private IndexBenchmark() {}

  /**
   * Builds the synthetic corpus from {@code sources} and indexes it into {@code folder}, from scratch, {@code
   * passes} times after one warm-up (the figures of every pass; the index of the last stays). Documents are made and
   * structured a batch at a time (not timed as indexing), then the batch is indexed (timed), so memory holds one
   * batch, as in a real run.
   */
  public static List<IndexFigures> index(List<PolicyDocument> sources, Settings s, int passes, Path folder)
      throws IOException, InterruptedException, IndexUnavailableException {
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be positive");
    }
    SyntheticCorpus corpus = SyntheticCorpus.from(sources);
    warmUp(corpus, s, folder);
    List<IndexFigures> out = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      out.add(pass(corpus, s, folder));
    }
    return out;
  }

  /** The middle pass by indexing time (the lower middle of an even number). */
  public static IndexFigures median(List<IndexFigures> passes) {
    List<IndexFigures> sorted = new ArrayList<>(passes);
    sorted.sort(java.util.Comparator.comparingDouble(IndexFigures::indexSeconds));
    return sorted.get((sorted.size() - 1) / 2);
  }

  private static IndexFigures pass(SyntheticCorpus corpus, Settings s, Path folder)
      throws IOException, InterruptedException, IndexUnavailableException {
    long prepare = 0;
    long index = 0;
    long cpu = 0;
    long workers = 0;
    long chars = 0;
    int clauses = 0;
    try (HeapSampler heap = new HeapSampler();
        CorpusIndexer indexer = CorpusIndexer.open(folder, indexing(s))) {
      for (int from = 0; from < s.documents(); from += BATCH) {
        long t0 = System.nanoTime();
        List<PolicyDocument> docs = make(corpus, s, from, Math.min(s.documents(), from + BATCH));
        long t1 = System.nanoTime();
        long cpu1 = cpuNanos();
        int first = from;
        List<Long> threadCpu = Parallel.map(s.threads(), docs.size(), i -> {
          long c0 = THREADS.getCurrentThreadCpuTime();
          int n = first + i;
          indexer.add(docs.get(i), "synthetic/" + n + ".txt", "synthetic-" + s.seed() + "-" + n);
          return THREADS.getCurrentThreadCpuTime() - c0;
        });
        workers += threadCpu.stream().mapToLong(Long::longValue).sum();
        if (from + BATCH >= s.documents()) {
          indexer.commit();
        }
        index += System.nanoTime() - t1;
        cpu += cpuNanos() - cpu1;
        prepare += t1 - t0;
        chars += docs.stream().mapToLong(d -> d.text().text().length()).sum();
        clauses += docs.stream().mapToInt(d -> d.clauses().size()).sum();
      }
      return new IndexFigures(s.documents(), clauses, s.documents() / 2, chars, prepare / 1e9, index / 1e9,
          cpu / 1e9, workers / 1e9, size(folder), heap.peak(), live(), Runtime.getRuntime().maxMemory());
    }
  }

  /** The indexer's settings for a run from scratch on the benchmark's threads. */
  private static CorpusIndexer.Settings indexing(Settings s) {
    return new CorpusIndexer.Settings(true, s.threads(), CorpusIndexer.Settings.DEFAULT.ramBufferMb());
  }

  /** Synthetic documents [from, to), normalized and structured. */
  private static List<PolicyDocument> make(SyntheticCorpus corpus, Settings s, int from, int to)
      throws IOException, InterruptedException {
    return Parallel.map(s.threads(), to - from, i -> DocumentStructurer.structure("synthetic/" + (from + i) + ".txt",
        "text/plain", "UTF-8", TextNormalizer.normalize(corpus.document(from + i, s.seed()))));
  }

  /**
   * Indexes documents into a scratch index until the JIT compiler has settled, so the timed run measures compiled
   * code, as a long indexing run does, rather than the compiler: rounds of {@link #WARM_UP} documents, until one
   * spends less than {@link #SETTLED} of its wall time compiling (at most {@link #WARM_UP_ROUNDS} rounds).
   */
  private static void warmUp(SyntheticCorpus corpus, Settings s, Path folder)
      throws IOException, InterruptedException, IndexUnavailableException {
    Path scratch = folder.resolve("warm-up");
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    try (CorpusIndexer indexer = CorpusIndexer.open(scratch, indexing(s))) {
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        long t0 = System.nanoTime();
        long c0 = timed ? jit.getTotalCompilationTime() : 0;
        List<PolicyDocument> docs = make(corpus, new Settings(s.documents(), s.seed() + 1 + round, s.threads(),
            s.queries()), 0, Math.min(WARM_UP, s.documents()));
        Parallel.map(s.threads(), docs.size(), i -> {
          indexer.add(docs.get(i), "warm-up/" + i, "");
          return null;
        });
        double wallMs = (System.nanoTime() - t0) / 1e6;
        if (!timed || jit.getTotalCompilationTime() - c0 < SETTLED * wallMs) {
          break;
        }
      }
    }
    try (Stream<Path> files = Files.walk(scratch)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Measures query latency on an index of the synthetic corpus, with 1 and with {@code concurrent} searchers. */
  public static List<Latency> search(List<PolicyDocument> sources, Settings s, Path folder, int... concurrent)
      throws IOException, InterruptedException, IndexUnavailableException {
    List<SearchRequest> queries = queries(SyntheticCorpus.from(sources), s);
    List<Latency> out = new ArrayList<>();
    try (CorpusSearcher searcher = CorpusSearcher.open(folder)) {
      run(searcher, queries, 1, s.seed()); // warm-up: JIT, caches, facet state
      for (int threads : concurrent) {
        out.add(run(searcher, queries, threads, s.seed()));
      }
    }
    return out;
  }

  private static Latency run(CorpusSearcher searcher, List<SearchRequest> queries, int threads, long seed)
      throws InterruptedException, IndexUnavailableException {
    try (HeapSampler heap = new HeapSampler()) {
      long t0 = System.nanoTime();
      List<long[]> perThread = Parallel.map(threads, threads, t -> {
        List<SearchRequest> order = new ArrayList<>(queries);
        Collections.shuffle(order, new Random(seed + t));
        long[] nanos = new long[order.size()];
        for (int k = 0; k < order.size(); k++) {
          long q0 = System.nanoTime();
          searcher.search(order.get(k));
          nanos[k] = System.nanoTime() - q0;
        }
        return nanos;
      });
      double wall = seconds(t0);
      long[] all = perThread.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
      return new Latency(threads, all.length, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length / wall,
          heap.peak());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Varied queries: words and pairs of the 组织工作 vocabulary, phrases in both scripts, operators and filters. */
  static List<SearchRequest> queries(SyntheticCorpus corpus, Settings s) {
    Random r = new Random(s.seed());
    List<String> words = Vocabulary.terms();
    List<String> phrases = corpus.phrases(r, s.queries());
    String[] types = {"policy", "plan", "report"};
    List<SearchRequest> out = new ArrayList<>();
    for (int i = 0; i < s.queries(); i++) {
      String w = words.get(r.nextInt(words.size()));
      String v = words.get(r.nextInt(words.size()));
      String phrase = phrases.get(i);
      String city = corpus.cities().get(r.nextInt(corpus.cities().size()));
      String q = switch (i % 10) {
        case 0 -> w;
        case 1 -> ScriptConverter.toTraditional(w);
        case 2 -> w + " " + v;
        case 3 -> "\"" + phrase + "\"";
        case 4 -> "\"" + ScriptConverter.toTraditional(phrase) + "\"";
        case 5 -> w + " type:" + types[r.nextInt(types.length)] + " year:2017..2021";
        case 6 -> w + " OR " + v;
        case 7 -> w + " NOT " + v;
        case 8 -> w + " region:" + city;
        default -> r.nextBoolean() ? "frequency>=2 " + w : "years>=" + (1 + r.nextInt(10)) + " " + phrase;
      };
      out.add(new SearchRequest(q, i % 2 == 1, null, null, null, null, null, 10, i % 3 != 2));
    }
    return out;
  }

  private static double pct(long[] sorted, double q) {
    int k = Math.max(0, (int) Math.ceil(q * sorted.length) - 1);
    return sorted[k] / 1e6;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(IndexFolder.lucene(folder))) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long live() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Samples the heap in use every 10 ms while open. */
  private static final class HeapSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
      thread = new Thread(() -> {
        Runtime rt = Runtime.getRuntime();
        while (running) {
          peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "duibiao-heap");
      thread.setDaemon(true);
      thread.start();
    }

    long peak() {
      return peak;
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join();
    }
  }
}
