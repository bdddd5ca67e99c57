/// Divides a prose report into sections and gives each its role and period. Roles come
/// from the headings' words (回顾, 今后五年, 工作安排 …) and from paragraphs that announce
/// themselves: 「…主要预期目标：」, 「今年以来…」, 「…民生实事…」, 「各位代表，…让我们」.
enum Sectioner {
    /// `headings` holds the parsed heading of each heading line, by line number.
    static func sections(blocks: inout [TextBlock], headings: [Int: Heading], metadata: ReportMetadata) -> [Section] {
        if metadata.kind == .statistics { return StatisticsOutline.sections(blocks: &blocks, headings: headings, metadata: metadata) }
        var sections: [Section] = []
        var levelOne: (role: SectionRole, heading: String)? = nil
        var levelTwoHeading: String? = nil
        var parentRole: SectionRole = .frontMatter
        var fiveYearSwitched = false
        var closing = false

        /// The period a level-1 heading names (一、2019年国民经济和社会发展计划执行情况), which its
        /// level-2 headings keep.
        var levelOnePeriod: Period?
        /// Whether the level-1 heading in force is numbered (一、) or a title line (2025年工作回顾).
        var levelOneNumbered = true

        func start(_ role: SectionRole, _ heading: String, level: Int, line: Int, basis: Section.Basis) {
            var section = Section(role: role, heading: heading, level: level, firstLine: line, lastLine: line,
                                  period: period(for: role, heading: heading, metadata: metadata))
            if let named = levelOnePeriod, role == parentRole, [.review, .progress, .mainTargets, .tasks, .livelihood].contains(role) { section.period = named }
            section.basis = basis
            sections.append(section)
        }

        for b in blocks.indices {
            let passage = blocks[b].passage
            let text = passage.text
            if case .heading(let level) = blocks[b].kind {
                let title = blocks[b].title ?? headings[passage.firstLine]?.title ?? text
                // Asked of level-1 headings only: a report's level-2 headings are many.
                let named = level != 1 ? nil : closing ? .closing : namedRole(title, parent: levelOne?.role)
                let numbered = level == 1 && (blocks[b].title != nil || headings[passage.firstLine]?.ordinal != nil)
                // 2025年和“十四五”工作回顾, then 一、经济运行量质齐升…: numbered parts whose words name no role,
                // under a title line that names one, are parts of it.
                if level == 1, named == nil, numbered, let parent = levelOne, !levelOneNumbered, parent.role != .tasks {
                    levelTwoHeading = title
                    start(parentRole, title, level: 2, line: passage.firstLine, basis: .heading)
                } else if level == 1 {
                    var role = named ?? .tasks
                    levelOneNumbered = numbered
                    // 一、奋发有为，2018年迈出铿锵步伐: a part of the year's work (the words give no other)
                    // that names a year before the report's can only review it.
                    if named == nil, let year = MetadataInference.firstYear(in: title), year < metadata.year, year >= metadata.year - 2 {
                        role = .review
                    }
                    levelOnePeriod = namedPeriod(role, heading: title, metadata: metadata)
                    // 一、2023年上半年国民经济和社会发展计划执行情况: part of a year, as it went so far; so
                    // is any review in a report on part of a year (`reviews = 2023Q2`, a mid-year summary).
                    if role == .review, let part = partOfYear(title, metadata: metadata) ?? reviewedPart(metadata) {
                        role = .progress
                        levelOnePeriod = part
                    }
                    levelOne = (role, title)
                    levelTwoHeading = nil
                    parentRole = role
                    fiveYearSwitched = role == .fiveYearReview
                    start(role, title, level: 1, line: passage.firstLine, basis: .heading)
                } else {
                    levelTwoHeading = title
                    start(parentRole, title, level: 2, line: passage.firstLine, basis: .heading)
                }
            } else if let heading = headings[passage.firstLine], heading.level == 2, !closing {
                // （一）全力以赴稳增长，经济运行稳中有进。政策效应…: heading and body on one line.
                levelTwoHeading = heading.title
                start(parentRole, heading.title, level: 2, line: passage.firstLine, basis: .heading)
            } else {
                let role = paragraphRole(text, kind: blocks[b].kind, parent: parentRole, metadata: metadata,
                                         current: sections.last?.role, closing: &closing, fiveYearSwitched: &fiveYearSwitched)
                if sections.isEmpty || role != sections[sections.count - 1].role {
                    let resumes = role == parentRole && !sections.isEmpty
                    let heading = resumes ? (levelTwoHeading ?? levelOne?.heading ?? lead(text)) : lead(text)
                    // A part resumed after a carved paragraph ranks as its heading did: level 1 when it has no （一）.
                    let level = role == .frontMatter || role == .closing ? 0 : (resumes ? (levelTwoHeading == nil ? 1 : 2) : 3)
                    start(role, heading, level: level, line: passage.firstLine, basis: resumes ? .heading : .paragraph)
                }
                if role == .fiveYearReview {
                    // What follows in this part reviews the five years, under its own headings.
                    parentRole = .fiveYearReview
                    levelTwoHeading = nil
                }
            }
            sections[sections.count - 1].lastLine = passage.lastLine
            blocks[b].section = sections.count - 1
        }
        if !sections.contains(where: { $0.role != .frontMatter && $0.role != .closing }) {
            return SentenceRoles.sections(blocks: &blocks, metadata: metadata)
        }
        // A page whose first heading comes after paragraphs of figures (a news report with
        // 小标题): those paragraphs are read by their sentences, as a page without headings is,
        // not set aside with the title.
        let lead = blocks.prefix { $0.section == 0 }.count
        if sections[0].role == .frontMatter, lead < blocks.count,
           blocks[..<lead].contains(where: { Self.isSentenceWithDigits($0.passage.text) }) {
            var leading = Array(blocks[..<lead])
            let read = SentenceRoles.sections(blocks: &leading, metadata: metadata)
            for b in lead..<blocks.count { blocks[b].section += read.count - 1 }
            blocks.replaceSubrange(..<lead, with: leading)
            return read + sections.dropFirst()
        }
        return sections
    }

    /// Running text with a number in it: not a title (however long, a title has no stop or comma)
    /// nor a date line.
    static func isSentenceWithDigits(_ text: String) -> Bool {
        !SentenceRoles.isFrontMatter(text) && (text.includes("。") || text.holdsClauseComma)
            && text.utf8.contains { (0x30...0x39).contains($0) }
    }

    /// The part of a year a report reviews, when that is all it reviews (`reviews = 2023Q2`).
    static func reviewedPart(_ metadata: ReportMetadata) -> Period? {
        metadata.reviews.contains(where: \.isSingleYear) ? nil : metadata.reviews.first { $0.quarter != nil }
    }

    /// What a paragraph opening with part of a year opens with (上半年, 前三季度, 一季度, 1-9月, 2023年…):
    /// most open otherwise, and are not searched.
    static let partOfYearStarts: ScalarSet = ["上", "前", "一", "1", "2"]

    /// The part of a year a heading or a paragraph's opening names (上半年, 1-9月), in the year it
    /// names or else the report's: nil when it names none.
    static func partOfYear(_ text: String, metadata: ReportMetadata) -> Period? {
        guard let part = StatisticsOutline.partOfYear(text) else { return nil }
        let year = MetadataInference.firstYear(in: text) ?? metadata.year
        guard year > 0 else { return nil }
        return part == 0 ? Period(year: year) : Period(year: year, quarter: part)
    }

    /// The period a level-1 heading names itself, when it names a year its role can speak of:
    /// a year reviewed up to the report's, a year targeted from the report's on.
    static func namedPeriod(_ role: SectionRole, heading: String, metadata: ReportMetadata) -> Period? {
        guard let year = MetadataInference.firstYear(in: heading) else { return nil }
        switch role {
        case .review: return year <= metadata.year && year >= metadata.year - 2 ? Period(year: year) : nil
        case .mainTargets, .tasks, .livelihood: return year >= metadata.year - 1 && year <= metadata.year + 1 ? Period(year: year) : nil
        default: return nil
        }
    }

    /// A heading without its brackets (【】) and the year it opens with.
    static func plainTitle(_ title: String) -> (text: String, namesYear: Bool) {
        var text = title.trimmingCharacters(in: ["【", "】", "[", "]", "〔", "〕"])
        var namesYear = false
        if let year = MetadataInference.firstYear(in: text), text.hasPrefix("\(year)年") {
            text.removeFirst("\(year)年".count)
            namesYear = true
        }
        return (text, namesYear)
    }

    static func roleOfHeading(_ title: String, parent: SectionRole?) -> SectionRole {
        namedRole(title, parent: parent) ?? .tasks
    }

    /// The role a heading's words give; nil when they name none (一、经济运行量质齐升), which makes the
    /// part one of the year's work unless what it stands under says otherwise.
    static func namedRole(_ title: String, parent: SectionRole?) -> SectionRole? {
        // 一、2019年国民经济和社会发展计划执行情况, 一、2020年重点项目完成情况, 主要预期目标完成情况:
        // a past year's plan, as it went.
        if title.includes("执行情况") || title.includes("完成情况") || title.includes("运行情况"), !title.includes("计划草案") { return .review }
        // 一、制定背景和依据, 起草背景: a 解读's account of the year behind the plan, as it went.
        if title.includes("背景") { return .review }
        if title.includes("主要预期目标") || title.includes("主要指标") { return parent == .fiveYearGoals ? .fiveYearGoals : .mainTargets }
        if title.includes("回顾") {
            return title.includes("本届") || (title.includes("五年") && !title.includes("及过去五年")) ? .fiveYearReview : .review
        }
        if title.includes("今后五年") || title.includes("五年发展") { return .fiveYearGoals }
        // 展望2018年: what the year ahead is to bring, a part of the year's work.
        if title.includes("展望") { return title.includes("五年") ? .fiveYearGoals : .tasks }
        // 主要目标, 【2021年主要目标】: the year's own targets when a year names them, else those of the
        // part it stands in (the five-year goals' 主要目标).
        let bare = plainTitle(title)
        if bare.text == "主要目标" || title.includes("主要预期目标") {
            return parent == .fiveYearGoals && !bare.namesYear ? .fiveYearGoals : .mainTargets
        }
        if title == "指导思想" || title.includes("总体要求") { return parent == .fiveYearGoals ? .fiveYearGoals : .tasks }
        if Heading.headingWords.contains(where: { title.includes($0) }) { return .tasks }
        return nil
    }

    static func paragraphRole(_ text: String, kind: TextBlock.Kind, parent: SectionRole, metadata: ReportMetadata,
                              current: SectionRole?, closing: inout Bool, fiveYearSwitched: inout Bool) -> SectionRole {
        let head = text.scalarPrefix(60)
        if closing { return .closing }
        if text.startsWith("各位代表"), text.includes("让我们") {
            closing = true
            return .closing
        }
        if parent == .mainTargets || (parent == .tasks && head.includes("主要预期目标")) { return .mainTargets }
        // 一、主要经济指标方面 / 1-9月，全区实现生产总值…，同比增长4.1%: under a heading that says nothing
        // of its part, a paragraph that opens with part of the report's year and compares with the
        // year before reports progress. (上半年完成改造100个, with no comparison, is a task's deadline.)
        if parent == .tasks, let first = head.unicodeScalars.first, partOfYearStarts.contains(first),
           StatisticsOutline.partOfYear(String(head.prefix(6))) != nil, text.includes("同比"),
           MetadataInference.firstYear(in: String(head.prefix(6))).map({ $0 == metadata.year }) ?? true {
            return .progress
        }
        if parent == .review || parent == .frontMatter, head.prefix(15).includes("今年"), head.prefix(20).includes("以来") {
            return .progress
        }
        if parent == .review, metadata.reviews.contains(where: \.isRange), !fiveYearSwitched,
           head.includes("过去五年") || head.startsWith("——这是") || head.includes("五年来") {
            fiveYearSwitched = true
            return .fiveYearReview
        }
        if parent == .review, fiveYearSwitched { return .fiveYearReview }
        if parent == .tasks || parent == .livelihood {
            if head.includes("民生实事") { return .livelihood }
            if kind == .item, current == .livelihood { return .livelihood }
        }
        return parent
    }

    /// The lead words of a paragraph that opens a section: up to its first colon or stop.
    static func lead(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if "：:。".unicodeScalars.contains(s) || out.count >= 24 { break }
            out.append(s)
        }
        return String(out)
    }

    static func period(for role: SectionRole, heading: String, metadata: ReportMetadata) -> Period? {
        let singleReview = metadata.reviews.first(where: \.isSingleYear)
        let singleTarget = metadata.targets.first(where: \.isSingleYear)
        switch role {
        case .review: return singleReview
        case .fiveYearReview: return metadata.reviews.first(where: \.isRange)
        case .progress:
            return metadata.reviews.first(where: { $0.quarter != nil }) ?? Period(year: metadata.year)
        case .mainTargets, .livelihood: return singleTarget
        case .tasks:
            if heading.includes("十四五") { return metadata.targets.first(where: \.isRange) ?? singleTarget }
            return singleTarget
        case .fiveYearGoals:
            return metadata.targets.first(where: { $0 != singleTarget })
        case .frontMatter, .closing: return nil
        }
    }
}
