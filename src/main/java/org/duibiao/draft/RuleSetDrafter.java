package org.duibiao.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duibiao.nlp.Modality;
import org.duibiao.nlp.ModalityCue;
import org.duibiao.nlp.ModalityDetector;
import org.duibiao.nlp.Quantity;
import org.duibiao.nlp.QuantityParser;
import org.duibiao.nlp.Segmenter;
import org.duibiao.rules.Concept;
import org.duibiao.rules.MatchSpec;
import org.duibiao.rules.Measure;
import org.duibiao.rules.PolicyRef;
import org.duibiao.rules.QuantityConstraint;
import org.duibiao.rules.RuleSet;
import org.duibiao.rules.Severity;
import org.duibiao.rules.SourceRef;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.PolicyDocument;

/**
 * Drafts a rule set from a policy: every actionable clause becomes one or more measures, rhetoric and description
 * are skipped. The result is a starting point a person can edit and save into {@code rulesets/}.
 */
public final class RuleSetDrafter {

  private RuleSetDrafter() {}

  private static final Pattern NARRATION = Pattern.compile(
      "获悉|记者|据了解|(?<![\\d一二三四五六七八九十])日前|近日|(?:开展|进行|出台|召开|提出|取得|印发)了|是[^，。]{0,20}的(?:骨干|中坚|关键|重要)|^[^，]{2,12}是[^，]{2,30}的“");
  private static final Pattern PREAMBLE = Pattern.compile(
      "^为(?:了|深入|全面|认真|进一步|切实|贯彻)|制定(?:如下|本)(?:实施)?(?:意见|方案|措施|办法)|提出如下|现印发给你们|本意见自|本办法自|"
          + "此前发布|^根据《|以习近平新时代中国特色社会主义思想为指导");
  private static final Pattern CONTEXT_PHRASE = Pattern.compile(
      "^(?:" + SegmentSplitter.MEANS_PHRASE + "|" + SegmentSplitter.LEAD_IN + "|适应|着眼|在[^，]{0,30}(?:中|下|上)$)");
  /** An occasion or basis leading the measure's own words, up to its comma. */
  private static final Pattern LEADING_CONTEXT = Pattern.compile("^(?:" + SegmentSplitter.LEAD_IN + ")[^，]*，");
  private static final Pattern BYLINE = Pattern.compile("（(?:记者|通讯员|作者|责任编辑)[^）]*）");
  private static final Pattern EXAMPLES = Pattern.compile("、[^，。；]{1,20}等");
  private static final Pattern REPORT_FRAME = Pattern.compile("^(?:《[^》]{1,20}》)(?:要求|明确|提出|强调|指出|规定)[，：]?");
  private static final Pattern ACTOR = Pattern.compile(
      "^((?:各级|各|市直各|市直|全市各级)?[\\p{IsHan}（）]{0,14}?(?:党组（党委）|党委（党组）|党组|党委|组织部门|部门（单位）|部门|单位|机关"
          + "|主要负责人|主要负责同志|分管负责人|分管负责同志|领导干部|班子成员|纪检监察机构|纪检监察机关|人社部门|工会|市委|市政府|组织部)"
          // a second actor (党组（党委）和派驻纪检监察机构, 主要负责人、分管负责人): both are bound
          + "(?:(?:和|、|及|以及)[^对与为向，、]{0,14}?(?:机构|部门|机关|主要负责人|主要负责同志|分管负责人|分管负责同志|班子成员))?)"
          + "[，]?(?=要|应|须|需|必须|每|负责|严格|认真|切实|及时|对|成立|统筹|在|结合|与|根据|按照)");

  /** Drafts the rule set of a policy document with HanLP alone. */
  public static RuleSet draft(PolicyDocument policy) {
    return draft(policy, null);
  }

  /**
   * Drafts the rule set of a policy document. With a deep analysis (CoreNLP's dependency parse), a span whose
   * predicates are all non-actionable (提高政治站位, 凝聚发展共识) is rhetoric and no measure, and a measure without
   * a stated actor takes the actor its predicate shares with the clause.
   */
  public static RuleSet draft(PolicyDocument policy, org.duibiao.nlp.deep.DocumentAnalysis deep) {
    DocMetadata meta = policy.metadata();
    boolean hasSections = !policy.sections().isEmpty();
    List<Measure> measures = new ArrayList<>();
    List<Clause> clauses = policy.clauses();
    // Each clause segmented once, for the word counts and for the deep analysis' word boundaries.
    List<List<org.duibiao.nlp.Term>> segmented = clauses.stream().map(c -> Segmenter.segment(c.text())).toList();
    java.util.Map<String, Integer> df = new java.util.HashMap<>();
    for (List<org.duibiao.nlp.Term> words : segmented) {
      for (String w : new java.util.HashSet<>(ConceptExtractor.contentWords(words))) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int n = Math.max(1, clauses.size());
    // How rare a word is among the clauses of this policy (1 = in one clause only).
    java.util.function.ToDoubleFunction<String> rarity =
        w -> Math.log(1 + (double) n / df.getOrDefault(w, 1)) / Math.log(1 + n);
    java.util.Map<String, org.duibiao.nlp.deep.ClauseAnalysis> analyses = deep == null ? java.util.Map.of() : deep.byId();
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (skipClause(c, hasSections) || introducesEnumeration(c, i + 1 < clauses.size() ? clauses.get(i + 1) : null)
          || leadsParagraph(c, clauses, i, policy)) {
        continue;
      }
      org.duibiao.nlp.deep.ClauseAnalysis ca = analyses.get(c.id());
      java.util.Set<Integer> bounds =
          ca == null ? java.util.Set.of() : DeepUse.bounds(segmented.get(i), c.text().length());
      for (Draft d : measuresOf(c)) {
        // A measure that sets a bound, a rate, a share or a date (不超过40%, 每年不少于2次, 6月底前) is checkable
        // whatever the parse makes of its verbs.
        if (ca != null && !setsANumber(d) && DeepUse.rhetoric(ca, d.start, d.coreEnd)) {
          continue;
        }
        if (ca != null && d.actor.isEmpty()) {
          d.actor = DeepUse.actor(ca, d.start, d.coreEnd);
        }
        if (ca != null) {
          d.actions = DeepUse.actions(ca, bounds, d.start, d.coreEnd);
          d.objects = DeepUse.objects(ca, bounds, d.start, d.coreEnd);
        }
        measures.add(d.toMeasure(String.format("M%02d", measures.size() + 1), policy, rarity));
      }
    }
    PolicyRef ref = new PolicyRef(meta.title(), meta.docNumbers(), meta.date(), meta.issuer(), policy.fingerprint());
    return new RuleSet("drafted-" + policy.fingerprint(), "drafted", ref, measures);
  }

  /**
   * In unnumbered text (news reports, summaries) a paragraph often opens with a short title sentence
   * (优化领导班子年龄结构。除…) whose measures follow: the title itself is not a measure.
   */
  private static boolean leadsParagraph(Clause c, List<Clause> clauses, int i, PolicyDocument policy) {
    if (!c.path().isEmpty() || c.text().length() > 12 || !c.quantities().isEmpty() || i + 2 >= clauses.size()) {
      return false;
    }
    String norm = policy.text().text();
    boolean startsParagraph = c.normStart() == 0 || norm.charAt(c.normStart() - 1) == '\n';
    int paraEnd = norm.indexOf('\n', c.normEnd());
    paraEnd = paraEnd < 0 ? norm.length() : paraEnd;
    int following = 0;
    for (int k = i + 1; k < clauses.size() && clauses.get(k).normStart() < paraEnd; k++) {
      following++;
    }
    return startsParagraph && following >= 2;
  }

  private static final Pattern COUNT_LABEL = Pattern.compile("“[一二三四五六七八九十两]+[个项条种][^”]{0,4}”[：:]?$");

  /** 重点开展“三个一”：一是… — the short lead-in of an enumeration names it; its items are the measures. */
  private static boolean introducesEnumeration(Clause c, Clause next) {
    if (next == null || !next.path().startsWith(c.path().isEmpty() ? "" : c.path() + "/")) {
      return false;
    }
    String last = next.path().substring(next.path().lastIndexOf('/') + 1);
    // 今年结合…活动，重点开展“三个一”: a longer lead-in still names the enumeration by its count
    return last.equals("一是") && next.path().length() > c.path().length()
        && (c.text().length() <= 30 || c.text().length() <= 60 && COUNT_LABEL.matcher(c.text()).find());
  }

  private static boolean skipClause(Clause c, boolean hasSections) {
    String t = c.text();
    if (hasSections && c.path().isEmpty()) {
      return true; // the preamble before the first numbered part: purpose and basis
    }
    if (PREAMBLE.matcher(t).find() || NARRATION.matcher(t).find() && !REPORT_FRAME.matcher(t).find()) {
      return true;
    }
    return BYLINE.matcher(t).matches();
  }

  /** A measure being drafted: a span of a clause with what it inherits from the clause. */
  private static final class Draft {
    final Clause clause;
    int start;
    int end;
    int coreEnd;
    /** Where the words that define the measure begin: after a means or context phrase (以…为契机，针对…). */
    int conceptStart = -1;
    boolean condition;
    final List<String> context = new ArrayList<>();
    final List<String> sharedCore = new ArrayList<>();
    final List<Quantity> inheritedQuantities = new ArrayList<>();
    /** A due date stated after the measure's span for the whole row or sentence (…，2024年6月底前). */
    final List<Quantity> dueDates = new ArrayList<>();
    String actor = "";
    /** The verbs of what must be done; from the dependency parse when there is one, else from HanLP's tags. */
    List<String> actions;
    /** What the actions are done to, from the dependency parse; empty without one. */
    List<String> objects = List.of();

    Draft(Clause clause, int start, int end) {
      this.clause = clause;
      this.start = start;
      this.end = end;
      this.coreEnd = end;
    }

    String text() {
      return clause.text().substring(start, end);
    }

    /** The measure without trailing purpose phrases: what its concepts come from. */
    String coreText() {
      return clause.text().substring(Math.max(start, conceptStart), coreEnd);
    }

    Measure toMeasure(String id, PolicyDocument policy, java.util.function.ToDoubleFunction<String> rarity) {
      String text = text();
      String coreText = LEADING_CONTEXT.matcher(coreText()).replaceFirst("");
      List<String> itemTexts = ItemFinder.items(coreText);
      List<Concept> items = ConceptExtractor.items(itemTexts);
      List<Concept> core = new ArrayList<>();
      // Verbs outside the 组织工作 vocabulary are rephrased freely (挖掘 / 发现, 选树 / 培树): context, not required.
      List<Concept> verbs = new ArrayList<>();
      double nouns = 0; // how distinctive the measure's most distinctive other word is
      for (Concept c : ConceptExtractor.core(coreText, itemTexts, rarity)) {
        if (ConceptExtractor.isPlainVerb(c.name())) {
          verbs.add(c);
        } else {
          core.add(c);
          nouns = Math.max(nouns, distinctive(c.name(), rarity));
        }
      }
      // ...unless the verb is what sets the measure apart (须事先报组织部门审核 among clauses all about 领导干部: 审核)
      for (Concept v : verbs) {
        if (!core.isEmpty() && distinctive(v.name(), rarity) > nouns) {
          core.add(v);
        } else {
          context.add(v.name());
        }
      }
      for (String w : sharedCore) {
        if (core.stream().noneMatch(c -> c.terms().contains(w))) {
          core.add(ConceptExtractor.withSynonyms(w));
        }
      }
      if (core.isEmpty() && items.isEmpty()) {
        // 能合并召开的会议一律合并召开: when the verbs are all the measure says, the plan must say them
        context.forEach(v -> core.add(ConceptExtractor.withSynonyms(v)));
        context.clear();
        if (core.isEmpty()) {
          core.add(new Concept(List.of(text.length() > 12 ? text.substring(0, 12) : text)));
        }
      }
      Set<String> ctx = new LinkedHashSet<>(context);
      if (!actor.isEmpty()) {
        ctx.add(actor);
      }
      ModalityCue cue = modality();
      List<QuantityConstraint> qs = new ArrayList<>();
      for (Quantity q : quantities()) {
        qs.add(QuantityConstraint.of(q));
      }
      int[] span = policy.text().originSpan(clause.normStart() + start, clause.normStart() + end);
      String quote = policy.text().original().substring(span[0], span[1]);
      Modality label = cue.modality().labelled();
      Severity sev = Severity.of(label);
      List<String> actors = Measure.splitActors(actor);
      // 各区委组织部 is every district's department, each unit the policy addresses: no single body
      List<String> appliesTo = actor.isEmpty() || actorHead().startsWith("各")
          || !Lexicon.NAMED_BODY.matcher(actorHead()).matches()
          ? List.of() : List.of(actorHead());
      String title = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      List<String> acts = actions != null ? actions : org.duibiao.nlp.ActionWords.of(coreText);
      return new Measure(id, title, new SourceRef(clause.path(), quote, span[0], span[1]), label, actors, acts, objects,
          new MatchSpec(core, items, List.copyOf(ctx), List.of(),
              examples(coreText) || condition ? 0.5 : MatchSpec.ITEMS_MIN), qs, sev, appliesTo);
    }

    /** How well a word tells this measure from the policy's others: general specificity times rarity here. */
    private static double distinctive(String w, java.util.function.ToDoubleFunction<String> rarity) {
      return org.duibiao.nlp.TermStats.idf(w) * rarity.applyAsDouble(w);
    }

    /** A list ending in 等 gives examples: naming most of them is enough. */
    static boolean examples(String text) {
      return EXAMPLES.matcher(text).find();
    }

    /** The first body of the actor phrase: 市委组织部、市直机关工委… → 市委组织部. */
    String actorHead() {
      List<String> all = Measure.splitActors(actor);
      return all.isEmpty() ? "" : all.get(0).replaceFirst("^中共", "");
    }

    ModalityCue modality() {
      ModalityCue own = ModalityDetector.detect(text());
      if (own.marked()) {
        return own;
      }
      // A cue before this span in the same clause (各单位…要…，…，…) governs it too.
      for (ModalityCue c : ModalityDetector.cues(clause.text())) {
        if (c.start() < start && c.modality() != Modality.DEFERRED) {
          return c;
        }
      }
      return own;
    }

    List<Quantity> quantities() {
      List<Quantity> out = new ArrayList<>();
      for (Quantity q : clause.quantities()) {
        if (q.start() >= start && q.end() <= end) {
          out.add(q);
        }
      }
      if (out.stream().noneMatch(q -> q.kind() == Quantity.Kind.DEADLINE)) {
        out.addAll(dueDates);
      }
      if (out.isEmpty()) {
        return out;
      }
      // A period stated before the span (每年…，20名左右…) applies to its counts too.
      List<Quantity> fixed = new ArrayList<>();
      for (Quantity q : out) {
        if (q.periodMonths() == 0 && (q.kind() == Quantity.Kind.COUNT) && !inheritedQuantities.isEmpty()) {
          fixed.add(q.withPeriod(inheritedQuantities.get(0).periodMonths()));
        } else {
          fixed.add(q);
        }
      }
      return fixed;
    }
  }

  /** The measures of one clause. */
  private static List<Draft> measuresOf(Clause c) {
    String text = c.text();
    int offset = 0;
    Matcher frame = REPORT_FRAME.matcher(text);
    if (frame.find()) {
      offset = frame.end();
    }
    String actor = "";
    Matcher am = ACTOR.matcher(text.substring(offset));
    if (am.find()) {
      actor = am.group(1);
    }
    List<Segment> segs = SegmentSplitter.split(text);
    List<Draft> out = new ArrayList<>();
    Draft current = null;
    Draft chainHead = null;
    // The head's action verbs and periods, shared by its parallel pieces: found when the first piece follows the
    // head, which is then complete.
    List<String> chainVerbs = null;
    List<Quantity> chainPeriods = null;
    int prefixStart = -1;
    int conceptFrom = -1;
    List<Draft> pendingConditions = new ArrayList<>();
    for (Segment s : segs) {
      if (s.end() <= offset) {
        continue;
      }
      int sStart = Math.max(s.start(), offset);
      switch (s.role()) {
        case PREFIX -> {
          if (prefixStart < 0) {
            prefixStart = sStart;
          }
          if (CONTEXT_PHRASE.matcher(s.text()).find()) {
            conceptFrom = s.end() + 1; // 以…为契机, 针对…问题, 结合…: not what the measure asks for
          }
        }
        case CONDITION -> {
          Draft d = new Draft(c, prefixStart >= 0 ? prefixStart : sStart, s.end());
          d.conceptStart = conceptFrom;
          d.condition = true;
          prefixStart = -1;
          pendingConditions.add(d);
          current = null;
        }
        case ACTION -> {
          int st = prefixStart >= 0 ? prefixStart : sStart;
          prefixStart = -1;
          if (!pendingConditions.isEmpty()) {
            // 对A的，对B的，…，优先提拔使用: each condition is a measure sharing the action.
            List<String> actionWords = ConceptExtractor.contentWords(s.text());
            for (int k = 0; k < pendingConditions.size() - 1; k++) {
              Draft d = pendingConditions.get(k);
              d.sharedCore.addAll(actionWords);
              out.add(d);
            }
            Draft last = pendingConditions.get(pendingConditions.size() - 1);
            last.end = s.end();
            last.coreEnd = s.end();
            out.add(last);
            pendingConditions.clear();
            current = last;
          } else {
            current = new Draft(c, st, s.end());
            current.conceptStart = conceptFrom;
            out.add(current);
          }
          conceptFrom = -1;
          chainHead = current;
          chainVerbs = null;
          chainPeriods = null;
        }
        case PARALLEL -> {
          if (chainHead == null) {
            current = new Draft(c, sStart, s.end());
            out.add(current);
            chainHead = current;
            chainVerbs = null;
            chainPeriods = null;
          } else {
            if (chainVerbs == null) {
              chainVerbs = ConceptExtractor.contentWords(chainHead.text()).stream()
                  .filter(SegmentSplitter::hasActionVerb).toList();
              chainPeriods = periods(chainHead);
            }
            Draft d = new Draft(c, sStart, s.end());
            d.sharedCore.addAll(chainVerbs);
            d.inheritedQuantities.addAll(chainPeriods);
            out.add(d);
            current = d;
          }
        }
        case PURPOSE, CONTINUATION -> {
          if (SegmentSplitter.timeFrame(s.text())) {
            // 1，建立…，明确…，县委组织部，2024年6月底前: the row's due date binds each of its measures
            for (Quantity q : c.quantities()) {
              if (q.kind() == Quantity.Kind.DEADLINE && q.start() >= s.start() && q.end() <= s.end()) {
                out.forEach(d -> d.dueDates.add(q));
              }
            }
            continue;
          }
          Draft target = current != null ? current
              : pendingConditions.isEmpty() ? null : pendingConditions.get(pendingConditions.size() - 1);
          if (target != null) {
            target.end = s.end();
            if (s.role() == Segment.Role.CONTINUATION) {
              target.coreEnd = s.end();
            }
          }
        }
        case RHETORIC -> current = null;
        default -> { }
      }
    }
    // Conditions with no action after them (a list that ends the clause) stand as measures themselves.
    for (Draft d : pendingConditions) {
      if (SegmentSplitter.actionable(d.text())) {
        out.add(d);
      }
    }
    for (Draft d : out) {
      Matcher own = ACTOR.matcher(text.substring(d.start));
      d.actor = own.find() ? own.group(1) : actor;
    }
    return out;
  }

  private static boolean setsANumber(Draft d) {
    for (Quantity q : d.quantities()) {
      if (q.cmp() != Quantity.Cmp.EXACT || q.periodMonths() > 0 || q.kind() == Quantity.Kind.PERCENT
          || q.kind() == Quantity.Kind.DEADLINE) {
        return true;
      }
    }
    return false;
  }

  private static List<Quantity> periods(Draft head) {
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : head.quantities()) {
      if (q.periodMonths() > 0) {
        out.add(q);
      }
    }
    return out;
  }
}
