package org.duibiao.nlp.deep;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A clause's dependency tree indexed for walking: heads, relations, children and comma segments. */
final class Tree {
  static final int NO_HEAD = -2;

  final String text;
  final List<Token> tokens;
  final int[] head;
  final String[] rel;
  final int[] segment;
  private final boolean[] quoted;
  private final List<List<Integer>> children;

  Tree(String text, List<Token> tokens, List<Dependency> deps) {
    this.text = text;
    this.tokens = tokens;
    int n = tokens.size();
    head = new int[n];
    rel = new String[n];
    segment = new int[n];
    children = new ArrayList<>(n);
    java.util.Arrays.fill(head, NO_HEAD);
    java.util.Arrays.fill(rel, "");
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : deps) {
      head[d.dependent()] = d.head();
      rel[d.dependent()] = d.relation();
      if (!d.isRoot()) {
        children.get(d.head()).add(d.dependent());
      }
    }
    children.forEach(c -> c.sort(null));
    quoted = new boolean[n];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i).word();
      if (w.equals("“") || w.equals("《") || w.equals("「")) {
        depth++;
      } else if (w.equals("”") || w.equals("》") || w.equals("」")) {
        depth = Math.max(0, depth - 1);
      } else {
        quoted[i] = depth > 0;
      }
    }
    int seg = 0;
    for (int i = 0; i < n; i++) {
      if (isBreak(i)) {
        seg++;
      }
      segment[i] = seg;
    }
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  List<Integer> children(int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (rel[c].equals(r)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** A pause inside a sentence: ， ； ： (the enumeration comma 、 is not one). */
  boolean isBreak(int i) {
    String w = word(i);
    return pos(i).equals("PU") && (w.equals("，") || w.equals(",") || w.equals("；") || w.equals(";")
        || w.equals("：") || w.equals(":"));
  }

  /** The token and all its descendants. */
  BitSet subtree(int i) {
    BitSet out = new BitSet(size());
    collect(i, out, new BitSet(size()));
    return out;
  }

  private void collect(int i, BitSet out, BitSet seen) {
    if (seen.get(i)) {
      return; // guards against a malformed (cyclic) graph from a corrupt cache entry
    }
    seen.set(i);
    out.set(i);
    for (int c : children.get(i)) {
      collect(c, out, seen);
    }
  }

  /** Whether {@code a} is {@code b} or one of its ancestors. */
  boolean dominates(int a, int b) {
    for (int j = b, steps = 0; j >= 0 && steps <= size(); j = head[j], steps++) {
      if (j == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * A phrase over the tokens from {@code first} to {@code last} (inclusive) with punctuation trimmed from both ends;
   * null when nothing is left.
   */
  Phrase phrase(int first, int last, int headToken) {
    while (first <= last && (tokens.get(first).isPunctuation() && !opens(first))) {
      first++;
    }
    while (last >= first && (tokens.get(last).isPunctuation() && !closes(last))) {
      last--;
    }
    if (first > last) {
      return null;
    }
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    String h = headToken >= first && headToken <= last ? word(headToken) : word(last);
    return new Phrase(text.substring(start, end), h, start, end);
  }

  /**
   * The phrase spanned by a token's subtree minus the tokens in {@code excluded}: the contiguous run of the subtree
   * around the token within its comma segment, so that material cut out of the middle also cuts the phrase and a
   * phrase never runs on into the next part of a chained sentence.
   */
  Phrase subtreePhrase(int i, BitSet excluded) {
    BitSet s = subtree(i);
    s.andNot(excluded);
    if (!s.get(i)) {
      return null;
    }
    int first = i;
    while (first - 1 >= 0 && s.get(first - 1) && segment[first - 1] == segment[i]) {
      first--;
    }
    int last = i;
    while (last + 1 < size() && s.get(last + 1) && segment[last + 1] == segment[i]) {
      last++;
    }
    return phrase(first, last, i);
  }

  /** Whether a token stands inside quotation marks or title marks (“…”, 《…》): a name, not a statement. */
  boolean quoted(int i) {
    return quoted[i];
  }

  private boolean opens(int i) {
    String w = word(i);
    return w.equals("（") || w.equals("(") || w.equals("“") || w.equals("《") || w.equals("\"");
  }

  private boolean closes(int i) {
    String w = word(i);
    return w.equals("）") || w.equals(")") || w.equals("”") || w.equals("》") || w.equals("\"");
  }
}
