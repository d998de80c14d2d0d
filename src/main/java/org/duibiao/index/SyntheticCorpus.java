package org.duibiao.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.structure.Clause;
import org.duibiao.structure.PolicyDocument;

/**
 * Benchmark material: documents made by recombining the clauses of a real corpus. Each synthetic document takes
 * sections from random source documents, shuffles their clauses, changes the numbers and the place names, gets
 * a title, a 文号, an issuer and a date, and every other one is written in traditional script. Deterministic for
 * a seed.
 */
final class SyntheticCorpus {

  /** Prefecture-level cities, for issuers and for the place names in the text. */
  private static final List<String> CITIES = List.of("合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "黄山",
      "滁州", "阜阳", "宿州", "六安", "亳州", "池州", "宣城", "济南", "淄博", "烟台", "潍坊", "济宁", "泰安", "威海",
      "日照", "临沂", "德州", "聊城", "滨州", "菏泽", "南京", "无锡", "徐州", "常州", "苏州", "扬州", "镇江", "泰州",
      "宿迁", "盐城", "淮安", "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "台州", "丽水");
  private static final List<String> BODIES = List.of("中共%s市委组织部", "中共%s市委办公室", "%s市人民政府办公室",
      "中共%s市委", "%s市人力资源和社会保障局");
  private static final List<String> KINDS = List.of("实施意见", "若干措施", "实施方案", "工作方案", "工作情况报告");
  private static final List<String> FALLBACK_HEADINGS = List.of("总体要求", "主要任务", "保障措施", "工作要求", "组织实施");
  private static final String NUMERALS = "一二三四五六七八九十";
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** A source section: its heading and its clauses, normalized. */
  private record Part(String heading, List<String> clauses) {}

  private final List<Part> parts = new ArrayList<>();
  private final List<String> places;

  private SyntheticCorpus(List<String> places) {
    this.places = places;
  }

  static SyntheticCorpus from(List<PolicyDocument> sources) {
    Set<String> places = new LinkedHashSet<>();
    for (PolicyDocument d : sources) {
      for (String p : d.metadata().region().split("[省市区县]")) {
        if (p.length() >= 2) {
          places.add(p);
        }
      }
    }
    SyntheticCorpus c = new SyntheticCorpus(places.stream().sorted(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).toList());
    for (PolicyDocument d : sources) {
      Map<String, List<Clause>> byPath = new LinkedHashMap<>();
      for (Clause cl : d.clauses()) {
        byPath.computeIfAbsent(cl.path(), k -> new ArrayList<>()).add(cl);
      }
      byPath.values().forEach(cls -> c.addPart(cls));
    }
    if (c.parts.isEmpty()) {
      throw new IllegalArgumentException("the source corpus has no clauses to recombine");
    }
    return c;
  }

  private void addPart(List<Clause> clauses) {
    for (int i = 0; i < clauses.size(); i += 6) { // long unnumbered runs (news, reports) become several parts
      List<Clause> chunk = clauses.subList(i, Math.min(clauses.size(), i + 6));
      String heading = chunk.get(0).heading();
      parts.add(new Part(heading.isEmpty() || heading.length() > 30 ? "" : heading,
          chunk.stream().map(Clause::text).toList()));
    }
  }

  /** Synthetic document {@code i}: its text, in traditional script when {@code i} is odd. */
  String document(int i, long seed) {
    Random r = new Random(seed * 1_000_003L + i);
    String city = CITIES.get(r.nextInt(CITIES.size()));
    int year = 2016 + r.nextInt(9);
    String issuer = String.format(BODIES.get(r.nextInt(BODIES.size())), city);
    List<String> sections = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    int clauses = 8 + r.nextInt(9);
    while (clauses > 0) {
      Part p = parts.get(r.nextInt(parts.size()));
      List<String> picked = new ArrayList<>(p.clauses());
      Collections.shuffle(picked, r);
      picked = picked.subList(0, Math.min(picked.size(), Math.min(clauses, 2 + r.nextInt(4))));
      clauses -= picked.size();
      String heading = p.heading().isEmpty() ? FALLBACK_HEADINGS.get(r.nextInt(FALLBACK_HEADINGS.size())) : p.heading();
      headings.add(heading);
      StringBuilder body = new StringBuilder();
      for (String c : picked) {
        body.append(perturb(c, city, r)).append('。');
      }
      sections.add(heading + "\n" + body);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("关于").append(city).append(headings.get(r.nextInt(headings.size())))
        .append("的").append(KINDS.get(r.nextInt(KINDS.size()))).append('\n');
    sb.append(city.charAt(0)).append("组发〔").append(year).append("〕").append(1 + r.nextInt(60)).append("号\n\n");
    for (int k = 0; k < sections.size(); k++) {
      sb.append(k < NUMERALS.length() ? NUMERALS.charAt(k) + "、" : "").append(sections.get(k)).append("\n\n");
    }
    sb.append(issuer).append('\n').append(year).append('年').append(1 + r.nextInt(12)).append('月')
        .append(1 + r.nextInt(28)).append("日\n");
    return i % 2 == 1 ? ScriptConverter.toTraditional(sb.toString()) : sb.toString();
  }

  /** The clause with its place names replaced and its numbers changed (years stay years). */
  private String perturb(String clause, String city, Random r) {
    String s = clause;
    for (String p : places) {
      s = s.replace(p, city);
    }
    Matcher m = NUMBER.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String digits = m.group();
      String replacement;
      if (digits.length() == 4 && digits.startsWith("20")) {
        replacement = Integer.toString(2016 + r.nextInt(9));
      } else if (digits.length() > 6) {
        replacement = digits;
      } else {
        long v = Long.parseLong(digits);
        replacement = Long.toString(Math.max(1, v / 2 + (long) (r.nextDouble() * (v * 1.5 + 1))));
      }
      m.appendReplacement(sb, replacement);
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Words and phrases to search for in benchmark queries: source headings and random pieces of clauses. */
  List<String> phrases(Random r, int n) {
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      Part p = parts.get(r.nextInt(parts.size()));
      String c = p.clauses().get(r.nextInt(p.clauses().size()));
      int len = 3 + r.nextInt(4);
      if (c.length() > len + 1) {
        int at = r.nextInt(c.length() - len);
        String piece = c.substring(at, at + len);
        if (piece.codePoints().allMatch(BigramTokens::inRun)) {
          out.add(piece);
        }
      }
    }
    return out;
  }

  List<String> cities() {
    return CITIES;
  }
}
