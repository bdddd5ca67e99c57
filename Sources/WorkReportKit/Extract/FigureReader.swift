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
        /// What the verb before the number states: a rise (增长3.9%), a fall (下降2.0%), or a
        /// level (下降到28微克/立方米, a plain figure).
        var change: IndicatorWording.Change = .none
        /// The upper bound of a range (6.5 of 6%—6.5%).
        var upper: NumberToken? = nil
        /// Numbers read as part of this figure, besides its own: a ratio's base (the 1 of 1.82:1).
        var alsoRead: [NumberToken] = []
        /// Whether the subject came from a figure before it in the sentence, whole (…16106亿元，增长
        /// 3.9%) or made into a total or a share of it (…，累计达262家; …，占GDP比重27.1%).
        var carried: Carried = .no
        var indicator: String
        /// 低于目标任务5.5个百分点, 完成年度目标的98%: the figure is the report's verdict on the result
        /// before it, not a figure of its own; `statedText` holds the words that say it.
        var stated: StatedVerdicts.Reading? = nil
        var statedText = ""
        /// The flow verb that opens the figure's list (新增国家级制造业单项冠军9家、专精特新“小巨人”企业
        /// 122家): it scopes every member that states no scope of its own.
        var listVerb: String? = nil
        /// Fuller wordings to try in the catalog when `indicator` alone names nothing.
        var alternatives = Alternatives()
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
    /// Where its sentences end (。！？), in order: a subject is carried within a sentence.
    let fullStops: [Int]

    var figures: [Figure] = []
    var skipped: [(token: NumberToken, reason: SkipReason)] = []

    /// How far back (in scalars) a figure's words are looked for.
    static let reach = 120

    /// 、和及与 and the ASCII comma: what separates the members of a list.
    @inline(__always)
    static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c { case "、", "和", "及", "与", ",": return true; default: return false }
    }
    static let connectors = ["其中", "同时", "另外", "以及", "力争", "确保", "初步预计", "初步核算", "预计", "全年", "今年", "年内", "实现", "并", "和", "及", "与",
                             "、", "的", "是"]

    /// `room`: the memory of the core's passages before (`DecodingRoom`); a new one when not given.
    init(_ text: String, kind: StatementKind, skipItemNumber: Bool, room: DecodingRoom = DecodingRoom()) {
        let decoded = DecodedText(text, room: room)
        s = decoded.scalars
        bytes = decoded.bytes
        offsets = decoded.offsets
        self.kind = kind
        Clauses.clauses(in: decoded.scalars, into: &room.clauses)
        clauses = room.clauses
        fullStops = decoded.fullStops
        var begin = 0
        if skipItemNumber, let item = Self.itemNumber(s) {
            skipped.append((NumberToken(start: 0, end: item, text: String(self.text(0..<item).dropLast())), .itemNumber))
            begin = item
        }
        NumberScanner.tokens(in: s, from: begin, into: &room.tokens)
        figures.reserveCapacity(room.tokens.count)
        read(room.tokens)
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
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let reason = skipReason(token, previous: k > 0 ? tokens[k - 1] : nil, next: next)
            // 1.8:30.3:67.9, 1.82:1: a ratio, read member by member.
            if reason == nil, let chain = ratioChain(tokens, from: k) {
                figures += ratioFigures(chain)
                k += chain.count
                continue
            }
            // 6%—6.5%, 25万-28万人, 5—8个: a range that is the figure, read as one.
            if reason == nil || reason == .range, let next, let range = range(from: token, to: next) {
                // 1-9月, 1—5月份: a span of the calendar, its first month a date as its last is
                // (3-5个月 counts months, and is a figure).
                if Self.calendarUnits.contains(where: { range.unit.sameBytes($0) }) {
                    skipped.append((token, .date))
                    k += 1
                    continue
                }
                figures.append(figure(token, range: range))
                k += 2
                continue
            }
            if let reason {
                skipped.append((token, reason))
                k += 1
                continue
            }
            figures.append(figure(token))
            k += 1
        }
        distributeLists()
    }

    static let ratioColons: ScalarSet = [":", "：", "︰", "∶"]
    static let calendarUnits = ["月", "月份", "日"]
    /// 三次产业结构: what the members of a three-part ratio are.
    static let sectorWords = ["三次产业", "产业结构", "三产结构"]
    static let sectorNames = ["第一产业比重", "第二产业比重", "第三产业比重"]

    /// Numbers joined by ratio colons, with no unit between them: 10.3:45.2:44.5, 1.82∶1.
    func ratioChain(_ tokens: [NumberToken], from k: Int) -> [NumberToken]? {
        var chain = [tokens[k]]
        var i = k
        while i + 1 < tokens.count {
            let end = tokens[i].end
            guard end < s.count, Self.ratioColons.contains(s[end]), tokens[i + 1].start == end + 1 else { break }
            chain.append(tokens[i + 1])
            i += 1
        }
        return chain.count >= 2 ? chain : nil
    }

    /// The figures of a ratio. x:1 is the ratio x (城乡居民收入比1.82:1); a three-part ratio of the
    /// industries gives each industry's share (三次产业结构为1.8:30.3:67.9); any other ratio gives its
    /// members in order, named by the ratio and their place.
    func ratioFigures(_ chain: [NumberToken]) -> [Figure] {
        var first = figure(chain[0])
        first.end = chain[chain.count - 1].end
        first.alsoRead = Array(chain.dropFirst())
        if chain.count == 2, chain[1].text == "1" { return [first] }
        let opening = sentenceStart(before: chain[0].start)
        let before = text(opening..<chain[0].start)
        let sectors = chain.count == 3 && Self.sectorWords.contains { before.includes($0) }
        var figures: [Figure] = []
        for (index, token) in chain.enumerated() {
            var member = index == 0 ? first : figure(token)
            if index == 0 { member.alsoRead = [] }
            member.indicator = sectors ? Self.sectorNames[index] : "\(first.indicator)（第\(index + 1)项）"
            member.alternatives = Alternatives()
            member.change = .none
            member.growth = false
            member.unit = ""
            if index > 0 { member.comparator = first.comparator; member.qualifiers = first.qualifiers }
            figures.append(member)
        }
        return figures
    }

    /// A range read as a figure: its upper bound, the unit of both bounds, and where it ends.
    struct Range2 {
        let upper: NumberToken
        let unit: String
        let end: Int
    }

    /// `t`, a dash and `next` make a range figure when the bounds share a unit and the range does
    /// not bound a noun (20万至60万群体, 60至79岁老年人口), unless it counts that noun (新建5—8个未来社区).
    func range(from t: NumberToken, to next: NumberToken) -> Range2? {
        let (unit, unitEnd) = readUnit(from: t.end)
        guard unitEnd < s.count, Lexicon.rangeDashes.contains(s[unitEnd]) else { return nil }
        var dashEnd = unitEnd + 1
        while dashEnd < s.count, dashEnd - unitEnd < 3, s[dashEnd] == s[unitEnd] { dashEnd += 1 }   // ——
        guard next.start == dashEnd else { return nil }
        // 一 between numbers is a dash only where a copy made it one: after a bound with its unit.
        if s[unitEnd] == "一", unit.isEmpty { return nil }
        let (upperUnit, upperEnd) = readUnit(from: next.end)
        guard !upperUnit.isEmpty else { return nil }   // 1403-08地块: plot numbers
        guard unit.isEmpty || unit.sameBytes(upperUnit) || upperUnit.hasPrefix(unit) else { return nil }
        var after = upperEnd
        if let found = Self.afterTable.longest(in: s, at: after) { after += Self.afterTable.length(found) }
        if matches("之间", at: after) { after += 2 }
        if after < s.count, isNounStart(s[after]), !NumberScanner.isDigit(s[after]) {
            let counts = upperUnit.unicodeScalars.last.map { Lexicon.countClassifiers.contains($0) } ?? false
            if !counts || upperUnit.hasSuffix("岁") { return nil }
        }
        return Range2(upper: next, unit: upperUnit, end: upperEnd)
    }

    func figure(_ t: NumberToken, range: Range2? = nil) -> Figure {
        let clause = clauseRange(around: t.start)
        var qualifiers: [String] = []
        var comparator = Comparator.equal
        let rank = t.start > 0 && s[t.start - 1] == "第"

        // Before the number: 控制在, 达到, 超过, 约 …, also before the change verb (确保增长3%).
        var lookBack = rank ? t.start - 1 : t.start
        if let found = Self.beforeTable.longest(in: s, endingAt: lookBack), !isWordEnd(found, endingAt: lookBack) {
            let (word, target, result) = Lexicon.before[found]
            comparator = kind == .target ? target : result
            qualifiers.append(word)
            lookBack -= Self.beforeTable.length(found)
        } else if let verb = Self.changeVerbTable.longest(in: s, endingAt: lookBack),
                  case let at = lookBack - Self.changeVerbTable.length(verb),
                  let found = Self.beforeTable.longest(in: s, endingAt: at), Self.clauseWords.contains(Lexicon.before[found].word) {
            let (word, target, result) = Lexicon.before[found]
            comparator = kind == .target ? target : result
            qualifiers.append(word)
        }
        // Unit, with 余 / 多 inside it (18万余家, 300多个); a range's unit is its upper bound's.
        var (unit, end) = range.map { ($0.unit, $0.end) } ?? readUnit(from: t.end)
        if range == nil, let approx = approximateMark(t.end, unit: &unit, end: &end) {
            qualifiers.append(approx)
            comparator = .atLeast
        }
        if let found = Self.afterTable.longest(in: s, at: end) {
            qualifiers.append(Lexicon.after[found].word)
            // 控制在5%以内 stays at most; 达到3.3%以上 becomes at least.
            comparator = Lexicon.after[found].comparator
            end += Self.afterTable.length(found)
        }
        if range != nil {
            comparator = .between
            if matches("之间", at: end) { end += 2 }
        }
        if rank { unit = "" }
        // 增长-2.6%: a minus sign after a word is the figure's sign, not a dash.
        let minus = lookBack == t.start && t.start > 0 && Self.minusSigns.contains(s[t.start - 1])
            && (t.start < 2 || !(NumberScanner.isDigit(s[t.start - 2]) || s[t.start - 2] == "%"))
        if minus { lookBack -= 1 }

        // Words said once for the clause (力争…, 预计全年增长6%左右), looked for within a bounded
        // reach so that a clause of megabytes stays linear.
        let reach = max(clause.lowerBound, t.start - Self.reach)..<t.start
        let stretch = contains(Self.striving, in: reach)
        if !qualifiers.contains(where: { $0.sameBytes("预计") }), contains(Self.expected, in: reach) { qualifiers.insert("预计", at: 0) }
        // 约占地区生产总值的25%: the 约 of the share's verb bounds its figure.
        if comparator == .equal, contains(Self.aboutShare, in: reach) {
            comparator = .about
            qualifiers.insert("约", at: 0)
        }
        var link = linkText(before: lookBack, clause: clause)
        for word in ["力争", "确保", "分别", "均", "预计", "年均"] where link.endsWith(word) { link.removeLast(word.count) }
        let percent = unit.sameBytes("%") || unit.sameBytes("个百分点") || unit.sameBytes("‰")
        var change = Self.change(stated: link, percent: percent)
        if minus { change = .fall }
        let (indicator, carried) = indicatorText(before: lookBack, after: end, clause: clause, token: t.start, change: change, percent: percent)
        // …增长1.5%，低于目标任务5.5个百分点: a verdict on the result before it.
        // A verdict names the target it holds the result against (目标, 预期, 计划): words without one
        // are passed over from their bytes, before any String is made of them.
        var stated: StatedVerdicts.Reading?, statedText = ""
        let leadRange = max(clause.lowerBound, previousInClause(clause).map { figures[$0].end } ?? clause.lowerBound)..<t.start
        if holdsAny(Self.verdictReferenceBytes, in: leadRange), case let lead = Self.verdictLead(text(leadRange)),
           let reading = StatedVerdicts.reading(of: lead), previousInSentence(clause) != nil || previousInClause(clause) != nil {
            stated = reading
            statedText = lead + text(t.start..<end)
        }
        // 增长6%以上，力争7%: a figure that only repeats the subject of a change, with no verb of
        // its own, is the same change.
        var repeated = change
        if carried == .whole, change == .none, percent, let previous = previousInSentence(clause), figures[previous].change != .none,
           figures[previous].unit.sameBytes(unit) {
            repeated = figures[previous].change == .fall && !minus ? .fall : figures[previous].change
        }
        // Made whole at once and returned as made: a figure made, then changed, was copied on its way out.
        return Figure(token: t, unit: unit, end: end, comparator: comparator, qualifiers: qualifiers, stretch: stretch,
                      growth: repeated != .none, change: repeated, upper: range?.upper, carried: carried, indicator: indicator,
                      stated: stated, statedText: statedText, listVerb: listVerb(for: indicator, clause: clause),
                      alternatives: alternatives(for: indicator, after: end, clause: clause), rank: rank, clause: clause)
    }

    enum Carried { case no, whole, composed }

    /// `StatedVerdicts.references` as bytes. The connectives `verdictLead` takes off hold none of
    /// their characters, so the words before a number hold a reference exactly when the lead does.
    static let verdictReferenceBytes = StatedVerdicts.references.map { Array($0.utf8) }

    /// Whether the passage's text over a range of scalars holds one of the words, by its bytes.
    func holdsAny(_ words: [[UInt8]], in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { b in
            let part = UnsafeBufferPointer(rebasing: b[offsets[range.lowerBound]..<offsets[range.upperBound]])
            return words.contains { word in word.withUnsafeBufferPointer { firstOccurrence(of: $0, in: part) != nil } }
        }
    }

    /// The words before a number as a verdict would be worded: without the separators and
    /// connectives that open a clause (，、其中 并).
    static func verdictLead(_ text: String) -> String {
        var words = Substring(text)
        while let first = words.unicodeScalars.first, first == "、" || first == "，" || first == " " || first == "," {
            words = Substring(words.unicodeScalars.dropFirst())
        }
        // By bytes: the connectives are single characters with no marks to combine.
        for connective in ["其中", "并且", "并", "且", "均"] where words.startsWith(connective) {
            words = Substring(words.utf8.dropFirst(connective.utf8.count))
        }
        return String(words)
    }

    /// `Lexicon.changeFillers` and the list words, longest first (定为 whole, not 为 alone).
    static let fillers = (Lexicon.changeFillers + ["分别", "均"]).sorted { $0.count > $1.count }

    static let aboutShare: [Unicode.Scalar] = ["约", "占"]
    static let minusSigns: ScalarSet = ["-", "－", "−"]

    /// The change that the words right before a number state: the longest change verb or change
    /// noun they end with, past the fillers between it and the number (增长了, 下降为, 增速达).
    /// A verb ending in 到 / 至 reaches a level (下降到); for a count or an amount only the verbs
    /// of `amountChangeVerbs` state a change (增加14.3万人, not 改造提升100个).
    static func change(stated link: String, percent: Bool) -> IndicatorWording.Change {
        // On the link's own UTF-8, the words as bytes with their length in scalars: this runs for
        // every figure, and decoding the link into an array of scalars first cost as much again.
        var storage = link
        return storage.withUTF8 { b in
            var end = b.count
            var count = 0
            for byte in b where byte & 0xC0 != 0x80 { count += 1 }
            // The last byte compared first: most words of the lists end otherwise.
            func ends(_ word: [UInt8]) -> Bool {
                end >= word.count && b[end - 1] == word[word.count - 1]
                    && UnsafeBufferPointer(rebasing: b[(end - word.count)..<end]).elementsEqual(word)
            }
            // “6.5%左右”: an opening quotation mark belongs to the figure, not to the words before it.
            while let quote = openingQuotes.first(where: ends) { end -= quote.count; count -= 1 }
            var trimmed = true
            // Whether the filler right after the verb (the last one trimmed) is 为.
            var toAfterVerb = false
            while trimmed {
                trimmed = false
                for (filler, length) in Self.fillerBytes where count > length && ends(filler) {
                    end -= filler.count
                    count -= length
                    trimmed = true
                    toAfterVerb = filler.count == 3 && filler == Self.toBytes
                }
            }
            var best: (length: Int, change: IndicatorWording.Change, amount: Bool, verb: Bool)?
            for (word, length, change, amount, verb) in Self.changeWordBytes where length > best?.length ?? 0 && ends(word) {
                best = (length, change, amount, verb)
            }
            guard let best else { return .none }
            if !percent, !best.amount { return .none }
            // 由3.5%下降为3.2%: a fall to a level, as 下降到 is (降幅为 is a fall by).
            if toAfterVerb, best.change == .fall, best.verb { return .none }
            return best.change
        }
    }

    /// “ 「 and the ASCII quotation mark, as bytes.
    static let openingQuotes: [[UInt8]] = ["“", "「", "\""].map { Array($0.utf8) }
    /// The fillers, longest first, as bytes with their length in scalars.
    static let fillerBytes = fillers.map { (Array($0.utf8), $0.unicodeScalars.count) }
    /// Every change verb and noun as bytes, with its length in scalars, its change and whether it
    /// may change an amount.
    static let toBytes = Array("为".utf8)
    /// Each change word: its bytes, its length in scalars, the change, whether it states a change of
    /// an amount too, and whether it is a verb (not a noun such as 降幅).
    static let changeWordBytes: [([UInt8], Int, IndicatorWording.Change, Bool, Bool)] =
        (Lexicon.fallVerbs + Lexicon.fallNouns).map {
            (Array($0.utf8), $0.unicodeScalars.count, .fall, Lexicon.amountChangeVerbs.contains($0), Lexicon.fallVerbs.contains($0))
        }
        + (Lexicon.riseVerbs + Lexicon.riseNouns).map {
            (Array($0.utf8), $0.unicodeScalars.count, .rise, Lexicon.amountChangeVerbs.contains($0), Lexicon.riseVerbs.contains($0))
        }

    // MARK: - Units and words

    /// The longest unit written at `index`; ("", index) when none.
    func readUnit(from index: Int) -> (String, Int) {
        if let found = Self.unitTable.longest(in: s, at: index) {
            var text = Lexicon.units[found]
            var end = index + Self.unitTable.length(found)
            // 2500万册, 3.2亿吨, 1200万立方米: a scale before any unit the table knows.
            if Self.scales.contains(where: { $0.sameBytes(text) }), end < s.count, let base = Self.unitTable.longest(in: s, at: end),
               !Lexicon.units[base].startsWith("万"), !Lexicon.units[base].startsWith("亿") {
                text += Lexicon.units[base]
                end += Self.unitTable.length(base)
            }
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
    /// A scale alone, before the unit it scales; compared by bytes (`==` compares by canonical equivalence).
    static let scales = ["万", "亿", "万亿"]
    static let changeVerbTable = WordTable(Lexicon.riseVerbs + Lexicon.fallVerbs)
    /// Comparator words that may stand before a change verb rather than its number.
    static let clauseWords: Set<String> = ["力争", "确保", "不低于", "至少"]
    static let beforeTable = WordTable(Lexicon.before.map(\.word))
    static let about = Lexicon.before.firstIndex { $0.word == "约" }

    /// Whether the word before a number found in `beforeTable` is the end of another word: the 约
    /// of 签约.
    func isWordEnd(_ found: Int, endingAt end: Int) -> Bool {
        found == Self.about && end >= 2 && Lexicon.boundAbout.contains(s[end - 2])
    }
    static let afterTable = WordTable(Lexicon.after.map(\.word))
    static let striving: [Unicode.Scalar] = ["力", "争"]
    static let expected: [Unicode.Scalar] = ["预", "计"]

    /// 18万余家 / 300多个 / 9000余住户: the 余 or 多 mark, with the unit completed around it.
    func approximateMark(_ tokenEnd: Int, unit: inout String, end: inout Int) -> String? {
        if unit.isEmpty || Self.scales.contains(where: { $0.sameBytes(unit) }) {
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
        let length = word.scalarCount
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
