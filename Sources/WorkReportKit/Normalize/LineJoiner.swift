/// Rejoins sentences that the scraper broke across lines (and across blank lines): the
/// 2022 report is wrapped at 40 characters, so 「全市生产总值」 ends one line and
/// 「18109亿元」 starts the next but one.
enum LineJoiner {
    /// Ends a paragraph whatever the line's length.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";", "：", ":"]
    /// Ends a paragraph only on a short line: a wrapped line may stop after a quote or bracket.
    static let softEnds: Set<Unicode.Scalar> = ["”", "’", "）", ")", "」", "』", "】", "》", "…"]
    /// A line ending in these is certainly unfinished.
    static let openEnds: Set<Unicode.Scalar> = ["，", "、", "“", "（", "(", "《", "—", ",", "-"]
    /// A line this long that stops without punctuation was cut, not ended.
    static let longLine = 50

    struct Candidate {
        let index: Int
        let heading: Heading?
        let isItem: Bool
    }

    /// Groups content lines into blocks. Front matter (before the salutation or the first
    /// heading) is never joined: title lines stop without punctuation by design.
    static func join(_ lines: [SourceLine], headings: [Int: Heading]) -> (blocks: [(Passage, TextBlock.Kind)], joins: [Report.Join]) {
        let content = lines.indices.filter { lines[$0].disposition == .content }
        let width = wrapWidth(content.map { lines[$0].text })
        var blocks: [(Passage, TextBlock.Kind)] = []
        var joins: [Report.Join] = []
        var inBody = false
        var open: Passage?
        var openKind: TextBlock.Kind = .paragraph
        /// The last line added to the open passage: whether it was cut is judged on it alone.
        var lastLineText = ""

        func close() {
            if let passage = open { blocks.append((passage, openKind)) }
            open = nil
        }

        for index in content {
            let line = lines[index]
            let heading = headings[index]
            let item = isItem(line.text)
            if heading != nil || line.text.startsWith("各位代表") { inBody = true }
            // A figure cut in two is joined wherever it stands: a PDF's text breaks lines anywhere,
            // before the salutation too, and in a page that has none.
            if var passage = open, heading == nil, !item, (inBody && continues(lastLineText, width: width)) || cutsFigure(lastLineText, line.text) {
                joins.append(Report.Join(line: passage.lastLine, next: line.number))
                passage.append(line.text, line: line.number)
                open = passage
                lastLineText = line.text
                continue
            }
            close()
            open = Passage(text: line.text, line: line.number)
            lastLineText = line.text
            if let heading, heading.standsAlone { openKind = .heading(level: heading.level) }
            else if item { openKind = .item }
            else { openKind = .paragraph }
            // A standalone heading never takes the next line into it.
            if let heading, heading.standsAlone { close() }
        }
        close()
        return (blocks, joins)
    }

    static func continues(_ text: String, width: Int?) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        if sentenceEnds.contains(last) { return false }
        if openEnds.contains(last) { return true }
        let length = text.scalarCount
        let full = length >= longLine || (width.map { length >= $0 - 1 } ?? false)
        if softEnds.contains(last) { return full }
        return full
    }

    /// Whether a line break falls inside a figure, as text copied from a PDF has it: between a
    /// number and its unit (15.4 / 亿元), inside a unit (316亿 / 元), or between the verb that states a
    /// figure and its number (增长 / 7.6%). No line ends there that was meant to.
    static func cutsFigure(_ text: String, _ next: String) -> Bool {
        guard let last = text.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
        if NumberScanner.isDigit(last) { return first == "%" || first == "‰" || opensUnit(next, after: "") }
        if last == "万" || last == "亿", text.unicodeScalars.dropLast().last.map(NumberScanner.isDigit) ?? false {
            return opensUnit(next, after: String(last))
        }
        return NumberScanner.isDigit(first) && figureLeads.contains { text.endsWith($0) }
    }

    /// Whether `next` opens with the rest of a unit of two characters or more that starts with
    /// `scale`: 元 after 亿, 亿元 after a number. A unit of one character (个, 年, 人) is also a word,
    /// which a line may well open with.
    private static func opensUnit(_ next: String, after scale: String) -> Bool {
        let head = scale + next.scalarPrefix(8)
        return longUnits.contains { $0.count > scale.unicodeScalars.count && head.startsWith($0.unit) }
    }

    /// The units of two characters or more, with their length in characters, counted once.
    private static let longUnits = Lexicon.units.map { (unit: $0, count: $0.scalarCount) }.filter { $0.count >= 2 }

    /// The words after which a number must come: the change verbs (增长, 下降) and 达到, 为, 突破.
    static let figureLeads = Lexicon.riseVerbs + Lexicon.fallVerbs + ["达到", "达", "为", "突破", "超过"]

    /// The width a hard-wrapped file was cut at: the most common length of lines that stop
    /// without punctuation, if that is a real column (at least 30 characters, 5 lines).
    static func wrapWidth(_ texts: [String]) -> Int? {
        var counts: [Int: Int] = [:]
        for text in texts {
            guard let last = text.unicodeScalars.last, !sentenceEnds.contains(last) else { continue }
            let length = text.scalarCount
            if length >= 30 { counts[length, default: 0] += 1 }
        }
        guard let (width, count) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), count >= 5 else { return nil }
        return width
    }

    /// `1. 新建…`, `10. 新建…`: a numbered list item.
    static func isItem(_ text: String) -> Bool {
        let scalars = text.scalarPrefix(4).scalarArray
        var digits = 0
        while digits < scalars.count, ("0"..."9").contains(scalars[digits]) { digits += 1 }
        guard (1...2).contains(digits), digits < scalars.count, ".、．".unicodeScalars.contains(scalars[digits]) else { return false }
        // 1.8∶30.3 is a figure, not item 1.
        let next = digits + 1 < scalars.count ? scalars[digits + 1] : " "
        return !("0"..."9").contains(next)
    }
}
