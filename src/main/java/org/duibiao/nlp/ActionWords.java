package org.duibiao.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actions a measure asks for — the content verbs of its policy clause — and whether a plan's clause names them.
 * A plan clause that shares a measure's objects but none of its actions (跟踪考核 党政正职 for 选拔 党政正职) echoes its
 * keywords; one that names the action tells for a paraphrase whose qualifiers are reworded.
 */
public final class ActionWords {

  /** Verbs every measure uses, which say nothing about which measure it is. */
  private static final Set<String> LIGHT = Set.of("加强", "进行", "开展", "做好", "推进", "落实", "坚持", "注重", "实行",
      "实施", "加大", "强化", "提高", "推动", "确保", "发挥", "给予", "予以", "作为", "做到", "形成", "提供", "提升", "增强",
      "加快", "深化", "促进", "改进", "工作", "健全", "完善", "建立", "抓好", "用好", "把握", "结合", "围绕", "按照", "根据", "通过", "组织", "认真", "切实", "积极",
      "进一步", "及时", "严格", "充分", "有关", "要求", "需要", "可以", "应当", "必须", "鼓励", "支持", "是", "有", "要", "对",
      "把", "将", "使", "让", "在", "到", "为", "以", "从", "向", "与", "和", "及");

  private ActionWords() {}

  /** Whether a verb says nothing about which measure it belongs to (加强, 开展, 落实 …). */
  public static boolean light(String verb) {
    return LIGHT.contains(verb);
  }

  /** The content verbs of a policy clause (simplified, normalized). */
  public static List<String> of(String clause) {
    List<String> out = new ArrayList<>();
    for (Term t : Segmenter.segment(clause)) {
      String w = t.word();
      if (t.nature().startsWith("v") && w.length() >= 2 && !LIGHT.contains(w) && !out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Each action with the words that name it too (synonyms, 词林 equivalents): prepared once per measure. */
  public static List<List<String>> forms(List<String> actions) {
    List<List<String>> out = new ArrayList<>();
    for (String v : actions) {
      if (v.isBlank()) {
        continue;
      }
      List<String> f = new ArrayList<>(List.of(v));
      Synonyms.Expansion e = Synonyms.of(v);
      for (List<String> words : List.of(e.own(), e.general())) {
        for (String w : words) {
          if (w.length() >= 2 && !f.contains(w)) {
            f.add(w);
          }
        }
      }
      out.add(List.copyOf(f));
    }
    return out;
  }

  /**
   * The share of the actions that the text names, by the word, a synonym or a 词林 equivalent (each action as its
   * {@link #forms}); -1 without actions.
   */
  public static double agreement(List<List<String>> forms, String text) {
    if (forms.isEmpty()) {
      return -1;
    }
    int found = 0;
    for (List<String> f : forms) {
      for (String s : f) {
        if (text.contains(s)) {
          found++;
          break;
        }
      }
    }
    return (double) found / forms.size();
  }
}
