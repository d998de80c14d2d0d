package org.duibiao.nlp.deep;

/**
 * An edge of a clause's basic (tree-shaped) Universal Dependencies graph.
 *
 * @param head index of the governing token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation the relation as CoreNLP names it (nsubj, dobj, conj, nmod:prep, compound:nn …)
 */
public record Dependency(int head, int dependent, String relation) {
  public static final int ROOT = -1;

  public Dependency {
    if (head < ROOT || dependent < 0 || head == dependent || relation == null || relation.isEmpty()) {
      throw new IllegalArgumentException("bad dependency " + head + " -" + relation + "-> " + dependent);
    }
  }

  public boolean isRoot() {
    return head == ROOT;
  }
}
