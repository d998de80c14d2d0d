package org.duibiao.nlp.deep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duibiao.structure.Clause;
import org.duibiao.structure.PolicyDocument;

/** For tests in other packages: cache entries built from the stored fixture parses, so no CoreNLP is needed. */
public final class DeepTestSupport {
  private DeepTestSupport() {}

  /** Writes the cache entry of a document whose clauses all have stored parses. */
  public static void seedCache(Path dir, PolicyDocument doc) {
    Map<String, ClauseParse> stored = Fixtures.parses();
    List<ClauseParse> entry = new ArrayList<>();
    for (Clause c : doc.clauses()) {
      ClauseParse p = stored.get(c.text());
      if (p == null) {
        throw new IllegalArgumentException("no stored parse for clause " + c.id() + ": " + c.text()
            + " (add it to sentences.txt and regenerate)");
      }
      entry.add(p);
    }
    new AnalysisCache(dir).write(DeepAnalyzer.key(doc), entry);
  }
}
