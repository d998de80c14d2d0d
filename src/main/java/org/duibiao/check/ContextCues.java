package org.duibiao.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.Modality;
import org.duibiao.nlp.ModalityCue;

/**
 * Hard negatives: plan clauses that mention a measure's words without committing to it — a past achievement
 * (前期已选调, 曾在会上作典型发言), background and statistics (据统计, 目前…占), or a postponement (待…后再行研究).
 */
final class ContextCues {

  private ContextCues() {}

  private static final Pattern PAST = Pattern.compile(
      "^(?:前期|此前|去年|上年|往年|近年来|近几年|以往|过去|据统计|截至目前|截至\\d|目前|当前|现阶段|(?:19|20)\\d{2}年度?[，,]?(?:全局|全委|全区|全县|全市|全镇|全乡|全系统|我局|我委|我区|我县|我市|我镇|我乡|我办|我单位|共有|有))"
          + "|(?:已经?|曾经?)(?:从|为|在|于|向|将|按)?[^，；。]{0,8}?(?:完成|开展了|建立了|制定了|出台了|选调|选派了|组织了|召开|实现|形成了|配备了|提拔了|作了|作过|获得|获评|取得)"
          // 2023年我部选派了100名…: a year, then what was done in it
          + "|^(?:19|20)\\d{2}年[，,]?[^，。；]{0,6}?(?:开展|选派|组织|举办|建立|制定|出台|提拔|交流|培训|配备)了"
          + "|先后(?:开展|组织|选派|举办)了?|累计(?:开展|选派|培训|提拔|交流)"
          // a speech the unit once gave (曾在…会上作典型发言): telling of a practice, not committing to one
          + "|(?:曾经?|已经?)[^，；。]{0,24}?(?:作|做)了?(?:经验|典型)?(?:交流|发言|介绍)"
          + "|(?:我|本)(?:区|县|市|镇|乡|局|委|办|单位)[^，。；]{0,6}有\\s*\\d+\\s*名(?:同志|干部)|(?:今年|去年|年初以来|近年来)[^，。；]{0,16}(?:组织|开展|举办)的"
          // 已对…的干部进行了交流: done to someone, however long the someone
          + "|(?:已经?|曾经?)对[^，；。]{1,30}?进行了"
          // another unit's practice: 邻县…实行…, 兄弟单位的做法
          + "|^(?:邻(?:县|市|区|省|近的?[^，。；]{0,6}?(?:县|市|区|单位))|兄弟(?:单位|县区|县市|地区|部门)|外地|外省)"
          + "|(?<!学习|借鉴|考察|对标)(?:先进地区|其他地区|有的地方|有的单位)的?(?:做法|经验)"
          // 部分单位…的做法，我区将认真学习借鉴: others' practice, to be studied
          + "|的(?:做法|经验)，?(?:我|本)(?:局|区|县|市|镇|乡|委|办|单位)[^，。；]{0,8}(?:学习借鉴|借鉴|参考)|值得(?:学习)?借鉴"
          + "|可资借鉴|提供了[^，。；]{0,6}借鉴"
          // …机制运行良好: how well something already works
          + "|运行良好"
          // 局机关现有党员68名: how things stand, not what will be done
          + "|^(?:[\\p{IsHan}]{0,6}(?:局|机关|单位|县|市|区|镇|乡|委|办))?现有[^，。；]{0,10}[0-9一二三四五六七八九十百]+\\s*(?:名|个|人|家|所|户)"
          + "(?![^。；]*(?:要|应|须|的，))");

  /**
   * 已同各科室负责人开展集体谈话2次: done, with nothing after it in its sentence that makes it a description (对已开展
   * 交流的干部…, 已建立的机制要…: the 的 does; 在已建立制度基础上: the basis does). Only where the clause has no modal
   * verb: 各单位要在已建立制度基础上… commits.
   */
  private static final Pattern DONE = Pattern.compile(
      "(?<!在)已经?(?:与|同|和|从|为|于|向|按)?[^，；。的]{0,8}?(?:开展|建立|制定|出台|组织|选派|配备|提拔|举办|实行|完成)"
          + "(?![^，；。]*(?:基础|前提))[^，；。的]*(?=[，；。]|$)");

  /**
   * The plan's opening: why and on what basis it was drawn up (为贯彻落实《…》…，制定本方案). It names the policy, often
   * by a title that holds a measure's words, and commits to nothing by itself.
   */
  private static final Pattern PREAMBLE = Pattern.compile(
      "^(?:为了?|根据|按照|依据)[^。；]*《[^》]+》[^。；]*(?:制定|特制定|现制定|提出|形成)(?:本|如下|以下)"
          // …without the title: 为贯彻落实县委关于…的部署要求，结合我局实际，制定本方案
          + "|^(?:为了?|根据|按照|依据)(?:认真|深入)?(?:贯彻落实|贯彻|落实)?[^。；要应须必]{2,80}?(?:精神|部署|要求|通知|意见|规定|安排)"
          + "[^。；要应须必]{0,24}?(?:制定|特制定|现制定)(?:本|如下|以下)(?:方案|办法|计划|细则|意见|措施)?(?:[。；]|$)");

  /** Why the clause is not a commitment, or null when it is one. */
  static String negative(String text, ModalityCue modality) {
    if (modality.modality() == Modality.DEFERRED) {
      return "方案表示“" + modality.cue() + "”，未作安排";
    }
    if (PREAMBLE.matcher(text).find()) {
      return "方案开篇仅引述上级文件作为制定依据，未作具体安排";
    }
    Matcher m = PAST.matcher(text);
    if (m.find() || !modality.marked() && (m = DONE.matcher(text)).find()) {
      return "方案仅提及已有做法或背景（“" + m.group() + "”），未作今后安排";
    }
    return null;
  }
}
