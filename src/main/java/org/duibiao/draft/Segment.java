package org.duibiao.draft;

/**
 * A comma-separated piece of a clause and its role in the clause.
 *
 * @param start start offset in the clause text
 * @param end end offset (exclusive)
 * @param text the piece
 * @param role what the piece does
 */
record Segment(int start, int end, String text, Role role) {

  enum Role {
    /** 对…的: a condition or a group of people that an action applies to. */
    CONDITION,
    /** A verb phrase that does something. */
    ACTION,
    /** 20名左右干部到…, 到…一线…: an element sharing the verb of the action before it. */
    PARALLEL,
    /** 以…, 确保…, 形成…: why, or with what result. */
    PURPOSE,
    /** 不占…, 并…, 由…担任组长: more of the measure before it. */
    CONTINUATION,
    /** 《措施》要求, 同时, a lone actor or time: belongs to what follows. */
    PREFIX,
    /** Rhetoric or description without an actionable object. */
    RHETORIC
  }
}
