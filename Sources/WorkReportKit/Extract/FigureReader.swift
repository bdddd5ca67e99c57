import Foundation

/// Reads the figures of one passage: for each number, whether it is a figure at all, and if
/// so its unit, comparator, qualifiers, stretch flag, whether it is a change (增长 x%), and the
/// words naming its indicator. Works on the passage's scalars; no regular expressions.
struct FigureReader {
    /// A number read as a figure.
    struct Figure {
        var token: NumberToken
        var unit: String
        /// Index just past the unit and any 左右/以上 after it.
        var end: Int
        var comparator: Comparator
        var qualifiers: [String]
        var stretch: Bool
        var growth: Bool
        var indicator: String
        /// Fuller wordings to try in the catalog when `indicator` alone names nothing: the
        /// list's leading verb (力争新增…、国高企300家 → 新增国高企), the previous figure's head
        /// (数字经济核心产业营业收入…、增加值 → 数字经济核心产业增加值), the words after the number.
        var alternatives: [String] = []
        var rank: Bool
        /// The clause, verbatim.
        var clause: Range<Int>
    }

    let s: [Unicode.Scalar]
    /// The passage as UTF-8, and the byte offset of every scalar (one past the end too), so that
    /// pieces of text are copied as bytes rather than rebuilt scalar by scalar.
    let bytes: [UInt8]
    let offsets: [Int]
    let kind: StatementKind
    /// The passage's clauses, in order (Structure/Clauses).
    let clauses: [Range<Int>]

    var figures: [Figure] = []
    var skipped: [(token: NumberToken, reason: SkipReason)] = []

    /// How far back (in scalars) a figure's words are looked for.
    static let reach = 120

    /// 、和及与 and the ASCII comma: what separates the members of a list.
    @inline(__always)
    static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c { case "、", "和", "及", "与", ",": return true; default: return false }
    }
    static let connectors = ["其中", "同时", "另外", "以及", "力争", "确保", "预计", "全年", "今年", "年内", "实现", "并", "和", "及", "与", "、", "的", "是"]

    init(_ text: String, kind: StatementKind, skipItemNumber: Bool) {
        let decoded = DecodedText(text)
        s = decoded.scalars
        bytes = decoded.bytes
        offsets = decoded.offsets
        self.kind = kind
        clauses = Clauses.clauses(in: s)
        var begin = 0
        if skipItemNumber, let item = Self.itemNumber(s) {
            skipped.append((NumberToken(start: 0, end: item, text: String(self.text(0..<item).dropLast())), .itemNumber))
            begin = item
        }
        read(NumberScanner.tokens(in: s, from: begin))
    }

    /// `1.`, `10、` at the start of an item: the index after the mark, if followed by text or a number.
    static func itemNumber(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count, i < 3, NumberScanner.isDigit(s[i]) { i += 1 }
        guard (1...2).contains(i), i < s.count, s[i] == "." || s[i] == "、" || s[i] == "．" else { return nil }
        return i + 1
    }

    // MARK: - Reading

    mutating func read(_ tokens: [NumberToken]) {
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            if let reason = skipReason(token, previous: k > 0 ? tokens[k - 1] : nil, next: k + 1 < tokens.count ? tokens[k + 1] : nil) {
                skipped.append((token, reason))
                k += 1
                continue
            }
            figures.append(figure(token))
            k += 1
        }
        distributeLists()
    }

    func figure(_ t: NumberToken) -> Figure {
        let clause = clauseRange(around: t.start)
        var qualifiers: [String] = []
        var comparator = Comparator.equal
        let rank = t.start > 0 && s[t.start - 1] == "第"

        // Before the number: 控制在, 达到, 超过, 约 …
        var lookBack = rank ? t.start - 1 : t.start
        if let found = Self.beforeTable.longest(in: s, endingAt: lookBack) {
            let (word, target, result) = Lexicon.before[found]
            comparator = kind == .target ? target : result
            qualifiers.append(word)
            lookBack -= Self.beforeTable.length(found)
        }
        // Unit, with 余 / 多 inside it (18万余家, 300多个).
        var (unit, end) = readUnit(from: t.end)
        if let approx = approximateMark(t.end, unit: &unit, end: &end) {
            qualifiers.append(approx)
            comparator = .atLeast
        }
        if let found = Self.afterTable.longest(in: s, at: end) {
            qualifiers.append(Lexicon.after[found].word)
            // 控制在5%以内 stays at most; 达到3.3%以上 becomes at least.
            comparator = Lexicon.after[found].comparator
            end += Self.afterTable.length(found)
        }
        if rank { unit = "" }

        // Words said once for the clause (力争…, 预计全年增长6%左右), looked for within a bounded
        // reach so that a clause of megabytes stays linear.
        let reach = max(clause.lowerBound, t.start - Self.reach)..<t.start
        let stretch = contains(Self.striving, in: reach)
        if !qualifiers.contains("预计"), contains(Self.expected, in: reach) { qualifiers.insert("预计", at: 0) }
        var link = linkText(before: lookBack, clause: clause)
        for word in ["力争", "确保", "分别", "均", "预计", "年均"] where link.endsWith(word) { link.removeLast(word.count) }
        let percent = unit == "%" || unit == "个百分点" || unit == "‰"
        let growth = percent && Lexicon.growthWords.contains { link.endsWith($0) || link.includes($0) && link.count <= 6 }
        let indicator = indicatorText(before: lookBack, after: end, clause: clause, token: t.start)
        return Figure(token: t, unit: unit, end: end, comparator: comparator, qualifiers: qualifiers, stretch: stretch,
                      growth: growth, indicator: indicator, alternatives: alternatives(for: indicator, after: end, clause: clause),
                      rank: rank, clause: clause)
    }

    // MARK: - Units and words

    /// The longest unit written at `index`; ("", index) when none.
    func readUnit(from index: Int) -> (String, Int) {
        if let found = Self.unitTable.longest(in: s, at: index) {
            var text = Lexicon.units[found]
            var end = index + Self.unitTable.length(found)
            // 分/千瓦时: a rate unit.
            if end < s.count, s[end] == "/", case let (second, secondEnd) = readUnit(from: end + 1), !second.isEmpty {
                text += "/" + second
                end = secondEnd
            }
            // 套（间）: an alternative unit in brackets.
            if end < s.count, s[end] == "（" || s[end] == "(", case let (alternative, alternativeEnd) = readUnit(from: end + 1),
               !alternative.isEmpty, alternativeEnd < s.count, s[alternativeEnd] == "）" || s[alternativeEnd] == ")" {
                text += String(s[end]) + alternative + String(s[alternativeEnd])
                end = alternativeEnd + 1
            }
            return (text, end)
        }
        return ("", index)
    }

    static let unitTable = WordTable(Lexicon.units)
    static let beforeTable = WordTable(Lexicon.before.map(\.word))
    static let afterTable = WordTable(Lexicon.after.map(\.word))
    static let striving: [Unicode.Scalar] = ["力", "争"]
    static let expected: [Unicode.Scalar] = ["预", "计"]

    /// 18万余家 / 300多个 / 9000余住户: the 余 or 多 mark, with the unit completed around it.
    func approximateMark(_ tokenEnd: Int, unit: inout String, end: inout Int) -> String? {
        if unit.isEmpty || ["万", "亿", "万亿"].contains(unit) {
            let at = end
            guard at < s.count, s[at] == "余" || s[at] == "多" else { return nil }
            let mark = String(s[at])
            let (rest, restEnd) = readUnit(from: at + 1)
            if !rest.isEmpty || !unit.isEmpty {
                unit += rest
                end = restEnd
                return mark
            }
            // 9000余住户: a unit the table does not know; take the next character.
            if at + 1 < s.count, isNounStart(s[at + 1]) {
                unit = String(s[at + 1])
                end = at + 2
                return mark
            }
        }
        return nil
    }

    func matches(_ word: String, at index: Int) -> Bool {
        var i = index
        for scalar in word.unicodeScalars {
            guard i < s.count, s[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    func precededBy(_ word: String, _ index: Int) -> Bool {
        let length = word.unicodeScalars.count
        return index - length >= 0 && matches(word, at: index - length)
    }

    func contains(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard !word.isEmpty, range.count >= word.count else { return false }
        return s.withUnsafeBufferPointer { h in
            word.withUnsafeBufferPointer { n in firstOccurrence(of: n, in: UnsafeBufferPointer(rebasing: h[range])) != nil }
        }
    }

    /// The clause holding a scalar index (a punctuation mark belongs to the clause it ends).
    func clauseRange(around index: Int) -> Range<Int> {
        var low = 0, high = clauses.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if clauses[mid].lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        let clause = clauses[low]
        // An index on the mark that ends the previous clause: that clause.
        if index < clause.lowerBound, low > 0 { return clauses[low - 1] }
        return clause
    }

    func isNounStart(_ c: Unicode.Scalar) -> Bool {
        if NumberScanner.isDigit(c) || c == "的" { return true }
        return (0x4E00...0x9FFF).contains(c.value) && !["和", "及", "或", "并"].contains(c)
    }

    func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
    }
}
