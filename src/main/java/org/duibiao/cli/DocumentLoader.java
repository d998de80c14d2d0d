package org.duibiao.cli;

import java.nio.file.Path;
import org.duibiao.ingest.DocumentExtractor;
import org.duibiao.ingest.IngestLimits;
import org.duibiao.ingest.UnreadableInputException;
import org.duibiao.structure.DocumentStructurer;
import org.duibiao.structure.PolicyDocument;

/** Runs ingest → normalize → structure on a file. */
final class DocumentLoader {
  private final DocumentExtractor extractor;

  DocumentLoader(IngestLimits limits) {
    this.extractor = new DocumentExtractor(limits);
  }

  PolicyDocument load(Path file) throws UnreadableInputException {
    return DocumentStructurer.structure(extractor.extract(file));
  }
}
