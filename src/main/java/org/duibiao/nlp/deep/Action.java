package org.duibiao.nlp.deep;

import java.util.List;

/**
 * The verb of an action frame with what qualifies it.
 *
 * @param verb the verb as written, with verbs fused to it (谈心谈话, 贯彻落实, 营造出)
 * @param head the governing verb token's word
 * @param modal the modal verb governing it (要, 应当, 必须, 可以, 不得 …), shared along coordinated verbs; empty if none
 * @param adverbs the adverbs and time words qualifying it, in text order (认真, 切实, 每年 …)
 * @param negated whether it is negated (不, 没有) other than by a modal like 不得
 * @param start offset of the verb in the clause's normalized text
 * @param end end offset (exclusive)
 */
public record Action(String verb, String head, String modal, List<String> adverbs, boolean negated, int start,
    int end) {
  public Action {
    if (verb == null || verb.isEmpty() || head == null || modal == null || start < 0 || end < start) {
      throw new IllegalArgumentException("bad action '" + verb + "'");
    }
    adverbs = List.copyOf(adverbs);
  }
}
