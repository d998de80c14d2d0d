package org.duibiao.nlp.deep;

import java.util.List;

/**
 * What CoreNLP says about one clause text: words with tags, merged entities and the basic dependency tree. This is
 * what the analysis cache keeps; action frames are derived from it on every load.
 */
record ClauseParse(String text, List<Token> tokens, List<Entity> entities, List<Dependency> dependencies) {
  ClauseParse {
    if (text == null) {
      throw new IllegalArgumentException("clause text is required");
    }
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.index() != i || t.end() > text.length()) {
        throw new IllegalArgumentException("token " + i + " '" + t.word() + "' does not fit the clause text");
      }
    }
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.head() >= tokens.size()) {
        throw new IllegalArgumentException("dependency " + d + " points outside the clause's " + tokens.size() + " tokens");
      }
    }
    int[] head = new int[tokens.size()];
    java.util.Arrays.fill(head, Integer.MIN_VALUE);
    for (Dependency d : dependencies) {
      if (head[d.dependent()] != Integer.MIN_VALUE) {
        throw new IllegalArgumentException("token " + d.dependent() + " has two heads");
      }
      head[d.dependent()] = d.head();
    }
    for (int i = 0; i < head.length; i++) {
      int j = i;
      for (int steps = 0; j >= 0 && head[j] != Integer.MIN_VALUE; steps++) {
        if (steps > head.length) {
          throw new IllegalArgumentException("the dependencies of token " + i + " form a cycle");
        }
        j = head[j];
      }
    }
    for (Entity e : entities) {
      if (e.end() > text.length()) {
        throw new IllegalArgumentException("entity '" + e.text() + "' does not fit the clause text");
      }
    }
  }
}
