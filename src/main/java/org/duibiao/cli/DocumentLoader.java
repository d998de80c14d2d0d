package org.duibiao.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.ingest.IngestLimits;
import org.duibiao.ingest.UnreadableInputException;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;

/** Runs ingest → normalize → structure on a file. */
final class DocumentLoader {
  private final DocumentExtractor extractor;
  /** The documents read so far, by absolute path; null when every call reads the file again. */
  private final Map<Path, PolicyDocument> read;

  DocumentLoader(IngestLimits limits) {
    this(new DocumentExtractor(limits), null);
  }

  private DocumentLoader(DocumentExtractor extractor, Map<Path, PolicyDocument> read) {
    this.extractor = extractor;
    this.read = read;
  }

  /**
   * A loader that reads each file once and hands out the same document when it is asked again, for a run whose
   * steps meet the same files (the demo parses, indexes and checks them). Thread-safe; a file that cannot be read
   * is tried again.
   */
  DocumentLoader remembering() {
    return new DocumentLoader(extractor, new ConcurrentHashMap<>());
  }

  PolicyDocument load(Path file) throws UnreadableInputException {
    if (read == null) {
      return DocumentStructurer.structure(extractor.extract(file));
    }
    Path key = file.toAbsolutePath().normalize();
    PolicyDocument d = read.get(key);
    if (d == null) {
      d = DocumentStructurer.structure(extractor.extract(file));
      read.put(key, d);
    }
    return d;
  }
}
