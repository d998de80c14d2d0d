package org.duibiao.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index folder ({@code index/} or {@code --index DIR}): the Lucene index lives in its {@code lucene/}
 * subfolder, so the folder can hold other things (its README, caches) and a rebuild only ever deletes what Lucene
 * wrote. Also turns Lucene's failures into one-line messages with a way out.
 */
final class IndexFolder {

  static final String LUCENE = "lucene";

  private IndexFolder() {}

  static Path lucene(Path folder) {
    return folder.resolve(LUCENE);
  }

  static FSDirectory open(Path folder) throws IOException {
    Path dir = lucene(folder);
    Files.createDirectories(dir);
    return FSDirectory.open(dir);
  }

  /** True when the folder holds a committed index. */
  static boolean exists(Path folder) throws IOException {
    Path dir = lucene(folder);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** True for the exceptions that mean the files on disk are not a readable index. */
  static boolean isDamage(Throwable e) {
    return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException || e instanceof EOFException
        || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
  }

  static IndexUnavailableException explain(Path folder, IOException e) {
    if (e instanceof LockObtainFailedException) {
      return new IndexUnavailableException(folder + ": another 'duibiao index' run is writing this index; wait for "
          + "it to finish and try again (if none is running, check that nothing else holds " + lucene(folder)
          + "/write.lock)", e);
    }
    if (isDamage(e)) {
      // garbage in a segments file reads as "too old" to Lucene: one message for both
      return new IndexUnavailableException(folder + ": the index is damaged or from another version ("
          + e.getClass().getSimpleName() + "); rebuild it with 'duibiao index --rebuild'", e);
    }
    return new IndexUnavailableException(folder + ": the index cannot be read (" + e.getClass().getSimpleName()
        + ": " + e.getMessage() + "); check the folder's permissions and free space", e);
  }

  static IndexUnavailableException missing(Path folder) {
    return new IndexUnavailableException(folder + ": no index yet; build it with 'duibiao index'", null);
  }
}
