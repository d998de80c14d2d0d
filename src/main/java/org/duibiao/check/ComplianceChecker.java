package org.duibiao.check;

import java.util.ArrayList;
import java.util.List;
import org.duibiao.nlp.ActionWords;
import org.duibiao.nlp.Modality;
import org.duibiao.nlp.ModalityCue;
import org.duibiao.nlp.ModalityDetector;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.rules.Measure;
import org.duibiao.rules.RuleSet;
import org.duibiao.structure.Clause;
import org.duibiao.structure.PolicyDocument;

/**
 * The check stage: a rule set and a plan in, a {@link CheckResult} out.
 *
 * <p>For each measure the plan's clauses, alone and in adjacent pairs, are scored by {@link MeasureMatcher}; the best
 * window that is a real commitment (not a past achievement, background or postponement) is the evidence. The
 * measure is missing when too little of it is found, partial when its core is there but enumerated items are
 * missing, a number or frequency is lower ({@link QuantityComparator}) or the wording is softer
 * ({@link ModalityComparator}), and covered otherwise.
 */
public final class ComplianceChecker {

  /** Below this core score nothing in the plan states the measure. */
  static final double MISSING_BELOW = 0.5;
  /** Without its most specific concept a measure needs this much of the rest to count as stated. */
  static final double KEY_MISSING_BELOW = 0.75;
  /** A postponement or past achievement that states the measure this much better than any commitment wins. */
  static final double NEGATIVE_MARGIN = 0.15;
  /** A past achievement or postponement this close to the measure explains why it is missing. */
  static final double NEGATIVE_FROM = 0.62;

  /** A measure found this weakly still counts when the plan names at least half of what it asks to be done. */
  static final double ACTION_RESCUE_FROM = 0.4;
  /**
   * A drafted measure found less than this in a clause that names none of its actions is a keyword echo; a
   * curator's concepts are chosen to carry the measure, so curated measures are not held to it.
   */
  static final double ECHO_BELOW = 0.6;

  private ComplianceChecker() {}

  /** The actions of a measure: as the rule set states them, else the content verbs of its source clause. */
  static List<String> actions(Measure m, String source) {
    return m.actions().isEmpty() ? ActionWords.of(source) : m.actions();
  }

  /** A measure's source clause as the check compares it: simplified and normalized, once per measure. */
  private static String sourceText(Measure m) {
    return org.duibiao.normalize.TextNormalizer.normalize(m.source().quote()).text();
  }

  public static CheckResult check(RuleSet rules, PolicyDocument policy, PolicyDocument plan) {
    List<List<PlanUnit>> windows = windows(units(plan));
    MeasureMatcher matcher = new MeasureMatcher(rules);
    boolean thePlanMayMeetCalls = plan.metadata().type() == org.duibiao.structure.DocumentType.PLAN
        && !defersItsMeasures(windows);
    List<Evidence> title = null;
    List<Finding> findings = new ArrayList<>();
    for (Measure m : rules.measures()) {
      String source = sourceText(m);
      Finding f = judge(m, source, actions(m, source), windows, matcher, plan, rules.curated());
      if (thePlanMayMeetCalls && f.status() == Status.MISSING && f.reason().equals(NOT_FOUND) && m.bindsEveryUnit()
          && SELF.matcher(source).find()) {
        title = title == null ? titleEvidence(plan) : title;
        f = byThePlanItself(f, plan, source, title);
      }
      findings.add(f);
    }
    return new CheckResult(policy, plan, rules, findings);
  }

  /**
   * The quantities the evidence states for this measure. One sentence may carry two measures, each with its number
   * (谈心谈话不少于2次、集中培训1次): of several numbers of a kind the measure asks for, one belongs to another
   * measure when that measure's word is its subject (the last word before it in its piece) or, with no subject in the
   * piece, the nearer word — unless this measure's own word follows it at once (每月开展1次谈心谈话). When that would
   * leave none, all count.
   */
  private static List<org.duibiao.nlp.Quantity> ownQuantities(Measure m, List<String> found, List<PlanUnit> window,
      List<String> topics) {
    List<org.duibiao.nlp.Quantity> all = new ArrayList<>();
    for (PlanUnit u : window) {
      all.addAll(u.quantities());
    }
    if (m.quantity().isEmpty() || all.size() < 2 || found.isEmpty()) {
      return all;
    }
    java.util.Set<String> own = new java.util.HashSet<>();
    for (org.duibiao.rules.Concept c : MeasureMatcher.concepts(m)) {
      c.terms().forEach(t -> own.add(ScriptConverter.toSimplified(t)));
    }
    own.addAll(found);
    List<String> foreign = new ArrayList<>();
    for (String t : topics) {
      if (own.stream().noneMatch(o -> o.contains(t) || t.contains(o))) {
        foreign.add(t);
      }
    }
    java.util.Set<org.duibiao.nlp.Quantity> comparable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (org.duibiao.nlp.Quantity q : all) {
      if (m.quantity().stream().anyMatch(r -> r.asQuantity().comparableTo(q))) {
        comparable.add(q);
      }
    }
    if (comparable.size() < 2) {
      return all;
    }
    List<org.duibiao.nlp.Quantity> kept = new ArrayList<>();
    boolean keptComparable = false;
    for (PlanUnit u : window) {
      int[][] ownAt = occurrences(u.text(), found, NONE);
      int[][] foreignAt = occurrences(u.text(), foreign, ownAt);
      for (org.duibiao.nlp.Quantity q : u.quantities()) {
        // The number's subject stands before it in its own piece (支部委员会每月召开1次，支部党员大会每半年召开1次);
        // without one there, the nearer word decides.
        int ownBefore = before(u.text(), ownAt, q);
        int foreignBefore = before(u.text(), foreignAt, q);
        boolean foreignNumber = !rightAfter(u.text(), ownAt, q) && (ownBefore >= 0 || foreignBefore >= 0
            ? foreignBefore > ownBefore : distance(foreignAt, q) < distance(ownAt, q));
        if (comparable.contains(q) && foreignNumber) {
          continue; // the other measure's number
        }
        kept.add(q);
        keptComparable |= comparable.contains(q);
      }
    }
    return keptComparable && kept.size() < all.size() ? kept : all;
  }

  /**
   * Where the last of the words that ends before the quantity, in the quantity's own piece (no ，；。 between), ends;
   * -1 when none does.
   */
  private static int before(String text, int[][] at, org.duibiao.nlp.Quantity q) {
    int best = -1;
    for (int k = 0; k < at[0].length; k++) {
      int end = at[1][k];
      if (end <= q.start() && end > best && noBreak(text, end, q.start())) {
        best = end;
      }
    }
    return best;
  }

  /** Whether one of the words follows the quantity at once (每月开展1次谈心谈话): what it counts. */
  private static boolean rightAfter(String text, int[][] at, org.duibiao.nlp.Quantity q) {
    for (int k = 0; k < at[0].length; k++) {
      if (at[0][k] >= q.end() && at[0][k] <= q.end() + 2 && noBreak(text, q.end(), at[0][k])) {
        return true;
      }
    }
    return false;
  }

  private static final int[][] NONE = new int[2][0];

  private static boolean touches(int start, int end, int[][] spans) {
    for (int k = 0; k < spans[0].length; k++) {
      if (start <= spans[1][k] && spans[0][k] <= end) {
        return true;
      }
    }
    return false;
  }

  private static boolean noBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("，；。,;".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where any of the words occurs in the text: {starts, ends}, by start; occurrences that overlap or touch one of
   * {@code avoid} are left out (生活 of 生活补贴, where 补贴 is the measure's own word, is part of that word).
   */
  private static int[][] occurrences(String text, java.util.Collection<String> words, int[][] avoid) {
    List<int[]> spans = new ArrayList<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        if (!touches(at, at + w.length(), avoid)) {
          spans.add(new int[] {at, at + w.length()});
        }
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    int[][] out = new int[2][spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      out[0][i] = spans.get(i)[0];
      out[1][i] = spans.get(i)[1];
    }
    return out;
  }

  /**
   * Characters between a quantity and the nearest of the occurrences; words are short, so the occurrences that
   * start near the quantity's start are the only candidates.
   */
  private static int distance(int[][] at, org.duibiao.nlp.Quantity q) {
    int[] starts = at[0];
    int i = java.util.Arrays.binarySearch(starts, q.start());
    i = i < 0 ? -i - 1 : i;
    int best = Integer.MAX_VALUE;
    for (int k = Math.max(0, i - 16); k < Math.min(starts.length, i + 16); k++) {
      int s = starts[k];
      int e = at[1][k];
      int d = e <= q.start() ? q.start() - e : s >= q.end() ? s - q.end() : 0;
      best = Math.min(best, d);
    }
    return best;
  }

  static List<PlanUnit> units(PolicyDocument plan) {
    List<PlanUnit> out = new ArrayList<>();
    for (Clause c : plan.clauses()) {
      out.add(PlanUnit.of(c)); // the clause's modality was found when the plan was structured
    }
    return out;
  }

  /**
   * A window with its score and the share of the measure's actions it names (-1 when the measure names none): of
   * windows that find the same words, the one that also says what is to be done with them is the evidence.
   */
  private record Candidate(List<PlanUnit> window, MeasureMatcher.Score score, double agree) {
    double rank() {
      return score.combined() - 0.02 * (window.size() - 1) + 0.01 * score.strength() + ACTION_TIE * Math.max(0, agree);
    }
  }

  /** How much naming all of a measure's actions weighs when windows are ranked. */
  static final double ACTION_TIE = 0.03;

  /** Each clause alone and with the next clause of its section: a measure may take two sentences. */
  static List<List<PlanUnit>> windows(List<PlanUnit> units) {
    List<List<PlanUnit>> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      PlanUnit u = units.get(i);
      out.add(List.of(u));
      if (i + 1 < units.size() && units.get(i + 1).clause().path().equals(u.clause().path())) {
        out.add(List.of(u, units.get(i + 1)));
      }
    }
    return out;
  }

  private static Finding judge(Measure m, String source, List<String> actions, List<List<PlanUnit>> windows,
      MeasureMatcher matcher, PolicyDocument plan, boolean curated) {
    Candidate best = null;
    Candidate bestNegative = null;
    List<List<String>> forms = ActionWords.forms(actions);
    for (List<PlanUnit> w : windows) {
      MeasureMatcher.Score sc = matcher.score(m, w);
      Candidate c = new Candidate(w, sc, sc.combined() <= 0 ? -1 : ActionWords.agreement(forms, matcher.text(w)));
      boolean negative = false;
      for (PlanUnit x : w) {
        negative |= x.negative() != null && usedNegative(c, x);
      }
      if (negative) {
        if (bestNegative == null || c.rank() > bestNegative.rank()) {
          bestNegative = c;
        }
      } else if (best == null || c.rank() > best.rank() + 1e-9) {
        best = c;
      }
    }
    // A curator names the concept a measure turns on; in a drafted rule set the heaviest word may be incidental.
    // What the measure asks to be done decides the borderline: named, a reworded measure; absent, a keyword echo.
    double agree = best == null ? -1 : best.agree();
    boolean rescued = agree >= 0.5 && best.score().combined() >= ACTION_RESCUE_FROM;
    boolean echo = !curated && agree == 0 && best.score().combined() < ECHO_BELOW;
    if (echo || !rescued && (best == null || best.score().combined() < MISSING_BELOW
        || curated && !best.score().keyFound() && best.score().combined() < KEY_MISSING_BELOW
            && (m.match().items().isEmpty() || best.score().items() < m.match().itemsMin()))) {
      return missing(m, best, bestNegative);
    }
    if (bestNegative != null && bestNegative.score().combined() >= best.score().combined() + NEGATIVE_MARGIN) {
      return missing(m, best, bestNegative); // the plan speaks of it, but only as done, background or postponed
    }
    if (!m.bindsEveryUnit() && !actorStated(m, best, plan)) {
      String who = String.join("、", m.appliesTo());
      return new Finding(m, Status.MISSING, round(best.score().combined()), List.of(),
          "该措施由" + who + "负责落实，方案未作相应安排", explain(best));
    }
    List<Evidence> evidence = evidence(best);
    MeasureMatcher.Score s = best.score();
    List<String> problems = new ArrayList<>();
    if (!m.match().items().isEmpty() && s.items() < m.match().itemsMin() - 1e-9) {
      problems.add("方案未涵盖“" + String.join("”“", limit(s.missingItems(), 5)) + "”");
    }
    List<org.duibiao.nlp.Quantity> stated = ownQuantities(m, s.found(), best.window(), matcher.topics());
    List<String> absent = absentActors(m, source, matcher.text(best.window()));
    if (!absent.isEmpty()) {
      problems.add("方案未明确“" + String.join("”“", absent) + "”的责任");
    }
    QuantityComparator.Shortfall q = QuantityComparator.compare(m.quantity(), stated);
    if (q != null) {
      problems.add("方案规定“" + q.planText() + "”，" + q.what() + "（政策要求“" + q.requiredText() + "”）");
    }
    for (PlanUnit u : best.window()) {
      String weak = ModalityComparator.weaker(m.modality(), governing(u, s.found()));
      if (weak != null) {
        problems.add(weak);
        break;
      }
    }
    double score = round(s.combined());
    if (problems.isEmpty()) {
      return new Finding(m, Status.COVERED, score, evidence, "方案已作安排：" + String.join("、", limit(s.found(), 5)),
          explain(best));
    }
    return new Finding(m, Status.PARTIAL, score, evidence, String.join("；", problems), explain(best));
  }

  /**
   * The modality that governs what matched. The clause is cut at its commas; a weakening cue (鼓励, 适时, 原则上,
   * 探索 …) governs the rest of its own piece: 鼓励创新的工作氛围 in one piece does not soften 到信访窗口跟班学习 in
   * another, and 探索建立…机制 does not soften 完善…制度 after the next comma.
   */
  static ModalityCue governing(PlanUnit u, List<String> found) {
    String t = u.text();
    List<int[]> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || "，；。".indexOf(t.charAt(i)) >= 0) {
        pieces.add(new int[] {from, i});
        from = i + 1;
      }
    }
    List<ModalityCue> cues = ModalityDetector.cues(t);
    for (ModalityCue c : cues) {
      if (c.modality() == Modality.DEFERRED) {
        return c;
      }
    }
    // The action of a measure is said last (对…的科长，原则上调整岗位): the piece holding the latest first mention
    // of a matched word decides.
    int latest = -1;
    for (String f : found) {
      int at = f.isEmpty() ? -1 : t.indexOf(f);
      latest = Math.max(latest, at);
    }
    if (latest < 0) {
      return ModalityCue.unmarked();
    }
    ModalityCue weak = weakCueOf(pieceAt(pieces, latest), cues, latest);
    if (weak == null) {
      weak = sentenceCue(t, cues, latest);
    }
    return weak == null ? ModalityCue.unmarked() : weak;
  }

  private static int[] pieceAt(List<int[]> pieces, int at) {
    for (int[] p : pieces) {
      if (p[0] <= at && at <= p[1]) {
        return p;
      }
    }
    return new int[] {0, 0};
  }

  /**
   * An encouragement that opens the sentence (鼓励年轻干部依托网络学院，每年参加网络培训不少于50学时) governs its later
   * pieces too, until a modal verb (要, 必须) or an actor of their own takes over; null when there is none. Other
   * weakening cues keep to their piece (探索建立…机制，完善…制度).
   */
  private static ModalityCue sentenceCue(String t, List<ModalityCue> cues, int at) {
    int sentence = Math.max(t.lastIndexOf('。', at), t.lastIndexOf('；', at)) + 1;
    for (ModalityCue c : cues) {
      if (c.start() == sentence && c.start() < at && c.modality() == Modality.ENCOURAGED) {
        for (ModalityCue o : cues) {
          if (o.start() > c.start() && o.start() <= at && o.modality().strength() >= Modality.SHOULD.strength()) {
            return null;
          }
        }
        // a later piece with an actor of its own (…，局党组每年组织集中培训1次) is a measure of its own
        return OWN_ACTOR.matcher(t.substring(c.start(), at)).find() ? null : c;
      }
    }
    return null;
  }

  /** A piece that opens with a body or a role: the subject of its own measure. */
  private static final java.util.regex.Pattern OWN_ACTOR = java.util.regex.Pattern.compile(
      "[，；][^，；。]{0,8}(?:党组|党委|支部|局|单位|部门|负责人|组织部|领导班子|班子)");

  /** The weakening cue of a piece that stands before the position, or null. */
  private static ModalityCue weakCueOf(int[] piece, List<ModalityCue> cues, int at) {
    ModalityCue out = null;
    for (ModalityCue c : cues) {
      boolean inPiece = c.start() >= piece[0] && c.start() < piece[1] && c.start() <= at;
      if (inPiece && c.modality().strength() < Modality.SHOULD.strength()
          && (out == null || c.modality().strength() < out.modality().strength())) {
        out = c;
      }
    }
    return out;
  }

  private static boolean usedNegative(Candidate c, PlanUnit x) {
    int k = c.window().indexOf(x);
    return k >= 0 && c.score().unitUsed()[k];
  }

  /** A policy's call to draw up implementing measures (制定工作措施, 制定实施方案): the plan under check is one. */
  private static final java.util.regex.Pattern SELF = java.util.regex.Pattern.compile(
      "(?:制定|研究制定|出台)(?:[^，。；]{0,8})(?:工作措施|具体措施|落实措施|实施方案|工作方案|实施细则|具体办法)");

  /**
   * A measure asking units to draw up their own implementing measures is met, as far as that goes, by the plan being
   * checked: covered when that is all it asks, partial when it asks more that the plan does not show.
   */
  private static Finding byThePlanItself(Finding f, PolicyDocument plan, String source, List<Evidence> evidence) {
    java.util.regex.Matcher m = SELF.matcher(source);
    String title = plan.metadata().title();
    if (!m.find() || evidence.isEmpty()) {
      return f;
    }
    String rest = (source.substring(0, m.start()) + source.substring(m.end())).replaceAll("[，。；、\\s]", "");
    boolean more = ActionWords.of(rest).size() > 0;
    String reason = "方案本身即为落实该要求制定的" + (title.isEmpty() ? "工作措施" : "《" + title + "》")
        + (more ? "；其余要求方案未见相应措施" : "");
    return new Finding(f.measure(), more ? Status.PARTIAL : Status.COVERED, f.score(), evidence, reason,
        f.explanation());
  }

  /** A plan that puts off its own detailed measures (具体措施另行制定) has not drawn them up yet. */
  private static boolean defersItsMeasures(List<List<PlanUnit>> windows) {
    for (List<PlanUnit> w : windows) {
      if (w.size() == 1 && DEFERS_MEASURES.matcher(w.get(0).text()).find()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern DEFERS_MEASURES = java.util.regex.Pattern.compile(
      "(?:措施|方案|细则|办法)[^，。；]{0,20}?(?:另行|再行|后再|暂缓|暂不)(?:研究)?(?:制定|出台|印发)");

  /** The plan's title, quoted verbatim from its original text (a title wrapped over lines keeps its line break). */
  private static List<Evidence> titleEvidence(PolicyDocument plan) {
    String title = plan.metadata().title();
    if (title.isEmpty()) {
      return List.of();
    }
    String original = plan.text().original();
    int at = original.indexOf(title);
    if (at >= 0) {
      return List.of(new Evidence(title, "", at, at + title.length()));
    }
    String norm = org.duibiao.normalize.TextNormalizer.normalize(title).text();
    if (norm.isEmpty()) {
      return List.of();
    }
    // The title's characters in order, a line break allowed between any two (a title printed over two lines).
    StringBuilder re = new StringBuilder();
    norm.codePoints().forEach(cp -> re.append(re.length() == 0 ? "" : "\\n?")
        .append(java.util.regex.Pattern.quote(new String(Character.toChars(cp)))));
    java.util.regex.Matcher found = java.util.regex.Pattern.compile(re.toString()).matcher(plan.text().text());
    if (!found.find()) {
      return List.of();
    }
    int[] span = plan.text().originSpan(found.start(), found.end());
    return List.of(new Evidence(original.substring(span[0], span[1]), "", span[0], span[1]));
  }

  /** The reason of a measure of which the plan says nothing. */
  static final String NOT_FOUND = "方案未见相应措施";

  private static Finding missing(Measure m, Candidate best, Candidate negative) {
    if (negative != null && negative.score().combined() >= NEGATIVE_FROM) {
      String why = negative.window().stream().map(PlanUnit::negative).filter(n -> n != null).findFirst().orElse("");
      return new Finding(m, Status.MISSING, round(best == null ? 0 : best.score().combined()), List.of(), why,
          explain(negative));
    }
    return new Finding(m, Status.MISSING, round(best == null ? 0 : best.score().combined()), List.of(),
        NOT_FOUND, explain(best));
  }

  /** A parenthesized part of an actor: 各单位党组（党委） also names 党委. */
  private static final java.util.regex.Pattern PARENTHESIS = java.util.regex.Pattern.compile("（([^）]+)）");
  private static final java.util.regex.Pattern SCOPE = java.util.regex.Pattern.compile("^(?:各级|各单位|各|市直单位|市直|市级|全市|派驻)");
  private static final java.util.regex.Pattern BODY_NOUN = java.util.regex.Pattern.compile("(?:机构|机关|部门|单位|组织)$");

  /**
   * Of a measure that names several actors (主要负责人、分管负责人; 党组（党委）和派驻纪检监察机构), those the evidence
   * does not name while it names another: fewer actors is a narrower measure. Empty when the evidence names none of
   * them (the plan speaks for its unit as a whole) or all.
   */
  static List<String> absentActors(Measure m, String source, String evidence) {
    List<String> actors = new ArrayList<>();
    for (String a : m.actors()) {
      actors.addAll(Measure.splitActors(a)); // a hand-written rule set may name several in one entry
    }
    if (actors.size() < 2) {
      return List.of();
    }
    String last = ScriptConverter.toSimplified(actors.get(actors.size() - 1));
    for (int at = source.indexOf(last); at > 0; at = source.indexOf(last, at + 1)) {
      if (OR_BEFORE.matcher(source.substring(Math.max(0, at - 5), at)).find()) {
        return List.of(); // 党委（党组）或相关部门: either will do
      }
    }
    List<String> absent = new ArrayList<>();
    for (String a : actors) {
      String s = ScriptConverter.toSimplified(a);
      String bare = SCOPE.matcher(PARENTHESIS.matcher(s).replaceAll("")).replaceFirst("");
      java.util.List<String> alts = new ArrayList<>(List.of(s, bare));
      // A kind of body by what it does: 派驻人事监督机构 is a plan's 驻局人事监督组.
      String kind = BODY_NOUN.matcher(bare).replaceFirst("");
      if (kind.length() >= 4 && kind.length() < bare.length()) {
        alts.add(kind);
      }
      java.util.regex.Matcher paren = PARENTHESIS.matcher(s);
      while (paren.find()) {
        alts.add(paren.group(1));
      }
      alts.removeIf(String::isBlank); // 各单位 is all scope: nothing is left of it to look for
      if (alts.isEmpty() || TextMatch.score(new org.duibiao.rules.Concept(alts), evidence).score() < 0.5) {
        absent.add(a);
      }
    }
    return absent.size() == actors.size() ? List.of() : absent;
  }

  /** 或 (或者, 或是) a word or two before the last actor: the actors are alternatives. */
  private static final java.util.regex.Pattern OR_BEFORE = java.util.regex.Pattern.compile("(?:或者?|或是)[^，。；]{0,2}$");

  /** A measure for a named body (市委, 市委组织部) counts only where the plan names that body acting. */
  private static boolean actorStated(Measure m, Candidate best, PolicyDocument plan) {
    String issuer = ScriptConverter.toSimplified(plan.metadata().issuer());
    for (String body : m.appliesTo()) {
      String b = ScriptConverter.toSimplified(body).replaceFirst("^中共", "");
      if (!b.isEmpty() && issuer.contains(b)) {
        return true;
      }
      for (PlanUnit u : best.window()) {
        if (u.text().startsWith(b) || u.text().contains("由" + b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String explain(Candidate c) {
    if (c == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (PlanUnit u : c.window()) {
      sb.append(u.clause().id()).append(' ');
    }
    MeasureMatcher.Score s = c.score();
    return sb.append(String.format("core=%.2f items=%.2f: ", s.core(), s.items())).append(s.explanation()).toString();
  }

  private static List<Evidence> evidence(Candidate c) {
    List<Evidence> out = new ArrayList<>();
    for (int i = 0; i < c.window().size(); i++) {
      Clause cl = c.window().get(i).clause();
      boolean seen = out.stream().anyMatch(e -> e.start() == cl.start() && e.end() == cl.end());
      if (c.score().unitUsed()[i] && !seen) {
        out.add(new Evidence(cl.quote(), cl.path(), cl.start(), cl.end()));
      }
    }
    if (out.isEmpty()) {
      // Matched through the section heading: the clauses under it are the evidence.
      for (PlanUnit u : c.window()) {
        Clause cl = u.clause();
        out.add(new Evidence(cl.quote(), cl.path(), cl.start(), cl.end()));
      }
    }
    return out;
  }

  private static List<String> limit(List<String> l, int n) {
    return l.size() <= n ? l : l.subList(0, n);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
