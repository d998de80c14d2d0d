package org.duibiao.structure;

import org.duibiao.nlp.ScriptConverter;

/** Folding for comparisons inside the structure stage: simplified script, Han characters and digits only. */
final class ScriptlessFold {
  private ScriptlessFold() {}

  static String fold(String s) {
    StringBuilder sb = new StringBuilder();
    ScriptConverter.toSimplified(s).codePoints()
        .filter(cp -> Character.isLetterOrDigit(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static String simplified(String s) {
    return ScriptConverter.toSimplified(s);
  }
}
