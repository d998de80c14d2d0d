package org.duibiao.nlp.deep;

import java.util.Set;
import org.duibiao.nlp.Vocabulary;

/** The word lists that decide whether a frame is actionable, kept as plain files next to this class. */
final class Lexicon {
  /** Verbs that are not actions: 是, 有, 成为 … */
  static final Set<String> NON_ACTION = Set.copyOf(Vocabulary.load("deep/non-action-verbs.txt"));
  /** Object heads that name attitudes or atmospheres: 站位, 共识, 氛围 … */
  static final Set<String> ABSTRACT = Set.copyOf(Vocabulary.load("deep/abstract-objects.txt"));

  private Lexicon() {}
}
