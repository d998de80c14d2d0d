package org.duibiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The document files under folders: regular files, recursively, without hidden files and notes (.md, .json, .yaml). */
final class DocumentFiles {
  private DocumentFiles() {}

  /** Files and the documents under folders, sorted; nothing under {@code skip} (the index folder). */
  static List<Path> list(List<Path> roots, Path skip) throws IOException {
    Path skipped = skip == null ? null : skip.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        out.add(root);
        continue;
      }
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .filter(p -> skipped == null || !p.toAbsolutePath().normalize().startsWith(skipped))
            .filter(p -> !hidden(root.relativize(p)))
            .filter(p -> !p.getFileName().toString().matches("(?i).*\\.(json|ya?ml|md)$"))
            .forEach(out::add);
      }
    }
    return out.stream().distinct().sorted().toList();
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
