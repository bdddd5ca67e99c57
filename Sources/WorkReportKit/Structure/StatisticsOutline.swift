/// The outline of a statistics document (`statistics`: 统计公报, 统计快报, a statistics bureau's
/// 经济运行情况 release). Its headings (一、综合, 二、农业, 工业和建筑业) name topics, not parts of the
/// year's work, and it sets no targets: every figure after its title is a result of the period it
/// covers, or progress when that period is part of a year (上半年, 前三季度, 1—5月), which a work
/// report's review is not. Notes at its end (注：本公报部分数据为初步统计数…) close it.
enum StatisticsOutline {
    static func sections(blocks: inout [TextBlock], headings: [Int: Heading], metadata: ReportMetadata) -> [Section] {
        // The document's own title lines and the opening of its text, which name a part of a year
        // when the manifest's title does not.
        let front = blocks.prefix { SentenceRoles.isFrontMatter($0.passage.text) && !isHeading($0) }.map(\.passage.text)
        let body = blocks.dropFirst(front.count).first { !isHeading($0) }.map { $0.passage.text.scalarPrefix(60) } ?? ""
        let (role, period) = roleAndPeriod(metadata, opening: (front + [body]).joined(separator: "\n"))
        var sections: [Section] = []
        var inBody = false
        var closing = false
        for b in blocks.indices {
            let passage = blocks[b].passage
            let title = blocks[b].title ?? headings[passage.firstLine]?.title
            if !inBody, !isHeading(blocks[b]), SentenceRoles.isFrontMatter(passage.text) {
                start(&sections, .frontMatter, nil, heading: Sectioner.lead(passage.text), level: 0, at: passage, basis: .heading)
            } else if closing, IndicatorTables.isFigureRow(passage.text) {
                // A note between tables (注:绝对数按现行价计算…) ends no more than its table.
                closing = false
                start(&sections, role, period, heading: Sectioner.lead(passage.text), level: 1, at: passage, basis: .manifest)
            } else if !closing, isNote(passage.text) {
                closing = true
                start(&sections, .closing, nil, heading: Sectioner.lead(passage.text), level: 0, at: passage, basis: .paragraph)
            } else if !closing, case .heading(let level) = blocks[b].kind {
                inBody = true
                start(&sections, role, period, heading: title ?? passage.text, level: level, at: passage, basis: .heading)
            } else if !closing, sections.last.map({ $0.role != role }) ?? true {
                inBody = true
                start(&sections, role, period, heading: Sectioner.lead(passage.text), level: 1, at: passage, basis: .manifest)
            }
            sections[sections.count - 1].lastLine = passage.lastLine
            blocks[b].section = sections.count - 1
        }
        return sections
    }

    /// The part a statistics document's body is, for one made of tables alone (whose lines are no
    /// passage): results of the year, or progress, as its title and first lines say.
    static func bodySection(of report: Report) -> Section {
        let opening = report.lines.lazy.filter { $0.disposition == .content }.prefix(3).map(\.text).joined(separator: "\n")
        let (role, period) = roleAndPeriod(report.metadata, opening: opening)
        return Section(role: role, heading: "", level: 1, firstLine: 0, lastLine: 0, period: period)
    }

    private static func start(_ sections: inout [Section], _ role: SectionRole, _ period: Period?, heading: String, level: Int,
                              at passage: Passage, basis: Section.Basis) {
        if let last = sections.last, last.role == role, role == .frontMatter || role == .closing { return }
        var section = Section(role: role, heading: heading, level: level, firstLine: passage.firstLine, lastLine: passage.lastLine, period: period)
        section.basis = basis
        sections.append(section)
    }

    private static func isHeading(_ block: TextBlock) -> Bool {
        if case .heading = block.kind { return true }
        return false
    }

    /// 注：, 注:, 注释, 附注: the notes on sources and definitions that end a bulletin.
    static func isNote(_ text: String) -> Bool {
        text.startsWith("注：") || text.startsWith("注:") || text.startsWith("注释") || text.startsWith("附注")
    }

    /// Results of the year reviewed, or progress in a part of a year: a quarter in `reviews`, or
    /// the part the title or the opening of the text names (上半年 → Q2, 1—5月 → the year).
    /// `opening`: the document's title lines and the first words of its text.
    static func roleAndPeriod(_ metadata: ReportMetadata, opening: String) -> (SectionRole, Period?) {
        if let quarter = metadata.reviews.first(where: { $0.quarter != nil }) { return (.progress, quarter) }
        let year = metadata.reviews.first(where: \.isSingleYear)?.start ?? metadata.year
        guard let part = partOfYear(metadata.title) ?? partOfYear(opening) ?? monthOfYear(metadata.title) ?? monthOfYear(opening) else {
            return (.review, metadata.reviews.first(where: \.isSingleYear))
        }
        // No year known (a file without manifest whose head names none): no period, as elsewhere.
        guard year > 0 else { return (.progress, nil) }
        return (.progress, part == 0 ? Period(year: year) : Period(year: year, quarter: part))
    }

    /// The part of a year a text names, as the quarter it ends (一季度 1, 上半年 2, 前三季度 3, 1—9月 3),
    /// or 0 for months that end no quarter (1—5月, 前两个月); nil when it names none, or the whole year
    /// (1—12月, 全年).
    static func partOfYear(_ text: String) -> Int? {
        if text.includes("前三季度") || text.includes("前3季度") { return 3 }
        if text.includes("上半年") { return 2 }
        if text.includes("一季度") || text.includes("1季度") { return 1 }
        if text.includes("前两个月") || text.includes("前2个月") { return 0 }
        // 1—5月, 1-5月, 1～5月, 1至5月: months from January.
        let s = text.scalarArray
        var i = 0
        while i + 3 < s.count {
            defer { i += 1 }
            guard s[i] == "1", i == 0 || !NumberScanner.isDigit(s[i - 1]), monthDashes.contains(s[i + 1]) else { continue }
            var j = i + 2, month = 0
            while j < s.count, NumberScanner.isDigit(s[j]), month < 100 { month = month * 10 + Int(s[j].value - 48); j += 1 }
            guard j < s.count, s[j] == "月", (2...11).contains(month) else { continue }
            return month % 3 == 0 ? month / 3 : 0
        }
        return nil
    }

    static let monthDashes: ScalarSet = ["—", "-", "－", "～", "~", "至", "–"]

    /// A monthly release's title (2023年8月社会消费品零售总额): a month before December of the year
    /// named, whose figures are progress in that year (0, no quarter); nil for none, December (the
    /// whole year), or a date (2023年8月15日).
    static func monthOfYear(_ text: String) -> Int? {
        guard let year = MetadataInference.firstYear(in: text), let at = text.firstRange(of: "\(year)年") else { return nil }
        let rest = Array(text[at.upperBound...].unicodeScalars.prefix(4))
        var j = 0, month = 0
        while j < rest.count, j < 2, NumberScanner.isDigit(rest[j]) { month = month * 10 + Int(rest[j].value - 48); j += 1 }
        guard j > 0, j < rest.count, rest[j] == "月", (1...11).contains(month) else { return nil }
        if j + 1 < rest.count, NumberScanner.isDigit(rest[j + 1]) { return nil }
        return 0
    }
}
