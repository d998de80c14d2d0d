package org.duibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each third-party library lives in one stage package, and {@code rules} depends on no stage (STYLE.md, "Layout").
 * A plain scan of the import lines of src/main/java.
 */
class BoundaryTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
  private static final Set<String> RULES_MAY_USE = Set.of("org.duibiao.nlp.Modality", "org.duibiao.nlp.Quantity");
  private static final Set<String> STAGES = Set.of("ingest", "normalize", "structure", "nlp", "index", "check",
      "report", "cli", "web");

  /** A source file with the package it declares and what it imports (fully qualified names in code count too). */
  record Source(Path path, String pkg, List<String> imports) {}

  static List<Source> sources() {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().map(BoundaryTest::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source read(Path p) {
    try {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      String pkg = MAIN.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.');
      List<String> refs = new ArrayList<>();
      Matcher m = IMPORT.matcher(text);
      while (m.find()) {
        refs.add(m.group(1));
      }
      // Fully qualified references in code (com.hankcs.hanlp.seg.common.Term) count as imports.
      Matcher q = Pattern.compile("\\b((?:com\\.hankcs|org\\.apache\\.(?:tika|lucene|poi|pdfbox)|edu\\.stanford)"
          + "\\.[\\w.]+)").matcher(text);
      while (q.find()) {
        refs.add(q.group(1));
      }
      return new Source(p, pkg, refs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> violations(String libraryPrefix, Set<String> allowedPackages) {
    List<String> out = new ArrayList<>();
    for (Source s : sources()) {
      if (allowedPackages.stream().anyMatch(a -> s.pkg().equals(a) || s.pkg().startsWith(a + "."))) {
        continue;
      }
      for (String i : s.imports()) {
        if (i.startsWith(libraryPrefix)) {
          out.add(s.path() + " uses " + i);
        }
      }
    }
    return out;
  }

  @Test
  void theScanSeesTheSources() {
    assertThat(sources()).extracting(Source::pkg).contains("org.duibiao.ingest", "org.duibiao.nlp");
    assertThat(sources()).filteredOn(s -> s.pkg().equals("org.duibiao.ingest"))
        .anySatisfy(s -> assertThat(s.imports()).anyMatch(i -> i.startsWith("org.apache.tika.")));
  }

  @Test
  void tikaOnlyInIngest() {
    assertThat(violations("org.apache.tika.", Set.of("org.duibiao.ingest"))).isEmpty();
  }

  /** Ingest opens a .docx with POI only to cut its links to comments and footnotes before Tika reads it. */
  @Test
  void poiOnlyInIngestAndPdfboxOnlyThroughTika() {
    assertThat(violations("org.apache.poi.", Set.of("org.duibiao.ingest"))).isEmpty();
    assertThat(violations("org.apache.pdfbox.", Set.of())).isEmpty();
  }

  @Test
  void hanlpOnlyInNlpAndIndex() {
    assertThat(violations("com.hankcs.", Set.of("org.duibiao.nlp", "org.duibiao.index"))).isEmpty();
  }

  @Test
  void luceneOnlyInIndex() {
    assertThat(violations("org.apache.lucene.", Set.of("org.duibiao.index"))).isEmpty();
  }

  @Test
  void coreNlpOnlyInNlp() {
    assertThat(violations("edu.stanford.", Set.of("org.duibiao.nlp"))).isEmpty();
  }

  @Test
  void rulesImportsNoStage() {
    List<String> out = new ArrayList<>();
    for (Source s : sources()) {
      if (!s.pkg().startsWith("org.duibiao.rules")) {
        continue;
      }
      for (String i : s.imports()) {
        if (RULES_MAY_USE.contains(i)) {
          continue; // value types shared by every stage, not a stage's machinery
        }
        for (String stage : STAGES) {
          if (i.startsWith("org.duibiao." + stage + ".")) {
            out.add(s.path() + " uses " + i);
          }
        }
      }
    }
    assertThat(out).isEmpty();
  }

  @Test
  void everyPackageSaysWhatItIsFor() {
    for (Source s : sources()) {
      assertThat(MAIN.resolve(s.pkg().replace('.', '/')).resolve("package-info.java"))
          .as("package-info.java of %s", s.pkg()).exists();
    }
  }
}
