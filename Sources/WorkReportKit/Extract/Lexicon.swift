/// The words around a figure that decide what it is. Data, kept apart from the logic so a
/// reader can check each list against the reports.
enum Lexicon {
    /// Units as written after a number, longest first where one begins another.
    static let units: [String] = [
        "个百分点", "百分点", "个千分点", "千分点", "微克/立方米", "μg/m3", "μg/m³", "ug/m3", "万平方米", "平方公里", "平方米", "立方米", "万千瓦时", "亿千瓦时", "千瓦时", "万千瓦", "千瓦",
        "万亿元", "万亿", "亿美元", "万美元", "美元", "亿元", "万元", "千元", "元",
        "万人次", "人次", "万人", "万户", "万家", "万件", "万套", "万辆", "万亩", "万吨", "万头", "万斤", "亿斤", "万名", "万个", "万平方公里",
        "万间", "万张", "万台", "万份", "万条", "万座", "万株", "万只", "万标箱", "万羽", "万列", "万盏", "万",
        "亿人次", "亿", "%", "‰", "公里", "千米", "米", "公顷", "亩", "吨", "公斤", "千克", "斤", "头",
        "家", "个", "项", "所", "件", "名", "人", "户", "套", "辆", "条", "座", "场", "次", "批次", "批", "张", "台", "只", "床", "间",
        "篇", "部", "支", "处", "期", "届", "位", "岁", "倍", "艘", "架次", "标箱", "分钟", "小时", "天", "周", "个月", "年", "月", "日", "号",
        "幅", "片", "份", "单", "类", "种", "门", "级", "强", "席", "块", "栋", "幢", "层", "宗", "笔", "例", "起", "元/人", "株", "棵",
        "度", "秒", "本", "册", "套次", "辆次", "项次", "所次", "宗次", "家次", "住户", "万吨标准煤", "吨标准煤", "分", "强", "周年",
        "羽", "列", "盏",
    ]

    /// 增长 x%: the figure is a change of its indicator.
    static let growthWords = ["增长", "增速", "增幅", "增加", "下降", "降低", "减少", "提高", "提升", "上涨", "涨幅", "压减", "削减", "回落", "攀升至", "增长率",
                              "上升", "下滑", "下跌", "降幅", "跌幅", "增长速度", "负增长", "回升", "增产", "减产"]

    /// Verbs that state a change by the number right after them (增长3.9%, 下降2.0%), and the nouns
    /// that name a rate of change (增速为, 降幅达). A fall makes the figure negative (`Signs`).
    static let riseVerbs = ["增长", "增加", "提高", "提升", "上涨", "上升", "回升", "扩大", "增产", "增", "涨"]
    static let fallVerbs = ["下降", "降低", "减少", "回落", "下滑", "下跌", "负增长", "缩小", "缩减", "压减", "削减", "减小", "减产", "减", "降"]
    static let riseNouns = ["增长速度", "增长率", "增速", "增幅", "涨幅"]
    static let fallNouns = ["降幅", "跌幅"]
    /// The verbs that state a change of a count or an amount as well as of a rate: 常住人口增加
    /// 14.3万人 is a change, 改造提升100个 a count of things upgraded.
    static let amountChangeVerbs = ["增长", "增加", "下降", "降低", "减少", "回落", "下滑", "下跌", "增产", "减产"]
    /// Between a change verb and its number: 增长了, 下降为, 减少达, 分别增长, 均下降.
    static let changeFillers = ["了", "为", "达到", "达", "约", "近", "超过", "超", "至少", "高达", "仅", "：", ":",
                                "预期目标", "目标值", "目标", "预期", "确定为", "设定为", "定为", "定在", "定格", "首次"]

    /// 比上年, 同比, 按可比价格计算: the base a change is measured against, written between an
    /// indicator and its figure; part of neither. Removed wherever it stands in the wording.
    static let comparisonBases = ["按可比价格计算", "按可比价计算", "按可比口径计算", "按可比口径", "扣除价格因素", "扣除物价因素",
                                  "同口径", "可比"]
    /// 比 / 较 / 同比 and what they compare with: 比上年, 较上年同期, 比2019年, 同比前两年平均数; 同比 and
    /// 环比 also stand alone.
    static let comparisonLeads = ["同比", "环比", "比", "较"]
    static let comparisonPeriods = ["上年同期", "去年同期", "上年末", "上年", "去年", "上一年", "前一年", "年初", "同期", "前两年", "前三年", "一季度", "上半年", "前三季度"]
    static let comparisonTails = ["平均值", "平均数", "平均水平", "同期", "末"]
    /// Marks that open a bullet line (●经济增长6%左右): not part of any name.
    static let bullets: ScalarSet = ["●", "◆", "■", "□", "▲", "★", "☆", "◎", "○", "•", "·", "◇", "▶", "►", "√", "—"]
    /// A remark in brackets between a name and its figure: (下同), （预计数）, (初步核算数).
    static let remarks = ["下同", "预计", "初步", "快报", "核算", "注"]
    /// 完成 / 实现 (and a list's 分别) between a thing and what is measured of it (第三产业实现增加值,
    /// 重点项目完成投资, 绿色能源产业生态圈分别实现产值).
    static let measureVerbs = ["实现", "完成", "分别"]
    static let measuredNouns = ["增加值", "投资", "产值", "收入", "营业收入", "销售额", "进出口", "出口"]
    /// Words right before a change verb that qualify the change, not the indicator: 名义增长, 实际增长.
    static let changeQualifiers = ["名义", "实际"]

    /// Words between an indicator and its number that belong to neither, stripped from the
    /// end of the indicator wording; longest first.
    static let linkWords = [
        "负增长", "年均增长", "年均", "分别增长", "分别达到", "分别达", "分别为", "分别下降", "分别提高", "分别", "均增长", "均", "增长", "增速", "增幅", "下降", "降低", "减少",
        "增产", "减产", "跨越", "要", "将",
        "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "缩小到", "缩小至", "扩大到", "扩大至", "攀升至", "扩容至", "稳定在", "保持在",
        "控制在", "不低于", "不少于", "不超过", "不高于", "超过", "突破", "达到", "首破", "累计", "年均", "预计", "约", "近", "超", "达", "为", "是",
        "至", "到", "提高", "提升", "上涨", "涨幅", "压减", "完成", "实现", "力争", "确保", "保持", "居", "占", "共", "增加", "在", "并", "且",
        "上升", "回升", "下滑", "下跌", "负增长", "降幅", "跌幅", "增长率为", "增长率", "增长速度", "逾", "迈上", "迈过", "站上", "首次",
        "跨上", "跨过", "迈入", "预期目标", "奋斗目标", "确保目标", "力争目标", "年度目标", "目标任务", "目标值", "目标", "预期", "确定为", "设定为", "定为", "定在", "定格",
        "≤", "≦", "＜", "<", "≥", "≧", "＞", ">",
    ]

    /// Before the number: (word, comparator for a target, comparator for a result).
    static let before: [(word: String, target: Comparator, result: Comparator)] = [
        ("不低于", .atLeast, .atLeast), ("不少于", .atLeast, .atLeast), ("不超过", .atMost, .atMost), ("不高于", .atMost, .atMost),
        ("不突破", .atMost, .atMost), ("高于", .atLeast, .atLeast), ("力争", .atLeast, .atLeast),
        ("控制在", .atMost, .atMost), ("低于", .atMost, .atMost), ("超过", .atLeast, .atLeast), ("突破", .atLeast, .atLeast),
        ("首破", .atLeast, .atLeast), ("达到", .atLeast, .equal), ("提高到", .atLeast, .equal), ("提高至", .atLeast, .equal),
        ("提升到", .atLeast, .equal), ("提升至", .atLeast, .equal), ("增加到", .atLeast, .equal), ("增加至", .atLeast, .equal),
        ("缩小到", .atMost, .equal), ("缩小至", .atMost, .equal), ("攀升至", .equal, .equal), ("扩容至", .atLeast, .equal),
        ("稳定在", .equal, .equal), ("保持在", .equal, .equal), ("至少", .atLeast, .atLeast), ("约", .about, .about),
        ("近", .about, .about), ("超", .atLeast, .atLeast), ("达", .atLeast, .equal), ("预计", .equal, .equal), ("累计", .equal, .equal),
        ("年均", .equal, .equal), ("确保", .atLeast, .atLeast), ("逾", .atLeast, .atLeast), ("迈上", .atLeast, .atLeast), ("迈过", .atLeast, .atLeast),
        ("站上", .atLeast, .atLeast), ("力争达到", .atLeast, .atLeast), ("确保达到", .atLeast, .atLeast), ("跨上", .atLeast, .atLeast),
        ("跨过", .atLeast, .atLeast), ("迈入", .atLeast, .atLeast), ("跨越", .atLeast, .atLeast),
        // Signs, as tables of indicators print bounds (城镇登记失业率≤4%): the strict ones bound as
        // the words do (低于 is at most too).
        ("≤", .atMost, .atMost), ("≦", .atMost, .atMost), ("＜", .atMost, .atMost), ("<", .atMost, .atMost),
        ("≥", .atLeast, .atLeast), ("≧", .atLeast, .atLeast), ("＞", .atLeast, .atLeast), (">", .atLeast, .atLeast),
    ]

    /// Characters that make 约 the end of a word (签约, 节约, 集约, 制约 …), not "about": 共签约12个项目
    /// counts 12 projects exactly. (大约 is about.)
    static let boundAbout: ScalarSet = ["签", "节", "集", "制", "合", "公", "履", "违", "预", "契", "特", "邀", "缔", "条", "相", "婚",
                                        "盟", "租", "解", "毁", "誓", "简", "隐", "规", "纽"]

    /// Link words that end a name only as the end of a longer word: the characters before them that
    /// make that word (签约 of 约; 纲要, 主要 of the modal 要: 细颗粒物浓度要下降5% names 细颗粒物浓度,
    /// 规划纲要 stays whole).
    static let boundLinkWords: [(word: String, boundAfter: ScalarSet)] = [
        ("约", boundAbout),
        ("要", ["纲", "重", "主", "需", "必", "摘", "概", "提", "简", "紧", "首", "机", "政", "扼", "只", "想"]),
        ("将", ["老", "大", "中", "上", "少", "武", "名", "干", "即", "猛", "悍", "闯"]),
    ]

    /// After the number and its unit.
    static let after: [(word: String, comparator: Comparator)] = [
        ("左右", .about), ("以上", .atLeast), ("以内", .atMost), ("以下", .atMost), ("上下", .about),
    ]

    /// What joins the two bounds of a range: 5%—5.5%, 5%-5.5%, 5～6%, 8%至9%, 6.5%到7%, and 一 where a
    /// copy turned the dash into the numeral one (5.5%一6%).
    static let rangeDashes: ScalarSet = ["-", "－", "—", "–", "―", "~", "～", "〜", "至", "到", "一"]

    /// Between the number and its unit (18万余家, 300多个): at least.
    static let approximate: [String] = ["余", "多"]

    /// Verbs of action and stage (推进, 建成, 基本完成 …): a wording made of nothing else names no
    /// thing, so the noun after the number does (推进1686个亿元以上项目 counts 亿元以上项目); and
    /// pairing by wording sets them apart from the thing measured (建设高速公路 ≈ 建成高速公路).
    static let actionWords = [
        "协调推进", "推动实施", "细化落实", "加快推进", "全面推进", "基本完成", "新开通", "新开工",
        "推进", "推动", "实施", "建设", "建成", "完成", "完工", "开工", "举办", "打造", "扶持", "培育", "拍摄", "召开",
        "引进", "实行", "争取", "创建", "新建", "改造", "提升", "组织", "开展", "落实", "细化", "协调", "推广", "支持",
        "启动", "加快", "基本", "全面", "力争", "计划", "确保", "至少", "其余", "拟", "建立", "设立", "认定", "招引",
        "落地", "投用", "投运", "开通", "谋划", "储备", "申报", "遴选", "开办", "兴建", "修建", "发放", "帮扶", "资助", "吸引", "新增", "累计", "年度", "全年", "今年", "持续", "进一步",
    ]

    /// Relations that make a target without a number (城乡居民人均可支配收入高于GDP增速).
    static let qualitative: [String] = [
        "基本同步", "同步", "高于", "快于", "持续缩小", "稳步提高", "稳步提升", "稳步增长", "持续优化", "持续提高", "持续改善",
        "稳中有进", "保持基本稳定", "基本稳定", "保持稳定", "正增长", "明显下降", "双倍增", "逐步提升", "完成国家和省下达", "完成省下达", "完成上级下达", "完成下达",
    ]

    /// A bare number before these words names a programme (5433工程, 152工程).
    static let programmeWords = ["工程", "战略", "体系", "行动", "计划", "模式", "格局", "工作法", "机制", "目标"]

    /// 经济高质量发展76条, 措施27条: a policy package named by its number of articles.
    static let policyWords = ["措施", "举措", "政策", "意见", "发展", "细则"]

    /// 第N … in these contexts is a ranking, not an ordinal.
    static let rankContext = ["居", "排名", "位列", "列", "位居", "稳居", "跃居", "保持", "蝉联", "排", "升至", "跃至", "跻身", "首登",
                              "全国", "全省", "全球", "全市", "副省级城市", "省会城市"]

    /// Units that count things: a threshold on them (400家以上农村文化礼堂) is a figure unless
    /// another number in the clause does the counting (10亿元以上产业项目15个).
    static let countClassifiers: ScalarSet = ["家", "个", "项", "所", "件", "名", "人", "户", "套", "辆", "条", "座", "场",
        "次", "批", "张", "台", "只", "床", "间", "处", "支", "艘", "部", "篇", "幅", "片", "份", "株", "棵", "宗", "笔", "例", "起", "本", "册"]
}
