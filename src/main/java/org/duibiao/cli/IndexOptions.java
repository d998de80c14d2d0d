package org.duibiao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The index folder option shared by index, search, similar and demo. */
final class IndexOptions {
  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/ of the installation)")
  Path dir;

  Path folder() {
    return dir != null ? dir : Home.path("index");
  }
}
