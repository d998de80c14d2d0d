package org.duibiao.cli;

import java.nio.file.Path;

/** The installation folder (set by the launcher), for the bundled corpus and rule sets. */
final class Home {
  private Home() {}

  static Path path(String child) {
    String home = System.getProperty("duibiao.home");
    return home == null ? Path.of(child) : Path.of(home, child);
  }
}
