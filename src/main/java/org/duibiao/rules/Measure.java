package org.duibiao.rules;

import java.util.List;
import org.duibiao.nlp.Modality;

/**
 * One required measure: the thing an inspector ticks.
 *
 * @param id unique in its rule set (M01 …)
 * @param title a short name
 * @param source the policy clause it comes from
 * @param modality how binding it is
 * @param actors who must act (各单位党组（党委）, 主要负责人 …); may be empty
 * @param actions what they must do: the verbs of the measure (选拔, 谈心谈话, 挂职锻炼); empty means the check takes
 *     the content verbs of the source clause
 * @param objects what they act on or bring about (谈心谈话制度, 中层干部); empty when not known
 * @param match the concepts a plan must state
 * @param quantity numbers the plan must meet
 * @param severity how much a gap matters
 * @param appliesTo which bodies the measure binds: empty or "all" for every unit, "issuer" for the issuing body
 *     only, or named bodies (市委组织部 …)
 */
public record Measure(
    String id,
    String title,
    SourceRef source,
    Modality modality,
    List<String> actors,
    List<String> actions,
    List<String> objects,
    MatchSpec match,
    List<QuantityConstraint> quantity,
    Severity severity,
    List<String> appliesTo) {

  public Measure {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a measure needs an id");
    }
    if (source == null || modality == null || match == null || severity == null) {
      throw new IllegalArgumentException("measure " + id + " needs source, modality, match and severity");
    }
    title = title == null || title.isBlank() ? source.quote() : title;
    actors = actors == null ? List.of() : List.copyOf(actors);
    actions = actions == null ? List.of() : List.copyOf(actions);
    objects = objects == null ? List.of() : List.copyOf(objects);
    quantity = quantity == null ? List.of() : List.copyOf(quantity);
    appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
  }

  /** Between two actors of one phrase: 、, or 和/及/与 after a body or a role (not inside 人力资源和社会保障局). */
  private static final java.util.regex.Pattern ACTOR_SPLIT =
      java.util.regex.Pattern.compile("、|(?<=[组委构门人志导位关部员）])(?:以及|和|及|与)");

  /** The actors of a phrase that names several (市委组织部、市直机关工委和市人社局), one each; blank parts dropped. */
  public static List<String> splitActors(String phrase) {
    List<String> out = new java.util.ArrayList<>();
    for (String part : ACTOR_SPLIT.split(phrase)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** True when the measure binds every unit the policy addresses. */
  public boolean bindsEveryUnit() {
    return appliesTo.isEmpty() || appliesTo.contains("all");
  }
}
