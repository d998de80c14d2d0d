package org.duibiao.nlp.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merges entity mentions that name one body: a place directly followed by an organization is that place's
 * organization (安庆 + 市委组织部 = 安庆市委组织部), and two organizations written together are one
 * (中共 + 安庆市委). CoreNLP already merges consecutive tokens with the same tag.
 */
final class EntityMerger {
  private static final Set<String> PLACE = Set.of("GPE", "LOC");

  private EntityMerger() {}

  static List<Entity> merge(String text, List<Entity> mentions) {
    List<Entity> out = new ArrayList<>(mentions);
    for (int k = out.size() - 1; k > 0; k--) { // from the right: 安庆 + 市委组织部, then 中共 + 安庆市委组织部
      Entity left = out.get(k - 1);
      Entity right = out.get(k);
      if (left.end() == right.start() && right.type().equals("ORG")
          && (left.type().equals("ORG") || PLACE.contains(left.type()))) {
        out.set(k - 1, new Entity(text.substring(left.start(), right.end()), "ORG", left.start(), right.end(), ""));
        out.remove(k);
      }
    }
    return out;
  }
}
