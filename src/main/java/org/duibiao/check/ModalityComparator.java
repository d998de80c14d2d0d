package org.duibiao.check;

import org.duibiao.nlp.Modality;
import org.duibiao.nlp.ModalityCue;

/**
 * Tells when a plan turns a requirement into something softer: 鼓励 or 适时 for 要, 原则上 for 必须, 探索/研究制定 for a
 * firm measure.
 */
final class ModalityComparator {

  private ModalityComparator() {}

  /** A reason when the plan's wording is weaker than the measure's, else null. */
  static String weaker(Modality required, ModalityCue stated) {
    Modality s = stated.modality();
    if (required == Modality.FORBIDDEN) {
      // 严禁… against 可以… or 鼓励…: the plan allows what the policy forbids
      return stated.marked() && (s == Modality.MAY || s == Modality.ENCOURAGED)
          ? "方案为“" + stated.cue() + "”，与政策的禁止性规定相反" : null;
    }
    if (s == Modality.DEFERRED || s == Modality.FORBIDDEN) {
      return null;
    }
    int need = required.strength();
    int have = s.strength();
    if (need >= Modality.SHOULD.strength() && have <= Modality.ENCOURAGED.strength()) {
      return "方案仅“" + stated.cue() + "”，弱于政策的硬性要求";
    }
    if (need >= Modality.MUST.strength() && have <= Modality.PRINCIPLE.strength()) {
      return "方案为“" + stated.cue() + "”，弱于政策“必须”的要求";
    }
    return null;
  }
}
