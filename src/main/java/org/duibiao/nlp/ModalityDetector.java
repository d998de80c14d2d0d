package org.duibiao.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the modality cues of a clause (必须 / 应当 / 要 / 确保 / 鼓励 / 可 / 不得 / 严禁 …) in normalized text. */
public final class ModalityDetector {

  private record Rule(Pattern pattern, Modality modality) {}

  /** What is put off: 再(行)研究, 再确定, 再安排 … */
  private static final String LATER = "再行?(?:研究|确定|安排|部署|制定|恢复|启动)";

  private static final List<Rule> RULES = List.of(
      // 待明年再研究, 待市里出台规定后再行研究, 待全县统一平台建成后再研究建立: put off to a later time, to another body's
      // rules or until something is ready (not 待公示期满后再(行)研究任职, a step of a procedure)
      rule("待(?:明年|今后|以后|下一步|下半年|下一年度|条件成熟|时机成熟)[^，。；]{0,10}?" + LATER
          + "|待[^，。；]{0,20}?(?:出台|明确|下发|印发|部署|统一安排|通知)[^，。；]{0,10}?" + LATER
          + "|待[^，。；]{1,24}?(?:建成|完善|成熟|到位|具备)(?:后|之后|以后)" + LATER + "|另行(?:研究|确定|安排|制定|部署|出台)|暂不(?:开展|实施|执行|推行|考虑|安排|研究|具备)|暂缓(?:开展|实施|执行|推行|研究|安排)|暂时不|视情况再定|条件成熟(?:后|时)", Modality.DEFERRED),
      // 不得 is a prohibition unless it ends a 慢不得-type phrase (a verb + 不得: "must not be delayed"), which the
      // characters before it or the 的/了/punctuation after it tell
      // 不可 forbids (不可随意调整) unless it makes an adjective: 不可或缺, 不可替代, 不可能, 不可避免 …
      rule("(?<![慢怠松乱急懈等坐])不得(?![的了，。、；])|严禁|禁止|不准|不允许|不容许|杜绝|决不|绝不|坚决防止|严防"
          + "|(?<!一)不可(?=[\\u4e00-\\u9fff])(?![或能少替分避估逆缺忽小靠多思同])(?![\\u4e00-\\u9fff]{1,2}的)",
          Modality.FORBIDDEN),
      rule("必须|务必|确保|一律|坚决|严格(?:执行|落实|按照)|刚性", Modality.MUST),
      // 支持 after a modal (要支持, 积极支持, 大力支持) is the modal's; the single characters also keep support as a
      // noun (人力支持, 智力支持, and 支持配合, 支持政策 by what follows) from counting as an encouragement
      rule("鼓励(?!激励|机制|政策|办法|措施)|提倡|倡导|(?<![要应须必积极大力])支持(?!配合|政策|措施|力度)", Modality.ENCOURAGED),
      rule("研究制定|研究出台|研究明确|研究建立|探索|逐步|争取|力争|试点", Modality.EXPLORE),
      rule("原则上|一般(?:不|应|要|每)", Modality.PRINCIPLE),
      // 可 as a word's part is no permission: 认可度, 许可, 可支配收入, 可持续, 可复制可推广
      rule("(?:作为|列为|供)[^，。；]{0,10}参考|适时|视情(?!节)|酌情|根据(?:工作)?需要|有条件的|(?<![方才始不])可以|(?<![方才始不认许])可(?=[\\u4e00-\\u9fff])(?!以|能|见|行|靠|支配|持续|控|操作|复制|推广|比较|观|喜|贵|爱|信|量化|塑)|允许", Modality.MAY),
      rule("应当|应该|应(?=[\\u4e00-\\u9fff])(?![用对急变])|须(?=[\\u4e00-\\u9fff])(?!知)|需(?=[向按对在])|要(?=[\\u4e00-\\u9fff])", Modality.SHOULD));

  private static Rule rule(String regex, Modality modality) {
    return new Rule(Pattern.compile(regex), modality);
  }

  /** Characters that, before 要, make it part of a noun (重要, 主要, 需要, 纪要, 必要, 摘要, 首要). */
  private static final String NOT_MODAL_BEFORE_YAO = "重主需纪必摘首只概提简政机紧扼次";
  /** Characters that, after 要, make it a noun or a different word (要求, 要点, 要素, 要害, 要务, 要件, 要闻). */
  private static final String NOT_MODAL_AFTER_YAO = "求点素害务件闻职员案地冲道事塞领";

  private ModalityDetector() {}

  /** All cues in text order. Earlier rules win where cues overlap; linear in the length of the text. */
  public static List<ModalityCue> cues(String text) {
    List<ModalityCue> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        if (r.modality() == Modality.SHOULD && !modalYao(text, m)) {
          continue;
        }
        if (taken(taken, m.start(), m.end())) {
          continue;
        }
        for (int i = m.start(); i < m.end(); i++) {
          taken[i] = true;
        }
        out.add(new ModalityCue(r.modality(), m.group(), m.start()));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean taken(boolean[] taken, int s, int e) {
    for (int i = s; i < e; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean modalYao(String text, Matcher m) {
    String g = m.group();
    if (!g.startsWith("要") && !g.startsWith("应") && !g.startsWith("须") && !g.startsWith("需")) {
      return true;
    }
    int s = m.start();
    if (s > 0 && g.startsWith("要") && NOT_MODAL_BEFORE_YAO.indexOf(text.charAt(s - 1)) >= 0) {
      return false;
    }
    if (s > 0 && g.startsWith("须") && "必无".indexOf(text.charAt(s - 1)) >= 0) {
      return false;
    }
    if (s > 0 && g.startsWith("应") && "响适相供对反效呼顺报答理回感因".indexOf(text.charAt(s - 1)) >= 0) {
      return false;
    }
    int after = m.end();
    if (g.startsWith("要") && after < text.length() && NOT_MODAL_AFTER_YAO.indexOf(text.charAt(after)) >= 0) {
      return false;
    }
    return true;
  }

  /**
   * The modality governing a clause: a deferral or prohibition anywhere wins; otherwise the first cue that
   * governs the main verb. A clause with no cue is an unmarked imperative.
   */
  public static ModalityCue detect(String text) {
    List<ModalityCue> cues = cues(text);
    if (cues.isEmpty()) {
      return ModalityCue.unmarked();
    }
    for (ModalityCue c : cues) {
      if (c.modality() == Modality.DEFERRED) {
        return c;
      }
    }
    for (ModalityCue c : cues) {
      if (c.modality() == Modality.FORBIDDEN) {
        return c;
      }
    }
    // Weakening cues (鼓励, 适时, 原则上, 探索) qualify the whole measure even when 要 appears too; the first one
    // governs what follows it (鼓励基层…探索创新 is an encouragement).
    for (ModalityCue c : cues) {
      if (c.modality().strength() < Modality.SHOULD.strength()) {
        return c;
      }
    }
    ModalityCue strongest = cues.get(0);
    for (ModalityCue c : cues) {
      if (c.modality().strength() > strongest.modality().strength()) {
        strongest = c;
      }
    }
    return strongest;
  }
}
