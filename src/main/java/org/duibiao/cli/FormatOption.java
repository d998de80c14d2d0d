package org.duibiao.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The check every command makes of its {@code --format}: one of the formats it can write, else a usage error. */
final class FormatOption {

  private FormatOption() {}

  static void check(CommandSpec spec, String format, String... allowed) {
    if (!List.of(allowed).contains(format)) {
      String names = allowed.length == 1 ? allowed[0]
          : String.join(", ", List.of(allowed).subList(0, allowed.length - 1)) + " or " + allowed[allowed.length - 1];
      throw new ParameterException(spec.commandLine(), "--format must be " + names + ", not '" + format + "'");
    }
  }
}
