package org.duibiao.structure;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.ScriptConverter;

/**
 * Guesses the kind of document from weighted cues in its title and text. The confidence is the winning score's
 * share of all scores, so a document with cues of several kinds gets a low one.
 */
final class DocumentTypeGuesser {

  private DocumentTypeGuesser() {}

  private record Cue(DocumentType type, Pattern pattern, double weight, boolean titleOnly) {}

  private static final Cue[] CUES = {
      cue(DocumentType.PLAN, "实施方案|工作方案|行动方案|推进方案|落实方案|落实措施|具体措施|任务清单|责任分工", 5, true),
      cue(DocumentType.PLAN, "方案(?:（[^）]*）)?$|工作要点$|工作计划$", 4, true),
      cue(DocumentType.PLAN, "制定本方案|制定如下落实措施|结合我(?:局|委|区|县|单位|部|办|厅|院|校|镇|街道)实际|责任单位[:：]|牵头单位[:：]", 3, false),
      cue(DocumentType.POLICY, "实施意见|若干措施|十条措施|若干意见|指导意见|意见$|办法$|规定$|决定$|条例$|细则$|通知$", 5, true),
      cue(DocumentType.POLICY, "现印发给你们|提出如下(?:实施)?意见|本意见自|本办法自|本措施自|请认真贯彻(?:执行|落实)|各县（市、区）委|各(?:区|县)(?:（市）)?委", 3, false),
      cue(DocumentType.NEWS, "原标题|记者|获悉|日电|本报讯|新华社|（记者|编辑[:：]", 3, false),
      cue(DocumentType.REPORT, "组工信息|交流发言|经验交流|工作总结|工作汇报|情况报告|简报|第\\s*\\d+\\s*期", 5, true),
      cue(DocumentType.REPORT, "主要做法|取得了?(?:明显|积极|显著)?成效|近年来|先后|累计|截至目前|去年以来|今年以来", 1, false),
  };

  private static Cue cue(DocumentType t, String regex, double w, boolean titleOnly) {
    return new Cue(t, Pattern.compile(regex), w, titleOnly);
  }

  static MetadataExtractor.TypeGuess guess(String title, String text, String recipients, int paragraphs) {
    // A document cited in the title (贯彻落实《…实施意见》的具体措施) says nothing about this one's kind.
    String simpleTitle = ScriptConverter.toSimplified(title);
    String ownWords = simpleTitle.replaceAll("《[^《》]*》", "");
    if (!ownWords.replaceAll("[的之关于贯彻落实印发转发通知\\s]", "").isEmpty()) {
      simpleTitle = ownWords;
    }
    Map<DocumentType, Double> score = new EnumMap<>(DocumentType.class);
    for (DocumentType t : DocumentType.values()) {
      score.put(t, 0.0);
    }
    for (Cue c : CUES) {
      String target = c.titleOnly() ? simpleTitle : text;
      Matcher m = c.pattern().matcher(target);
      int n = 0;
      while (m.find() && n < 5) {
        n++;
      }
      if (n > 0) {
        score.merge(c.type(), c.weight() * (c.titleOnly() ? 1 : Math.min(n, 3)), Double::sum);
      }
    }
    if (!recipients.isEmpty()) {
      score.merge(DocumentType.POLICY, 1.0, Double::sum);
    }
    DocumentType best = DocumentType.REPORT;
    double bestScore = -1;
    double total = 0;
    for (Map.Entry<DocumentType, Double> e : score.entrySet()) {
      total += e.getValue();
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (bestScore <= 0) {
      return new MetadataExtractor.TypeGuess(DocumentType.REPORT, 0.0);
    }
    return new MetadataExtractor.TypeGuess(best, Math.round(bestScore / total * 100) / 100.0);
  }
}
