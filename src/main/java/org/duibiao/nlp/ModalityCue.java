package org.duibiao.nlp;

/**
 * The modality of a clause and the words that signal it.
 *
 * @param modality the level
 * @param cue the signalling word(s) as found in the text; empty for an unmarked imperative
 * @param start offset of the cue in the clause, -1 when unmarked
 */
public record ModalityCue(Modality modality, String cue, int start) {
  public ModalityCue {
    if (modality == null || cue == null) {
      throw new IllegalArgumentException("modality and cue are required");
    }
  }

  /** An unmarked imperative clause (建立…制度): binding as 应当. */
  public static ModalityCue unmarked() {
    return new ModalityCue(Modality.SHOULD, "", -1);
  }

  public boolean marked() {
    return start >= 0;
  }
}
