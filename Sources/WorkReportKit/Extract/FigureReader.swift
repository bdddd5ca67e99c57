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

    private(set) var figures: [Figure] = []
    private(set) var skipped: [(token: NumberToken, reason: SkipReason)] = []

    static let clauseEnds = Clauses.clauseEnds
    /// How far back (in scalars) a figure's words are looked for.
    static let reach = 120
    static let separators: Set<Unicode.Scalar> = ["、", "和", "及", "与", ","]
    static let connectors = ["其中", "同时", "另外", "以及", "力争", "确保", "预计", "全年", "今年", "年内", "实现", "并", "和", "及", "与", "、", "的", "是"]

    init(_ text: String, kind: StatementKind, skipItemNumber: Bool) {
        s = Array(text.unicodeScalars)
        bytes = Array(text.utf8)
        var offsets = [Int](repeating: 0, count: s.count + 1)
        var total = 0
        for (i, scalar) in s.enumerated() { offsets[i] = total; total += UTF8.width(scalar) }
        offsets[s.count] = total
        self.offsets = offsets
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

    private mutating func read(_ tokens: [NumberToken]) {
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

    private func skipReason(_ t: NumberToken, previous: NumberToken?, next: NumberToken?) -> SkipReason? {
        if t.text.count > 24 { return .overlong }
        let before = t.start > 0 ? s[t.start - 1] : " "
        let after = t.end < s.count ? s[t.end] : " "
        let after2 = t.end + 1 < s.count ? s[t.end + 1] : " "
        if isASCIILetter(before) || isASCIILetter(after) || before == "_" { return .name }
        if after == "+" || before == "+" || after == "×" { return .code }
        if insideShortQuote(t) { return .code }
        if after == "版" || after == "号" || (after == "期" && before == "第") || matches("国道", at: t.end) || matches("省道", at: t.end) {
            return .name
        }
        let value = Int(t.text)
        if let value, t.text.count == 4, (1900...2100).contains(value) {
            if after == "年" || after == "-" || after == "—" || after == "～" || after == "~" || after == "/" || after == "." { return .date }
            if after == "至" || after == "到", let next, next.start == t.end + 1, next.text.count == 4 { return .date }
        }
        if after == "年" || matches("周年", at: t.end) { return .duration }
        _ = after2
        if after == "月" || (after == "日" && before == "月") || (after == "号" && before == "月") { return .date }
        if after == "时" || after == ":" && t.text.count <= 2 { return .date }
        if let previous, previous.end < t.start {
            let gap = text(previous.end..<t.start)
            if gap == "年" || gap.endsWith("年") && gap.count <= 2, after == "月" { return .date }
        }
        // 35岁以下大学生, 3岁以下婴幼儿: an age bounding a noun; 期望寿命83.1岁 is a figure.
        if after == "岁", t.end + 1 < s.count, isNounStart(s[t.end + 1]) || matches("以下", at: t.end + 1) || matches("以上", at: t.end + 1) {
            return .age
        }
        if before == "第" {
            return rankContext(at: t.start - 1) ? nil : .ordinal
        }
        if before == "前" || before == "后" && after == "位" { return .ordinal }
        if after == "强" { return .name }   // 世界500强, 民企500强
        if before == "连" || precededBy("连续", t.start) { return .duration }
        // A range: 20万至60万群体, 5-10个.
        let (unit, unitEnd) = readUnit(from: t.end)
        // 2.0 on its own is a version (小镇2.0, 综试区2.0); a bare four-digit year is a date (教育现代化2035).
        if unit.isEmpty, t.text.endsWith(".0") { return .name }
        if unit.isEmpty, Lexicon.programmeWords.contains(where: { matches($0, at: t.end) }) { return .code }
        if unit == "条", Lexicon.policyWords.contains(where: { precededBy($0, t.start) }) { return .code }
        if unit.isEmpty, t.text.count == 4, let year = value, (1990...2100).contains(year), !(after == "∶" || after == ":") { return .date }
        if unitEnd < s.count, s[unitEnd] == "至" || s[unitEnd] == "-" || s[unitEnd] == "～" || s[unitEnd] == "~",
           let next, next.start == unitEnd + 1 { return .range }
        if let previous {
            let (_, previousEnd) = readUnit(from: previous.end)
            if previousEnd + 1 == t.start, "至-～~".unicodeScalars.contains(s[previousEnd]) { return .range }
        }
        // A threshold: 10亿元以上产业项目, 3万元以下低效企业.
        var j = unitEnd
        for word in ["以上", "以下", "以内"] where matches(word, at: j) {
            j += word.unicodeScalars.count
            guard j < s.count, isNounStart(s[j]) else { break }
            let counts = unit.unicodeScalars.last.map { Lexicon.countClassifiers.contains($0) } ?? false
            let clause = clauseRange(around: t.start)
            let counted = (j..<min(clause.upperBound, j + Self.reach)).contains { NumberScanner.isDigit(s[$0]) }
            if !counts || counted { return .threshold }
        }
        return nil
    }

    private func figure(_ t: NumberToken) -> Figure {
        let clause = clauseRange(around: t.start)
        var qualifiers: [String] = []
        var comparator = Comparator.equal
        let rank = t.start > 0 && s[t.start - 1] == "第"

        // Before the number: 控制在, 达到, 超过, 约 …
        var lookBack = rank ? t.start - 1 : t.start
        for (word, target, result) in Self.beforeWords where precededBy(word, lookBack) {
            comparator = kind == .target ? target : result
            qualifiers.append(word)
            lookBack -= word.unicodeScalars.count
            break
        }
        // Unit, with 余 / 多 inside it (18万余家, 300多个).
        var (unit, end) = readUnit(from: t.end)
        if let approx = approximateMark(t.end, unit: &unit, end: &end) {
            qualifiers.append(approx)
            comparator = .atLeast
        }
        for (word, after) in Lexicon.after where matches(word, at: end) {
            qualifiers.append(word)
            // 控制在5%以内 stays at most; 达到3.3%以上 becomes at least.
            comparator = after
            end += word.unicodeScalars.count
            break
        }
        if rank { unit = "" }

        // Words said once for the clause (力争…, 预计全年增长6%左右), looked for within a bounded
        // reach so that a clause of megabytes stays linear.
        let reach = max(clause.lowerBound, t.start - Self.reach)..<t.start
        let stretch = contains("力争", in: reach)
        if !qualifiers.contains("预计"), contains("预计", in: reach) { qualifiers.insert("预计", at: 0) }
        var link = linkText(before: lookBack, clause: clause)
        for word in ["力争", "确保", "分别", "均", "预计", "年均"] where link.endsWith(word) { link.removeLast(word.count) }
        let percent = unit == "%" || unit == "个百分点" || unit == "‰"
        let growth = percent && Lexicon.growthWords.contains { link.endsWith($0) || link.contains($0) && link.count <= 6 }
        let indicator = indicatorText(before: lookBack, after: end, clause: clause, token: t.start)
        return Figure(token: t, unit: unit, end: end, comparator: comparator, qualifiers: qualifiers, stretch: stretch,
                      growth: growth, indicator: indicator, alternatives: alternatives(for: indicator, after: end, clause: clause),
                      rank: rank, clause: clause)
    }

    // MARK: - Lists: 分别增长8.8%和10.3%, 均增长10%

    /// 形成总长401公里城市轨道交通网、801公里高速公路网: the noun follows each number.
    private mutating func nounsAfterNumbers() {
        guard figures.count > 1 else { return }
        for i in 0..<(figures.count - 1) where figures[i].clause == figures[i + 1].clause {
            let gapEnd = figures[i + 1].token.start
            guard figures[i].end < gapEnd, s[gapEnd - 1] == "、" else { continue }
            guard gapEnd - 1 - figures[i].end <= 40 else { continue }
            let gap = text(figures[i].end..<(gapEnd - 1))
            let noun = stripped(gap)
            guard !noun.isEmpty, noun.unicodeScalars.count >= 2, !gap.unicodeScalars.contains(where: NumberScanner.isDigit) else { continue }
            figures[i].indicator = noun
            var stop = figures[i + 1].end
            while stop < figures[i + 1].clause.upperBound, stop - figures[i + 1].end < 40, s[stop] != "、", !NumberScanner.isDigit(s[stop]) { stop += 1 }
            let next = stripped(text(figures[i + 1].end..<stop))
            if !next.isEmpty { figures[i + 1].indicator = next }
        }
    }

    private mutating func distributeLists() {
        nounsAfterNumbers()
        var i = 0
        while i < figures.count {
            var j = i
            while j + 1 < figures.count, figures[j + 1].clause == figures[i].clause,
                  isListGap(figures[j].end, figures[j + 1].token.start) {
                j += 1
            }
            if j > i {
                // Qualifiers written once for the whole list apply to every member.
                let first = figures[i], last = figures[j]
                for k in i...j {
                    if figures[k].unit.isEmpty { figures[k].unit = last.unit }
                    if figures[k].qualifiers.isEmpty, k > i, !first.qualifiers.isEmpty, first.comparator != .equal || kind != .target {
                        figures[k].qualifiers = first.qualifiers.filter { !Lexicon.after.map(\.word).contains($0) }
                        figures[k].comparator = first.comparator
                    }
                    if let afterWord = last.qualifiers.last, Lexicon.after.contains(where: { $0.word == afterWord }),
                       !figures[k].qualifiers.contains(afterWord) {
                        figures[k].qualifiers.append(afterWord)
                        figures[k].comparator = last.comparator
                    }
                    figures[k].growth = first.growth || figures[k].growth
                    figures[k].stretch = first.stretch || figures[k].stretch
                }
                let names = splitList(first.indicator, count: j - i + 1)
                for k in i...j { figures[k].indicator = names[k - i] }
            } else if linkContains("均", before: figures[i].token.start, clause: figures[i].clause)
                        || (figures[i].growth && (figures[i].indicator.includes("和") || figures[i].indicator.includes("、"))) {
                // 登记交易规模和上架产品数均增长10%: one figure, several indicators.
                let parts = listParts(figures[i].indicator)
                if parts.count > 1 {
                    var copies: [Figure] = []
                    for part in parts {
                        var copy = figures[i]
                        copy.indicator = part
                        copies.append(copy)
                    }
                    figures.replaceSubrange(i...i, with: copies)
                    i += copies.count
                    continue
                }
            }
            i = j + 1
        }
    }

    private func isListGap(_ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        let gap = s[from..<to]
        return gap.count == 1 && Self.separators.contains(gap.first!)
    }

    /// 城乡居民人均可支配收入 → 城镇居民…, 农村居民…; 企业复工率、产能恢复率 → the two rates.
    func splitList(_ indicator: String, count: Int) -> [String] {
        var text = indicator
        for word in ["分别", "均"] where text.endsWith(word) { text.removeLast(word.count) }
        if count == 2, let range = text.range(of: "城乡") {
            return [text.replacingCharacters(in: range, with: "城镇"), text.replacingCharacters(in: range, with: "农村")]
        }
        let parts = listParts(text)
        guard parts.count == count else { return Array(repeating: text, count: count) }
        return Self.sharingWords(parts)
    }

    /// Completes list members that share words with a neighbour: 城镇、农村居民人均可支配收入
    /// (the last carries the head) and 生产安全事故起数、死亡人数 (the first carries the prefix).
    static func sharingWords(_ parts: [String]) -> [String] {
        guard parts.count > 1 else { return parts }
        let first = parts[0], last = parts[parts.count - 1]
        if parts.dropLast().allSatisfy({ $0.count == first.count }), last.count > first.count + 1 {
            let head = String(last.dropFirst(first.count))
            return parts.dropLast().map { $0 + head } + [last]
        }
        if parts.dropFirst().allSatisfy({ $0.count == last.count }), first.count > last.count + 1 {
            let prefix = String(first.dropLast(last.count))
            return [first] + parts.dropFirst().map { prefix + $0 }
        }
        return parts
    }

    func listParts(_ text: String) -> [String] {
        var trimmed = text
        for word in ["分别", "均"] where trimmed.endsWith(word) { trimmed.removeLast(word.count) }
        return trimmed.split(whereSeparator: { $0 == "、" || $0 == "和" || $0 == "及" }).map(String.init).filter { !$0.isEmpty }
    }

    // MARK: - Indicator wording

    /// The words before a figure that name it, or after it when a clause opens with the number.
    private func indicatorText(before end: Int, after: Int, clause: Range<Int>, token: Int) -> String {
        var start = max(clause.lowerBound, end - Self.reach)
        if let previous = previousInClause(clause) { start = max(start, previous.end) }
        var text = self.text(start..<max(start, end))
        // 粮食播种面积稳步提升、产量在120亿斤以上: a complete predicate before 、 is not part of the name.
        if let cut = text.range(of: "、", options: .backwards), !text.includes("分别"), !text.includes("均") {
            let head = String(text[..<cut.lowerBound])
            if Lexicon.qualitative.contains(where: { head.contains($0) }) || Lexicon.growthWords.contains(where: { head.endsWith($0) }) {
                text = String(text[cut.upperBound...])
            }
        }
        text = stripped(text)
        // 新增上市公司10家、总数达310家
        if text == "总数" || text == "总量", let previous = previousInClause(clause) {
            return (previous.indicator.startsWith("新增") ? String(previous.indicator.dropFirst(2)) : previous.indicator) + text
        }
        if text.isEmpty, let previous = previousInClause(clause) {
            // 新增上市公司52家、累计262家: the running total of the same thing.
            let link = self.text(start..<max(start, token))
            if link.includes("累计"), previous.indicator.startsWith("新增") {
                return String(previous.indicator.dropFirst(2)) + "总数"
            }
            return previous.indicator
        }
        if text.isEmpty {
            // 29项成果获国家科技进步奖: the noun follows the number.
            var stop = after
            while stop < clause.upperBound, stop - after < 40, !NumberScanner.isDigit(s[stop]) { stop += 1 }
            text = stripped(self.text(after..<stop))
        }
        return text
    }

    private func alternatives(for indicator: String, after end: Int, clause: Range<Int>) -> [String] {
        var result: [String] = []
        if let first = firstInClause(clause) {
            for verb in ["新增", "新认定", "新建", "新引进", "培育"] where first.indicator.startsWith(verb) && !indicator.startsWith(verb) {
                result.append(verb + indicator)
            }
        }
        if let previous = figures.last, previous.clause.overlaps(clause) || previous.end + 1 >= clause.lowerBound,
           indicator.count <= 6, previous.indicator.count > indicator.count {
            let head = Array(previous.indicator)
            for k in stride(from: head.count - 1, through: 2, by: -1) { result.append(String(head[..<k]) + indicator) }
        }
        // 推动全市25家企业成功上市: when the words before say little, the words after name the figure.
        if indicator.count <= 4 {
            var stop = end
            while stop < clause.upperBound, stop - end < 40, !NumberScanner.isDigit(s[stop]), s[stop] != "、" { stop += 1 }
            let following = stripped(text(end..<stop))
            if !following.isEmpty { result.append(following) }
        }
        return result
    }

    /// The text of a range of scalars.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }

    /// The figure read just before, if it stands in the same clause (figures are read in order).
    private func previousInClause(_ clause: Range<Int>) -> Figure? {
        guard let last = figures.last, last.clause == clause else { return nil }
        return last
    }

    /// The first figure of the clause, walked back from the last (at most 64 figures back).
    private func firstInClause(_ clause: Range<Int>) -> Figure? {
        var index = figures.count - 1
        var found: Figure?
        while index >= 0, figures[index].clause == clause, figures.count - index <= 64 {
            found = figures[index]
            index -= 1
        }
        return found
    }

    /// The words right before the number, after the indicator: 分别增长, 达到, 控制在.
    private func linkText(before end: Int, clause: Range<Int>) -> String {
        var start = clause.lowerBound
        if let previous = previousInClause(clause) { start = max(start, previous.end) }
        let from = max(start, end - 8)
        return text(from..<max(from, end))
    }

    private func linkContains(_ word: String, before end: Int, clause: Range<Int>) -> Bool {
        let link = linkText(before: end, clause: clause)
        return link.endsWith(word) || Lexicon.growthWords.contains { link.endsWith(word + $0) }
    }

    /// Drops connectives at the front and link words at the end, repeatedly.
    func stripped(_ input: String) -> String {
        var text = input
        // A sub-task's own number: 3.数字经济核心产业… → 数字经济核心产业…
        if let item = Self.itemNumber(Array(text.unicodeScalars)) { text = String(text.unicodeScalars.dropFirst(item)) }
        // 2021年数字经济核心产业增加值: the year is the statement's period, not part of the name.
        let head = Array(text.unicodeScalars.prefix(5))
        if head.count == 5, head[0..<4].allSatisfy(NumberScanner.isDigit), head[4] == "年", text.unicodeScalars.count > 5 {
            text = String(text.unicodeScalars.dropFirst(5))
        }
        var changed = true
        while changed {
            changed = false
            for word in Self.connectors where text.startsWith(word) && text.count > word.count {
                text.removeFirst(word.count); changed = true
            }
            for word in Lexicon.linkWords where text.endsWith(word) {
                text.removeLast(word.count); changed = true
                break
            }
            while let last = text.unicodeScalars.last, Self.clauseEnds.contains(last) || Self.separators.contains(last) || last == " " || last == "“" {
                text.unicodeScalars.removeLast(); changed = true
            }
            while let first = text.unicodeScalars.first, Self.separators.contains(first) || first == " " || first == "”" || first == "）" {
                text.unicodeScalars.removeFirst(); changed = true
            }
        }
        return text
    }

    // MARK: - Units and words

    /// The longest unit written at `index`; ("", index) when none.
    func readUnit(from index: Int) -> (String, Int) {
        for unit in Self.unitsByLength where matches(unit, at: index) {
            var text = unit
            var end = index + unit.unicodeScalars.count
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

    /// A number inside a short quotation (“1612”体系, “15分钟品质文化生活圈”, “三个15%”) names a programme.
    private func insideShortQuote(_ t: NumberToken) -> Bool {
        var open = t.start - 1
        while open >= 0, t.start - open <= 8, s[open] != "“", s[open] != "”", s[open] != "「" { open -= 1 }
        guard open >= 0, t.start - open <= 8, s[open] == "“" || s[open] == "「" else { return false }
        var close = t.end
        while close < s.count, close - t.end <= 12, s[close] != "”", s[close] != "“", s[close] != "」", s[close] != "。" { close += 1 }
        return close < s.count && (s[close] == "”" || s[close] == "」")
    }

    static let unitsByLength: [String] = Lexicon.units.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
    static let beforeWords = Lexicon.before.sorted { $0.word.unicodeScalars.count > $1.word.unicodeScalars.count }

    /// 18万余家 / 300多个 / 9000余住户: the 余 or 多 mark, with the unit completed around it.
    private func approximateMark(_ tokenEnd: Int, unit: inout String, end: inout Int) -> String? {
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

    private func contains(_ word: String, in range: Range<Int>) -> Bool {
        let length = word.unicodeScalars.count
        guard range.count >= length else { return false }
        for i in range.lowerBound...(range.upperBound - length) where matches(word, at: i) { return true }
        return false
    }

    private func rankContext(at index: Int) -> Bool {
        let clause = clauseRange(around: index)
        let from = max(clause.lowerBound, index - 10)
        let window = text(from..<index)
        return Lexicon.rankContext.contains { window.contains($0) }
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

    private func isNounStart(_ c: Unicode.Scalar) -> Bool {
        if NumberScanner.isDigit(c) || c == "的" { return true }
        return (0x4E00...0x9FFF).contains(c.value) && !["和", "及", "或", "并"].contains(c)
    }

    private func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
    }
}
