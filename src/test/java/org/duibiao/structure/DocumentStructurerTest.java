package org.duibiao.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.duibiao.ingest.DocumentExtractor;
import org.junit.jupiter.api.Test;

/** Known structure bugs, found while reading the goldens (structure/ belongs to the lead). */
class DocumentStructurerTest {

  private static void paths(List<Section> sections, List<String> out) {
    for (Section s : sections) {
      out.add(s.path());
      paths(s.children(), out);
    }
  }

  @Test
  void sectionPathsAreUniqueInADocumentOfSeveralReports() throws Exception {
    PolicyDocument d = DocumentStructurer.structure(
        new DocumentExtractor().extract(Path.of("corpus/004_ef950e41b1eb376a.txt")));
    List<String> all = new ArrayList<>();
    paths(d.sections(), all);
    assertThat(all).doesNotHaveDuplicates();
    assertThat(d.clauses()).filteredOn(c -> c.text().startsWith("中共大观区委组织部")).isEmpty();
  }
}
