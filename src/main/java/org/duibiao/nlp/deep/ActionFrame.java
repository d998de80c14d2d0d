package org.duibiao.nlp.deep;

import java.util.List;

/**
 * Who must do what to whom, under which conditions: one predicate of a clause.
 *
 * @param actors who acts, one phrase per coordinated actor (主要负责人、分管负责人 → two); empty when the clause
 *     leaves the actor implicit (an imperative addressed to the document's recipients)
 * @param actorSource where the actors come from
 * @param action the verb with its modal and adverbs
 * @param objects what is acted on or brought about: the direct object, a 把 object, a complement clause
 * @param conditions prepositional adjuncts that bound the action (对…, 在…中, 按照…, 围绕…, 结合…)
 * @param actionable whether the predicate is something a unit can do and an inspector can check: a verb of action
 *     with an object or complement, not a copula, an existential or a bare attitude (提高政治站位)
 */
public record ActionFrame(List<Phrase> actors, ActorSource actorSource, Action action, List<Phrase> objects,
    List<Phrase> conditions, boolean actionable) {

  /** Where a frame's actors come from. */
  public enum ActorSource {
    /** the predicate's own subject */
    OWN,
    /** the subject of a verb it is coordinated with in the same clause (要加强…，积极组织…，认真落实…) */
    SHARED,
    /** the subject of the lead-in clause of an enumeration (各单位要：一是…；二是…) */
    INHERITED,
    /** no actor in the text */
    NONE
  }

  public ActionFrame {
    if (actorSource == null || action == null) {
      throw new IllegalArgumentException("action frame needs an action and an actor source");
    }
    actors = List.copyOf(actors);
    objects = List.copyOf(objects);
    conditions = List.copyOf(conditions);
    if (actors.isEmpty() != (actorSource == ActorSource.NONE)) {
      throw new IllegalArgumentException("actor source " + actorSource + " does not fit " + actors.size() + " actors");
    }
  }

  /** The frame with other actors (used when a clause inherits the actor of its lead-in). */
  ActionFrame withActors(List<Phrase> newActors, ActorSource source) {
    return new ActionFrame(newActors, source, action, objects, conditions, actionable);
  }
}
