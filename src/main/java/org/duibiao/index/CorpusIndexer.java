package org.duibiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.duibiao.ingest.UnreadableInputException;
import org.duibiao.nlp.Vocabulary;
import org.duibiao.structure.Fingerprint;
import org.duibiao.structure.PolicyDocument;

/**
 * The index stage's writer: brings the index up to date with a set of files. Incremental by content hash
 * (unchanged files are skipped, changed ones replaced, gone ones removed, renamed ones re-pointed without new
 * analysis) and atomic: the run's changes become visible in one commit at the end, so a run that is killed leaves
 * the last commit as it was. Files are read and analyzed on several threads.
 */
public final class CorpusIndexer implements Closeable {

  /** Reads and structures one file (ingest → normalize → structure). */
  @FunctionalInterface
  public interface Source {
    PolicyDocument load(Path file) throws UnreadableInputException;
  }

  /** Told after every file analyzed. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(int done, int total);
  }

  /**
   * How a run works.
   *
   * @param rebuild start from an empty index (the old one stays readable until the run commits)
   * @param threads analysis threads
   * @param ramBufferMb memory for analyzed entries before Lucene writes them out as a segment (not a commit)
   */
  public record Settings(boolean rebuild, int threads, double ramBufferMb) {
    public static final Settings DEFAULT =
        new Settings(false, Math.min(4, Runtime.getRuntime().availableProcessors()), 16);

    public Settings {
      if (threads < 1 || ramBufferMb < 1 || ramBufferMb > 2048) {
        throw new IllegalArgumentException("threads must be at least 1 and the RAM buffer between 1 and 2048 MB");
      }
    }

    public Settings withRebuild(boolean r) {
      return new Settings(r, threads, ramBufferMb);
    }
  }

  private final Settings settings;
  private final Directory dir;
  private final IndexWriter writer;
  private final DocumentMapper mapper = new DocumentMapper();
  private final AtomicInteger nextId;
  private final String note;
  private final boolean fresh;

  private CorpusIndexer(Directory dir, IndexWriter writer, Settings settings, boolean fresh, String note) {
    this.settings = settings;
    this.dir = dir;
    this.writer = writer;
    this.fresh = fresh;
    this.note = note;
    this.nextId = new AtomicInteger(Integer.parseInt(commitData(Schema.COMMIT_NEXT_ID, "1")));
  }

  /**
   * Opens the index in {@code folder} for writing, creating it when there is none. With {@code rebuild} the run
   * starts from an empty index (a damaged one is deleted first).
   */
  public static CorpusIndexer open(Path folder, Settings settings) throws IndexUnavailableException {
    Directory dir = null;
    try {
      dir = IndexFolder.open(folder);
      boolean existed = DirectoryReader.indexExists(dir);
      boolean rebuild = settings.rebuild();
      IndexWriter w = writer(dir, settings.ramBufferMb(), rebuild);
      String version = data(w, Schema.COMMIT_VERSION, null);
      if (existed && !rebuild && !String.valueOf(Schema.VERSION).equals(version)) {
        w.rollback();
        return new CorpusIndexer(dir, writer(dir, settings.ramBufferMb(), true), settings, true,
            "the index was built by another version of duibiao; rebuilding it");
      }
      String vocabulary = data(w, Schema.COMMIT_VOCABULARY, vocabularyFingerprint());
      String note = vocabulary.equals(vocabularyFingerprint()) ? ""
          : "the 组织工作 vocabulary changed since the last run; re-indexing every file";
      return new CorpusIndexer(dir, w, settings, rebuild || !existed, note);
    } catch (IOException e) {
      closeQuietly(dir);
      throw IndexFolder.explain(folder, e);
    }
  }

  private static IndexWriter writer(Directory dir, double ramBufferMb, boolean create) throws IOException {
    try {
      return new IndexWriter(dir, config(ramBufferMb, create));
    } catch (LockObtainFailedException e) {
      throw e;
    } catch (IOException e) {
      if (!create || !IndexFolder.isDamage(e)) {
        throw e;
      }
      wipe(dir);
      return new IndexWriter(dir, config(ramBufferMb, true));
    }
  }

  private static IndexWriterConfig config(double ramBufferMb, boolean create) {
    IndexWriterConfig c = new IndexWriterConfig(new PolicyAnalyzer());
    c.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setCommitOnClose(false);
    c.setRAMBufferSizeMB(ramBufferMb);
    c.setUseCompoundFile(false); // a flushed segment is written once, not copied again into a compound file
    return c;
  }

  /** Deletes a damaged index's files, holding the write lock so no other run is writing. */
  private static void wipe(Directory dir) throws IOException {
    try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
      for (String f : dir.listAll()) {
        if (!f.equals(IndexWriter.WRITE_LOCK_NAME)) {
          dir.deleteFile(f);
        }
      }
    }
  }

  /**
   * Brings the index up to date with {@code files} and commits: files not indexed yet are added, changed ones
   * replaced, indexed files that no longer exist removed. Indexed files that exist but are not in {@code files}
   * stay as they are.
   */
  public IndexReport update(Collection<Path> files, Source source, Progress progress)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Map<String, IndexedFiles.Entry> indexed;
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      indexed = IndexedFiles.read(r);
    }
    Run run = new Run(progress);
    Plan plan = plan(files, indexed, run);
    run.total = plan.jobs.size();
    execute(plan.jobs, source, settings.threads(), run);
    for (IndexedFiles.Entry e : plan.gone) {
      writer.deleteDocuments(new Term(Schema.DOCID, e.docid()));
    }
    for (Map.Entry<String, String> r : plan.renames.entrySet()) {
      writer.updateBinaryDocValue(new Term(Schema.DOCID, r.getKey()), Schema.PATH, new BytesRef(r.getValue()));
    }
    commit();
    int[] counts = counts();
    List<IndexReport.Failure> failures = new ArrayList<>(run.failures);
    failures.addAll(plan.unreadable);
    failures.sort(Comparator.comparing(IndexReport.Failure::file));
    return new IndexReport(plan.read, run.added.get(), run.changed.get(), plan.unchanged, plan.renames.size(),
        plan.gone.size(), failures, counts[0], counts[1], run.chars.get(), (System.nanoTime() - t0) / 1_000_000,
        note);
  }

  /** Adds a document under a path that is not indexed yet, without looking for an earlier version (bulk loads). */
  public void add(PolicyDocument doc, String path, String hash) throws IOException {
    writer.addDocuments(mapper.entries(doc, new DocumentMapper.Identity(newId(), path, hash)));
  }

  /**
   * Makes everything done so far visible, in one commit. The analyzed entries still in memory are first written
   * out on all the run's threads (a commit would write them one buffer after another on this one).
   */
  public void commit() throws IOException {
    if (writer.hasUncommittedChanges() || fresh || !note.isEmpty()) {
      flushBuffers();
      writer.setLiveCommitData(Map.of(
          Schema.COMMIT_VERSION, Integer.toString(Schema.VERSION),
          Schema.COMMIT_VOCABULARY, vocabularyFingerprint(),
          Schema.COMMIT_NEXT_ID, Integer.toString(nextId.get())).entrySet());
      writer.commit();
    }
  }

  private void flushBuffers() throws IOException {
    try {
      Parallel.map(settings.threads(), settings.threads(), i -> {
        while (writer.flushNextBuffer()) {
          // each call writes one thread's buffer as a segment
        }
        return null;
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing the index");
    }
  }

  /** Closes the index; whatever was not committed is dropped. */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      dir.close();
    }
  }

  /** The files of a run sorted into jobs (to analyze), renames, removals and skips. */
  private static final class Plan {
    final List<Job> jobs = new ArrayList<>();
    final Map<String, String> renames = new HashMap<>();
    final List<IndexedFiles.Entry> gone = new ArrayList<>();
    final List<IndexReport.Failure> unreadable = new ArrayList<>();
    int read;
    int unchanged;
  }

  /** A file to analyze, and the counter it adds to: added, changed, or none (a rename re-analyzed). */
  private record Job(Path file, String docid, String hash, AtomicInteger counter) {}

  private Plan plan(Collection<Path> files, Map<String, IndexedFiles.Entry> indexed, Run run) {
    boolean all = !note.isEmpty();
    Plan plan = new Plan();
    List<Job> unseen = new ArrayList<>();
    for (Path f : new TreeSet<>(files.stream().map(p -> p.toAbsolutePath().normalize()).toList())) {
      plan.read++;
      String hash;
      try {
        hash = sha256(f);
      } catch (IOException e) {
        plan.unreadable.add(new IndexReport.Failure(f.toString(), "cannot be read (" + e.getClass().getSimpleName()
            + "); check that the file exists and is readable"));
        continue;
      }
      IndexedFiles.Entry e = indexed.get(f.toString());
      if (e == null) {
        unseen.add(new Job(f, null, hash, null));
      } else if (all || !e.hash().equals(hash)) {
        plan.jobs.add(new Job(f, e.docid(), hash, run.changed));
      } else {
        plan.unchanged++;
      }
    }
    Map<String, Deque<IndexedFiles.Entry>> goneByHash = new HashMap<>();
    for (IndexedFiles.Entry e : indexed.values()) {
      if (!Files.isRegularFile(Path.of(e.path()))) {
        goneByHash.computeIfAbsent(e.hash(), k -> new ArrayDeque<>()).add(e);
      }
    }
    for (Job j : unseen) {
      Deque<IndexedFiles.Entry> same = goneByHash.get(j.hash());
      IndexedFiles.Entry old = same == null ? null : same.poll();
      if (old == null) {
        plan.jobs.add(new Job(j.file(), newId(), j.hash(), run.added));
      } else {
        plan.renames.put(old.docid(), j.file().toString());
        if (all) {
          plan.jobs.add(new Job(j.file(), old.docid(), j.hash(), null));
        }
      }
    }
    goneByHash.values().forEach(plan.gone::addAll);
    plan.gone.sort(Comparator.comparing(IndexedFiles.Entry::path));
    return plan;
  }

  /** Counters of the analysis jobs, updated from several threads. */
  private static final class Run {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger changed = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicLong chars = new AtomicLong();
    final List<IndexReport.Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    final Progress progress;
    volatile int total;

    Run(Progress progress) {
      this.progress = progress;
    }
  }

  private void execute(List<Job> jobs, Source source, int threads, Run run) throws IOException, InterruptedException {
    Parallel.map(threads, jobs.size(), i -> {
      index(jobs.get(i), source, run);
      return null;
    });
  }

  private void index(Job j, Source source, Run run) throws IOException {
    try {
      PolicyDocument doc = source.load(j.file());
      writer.updateDocuments(new Term(Schema.DOCID, j.docid()),
          mapper.entries(doc, new DocumentMapper.Identity(j.docid(), j.file().toString(), j.hash())));
      if (j.counter() != null) {
        j.counter().incrementAndGet();
      }
      run.chars.addAndGet(doc.text().text().length());
    } catch (UnreadableInputException e) {
      String prefix = j.file() + ": ";
      String why = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      run.failures.add(new IndexReport.Failure(j.file().toString(), why));
    } catch (RuntimeException e) {
      run.failures.add(new IndexReport.Failure(j.file().toString(), "internal error while analyzing (" + e
          + "); please report this with the file"));
    } finally {
      run.progress.update(run.done.incrementAndGet(), run.total);
    }
  }

  private int[] counts() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(r);
      return new int[] {s.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC))),
          s.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_CLAUSE)))};
    }
  }

  private String newId() {
    return Schema.docid(nextId.getAndIncrement());
  }

  private String commitData(String key, String fallback) {
    return data(writer, key, fallback);
  }

  private static String data(IndexWriter w, String key, String fallback) {
    Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(key)) {
          return e.getValue();
        }
      }
    }
    return fallback;
  }

  /** The schema version and the 组织工作 vocabulary the index was built with: fixed for the process. */
  private static final class VocabularyFingerprint {
    static final String VALUE =
        Fingerprint.sha256(Schema.VERSION + "\n" + String.join("\n", Vocabulary.terms())).substring(0, 16);
  }

  static String vocabularyFingerprint() {
    return VocabularyFingerprint.VALUE;
  }

  /** SHA-256 of a file's bytes, streamed. */
  static String sha256(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void closeQuietly(Directory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }
}
