package org.duibiao.nlp.deep;

import java.util.List;

/**
 * The deep analysis of one clause. All offsets are into {@code text}, the clause's normalized text.
 *
 * @param clauseId the clause's id in its document (c001 …), empty for a sentence analysed on its own
 * @param text the clause's normalized text
 * @param tokens the words with tags
 * @param entities entities merged per entity
 * @param dependencies the basic dependency tree over token indices
 * @param frames one action frame per predicate, in text order
 */
public record ClauseAnalysis(String clauseId, String text, List<Token> tokens, List<Entity> entities,
    List<Dependency> dependencies, List<ActionFrame> frames) {

  public ClauseAnalysis {
    if (clauseId == null || text == null) {
      throw new IllegalArgumentException("clause id and text are required");
    }
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    dependencies = List.copyOf(dependencies);
    frames = List.copyOf(frames);
  }

  /** Whether any predicate of the clause is actionable. */
  public boolean actionable() {
    return frames.stream().anyMatch(ActionFrame::actionable);
  }

  /**
   * Whether the clause is rhetoric: it has predicates and none is actionable (提高政治站位，凝聚发展共识; 中层干部是
   * 中坚力量). A clause in which no predicate was found at all is not called rhetoric: the parse failed, and the
   * caller should judge it by other means.
   */
  public boolean rhetoric() {
    return !frames.isEmpty() && !actionable();
  }

  /** The entities of one type (ORG, GPE, DATE, NUMBER …). */
  public List<Entity> entities(String type) {
    return entities.stream().filter(e -> e.type().equals(type)).toList();
  }
}
