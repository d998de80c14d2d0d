package org.duibiao.nlp.deep;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.duibiao.nlp.deep.ActionFrame.ActorSource;

/**
 * Derives action frames from a clause's dependency tree.
 *
 * <p>Predicates are the verbs on the clause's spine: the root and the verbs hanging from it, verb to verb, through
 * coordination ({@code conj}, {@code parataxis}, {@code dep}) or through a complement that starts after a comma. A
 * verb joined to another without a gap (谈心 谈话, {@code compound:vc}, resultative 出/到) is part of its action; a
 * verb complement in the same comma segment (组织干部参加培训) is part of its object. Verbs inside prepositional
 * phrases, relative clauses, objects and quotation marks (“学海安问安庆”) are never predicates. A coverb
 * (围绕, 结合, 对照, 按照 …) heading its own phrase before another predicate is that predicate's condition.
 *
 * <p>Each predicate takes its subject ({@code nsubj}, a topic before a comma) as actors, split at the enumeration
 * commas and conjunctions of a coordinated subject; its {@code dobj}, 把 object and complements as objects; its
 * prepositional adjuncts as conditions; modal verbs and adverbs qualify the action. Chinese chains predicates after
 * one subject (要加强…，积极组织…，认真落实…), so a predicate without a subject shares the actors of the nearest
 * predicate before it, and one without a modal shares the modal.
 */
final class FrameExtractor {

  static final Set<String> MODALS = Set.of("要", "应", "应当", "应该", "必须", "须", "需", "需要", "务必", "可",
      "可以", "能", "能够", "请", "不得", "不能", "不准", "不宜", "不应", "严禁", "禁止", "切忌", "一律");
  private static final Set<String> COVERBS = Set.of("围绕", "结合", "对照", "按照", "根据", "依照", "依据", "针对",
      "通过", "利用", "立足", "聚焦", "紧扣", "着眼", "面向", "借助", "依托", "本着", "遵循", "参照");
  private static final Set<String> COMPARATIVES = Set.of("少于", "多于", "低于", "高于", "超过", "达到", "不少于",
      "不低于", "不超过", "不多于", "不高于");
  /** Light verbs that carry the verb after them: 予以调整, 加以解决. */
  private static final Set<String> SUPPORT = Set.of("予以", "加以", "给予");
  /** Prepositions whose phrase names who or what is acted on: 对…的，予以提拔. */
  private static final Set<String> PATIENT_CASES = Set.of("对", "对于");
  /** Verbs that qualify the verb after them: 择优选调, 优先提拔. */
  private static final Set<String> ADVERBIAL_VERBS = Set.of("择优", "优先", "依法", "从严", "从优");
  /** Nouns that the parser takes for subjects but that qualify the action: 重点围绕…, 同时做好…. */
  private static final Set<String> NOT_ACTORS = Set.of("重点", "同时", "首先", "其次", "最后", "原则上", "总体",
      "整体", "全面", "今年", "去年", "当年", "每年", "年度", "目前", "当前", "近年来", "最大限度", "进一步", "全力",
      "其中", "以来", "教育", "前期", "后期", "今后", "此前", "近期", "期间", "年初", "年底", "年内");
  /** 每年, 每季度, 每半年: how often, not who. */
  private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("每(半?年|[一二两三四五]?年|季度?|月|周|日|天|届)");
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubjpass", "nmod:topic");
  private static final Set<String> OBJECT = Set.of("dobj", "iobj", "range", "attr");
  private static final Set<String> COMPLEMENT = Set.of("ccomp", "xcomp");
  private static final Set<String> CHAIN = Set.of("conj", "parataxis", "dep");
  private static final Set<String> ADVERB = Set.of("advmod", "nmod:tmod", "advmod:dvp");
  private static final Set<String> CONDITION = Set.of("nmod:prep", "nmod", "advcl:loc", "advmod:loc");
  private static final Set<String> FUSED = Set.of("compound:vc", "advmod:rcomp", "aux:asp");

  private final Tree t;
  private final boolean[] predicate;

  private FrameExtractor(Tree t) {
    this.t = t;
    this.predicate = new boolean[t.size()];
  }

  static List<ActionFrame> extract(String text, List<Token> tokens, List<Dependency> deps) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    return new FrameExtractor(new Tree(text, tokens, deps)).frames();
  }

  private List<ActionFrame> frames() {
    boolean any = false;
    for (int i = 0; i < t.size(); i++) {
      predicate[i] = isPredicate(i, true);
      any |= predicate[i];
    }
    if (!any) { // a misparsed clause (a noun as root, verbs under it): take the verbs that head verb chains
      for (int i = 0; i < t.size(); i++) {
        predicate[i] = isPredicate(i, false);
      }
    }
    List<Draft> drafts = drafts();
    if (promoteOrphans(drafts)) {
      drafts = drafts();
    }
    drafts = foldCoverbs(drafts);
    share(drafts);
    List<ActionFrame> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(d.build());
    }
    return out;
  }

  private List<Draft> drafts() {
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (predicate[i]) {
        out.add(draft(i));
      }
    }
    return out;
  }

  /**
   * A comma segment that no frame touches but that holds a verb is a clause the parser hung from the wrong place
   * (…大力破除论资排辈，及时发现、合理使用担当作为的好干部 with 干部 attached to the first verb): its first verb
   * becomes a predicate of its own.
   */
  private boolean promoteOrphans(List<Draft> drafts) {
    BitSet covered = new BitSet(t.size());
    for (Draft d : drafts) {
      for (int k = d.verbFirst; k <= d.verbLast; k++) {
        covered.set(k);
      }
      for (List<Integer> role : List.of(d.actors, d.objects, d.conditions, d.adverbs)) {
        for (int r : role) {
          BitSet sub = t.subtree(r);
          for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
            if (t.segment[k] == t.segment[r]) {
              covered.set(k);
            }
          }
        }
      }
    }
    boolean promoted = false;
    int lastSegment = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.segment[i] == lastSegment || covered.get(i) || !t.pos(i).equals("VV") || isModal(i) || t.quoted(i)
          || segmentTouched(covered, t.segment[i])) {
        continue;
      }
      predicate[i] = true;
      promoted = true;
      lastSegment = t.segment[i];
    }
    return promoted;
  }

  private boolean segmentTouched(BitSet covered, int segment) {
    for (int k = 0; k < t.size(); k++) {
      if (t.segment[k] == segment && covered.get(k) && !t.tokens.get(k).isPunctuation()) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------- predicates

  private boolean isPredicate(int i, boolean strict) {
    if (!isVerb(i) || isModal(i) || t.quoted(i) || t.head[i] == Tree.NO_HEAD || !separate(i)) {
      return false;
    }
    if (!strict) {
      return true;
    }
    for (int j = i, steps = 0; t.head[j] >= 0 && steps < t.size(); j = t.head[j], steps++) {
      int h = t.head[j];
      String r = t.rel[j];
      if (!CHAIN.contains(r) && !COMPLEMENT.contains(r) && !FUSED.contains(r) && !r.equals("cop")) {
        return false;
      }
      if (!isVerb(h) && t.head[h] != Dependency.ROOT) {
        return false; // a verb coordinated with a noun stands in a list of nouns (…一线、脱贫攻坚主战场)
      }
    }
    return true;
  }

  /** Whether a verb stands on its own rather than being fused into or complementing its head. */
  private boolean separate(int i) {
    int h = t.head[i];
    if (h == Dependency.ROOT) {
      return true;
    }
    String r = t.rel[i];
    if (r.equals("cop")) {
      return t.head[h] == Dependency.ROOT; // 中层干部是…中流砥柱: the noun is the root, 是 its copula
    }
    if (FUSED.contains(r)) {
      return false;
    }
    if (COMPLEMENT.contains(r)) {
      return t.segment[i] != t.segment[h] || isModal(h) || light(h);
    }
    if (CHAIN.contains(r)) {
      if (!isVerb(h)) {
        return t.head[h] == Dependency.ROOT;
      }
      if (adjacent(h, i) && !light(h) || COMPARATIVES.contains(t.word(h)) && i < h) {
        return false;
      }
      return t.segment[i] != t.segment[h] || coordinatorBetween(h, i) || light(h);
    }
    return false;
  }

  private boolean fused(int i) {
    int h = t.head[i];
    return h >= 0 && isVerb(i) && isVerb(h) && adjacent(h, i)
        && (FUSED.contains(t.rel[i]) || CHAIN.contains(t.rel[i]));
  }

  private boolean adjacent(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    for (int k = lo + 1; k < hi; k++) {
      if (!t.rel[k].equals("aux:asp")) {
        return false;
      }
    }
    return true;
  }

  private boolean coordinatorBetween(int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      String w = t.word(k);
      if (t.pos(k).equals("CC") || w.equals("、") || w.equals("并") || w.equals("并且")) {
        return true;
      }
    }
    return false;
  }

  /** A coverb (结合…) or an adverbial verb (择优, 优先) whose verb complement is the real action. */
  private boolean light(int h) {
    return COVERBS.contains(t.word(h)) || ADVERBIAL_VERBS.contains(t.word(h));
  }

  private boolean isVerb(int i) {
    String p = t.pos(i);
    return p.equals("VV") || p.equals("VC") || p.equals("VE");
  }

  private boolean isModal(int i) {
    return MODALS.contains(t.word(i));
  }

  // ---------------------------------------------------------------------------------------------- one frame

  private Draft draft(int p) {
    Draft d = new Draft(p);
    List<Integer> heads = new ArrayList<>(members(p));
    List<Integer> action = heads;
    if (COMPARATIVES.contains(t.word(p))) { // 谈心谈话不少于2次: the action is 谈心谈话, 不少于2次 its extent
      int v = verbBefore(p);
      if (v >= 0) {
        action = members(v);
        heads.addAll(action);
        Phrase extent = comparison(p);
        if (extent != null) {
          d.extraObjects.add(extent);
        }
      }
    }
    d.verbFirst = action.get(0);
    d.verbLast = action.get(action.size() - 1);
    d.actionHead = action.contains(p) ? p : action.get(action.size() - 1);
    int h = t.head[p];
    if (h >= 0 && isModal(h) && COMPLEMENT.contains(t.rel[p])) {
      d.modal = t.word(h);
      heads.add(h); // 要 + ccomp: the modal's subject and adjuncts are the predicate's
    } else if (h >= 0 && t.rel[p].equals("cop")) {
      heads.add(h); // 是: the subject hangs from the noun, which is what is said of it
      d.objects.add(h);
    }
    int ba = -1;
    for (int m : heads) {
      for (int c : t.children(m, "aux:ba")) {
        ba = c;
      }
    }
    for (int m : heads) {
      for (int c : t.children(m)) {
        if (!heads.contains(c)) {
          role(d, m, c, ba);
        }
      }
    }
    return d;
  }

  /** The predicate and the verbs fused to it, in text order. */
  private List<Integer> members(int p) {
    List<Integer> out = new ArrayList<>();
    out.add(p);
    for (int k = 0; k < out.size(); k++) {
      for (int c : t.children(out.get(k))) {
        if (fused(c) && !predicate[c]) {
          out.add(c);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private int verbBefore(int p) {
    int best = -1;
    for (int c : t.children(p)) {
      if (c < p && isVerb(c) && !predicate[c] && !isModal(c)) {
        best = c;
      }
    }
    return best;
  }

  /** 不少于2次: the comparative with its negation and its measure. */
  private Phrase comparison(int p) {
    int first = p;
    int last = p;
    for (int c : t.children(p)) {
      String r = t.rel[c];
      if (r.equals("neg") && c < p) {
        first = Math.min(first, c);
      } else if (c > p && (r.equals("nmod:range") || OBJECT.contains(r))) {
        BitSet s = t.subtree(c);
        last = Math.max(last, s.length() - 1);
      }
    }
    return t.phrase(first, last, p);
  }

  private void role(Draft d, int m, int c, int ba) {
    String r = t.rel[c];
    if (predicate[c] || r.equals("punct") || r.equals("cc") || r.equals("mark")) {
      return;
    }
    if (isModal(c) && c < m && (COMPLEMENT.contains(r) || r.startsWith("aux") || r.equals("advmod")
        || r.equals("dep"))) {
      d.modal = t.word(c);
    } else if (r.equals("neg")) {
      d.negated |= c < d.verbFirst;
    } else if (SUPPORT.contains(t.word(c)) && c < m && COMPLEMENT.contains(r)) {
      d.verbFirst = Math.min(d.verbFirst, c); // 予以破格提拔
    } else if (ba >= 0 && c > ba && c < m && !r.startsWith("aux")) {
      d.objects.add(c); // 把 + object + verb
    } else if (c < m && PATIENT_CASES.contains(t.word(t.subtree(c).nextSetBit(0))) && !SUBJECT.contains(r)) {
      d.conditions.add(c); // 对…的，予以…: who is acted on, stated up front
    } else if (SUBJECT.contains(r) && c < m || topic(c, m)) {
      d.actors.add(c);
    } else if (OBJECT.contains(r) && c > m
        || (COMPLEMENT.contains(r) || CHAIN.contains(r)) && c > m && t.segment[c] == t.segment[m]) {
      d.objects.add(c); // a noun hanging after a comma is a misparsed clause of its own, not this verb's object
    } else if (CONDITION.contains(r) && hasCase(c)) {
      if (!t.children(c).isEmpty()) {
        d.conditions.add(c); // a bare preposition (到 left without its noun) says nothing
      }
    } else if (c < m && (ADVERB.contains(r) || r.equals("dep") && adverbial(c) || r.equals("nmod:range"))) {
      d.adverbs.add(c);
    }
  }

  /**
   * A noun before the verb that the parser left unattached: before a comma (各单位…和…机构，要履行…) or right
   * after the subject (各单位 | 党组（党委） 要加强…).
   */
  private boolean topic(int c, int m) {
    if (c >= m || !t.rel[c].equals("dep") || !t.tokens.get(c).isNoun()) {
      return false;
    }
    if (t.segment[c] < t.segment[m]) {
      return true;
    }
    for (int s : t.children(m)) {
      if (SUBJECT.contains(t.rel[s]) && s < c && t.subtree(s).length() == t.subtree(c).nextSetBit(0)) {
        return true;
      }
    }
    return false;
  }

  private boolean adverbial(int c) {
    String p = t.pos(c);
    return p.equals("AD") || p.equals("NT") || p.equals("DT");
  }

  private boolean hasCase(int c) {
    for (int k : t.children(c)) {
      if (t.rel[k].equals("case") && (t.pos(k).equals("P") || t.pos(k).equals("LC"))) {
        return true;
      }
    }
    return t.pos(c).equals("P");
  }

  // ---------------------------------------------------------------------------------------------- between frames

  /**
   * 围绕X举办Y, 结合X，开展Y: a coverb's frame becomes a condition of the predicate that follows it; 择优选调X: an
   * adverbial verb becomes an adverb of the verb right after it.
   */
  private List<Draft> foldCoverbs(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      Draft next = k + 1 < drafts.size() ? drafts.get(k + 1) : null;
      boolean coverb = COVERBS.contains(t.word(d.p));
      boolean adverbial = ADVERBIAL_VERBS.contains(t.word(d.p)) && d.objects.isEmpty();
      if (next == null || !(coverb || adverbial) || t.segment[next.p] - t.segment[d.p] > 1) {
        out.add(d);
        continue;
      }
      next.extraConditions.addAll(d.extraConditions);
      next.adverbs.addAll(0, d.adverbs);
      if (coverb) {
        Phrase cond = t.subtreePhrase(d.p, excludedBelow(d.p));
        if (cond != null) {
          next.extraConditions.add(cond);
        }
      } else {
        next.adverbs.add(d.p);
      }
      if (!d.actors.isEmpty()) { // the subject before 结合 is the sentence's; a "subject" inside 结合's phrase is not
        next.actors.removeIf(a -> t.segment[a] == t.segment[d.p] && a > d.p);
        next.actors.addAll(0, d.actors);
      }
      if (next.modal.isEmpty()) {
        next.modal = d.modal;
      }
      next.conditions.addAll(d.conditions);
    }
    return out;
  }

  /** Predicates without a subject or modal take those of the nearest predicate before them; 引导、疏导X share X. */
  private void share(List<Draft> drafts) {
    List<Phrase> actors = List.of();
    String modal = "";
    for (Draft d : drafts) {
      d.actorPhrases = actors(d);
      if (!d.actorPhrases.isEmpty()) {
        actors = d.actorPhrases;
        d.source = ActorSource.OWN;
      } else if (!actors.isEmpty()) {
        d.actorPhrases = actors;
        d.source = ActorSource.SHARED;
      }
      if (d.modal.isEmpty()) {
        d.modal = modal;
      } else {
        modal = d.modal;
      }
    }
    for (int k = drafts.size() - 2; k >= 0; k--) {
      Draft a = drafts.get(k);
      Draft b = drafts.get(k + 1);
      if (a.objects.isEmpty() && a.extraObjects.isEmpty() && t.segment[a.p] == t.segment[b.p]
          && coordinatorBetween(a.verbLast, b.verbFirst)) {
        a.sharedObjects = b;
      }
    }
  }

  private List<Phrase> actors(Draft d) {
    List<Phrase> out = new ArrayList<>();
    d.actors.sort(null);
    for (int k = d.actors.size() - 1; k > 0; k--) { // 各单位 + 党组（党委）, parsed as two dependents of the verb
      int a = d.actors.get(k - 1);
      int b = d.actors.get(k);
      BitSet sa = t.subtree(a);
      if (sa.length() == t.subtree(b).nextSetBit(0) && t.segment[a] == t.segment[b]) {
        d.actors.remove(k - 1);
        d.mergedActorStart = Math.min(d.mergedActorStart, sa.nextSetBit(0));
      }
    }
    for (int s : d.actors) {
      if (t.quoted(s) || NOT_ACTORS.contains(t.word(s)) || !nominal(s)) {
        continue;
      }
      for (Phrase p : ActorSplitter.split(t, s, excludedBelow(s), d.mergedActorStart)) {
        if (!NOT_ACTORS.contains(p.text()) && !PERIOD.matcher(p.text()).matches()) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private boolean nominal(int s) {
    String p = t.pos(s);
    return p.equals("NN") || p.equals("NR") || p.equals("PN");
  }

  /** An attitude or atmosphere rather than a thing to do: 政治站位, 发展共识, 良好工作氛围. */
  static boolean abstractObject(Phrase o) {
    if (Lexicon.ABSTRACT.contains(o.head())) {
      return true;
    }
    for (String w : Lexicon.ABSTRACT) {
      if (o.text().endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Subtrees of other predicates below a role token, which its phrase must not swallow. */
  private BitSet excludedBelow(int c) {
    BitSet out = new BitSet(t.size());
    for (int q = 0; q < t.size(); q++) {
      if (predicate[q] && q != c && t.dominates(c, q)) {
        out.or(t.subtree(q));
      }
    }
    return out;
  }

  /** A frame being assembled. */
  private final class Draft {
    final int p;
    int verbFirst;
    int verbLast;
    int actionHead;
    String modal = "";
    boolean negated;
    final List<Integer> actors = new ArrayList<>();
    final List<Integer> objects = new ArrayList<>();
    final List<Integer> conditions = new ArrayList<>();
    final List<Integer> adverbs = new ArrayList<>();
    final List<Phrase> extraObjects = new ArrayList<>();
    final List<Phrase> extraConditions = new ArrayList<>();
    List<Phrase> actorPhrases = List.of();
    ActorSource source = ActorSource.NONE;
    Draft sharedObjects;
    int mergedActorStart = Integer.MAX_VALUE;

    Draft(int p) {
      this.p = p;
    }

    ActionFrame build() {
      Phrase verb = t.phrase(verbFirst, verbLast, actionHead);
      if (verb == null) {
        verb = t.phrase(actionHead, actionHead, actionHead);
      }
      List<String> adv = new ArrayList<>();
      for (int a : adverbs) {
        Phrase ph = t.subtreePhrase(a, excludedBelow(a));
        if (ph != null && !adv.contains(ph.text()) && (ph.end() <= verb.start() || ph.start() >= verb.end())) {
          adv.add(ph.text());
        }
      }
      Action action = new Action(verb.text(), t.word(actionHead), modal, adv, negated, verb.start(), verb.end());
      List<Phrase> conds = new ArrayList<>(extraConditions);
      for (int c : conditions) {
        Phrase ph = t.subtreePhrase(c, excludedBelow(c));
        if (ph != null) {
          conds.add(ph);
        }
      }
      List<Phrase> objs = sharedObjects != null ? sharedObjects.objectPhrases(new ArrayList<>())
          : objectPhrases(conds);
      conds.sort(Comparator.comparingInt(Phrase::start));
      boolean copula = false;
      for (int k = verbFirst; k <= verbLast; k++) {
        copula |= isVerb(k) && (!t.pos(k).equals("VV") || Lexicon.NON_ACTION.contains(t.word(k)));
      }
      boolean patient = conds.stream().anyMatch(c -> PATIENT_CASES.stream().anyMatch(c.text()::startsWith));
      boolean actionable = !copula && !Lexicon.NON_ACTION.contains(verb.text())
          && (!objs.isEmpty() && !objs.stream().allMatch(FrameExtractor::abstractObject) || objs.isEmpty() && patient);
      return new ActionFrame(actorPhrases, source, action, objs, conds, actionable);
    }

    /** Object phrases in text order; a leading 对…的 modifier of an object becomes a condition. */
    List<Phrase> objectPhrases(List<Phrase> conds) {
      List<Phrase> out = new ArrayList<>(extraObjects);
      for (int o : objects) {
        BitSet excluded = excludedBelow(o);
        Phrase whole = t.subtreePhrase(o, excluded);
        for (int c : t.children(o)) {
          if (c < o && hasCase(c) && !t.rel[c].equals("case")) {
            Phrase cond = t.subtreePhrase(c, excludedBelow(c));
            if (cond != null && whole != null && cond.start() == whole.start()) {
              conds.add(cond);
              excluded.or(t.subtree(c));
            }
          }
        }
        Phrase ph = t.subtreePhrase(o, excluded);
        if (ph != null) {
          out.add(ph);
        }
      }
      out.sort(Comparator.comparingInt(Phrase::start));
      return out;
    }
  }
}
