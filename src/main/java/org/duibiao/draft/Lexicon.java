package org.duibiao.draft;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists that tell measures from rhetoric in Chinese official documents. General usage of 组织工作 texts,
 * not taken from any particular policy. The lists are {@link Set#of} sets: a word listed twice is an error when the
 * class loads, so the lists stay clean.
 */
final class Lexicon {

  private Lexicon() {}

  /** Adverbs and light verbs that add emphasis but no content. */
  static final Set<String> FILLER = Set.of(
      "进一步", "切实", "认真", "积极", "大力", "着力", "扎实", "深入", "全面", "不断", "努力", "坚持", "注重", "加强",
      "推进", "推动", "强化", "加大", "做好", "抓好", "持续", "及时", "有效", "充分", "严格", "主动", "广泛", "精心",
      "统筹", "重点", "自觉", "有序", "稳步", "力度", "工作", "有关", "相关", "各类", "各项", "各级", "各", "等",
      "方面", "情况", "问题", "要求", "实际", "必要", "进行", "真正", "始终", "切实加强", "高度重视", "深入开展",
      "有计划", "有计划地", "大力推进", "认真落实", "健全完善", "完善", "建立健全", "研究", "同时", "并", "其",
      "一批", "一定", "一系列", "进一步加强", "特别", "特别是", "尤其", "重要", "主要", "一些", "其他", "以及", "和",
      "与", "及", "或", "或者", "的", "了", "在", "对", "对于", "把", "将", "从", "向", "到", "按照", "根据", "结合",
      "围绕", "通过", "以", "为", "使", "让", "由", "于", "中", "上", "下", "内", "后", "前", "时", "要", "应", "应当",
      "必须", "须", "需", "可", "可以", "鼓励", "确保", "不得", "每", "名", "个", "次", "年", "好", "新", "大", "多",
      "给予", "予以", "加以", "能够", "作为", "实行", "实施", "落实", "开展", "组织", "建立", "形成", "提高", "提升",
      "发挥", "作用", "贯彻", "执行", "贯彻落实", "规范", "机制", "制度", "体系", "水平", "能力", "质量", "效果",
      "左右", "以上", "以下", "不少于", "不超过", "至少", "每年", "分别", "提出", "会上", "继续", "当年", "年度",
      "原则上", "一般", "所在", "本人", "担任", "采取", "措施", "具体", "全体", "相应", "适当");

  /** Nouns that name generic bodies: useful context, never the point of a measure. */
  static final Set<String> GENERIC_ORG = Set.of(
      "单位", "党组", "党委", "部门", "机关", "市直", "市直单位", "本单位", "我市", "全市", "各单位", "组织", "党组织",
      "市委", "市政府", "县委", "区委", "省委", "领导", "干部", "广大干部", "干部职工", "人员", "同志", "全体");

  /**
   * An administrative scope (县直, 全县性, 我市, 市级): whose or how wide, which a unit's plan says of itself in its own
   * terms (全局性 for 全县性). A bare 乡镇 or 街道 is no scope: where cadres are sent is the measure.
   */
  private static final Pattern SCOPE = Pattern.compile(
      "(?:全|我|本|各)(?:省|市|县|区|乡|镇|乡镇|街道)(?:直|级|性|内)?|(?:省|市|县|区|乡|镇|乡镇|街道)(?:直|级|性|内)");

  /**
   * A generic body or an administrative scope: context of a measure, never one of its concepts. Whether a piece has
   * something concrete to act on still asks {@link #GENERIC_ORG} alone: there a scope word is what lets 召开…全县性
   * 工作会议 count, 会议 being too common a word to (measured: taking scopes out there drops such measures).
   */
  static boolean generic(String w) {
    return GENERIC_ORG.contains(w) || SCOPE.matcher(w).matches();
  }

  /** Abstract nouns of exhortation: a clause whose objects are only these is rhetoric. */
  static final Set<String> ABSTRACT = Set.of(
      "意识", "信心", "自觉", "斗志", "氛围", "精神", "境界", "动力", "活力", "合力", "形象", "风尚", "导向", "理念",
      "使命感", "责任感", "紧迫感", "获得感", "归属感", "荣誉感", "积极性", "主动性", "创造性", "凝聚力", "战斗力",
      "执行力", "向心力", "精气神", "作风", "状态", "姿态", "局面", "效应", "根基", "底线", "思路", "目标", "成效",
      "实效", "品质", "血性", "意志", "正气", "标杆", "榜样", "信念", "忠诚", "担当", "作为", "初心", "使命", "尊严",
      "地位", "温暖", "定力", "心态", "声誉", "环境", "保证", "保障", "基础", "优势", "作用", "渠道", "方向", "路径",
      "核心", "权威", "表率", "示范", "理解", "感情", "血脉", "行动", "前提", "范围", "力度", "要求", "经验", "教训",
      "价值观", "本领", "素质", "专业化", "质量", "布局", "格局", "态势", "共识", "决策部署", "部署", "大局", "全局",
      "主渠道", "主阵地", "生动局面", "成长路径", "源头", "体制机制", "漏洞", "关节", "堵点", "主观能动性", "能动性",
      "人文关怀", "关怀", "支持", "待遇", "措施", "意见", "评价机制", "负担", "问题", "一个样", "盼头", "干头",
      "政策界限", "界限", "作用发挥", "精准度", "差距", "短板", "弱项", "盲区", "潜力", "能力素质", "素养");

  /** Words that open a purpose or result phrase (以…, 为…, 确保…, 形成…). */
  static final Pattern PURPOSE_START = Pattern.compile(
      "^(?:以|为了?(?![期])|使|让|确保|努力(?:实现|营造|打造)?|着力(?:提升|增强|打造|构建|营造)|进一步(?:提高|增强|激发|提升|调动)"
          + "|切实(?:增强|提高|提升)|全面(?:提高|掌握|提升)|不断(?:增强|提高|提升)|形成|营造|推动形成|激发|激励|引导|促使|促进|"
          + "提高|增强|提升|筑牢|树牢|坚定|弘扬|做到|实现|达到|打造|锻造|培养更多|防止|避免)");

  /** The frame of a news report around a measure: 《措施》要求， / 《措施》明确， / 同时， */
  static final Pattern FRAME = Pattern.compile(
      "^(?:《[^》]{1,20}》)?(?:要求|明确|提出|强调|指出|规定)$|^(?:同时|此外|另外|并且?|其中|特别是|尤其是)$");

  /** A specific superior body that a measure names as its actor: 市委, 市委组织部, 市人社局 (not 各单位). */
  static final Pattern NAMED_BODY = Pattern.compile(
      "^(?:(?:中共)?[\\p{IsHan}]{0,4}?(?:省|市|县|区))(?:委|政府|人大|政协|纪委|编办|直机关工委|委组织部|委办公室|委宣传部"
          + "|委编办|人社局|财政局|委党校|总工会|人力资源和社会保障局|机关事务管理局)[\\p{IsHan}]{0,6}?(?:部长|书记|副书记|秘书长)?$");

  /** Role words that distinguish who acts: kept as concepts. */
  static final Set<String> ROLES = Set.of(
      "主要负责人", "主要负责同志", "分管负责人", "分管负责同志", "分管领导", "班子成员", "领导班子成员", "党政正职",
      "部门正职", "正职", "副职", "纪检监察机构", "派驻纪检监察机构", "纪检监察组", "组织部门", "组织人事部门",
      "纪检监察机关", "一把手", "科长", "中层干部", "年轻干部", "女干部", "党外干部", "选调生", "公务员");

  /** Verbs that carry out something concrete in cadre work. */
  static final Set<String> ACTION_VERBS = Set.of(
      "选派", "选拔", "选配", "选调", "选用", "遴选", "招录", "录用", "提拔", "提任", "任用", "使用", "交流", "轮岗",
      "挂职", "培训", "调训", "轮训", "考核", "评议", "述职", "评选", "谈心", "谈话", "约谈", "慰问", "救助", "帮扶",
      "体检", "休假", "疗养", "奖励", "表彰", "通报", "公布", "公示", "移送", "查处", "处理", "问责", "免职", "降职",
      "调整", "配备", "成立", "设立", "制定", "出台", "印发", "召开", "举办", "撰写", "设置", "安排", "发放", "调休",
      "补助", "挂钩", "纳入", "建立", "建设", "开设", "配齐", "推荐", "任职", "锻炼", "学习", "检查", "督查", "宣传",
      "澄清", "正名", "纠错", "容错", "整改", "清理", "压减", "控制", "取消", "扣发", "追回", "选树", "宣讲", "考察",
      "识别", "研判", "测评", "储备", "开展", "组织", "实行", "推行", "落实", "解决", "履行", "拟定", "明确", "细化",
      "移交", "转交", "报送", "备案", "审核", "把关", "选优", "配强", "晋升", "晋级", "评定", "确定", "认定", "参加",
      "接受", "签订", "登记", "报告", "统计", "核定", "核发", "发挥", "倾斜", "优先", "补贴", "保障", "改善", "支持",
      "提供", "派驻", "监督", "整治", "惩戒", "追责", "排查", "走访", "看望", "关怀", "轮换", "跟踪", "回访", "聘任",
      "招聘", "引进", "激励", "加分", "扣分", "上浮", "下调", "评优", "公开", "征求", "听取", "反馈", "约束",
      "培养", "运用", "用好", "用足", "杜绝", "执行", "贯彻", "探索", "分配", "修订", "起草", "编制", "梳理", "核查",
      // lightening the load on the grassroots (基层减负): meetings, documents and inspections cut down
      "压缩", "精简", "减少", "缩短", "合并", "简化", "限制", "严控",
      // approvals and reports a unit files
      "审批", "报批", "填报", "申报", "督促", "推广");
}
