package org.duibiao.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.duibiao.nlp.Modality;
import org.duibiao.nlp.ModalityCue;
import org.duibiao.nlp.ModalityDetector;
import org.duibiao.nlp.Quantity;
import org.duibiao.nlp.QuantityParser;
import org.duibiao.nlp.Segmenter;
import org.duibiao.nlp.TermStats;

/** Splits a clause at its commas (not inside quotes or brackets) and gives each piece a {@link Segment.Role}. */
final class SegmentSplitter {

  private SegmentSplitter() {}

  private static final Pattern CONDITION = Pattern.compile("^(?:对于?|凡|凡是)[^，]{2,}的$|^[^，]{2,40}(?:满|达到|超过)[^，]{0,12}的$");
  private static final Pattern PARALLEL_COUNT = Pattern.compile("^(?:\\d+|[一二三四五六七八九十百]+)名(?:左右|以上)?[^，]{0,12}?(?:干部|人员|同志|科长)?到");
  private static final Pattern PARALLEL_TO = Pattern.compile("^(?:到|赴|去|在)[^，]{2,}");
  private static final Pattern ACTOR_ONLY = Pattern.compile(
      "^[^，]{0,20}(?:党组（党委）|党委（党组）|党组|党委|部门|单位|负责人|负责同志|领导|机构|组织部|委员会|市委|政府)$");
  /** When a task runs, in words rather than a date: 2024年起, 长期坚持 (the last cell of a task table's row). */
  private static final Pattern TIME_FRAME = Pattern.compile(
      "^(?:19|20)\\d{2}年(?:\\d{1,2}月)?(?:起|开始|内)$|^(?:长期坚持|持续推进|长期推进|持续开展|常态化推进)$");

  /** Bodies alone, as a table's 牵头单位 column names them: 县委组织部, 县委办、县政府办, 各乡镇. */
  private static final Pattern BODIES = Pattern.compile(
      "^(?:[\\p{IsHan}（）]{2,16}(?:办|局|(?<!干)部|委|室|中心|办公室|党组|党委|工委|政府|法院|检察院|乡镇|街道)[、和及，]?)+$");

  private static final Pattern SERIAL = Pattern.compile("^\\d{1,3}$");

  /** Bodies alone (县委组织部、县行政审批局), not an action ending in one (报送县委组织部). */
  private static boolean bodiesOnly(String t) {
    if (!BODIES.matcher(t).matches()) {
      return false;
    }
    List<org.duibiao.nlp.Term> terms = segmented(t);
    return terms.isEmpty() || !terms.get(0).nature().startsWith("v") || terms.get(0).nature().equals("vn");
  }

  /** Whether a piece says only when a task is due: a deadline alone (2024年6月底前, 6月底前) or a time frame. */
  static boolean timeFrame(String piece) {
    if (TIME_FRAME.matcher(piece).matches()) {
      return true;
    }
    List<Quantity> qs = quantities(piece);
    return qs.size() == 1 && qs.get(0).kind() == Quantity.Kind.DEADLINE && qs.get(0).start() == 0
        && qs.get(0).end() == piece.length();
  }

  /** Whether the piece names a due date (6月底前, 2025年6月30日前, 年底前), as the quantity parser reads it. */
  private static boolean due(String t) {
    return quantities(t).stream().anyMatch(q -> q.kind() == Quantity.Kind.DEADLINE);
  }

  /** …a time limit (1个月内, 15个工作日内)… */
  private static boolean timeLimit(String t) {
    return quantities(t).stream().anyMatch(q -> q.kind() == Quantity.Kind.DURATION && q.cmp() == Quantity.Cmp.AT_MOST);
  }

  /** …or a bound on a number other than a date (不少于5户, 至少2次, 不超过45周岁). */
  private static boolean bound(String t) {
    return quantities(t).stream().anyMatch(q -> q.kind() != Quantity.Kind.DEADLINE
        && (q.cmp() == Quantity.Cmp.AT_LEAST || q.cmp() == Quantity.Cmp.AT_MOST));
  }

  private static final Pattern TIME_ONLY = Pattern.compile("^(?:(?:19|20)\\d{2}年(?:底前|内|度)?|今年|明年|每年|近期|近年来|目前|当前)$");

  static List<Segment> split(String clause) {
    List<int[]> spans = new ArrayList<>();
    int depthQuote = 0;
    int depthParen = 0;
    int start = 0;
    for (int i = 0; i < clause.length(); i++) {
      char c = clause.charAt(i);
      if (c == '“' || c == '《') {
        depthQuote++;
      } else if ((c == '”' || c == '》') && depthQuote > 0) {
        depthQuote--;
      } else if (c == '（') {
        depthParen++;
      } else if (c == '）' && depthParen > 0) {
        depthParen--;
      } else if ((c == '，' || c == '：') && depthQuote == 0 && depthParen == 0) {
        spans.add(new int[] {start, i});
        start = i + 1;
      }
    }
    spans.add(new int[] {start, clause.length()});
    boolean[] parallel = parallel(clause, spans);
    List<Segment> out = new ArrayList<>();
    Segment.Role previous = null;
    boolean afterCondition = false;
    boolean sawAction = false;
    boolean looksBack = false; // 近年来，…总体规范有序，但也存在…问题: how things stood, the whole sentence
    for (int k = 0; k < spans.size(); k++) {
      int[] s = spans.get(k);
      String t = clause.substring(s[0], s[1]).strip();
      if (t.isEmpty() || k == 0 && SERIAL.matcher(t).matches()) {
        continue; // a task table's 序号 cell
      }
      looksBack = k == 0 ? LOOKING_BACK.matcher(t).lookingAt() : looksBack && !LOOKING_AHEAD.matcher(t).lookingAt();
      String next = k + 1 < spans.size() ? clause.substring(spans.get(k + 1)[0], spans.get(k + 1)[1]).strip() : "";
      Segment.Role role = (SUBJECT_FOLLOWS.matcher(next).find() || LINKED_TO.matcher(next).matches())
          && !t.contains("的") && (previous == null
          || previous == Segment.Role.PREFIX) && !hasVerbAfterSubject(t) && !(COUNTED.matcher(t).find() && actionable(t))
          && !QUALIFICATION.matcher(t).find()
          ? Segment.Role.PREFIX : role(t, previous);
      if (parallel[k] || looksBack) {
        role = Segment.Role.RHETORIC;
      }
      // The last cells of a task table's row (…，县委组织部，2024年6月底前): who leads and when the task is due,
      // after the task itself; no measures of their own, and the body is no part of the task's quote.
      if (sawAction && !taskAfter(clause, spans, k)) {
        if (timeFrame(t)) {
          role = Segment.Role.CONTINUATION;
        } else if (bodiesOnly(t)) {
          role = Segment.Role.PREFIX;
        }
      }
      sawAction |= role == Segment.Role.ACTION || role == Segment.Role.PARALLEL;
      if (role == Segment.Role.ACTION && CONTEXT_PREFIX.matcher(t).find() && actionableAfter(clause, spans, k)) {
        role = Segment.Role.PREFIX; // 结合…专题警示教育，在组织生活会上开展对照检查: the occasion, not the measure
      }
      if (afterCondition && (role == Segment.Role.PURPOSE || role == Segment.Role.RHETORIC) && hasVerb(t)
          && !Lexicon.PURPOSE_START.matcher(t).find()) {
        role = Segment.Role.ACTION; // 对涉嫌违法违纪的，按照…，及时移送…处理: the condition supplies the object
      }
      if (role == Segment.Role.CONDITION) {
        afterCondition = true;
      } else if (role != Segment.Role.PREFIX) {
        afterCondition = false;
      }
      out.add(new Segment(s[0], s[1], t, role));
      previous = role;
    }
    return out;
  }

  /**
   * Pieces of a parallel run (排比): three or more short pieces in a row that open with the same two characters
   * (带着感情学习，带着使命出发，带着责任前行), or a piece that repeats its own word (以担当带动担当). This is how
   * Chinese official prose exhorts; a measure is stated once.
   */
  static boolean[] parallel(String clause, List<int[]> spans) {
    boolean[] out = new boolean[spans.size()];
    int k = 0;
    while (k < spans.size()) {
      String head = opening(clause, spans.get(k));
      int j = k + 1;
      while (head != null && j < spans.size() && head.equals(opening(clause, spans.get(j)))) {
        j++;
      }
      if (head != null && j - k >= 3) {
        int acting = 0;
        for (int i = k; i < j; i++) {
          acting += actionable(clause.substring(spans.get(i)[0], spans.get(i)[1]).strip()) ? 1 : 0;
        }
        for (int i = k; i < j; i++) {
          // 落实带薪休假，落实健康体检，落实谈心谈话 lists measures; a run most of whose pieces have nothing to act on
          // (带着感情学习，带着使命出发，带着责任前行) exhorts as a whole
          out[i] = 2 * acting <= j - k || !actionable(clause.substring(spans.get(i)[0], spans.get(i)[1]).strip());
        }
      }
      k = Math.max(j, k + 1);
    }
    for (int i = 0; i < spans.size(); i++) {
      String t = clause.substring(spans.get(i)[0], spans.get(i)[1]).strip();
      if (ECHO.matcher(t).matches()) {
        out[i] = true;
      }
    }
    return out;
  }

  /** The first two characters of a short piece (at most 8 characters), else null. */
  private static String opening(String clause, int[] span) {
    String t = clause.substring(span[0], span[1]).strip();
    return t.length() >= 3 && t.length() <= 8 ? t.substring(0, 2) : null;
  }

  private static final Pattern ECHO = Pattern.compile("^以([\\p{IsHan}]{2})[\\p{IsHan}]{2}\\1$");

  /** The verbs that open an occasion or a basis before the action (针对…问题，根据…要求，围绕…): context, not the measure. */
  static final String LEAD_IN = "针对|根据|按照|依据|结合|围绕|紧扣|紧紧围绕";
  private static final Pattern CONTEXT_PREFIX = Pattern.compile(
      "^(?:" + LEAD_IN + "|对照|在[^，]{0,30}(?:中|上|下|内|里|期间|时|单位|部门)$)");
  private static final Pattern CONTINUES = Pattern.compile(
      "^(?:特别是|尤其是|重点是|其中|接受|不(?!断|仅)|不得|不再|并(?!重)|且|由[^，]{1,20}(?:担任|任)|[^，]{1,20}(?:担任|任)(?:副?组长|副?主任|成员|办公室主任)$|[^，]{0,12}设在)");
  private static final Pattern RHETORIC = Pattern.compile(
      "把[^，]{1,20}(?:放在|摆在|作为)[^，]{0,6}(?:首要|首位|突出|重要|第一)(?:位置|任务)?$|“[一二三四五六七八九十两]+个[^”]{0,3}”[^，]{0,4}$|“双百”"
          + "|^[^，]{0,6}(?:选配|选用|选拔|轮岗|交流)一批$|^[^，]{2,8}一批$"
          + "|^(?:进一步|不断|切实)?[\\p{IsHan}]{2,4}[\\p{IsHan}]{2}、[\\p{IsHan}]{4}$"
          // an orientation (坚持…的方向), carrying out a superior's instructions in general, a closing exhortation
          + "|^坚持[^，]{0,24}(?:方向|导向|理念|思路)$"
          // a consequence (…才能充分发挥) and a call to set an example (发挥示范表率作用) are no measures
          + "|^[^，]{2,30}才能[^，]{0,12}$|发挥[^，]{0,8}(?:示范|表率|模范|带头)(?:表率|带头)?作用$"
          + "|^(?:认真|切实|全面)?(?:贯彻)?落实(?:好)?(?:上级|中央|党中央|省委|市委)[^，]{0,40}(?:意见|部署|要求|精神|指示)$"
          + "|^(?:将|把)(?:各项|有关|相关)?[^，]{0,12}(?:措施|要求|政策|任务)(?:落细落实|落到实处|落实到位|抓实抓细)$"
          // how things stood (近年来…总体规范有序，但也存在…问题，必须切实加以解决): background, not a measure
          + "|^(?:但|但是)?(?:也|还|仍)?存在[^，]{0,40}(?:问题|不足|短板|差距)$"
          + "|^[^，]{0,6}加以(?:解决|纠正|改进|克服|整改)$"
          // what something is (加强日常监督是全面从严治党的内在要求): a reason, not a measure
          + "|^[^，]{2,30}(?<!不|就|即|都|也)是(?!指)[^，]{2,24}(?:要求|体现|保障|基础|前提|关键|根本|途径|举措|重要内容|关心和爱护"
          + "|爱护|必然选择|重要手段|重要抓手)$"
          // how a notice hands itself over: 现将…印发给你们，请认真贯彻落实
          + "|^现将[^，]{2,40}(?:印发|转发|下发)给你们|^请(?:各单位|各地|结合实际|结合工作实际)?[^，]{0,6}?(?:认真)?"
          + "(?:贯彻落实|贯彻执行|抓好落实|遵照执行|组织实施|认真执行|抓好贯彻落实)$");
  /** 在与…相关的44个单位, “满意科长”评选活动中: where or among whom, before the action. */
  private static final Pattern SCOPE = Pattern.compile("^在[^，]{2,40}|^[^，]{2,30}(?:活动|工作|过程|期间)中$");
  /** A means or occasion: 以…为契机, 以…为抓手 (shared with the drafter's context lead-ins). */
  static final String MEANS_PHRASE = "以[^，]{2,24}为(?:契机|抓手|引领|载体|重点|主线|突破口|牵引|导向|目标)";
  private static final Pattern MEANS = Pattern.compile("^" + MEANS_PHRASE + "$");
  private static final Pattern PURPOSE_STRONG = Pattern.compile(
      "^(?:为(?=实现|推动|加快|进一步|全面|深入|切实|更好|提供|营造|打造|建设|激励|引导|奋力)|以(?=[^，]{0,20}为)|让|使|努力|"
          + "着力(?:提升|增强|打造|构建|营造|解决)|提供[^，]{0,10}(?:保证|保障|支撑)$)");

  /** The next piece starts with a modal: this one is its subject (各单位党组（党委）和派驻纪检监察机构，要…). */
  private static final Pattern SUBJECT_FOLLOWS = Pattern.compile("^(?:原则上|要|应当|应|必须|须|需|可以|一律|均|都|每年|负责)");

  /** Whether a piece after the k-th states an action of its own. */
  private static boolean actionableAfter(String clause, List<int[]> spans, int k) {
    for (int j = k + 1; j < spans.size(); j++) {
      if (actionable(clause.substring(spans.get(j)[0], spans.get(j)[1]).strip())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a piece after the k-th is more of the sentence than a due date or a list of bodies. */
  private static boolean taskAfter(String clause, List<int[]> spans, int k) {
    for (int j = k + 1; j < spans.size(); j++) {
      String t = clause.substring(spans.get(j)[0], spans.get(j)[1]).strip();
      if (!t.isEmpty() && !timeFrame(t) && !bodiesOnly(t)) {
        return true;
      }
    }
    return false;
  }

  /** The next piece ties this one to something (…比例，与考核结果挂钩): this one is its subject. */
  private static final Pattern LINKED_TO = Pattern.compile(
      "^(?:与|同)[^，]{2,24}(?:挂钩|衔接|相衔接|相结合|相适应|相一致|相匹配|对接)$");

  // Patterns of the role tests, compiled once.
  private static final Pattern NOT_A_VERB = Pattern.compile("主要|重要|负责人|负责同志");
  private static final Pattern SUBJECT_VERB = Pattern.compile("要|应当|必须|负责");
  private static final Pattern ALSO = Pattern.compile("并|且|同时");
  private static final Pattern FOR_WHOM = Pattern.compile("对于?[^，]{2,}");
  private static final Pattern FOR_WHOM_OF = Pattern.compile("对于?[^，]{2,}的[^的，]{1,16}");
  private static final Pattern COUNTED = Pattern.compile("[0-9一二三四五六七八九十两]+(?:次|名|人|篇|个|年|%|岁|期)");
  private static final Pattern NAMED = Pattern.compile("[“《][^”》]{2,20}[”》]");

  /** A subject phrase has its verb after the comma; 各单位…要落实 has one before it. */
  private static boolean hasVerbAfterSubject(String t) {
    return SUBJECT_VERB.matcher(NOT_A_VERB.matcher(t).replaceAll("")).find();
  }

  /**
   * 对…的事业编制人员, 在…岗位工作的股室负责人, 凡是新录用的公务员: whom the action is for, however the people are called
   * (编制 there is no verb).
   */
  private static final Pattern PERSONS = Pattern.compile(
      "^(?:对于?|在|凡是?)[^，]{2,}的[^的，]{0,14}(?:人员|干部|同志|职工|科长|班子|单位|对象|人才|个人|团队|公务员|党员|负责人|人选)$");

  static Segment.Role role(String t, Segment.Role previous) {
    if (Lexicon.FRAME.matcher(t).matches() || TIME_ONLY.matcher(t).matches() || MEANS.matcher(t).matches()) {
      return Segment.Role.PREFIX;
    }
    if (previous != null && previous != Segment.Role.RHETORIC && previous != Segment.Role.PREFIX
        && CONTINUES.matcher(t).find() && !(ALSO.matcher(t).lookingAt() && actionable(t))) {
      return Segment.Role.CONTINUATION;
    }
    if (previous != null && previous != Segment.Role.RHETORIC && previous != Segment.Role.PREFIX
        && previous != Segment.Role.CONDITION && BARE_FREQUENCY.matcher(t).matches()) {
      return Segment.Role.CONTINUATION; // 建立…储备库，实行动态管理，每季度更新1次: how often the measure before recurs
    }
    if (t.startsWith("确保") && previous != null && previous != Segment.Role.RHETORIC) {
      return Segment.Role.PURPOSE;
    }
    if (t.endsWith("时") && !t.contains("，") && t.length() <= 20) {
      return Segment.Role.CONDITION; // 作出容错决定时
    }
    if (RHETORIC.matcher(t).find()) {
      return Segment.Role.RHETORIC;
    }
    if (t.endsWith("的") && t.length() >= 4 || CONDITION.matcher(t).matches()
        || FOR_WHOM.matcher(t).matches() && !hasVerb(t.substring(t.startsWith("对于") ? 2 : 1))
        || FOR_WHOM_OF.matcher(t).matches() && !hasActionVerb(t.substring(t.lastIndexOf('的') + 1))
        || PERSONS.matcher(t).matches()) {
      return Segment.Role.CONDITION; // 对于存在慢作为…的中层干部: who the action is for
    }
    if (ACTOR_ONLY.matcher(t).matches() && !hasActionVerb(t) || CONTEXT_PREFIX.matcher(t).find() && !actionable(t)
        || SCOPE.matcher(t).matches() && !hasActionVerb(t)) {
      if (COUNTED.matcher(t).find() || due(t) || timeLimit(t)) {
        return Segment.Role.ACTION; // 在本市服务满5年, 在形成之日起1个月内送交档案管理部门: what is required is the number
      }
      return Segment.Role.PREFIX;
    }
    if ((previous == Segment.Role.ACTION || previous == Segment.Role.PARALLEL)
        && (PARALLEL_COUNT.matcher(t).find() || PARALLEL_TO.matcher(t).matches() && !hasActionVerbBefore(t, "到"))) {
      return Segment.Role.PARALLEL;
    }
    if (PURPOSE_STRONG.matcher(t).find() || Lexicon.PURPOSE_START.matcher(t).find() && !hasConcreteObject(t)) {
      return previous == null ? Segment.Role.RHETORIC : Segment.Role.PURPOSE;
    }
    if (previous == Segment.Role.CONDITION && hasVerb(t)) {
      return Segment.Role.ACTION; // 对…的科长，要…及时予以调整: the condition supplies the object
    }
    if (!actionable(t) && !mandated(t)) {
      if (previous == null && !hasVerb(t)) {
        return Segment.Role.PREFIX; // a subject or scope before the action: 市直单位新录用公务员，…
      }
      return previous == null ? Segment.Role.RHETORIC : Segment.Role.PURPOSE;
    }
    return Segment.Role.ACTION;
  }

  /** A frequency with at most a verb, no object of its own: 每季度更新1次, 每年至少1次. */
  private static final Pattern BARE_FREQUENCY = Pattern.compile(
      "^每[\\p{IsHan}]{1,3}?(?:至少|不少于|不超过|最多)?[\\p{IsHan}]{0,4}?[0-9一二三四五六七八九十两]+次$");

  /**
   * A piece that commands or forbids in so many words (一律合并召开, 严禁层层加码, 不得要求基层重复填报) is a measure
   * whatever its object: what it binds may be as plain as a meeting or a form. A prohibition needs only a thing to
   * forbid; a mandate (一律, 必须) needs a verb after its cue, 须 one of cadre work's own (审批, 备案, 报告 …).
   */
  private static final Pattern PROHIBITION = Pattern.compile("严禁|禁止|不得|不准|不允许");

  static boolean mandated(String t) {
    for (ModalityCue c : ModalityDetector.cues(t)) {
      // 杜绝, 决不, 严防 close a sentence with emphasis more often than they state a rule
      boolean forbids = c.modality() == Modality.FORBIDDEN && PROHIBITION.matcher(c.cue()).matches();
      boolean commands = c.modality() == Modality.MUST && (c.cue().equals("一律") || c.cue().equals("必须"));
      boolean requires = c.cue().equals("须"); // 须事先按干部管理权限逐级审批: with one of cadre work's own verbs
      if (!forbids && !commands && !requires) {
        continue;
      }
      String rest = t.substring(c.start() + c.cue().length());
      if (rest.codePoints().filter(Character::isIdeographic).count() >= 2
          && (forbids || commands && hasVerb(rest) || requires && namesActionVerb(rest))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern NAMED_PROGRAM = Pattern.compile(
      "(?:推进|实施|深化|运用|开展|建立|推行|落实|执行|用好|组织)[^，]{0,6}“[^”]{2,16}”[^，]{0,8}(?:工程|计划|行动|机制|活动|制度|模式|品牌)");

  /** A system set up by name (建立党员联系服务群众制度, 制定村干部报酬管理办法): a deliverable an inspector can ask for. */
  private static final Pattern SYSTEM_SET_UP = Pattern.compile(
      "(?:建立|建立健全|制定|出台|实行|推行)[^，]{3,16}(?:制度|台账|清单|档案|名录|名册|办法|细则|人才库|储备库|数据库)$");

  /**
   * Who may hold a post (应具有高中以上学历, 须具备2年以上基层工作经历) and who holds it (书记由…负责人中的党员担任):
   * rules an appointment is checked against.
   */
  private static final Pattern QUALIFICATION = Pattern.compile(
      "(?:具有|具备)[^，]{0,16}(?:学历|学位|经历|资格|职称|工作年限|任职年限|经验)$|^[^，]{2,20}由[^，]{2,30}(?:担任|兼任)$"
          // who answers for it: 主要负责人是本单位考核工作第一责任人
          + "|^[^，]{2,20}是[^，]{0,16}(?:第一责任人|直接责任人|主要责任人|责任主体)$");

  /** A sentence that looks back (近年来, 多年来, 长期以来): background, not a measure. */
  private static final Pattern LOOKING_BACK = Pattern.compile("近年来|近几年来?|多年来|长期以来");
  /** …until the sentence turns to what is to be done (下一步要…, 今后…). */
  private static final Pattern LOOKING_AHEAD = Pattern.compile("下一步|今后|从今年起|自今年起|今年起|要|应当|必须|须");

  /**
   * A verb of cadre work with a specific object, a named programme being carried out, a system set up by name, a
   * number of something, or a bound or a due date a unit must keep to (每名党员每年联系群众不少于5户,
   * 每年1月底前报告个人有关事项, whatever its object).
   */
  static boolean actionable(String t) {
    if (NAMED_PROGRAM.matcher(t).find() || SYSTEM_SET_UP.matcher(t).find() || QUALIFICATION.matcher(t).find()
        || (bound(t) || due(t)) && hasVerb(t)) {
      return true;
    }
    boolean number = COUNTED.matcher(t).find();
    boolean object = hasConcreteObject(t);
    return object && (hasActionVerb(t) || number);
  }

  /**
   * The segmentation of a piece. The tests below ask about the same pieces several times while a clause is split and
   * its roles decided (is it actionable, has it a verb, an object?): each piece is segmented once, the last few
   * hundred remembered per thread. Drafting asks for the content words of the same pieces through it too.
   */
  static List<org.duibiao.nlp.Term> segmented(String t) {
    return SEGMENTED.get().computeIfAbsent(t, Segmenter::segment);
  }

  /** The quantities of a piece, remembered as its segmentation is: the role tests ask about them several times. */
  private static List<Quantity> quantities(String t) {
    return QUANTITIES.get().computeIfAbsent(t, QuantityParser::parse);
  }

  private static final ThreadLocal<java.util.Map<String, List<org.duibiao.nlp.Term>>> SEGMENTED =
      ThreadLocal.withInitial(SegmentSplitter::recent);
  private static final ThreadLocal<java.util.Map<String, List<Quantity>>> QUANTITIES =
      ThreadLocal.withInitial(SegmentSplitter::recent);

  /** A map that keeps the last few hundred entries used. */
  private static <V> java.util.Map<String, V> recent() {
    return new java.util.LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(java.util.Map.Entry<String, V> eldest) {
        return size() > 512;
      }
    };
  }

  /** HanLP tags a verb in the text (not a filler or exhortation verb). */
  static boolean hasVerb(String t) {
    for (org.duibiao.nlp.Term term : segmented(t)) {
      String n = term.nature();
      if ((n.equals("v") || n.equals("vi") || n.equals("vn") || n.equals("vd")) && !EXHORT.contains(term.word())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> EXHORT = java.util.Set.of(
      "增强", "提高", "提升", "激发", "鼓舞", "增进", "坚定", "树牢", "筑牢", "弘扬", "营造", "形成", "凝聚", "焕发", "提振",
      "改进", "统一", "解放", "带动", "促进", "激励", "引导", "感受", "调动", "保持", "做到", "实现", "推动", "确保");


  /**
   * A word of the text is a cadre-work verb used as a verb, or a 组织工作 term built on one (择优选配, 挂职锻炼,
   * 谈心谈话); 组织部 and 城市建设 are not.
   */
  static boolean hasActionVerb(String t) {
    for (org.duibiao.nlp.Term term : segmented(t)) {
      String w = term.word();
      if (Lexicon.ACTION_VERBS.contains(w) && term.nature().startsWith("v") && !term.nature().equals("vn")) {
        return true;
      }
      if (org.duibiao.nlp.Vocabulary.contains(w)) {
        for (String v : Lexicon.ACTION_VERBS) {
          if (v.length() >= 2 && !v.equals("组织") && !v.equals("建设") && w.contains(v)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** One of cadre work's verbs, however the tagger took it (逐级审批: 审批 as a noun-verb). */
  private static boolean namesActionVerb(String t) {
    for (org.duibiao.nlp.Term term : segmented(t)) {
      if (Lexicon.ACTION_VERBS.contains(term.word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasActionVerbBefore(String t, String marker) {
    int k = t.indexOf(marker);
    return k > 0 && hasActionVerb(t.substring(0, k));
  }

  /**
   * A word that names something concrete: a noun or named thing that is fairly rare, not filler, not a generic
   * body, not an abstract noun of exhortation, not an idiom (见贤思齐, 任劳任怨 are how rhetoric talks).
   */
  static boolean hasConcreteObject(String t) {
    if (NAMED.matcher(t).find()) {
      return true; // a named programme, activity or document
    }
    for (org.duibiao.nlp.Term term : segmented(t)) {
      String w = term.word();
      String n = term.nature();
      if (w.length() < 2 || Lexicon.FILLER.contains(w) || Lexicon.GENERIC_ORG.contains(w) || Lexicon.ABSTRACT.contains(w)) {
        continue;
      }
      if (n.startsWith("i") || n.startsWith("l") || n.startsWith("a") || n.startsWith("d") || n.startsWith("v")
          && !n.equals("vn")) {
        continue;
      }
      if (TermStats.idf(w) >= 5.5 || org.duibiao.nlp.Vocabulary.contains(w) && !Lexicon.ABSTRACT.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
