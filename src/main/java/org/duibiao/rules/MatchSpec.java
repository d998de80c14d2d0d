package org.duibiao.rules;

import java.util.List;

/**
 * What a plan must say to carry out a measure.
 *
 * @param all the core concepts: the action and its object; missing ones make the measure partial or missing
 * @param items an enumerated scope (listed bodies, groups, destinations, aspects): each should be named; missing
 *     ones make the measure partial
 * @param context words that support a match but are not required (the shared verb of an enumeration, the period)
 * @param not negative cues: a plan clause containing one does not count as evidence
 * @param itemsMin the share of items a plan must name for full coverage: 1 for a closed list, less for examples
 *     (a list ending in 等)
 */
public record MatchSpec(List<Concept> all, List<Concept> items, List<String> context, List<String> not, double itemsMin) {

  /** Default share of items required. */
  public static final double ITEMS_MIN = 0.66;

  public MatchSpec {
    if (itemsMin <= 0 || itemsMin > 1) {
      throw new IllegalArgumentException("items_min must be in (0, 1]");
    }
    all = List.copyOf(all);
    items = items == null ? List.of() : List.copyOf(items);
    context = context == null ? List.of() : List.copyOf(context);
    not = not == null ? List.of() : List.copyOf(not);
    if (all.isEmpty() && items.isEmpty()) {
      throw new IllegalArgumentException("a match needs at least one concept in 'all' or 'items'");
    }
  }
}
