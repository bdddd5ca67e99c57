/// A report without a heading that gives a role (a news summary, a 摘登 page, an excerpt): each
/// sentence that says what it speaks of decides for itself and for what follows it — 2020年，全市…
/// and 过去一年 review, 今年以来 is progress, …主要预期目标 sets targets — and before any such sentence
/// the manifest decides (its `reviews`, else its `targets`). Sections record which (`basis`).
enum SentenceRoles {
    static let targetCues = ["主要预期目标", "预期目标", "主要目标是", "目标任务是", "今年工作", "今年要", "今年将", "建议今年"]
    static let progressCues = ["今年以来", "今年一季度", "今年前两个月", "今年1—", "今年1-"]
    /// Words that plan: with the year planned for named first, the sentence sets targets.
    /// (目标 alone is too common to say so, in a title's 远景目标纲要 for one: only 2025年目标 does,
    /// or 目标 that goes on to say what it is: 定下了小目标：…, 目标是…, 目标为….)
    static let planWords = ["力争", "确保", "预期", "安排", "要实现", "将实现", "要达到", "将达到", "要突破", "将突破",
                            "目标：", "目标:", "目标是", "目标为"]
    /// A line that looks ahead to the year planned (展望2018年) or back on a year (回顾2017年), as a
    /// news page's sub-headings do.
    static let lookAhead = "展望", lookBack = "回顾"
    /// A lead that plans what it introduces: 会议提出，2020年全市地区生产总值增长6%.
    static let planLeads = ["提出", "要求", "明确"]
    static let fiveYearGoalCues = ["今后五年", "未来五年"]
    static let fiveYearReviewCues = ["过去五年", "五年来"]
    static let reviewCues = ["过去一年", "过去的一年", "去年", "一年来", "一年以来", "回顾过去", "上一年"]

    struct Decision: Equatable {
        let role: SectionRole
        let period: Period?
        let basis: Section.Basis
    }

    static func sections(blocks: inout [TextBlock], metadata: ReportMetadata) -> [Section] {
        var sections: [Section] = []
        var out: [TextBlock] = []
        var current: Decision?
        var inBody = false
        for block in blocks {
            let text = block.passage.text
            if !inBody, isFrontMatter(text) {
                append(block, Decision(role: .frontMatter, period: nil, basis: .heading), to: &sections, &out)
                continue
            }
            inBody = true
            // Cut the paragraph where a sentence turns to another role (…增长3.9%。今年主要预期目标是：…).
            let s = text.scalarArray
            var offsets: [Int] = [0]
            for scalar in s { offsets.append(offsets[offsets.count - 1] + UTF8.width(scalar)) }
            var start = 0
            for sentence in Clauses.sentences(in: s) where !sentence.isEmpty {
                let words = String(scalars: s[sentence])
                let decided = cue(words, metadata: metadata, after: current)
                    ?? current
                    ?? defaultDecision(metadata)
                if decided != current, sentence.lowerBound > start, let ongoing = current {
                    append(TextBlock(passage: block.passage.slice(offsets[start]..<offsets[sentence.lowerBound]), kind: block.kind, section: 0),
                           ongoing, to: &sections, &out)
                    start = sentence.lowerBound
                }
                current = decided
            }
            append(start == 0 ? block : TextBlock(passage: block.passage.slice(offsets[start]..<offsets[s.count]), kind: block.kind, section: 0),
                   current ?? defaultDecision(metadata), to: &sections, &out)
        }
        blocks = out
        return sections
    }

    /// What stands before the 到 of a horizon: the start of a clause (，到2035年; 主要发展指标是：到2020年).
    static let horizonLeads: ScalarSet = ["，", ",", "：", ":", "；", ";", "是"]

    /// The year a sentence sets its sights on, in a clause that opens with 到: 到2035年, 到“十四五”末
    /// (2025), 到十五五期末 (2030).
    static func horizon(of sentence: String) -> Int? {
        let s = sentence.scalarArray
        for i in s.indices where s[i] == "到" && (i == 0 || horizonLeads.contains(s[i - 1])) {
            let rest = String(scalars: s[(i + 1)..<min(s.count, i + 9)])
            if let year = MetadataInference.firstYear(in: rest), rest.startsWith("\(year)年") { return year }
            let bare = rest.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: "")
            for (plan, end) in [("十四五", 2025), ("十五五", 2030), ("十三五", 2020)]
                where bare.startsWith(plan + "末") || bare.startsWith(plan + "期末") || bare.startsWith(plan + "时期末") {
                return end
            }
        }
        return nil
    }

    /// Whether a sentence's opening names `year` first, or first in a clause after a lead such as
    /// 会议提出， or 经初步核算， (the comma full-width or not, as pages print it).
    static func opensClause(_ opening: String, with year: Int) -> Bool {
        opensClause(opening, with: "\(year)年")
    }

    static func opensClause(_ opening: String, with named: String) -> Bool {
        opening.startsWith(named) || opening.includes("，" + named) || opening.includes("," + named)
    }

    /// The title, the date and speaker, the salutation: short lines that are no sentence, which
    /// come before the first one.
    static func isFrontMatter(_ text: String) -> Bool {
        // A row of a table (第一产业|59.44|25.6|) is as short, and no title.
        text.scalarCount <= 40 && !text.holdsClauseComma && (!text.includes("。") || text.scalarCount <= 12) && !IndicatorTables.isFigureRow(text)
    }

    private static func append(_ block: TextBlock, _ decision: Decision, to sections: inout [Section], _ out: inout [TextBlock]) {
        var block = block
        if let last = sections.last, last.role == decision.role, last.period == decision.period, last.basis == decision.basis {
            sections[sections.count - 1].lastLine = block.passage.lastLine
        } else {
            var section = Section(role: decision.role, heading: Sectioner.lead(block.passage.text), level: 0,
                                  firstLine: block.passage.firstLine, lastLine: block.passage.lastLine, period: decision.period)
            section.basis = decision.basis
            sections.append(section)
        }
        block.section = sections.count - 1
        out.append(block)
    }

    /// Before any sentence says what it speaks of: what the manifest says the report reviews, or
    /// else what it sets targets for.
    static func defaultDecision(_ metadata: ReportMetadata) -> Decision {
        if let reviewed = metadata.reviews.first(where: \.isSingleYear) { return Decision(role: .review, period: reviewed, basis: .manifest) }
        if let targeted = metadata.targets.first(where: \.isSingleYear) { return Decision(role: .mainTargets, period: targeted, basis: .manifest) }
        // A page on a five-year plan alone (targets = 2016-2020): its goals, or the term it reviews.
        if let term = metadata.targets.first(where: \.isRange) { return Decision(role: .fiveYearGoals, period: term, basis: .manifest) }
        if let term = metadata.reviews.first(where: \.isRange) { return Decision(role: .fiveYearReview, period: term, basis: .manifest) }
        return Decision(role: .frontMatter, period: nil, basis: .manifest)
    }

    /// What a sentence says it speaks of, if it says; `current`, what the sentences before it said.
    static func cue(_ sentence: String, metadata: ReportMetadata, after current: Decision? = nil) -> Decision? {
        let opening = sentence.scalarPrefix(24)
        let named = MetadataInference.firstYear(in: opening)
        // 今后五年…, …表示，到“十四五”末，… or 到2035年，…: goals for the end of a term, before the
        // year's own (今后五年的主要目标是… is no target of the coming year).
        if fiveYearGoalCues.contains(where: { opening.includes($0) }), let term = metadata.targets.first(where: \.isRange) {
            return Decision(role: .fiveYearGoals, period: term, basis: .sentence)
        }
        if let year = horizon(of: sentence), year > metadata.year {
            return Decision(role: .fiveYearGoals, period: metadata.targets.first { $0.end == year } ?? Period(year: year), basis: .sentence)
        }
        if fiveYearReviewCues.contains(where: { opening.includes($0) }), let term = metadata.reviews.first(where: \.isRange) {
            return Decision(role: .fiveYearReview, period: term, basis: .sentence)
        }
        // 展望2024年，… / 展望未来，报告提出：地区生产总值增长5.5%左右: the year planned. (展望未来 with no
        // figure, a closing's flourish, says nothing of what follows.)
        if opening.startsWith(lookAhead), let target = metadata.targets.first(where: \.isSingleYear),
           ["\(target.start)年", "今年", "新的一年"].contains(where: { String(opening.dropFirst(lookAhead.count)).startsWith($0) })
            || (named == nil && sentence.utf8.contains { (0x30...0x39).contains($0) }) {
            return Decision(role: .mainTargets, period: target, basis: .sentence)
        }
        if opening.startsWith(lookBack), let year = named, year <= metadata.year,
           String(opening.dropFirst(lookBack.count)).startsWith("\(year)年") {
            return Decision(role: .review, period: Period(year: year), basis: .sentence)
        }
        if targetCues.contains(where: { sentence.includes($0) }) {
            let year = named.flatMap { $0 >= metadata.year - 1 ? $0 : nil }
            return Decision(role: .mainTargets, period: year.map { Period(year: $0) } ?? metadata.targets.first(where: \.isSingleYear)
                            ?? Period(year: metadata.year), basis: .sentence)
        }
        if progressCues.contains(where: { opening.includes($0) }) {
            return Decision(role: .progress, period: metadata.reviews.first { $0.quarter != nil } ?? Period(year: metadata.year), basis: .sentence)
        }
        // 上半年，全县…; 会议认为，一季度…: part of the year the report is given in, so far. Within a
        // review (2024年，…。一季度、上半年、全年分别增长…) it is part of the year reviewed.
        if named == nil || named == metadata.year, metadata.year > 0, current.map({ $0.role != .review && $0.role != .fiveYearReview }) ?? true,
           !sentence.includes("全年"), let part = StatisticsOutline.partOfYear(opening) {
            return Decision(role: .progress, period: part == 0 ? Period(year: metadata.year) : Period(year: metadata.year, quarter: part),
                            basis: .sentence)
        }
        // 2025年，肇庆市要实现…; 报告指出，今年是…，确保…: the year the report plans for, or 今年, named
        // at the opening (after a lead, or a news item's byline: 南都讯记者某某2025年，…), and a word of
        // planning after it, or 目标 right after it (2025年目标：…), or a lead that plans before it
        // (会议提出，2025年…).
        if let target = metadata.targets.first(where: \.isSingleYear),
           let at = named == target.start ? sentence.firstRange(of: "\(target.start)年")
               : named == nil && opensClause(opening, with: "今年") ? sentence.firstRange(of: "今年") : nil,
           planWords.contains(where: { sentence[at.upperBound...].includes($0) })
            || ["目标", "主要目标", "的目标"].contains(where: { sentence[at.upperBound...].hasPrefix($0) })
            || planLeads.contains(where: { sentence[..<at.lowerBound].includes($0) }) {
            return Decision(role: .mainTargets, period: target, basis: .sentence)
        }
        // 2023年，郧阳区将…: a year after the one the report is given in (a district's December
        // session), named first in the sentence or in a clause of its opening, can only be one it
        // plans for.
        if let year = named, year > metadata.year, opensClause(opening, with: year),
           metadata.targets.contains(where: { $0.isSingleYear && $0.start == year }) {
            return Decision(role: .mainTargets, period: Period(year: year), basis: .sentence)
        }
        // 2020年，全市… (or 经初步核算，2020年…): a year the report looks back on, named as above.
        if let year = named, year < metadata.year, opensClause(opening, with: year) {
            return Decision(role: .review, period: Period(year: year), basis: .sentence)
        }
        if reviewCues.contains(where: { opening.includes($0) }) {
            return Decision(role: .review, period: metadata.reviews.first(where: \.isSingleYear) ?? Period(year: metadata.year - 1), basis: .sentence)
        }
        return nil
    }
}
