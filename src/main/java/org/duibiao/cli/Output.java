package org.duibiao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's result goes: standard output, or a file given with {@code --out}, written whole or not at all. */
final class Output {

  private Output() {}

  /** Prints {@code text} to the command's standard output, or writes it to {@code out} when one is given. */
  static void emit(CommandSpec spec, Path out, String text) throws IOException {
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      writeAtomically(out, text);
    }
  }

  /** Writes through a temporary file and a move, so a failed write never leaves half a file. */
  private static void writeAtomically(Path target, String content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, ".duibiao-", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
