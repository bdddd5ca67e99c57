import Foundation

/// The words that name a figure's indicator, and fuller wordings to look up in the catalog.
extension FigureReader {
    /// The words before a figure that name it, and whether they were carried from a figure before
    /// it in the sentence. A clause that states only a change, a total or a share (…16106亿元，比上年
    /// 增长3.9%; …，累计达262家; …，占GDP比重27.1%) takes its subject from the figure before; a clause
    /// that opens with the number takes the noun after it (29项成果获国家科技进步奖); a figure whose
    /// sentence names its subject in a clause of its own takes that (城镇新增就业超额完成年度目标，达到32.1万人).
    func indicatorText(before end: Int, after: Int, clause: Range<Int>, token: Int, change: IndicatorWording.Change, percent: Bool) -> (String, Carried) {
        var start = max(clause.lowerBound, end - Self.reach)
        if let previous = previousInClause(clause) { start = max(start, figures[previous].end) }
        var text = self.text(start..<max(start, end))
        // 粮食播种面积稳步提升、产量在120亿斤以上: a complete predicate before 、 is not part of the name.
        if let cut = text.lastRange(of: "、"), !text.includes("分别"), !text.includes("均") {
            let head = String(text[..<cut.lowerBound])
            if Lexicon.qualitative.contains(where: { head.includes($0) }) || Lexicon.growthWords.contains(where: { head.endsWith($0) }) {
                text = String(text[cut.upperBound...])
            }
        }
        let raw = text
        text = stripped(text)
        // 经济增长6%左右: a name of two characters keeps the word of its change (经济 alone names nothing).
        if change != .none, (1...2).contains(IndicatorWording.withoutPlainPrefixes(text).scalarCount),
           let word = (Lexicon.riseNouns + Lexicon.riseVerbs + Lexicon.fallVerbs + Lexicon.fallNouns).first(where: { raw.includes(text + $0) }) {
            text += word
        }
        // 推进1686个亿元以上项目建设, 基本完成亚运村和55个竞赛场馆建设: the words before name an action
        // (or another thing, joined by 和), so the noun after the number is what is counted.
        if !text.isEmpty, Self.isActionOnly(text) || raw.endsWith("和") || raw.endsWith("及") {
            let following = nounAfter(after, within: clause)
            if following.scalarCount >= 2, !Self.startsOpen(following) { return (Self.actions(of: text) + following, .no) }
        }
        // 建成地铁1号线三期、杭富线，新增里程133公里: a scope word and a measure name no thing; the
        // clause before names it (地铁).
        if Self.isBareMeasure(text), previousInClause(clause) == nil, let thing = leadThing(before: clause) {
            return (thing + text, .composed)
        }
        let inClause = previousInClause(clause)
        let carrier = inClause ?? previousInSentence(clause)
        // 新增50家婴幼儿照护服务机构: a scope word alone counts the noun after the number; with none
        // (新增上市公司10家、总数达310家; 上市公司总数突破300家，其中今年新增25家) the thing the figure
        // before named.
        if Self.isScopeWord(text) {
            let following = nounAfter(after, within: clause)
            if !following.isEmpty { return (text + following, .no) }
            if let carrier, let scoped = Self.scoped(text, thing: figures[carrier].indicator) { return (scoped, .composed) }
        }
        // …，占GDP比重27.1%: the share is of what the figure before named.
        if let carrier, text.startsWith("占") || text.startsWith("相当于") { return (Self.thing(figures[carrier].indicator) + text, .composed) }
        guard text.isEmpty else { return (text, .no) }
        let link = self.text(start..<max(start, token))
        if let inClause { return (Self.total(of: figures[inClause].indicator, link: link), .whole) }
        if change != .none || percent, let carrier { return (Self.total(of: figures[carrier].indicator, link: link), .whole) }
        // 29项成果获国家科技进步奖: the noun follows the number.
        let following = nounAfter(after, within: clause)
        if !following.isEmpty { return (following, .no) }
        if let carrier { return (Self.total(of: figures[carrier].indicator, link: link), .whole) }
        if let lead = leadClause(before: clause) { return (lead, .whole) }
        return ("", .no)
    }

    /// The words after a number up to the next one (or 40 scalars), passing over an age or a
    /// threshold in them (3岁以下婴幼儿照护服务机构).
    func nounAfter(_ after: Int, within clause: Range<Int>) -> String {
        var stop = after
        while stop < clause.upperBound, stop - after < 40, s[stop] != "、" {
            if NumberScanner.isDigit(s[stop]) {
                var end = stop
                while end < clause.upperBound, NumberScanner.isDigit(s[end]) || s[end] == "." { end += 1 }
                guard end < clause.upperBound, s[end] == "岁" || matches("以下", at: end + 1) || matches("以上", at: end + 1) else { break }
                stop = end
            }
            stop += 1
        }
        return stripped(text(after..<min(stop, clause.upperBound)))
    }

    /// Whether a wording is made of action and stage words alone (推进, 协调推进, 基本完成).
    static func isActionOnly(_ text: String) -> Bool { actions(of: text) == text }

    /// The action and stage words a wording opens with: 基本完成 of 基本完成亚运村.
    static func actions(of text: String) -> String {
        // Byte by byte on the string's own storage, words looked up by their first character:
        // this runs for every figure.
        var storage = text
        return storage.withUTF8 { bytes in
            var at = 0
            outer: while at + 3 <= bytes.count {
                let first = UInt32(bytes[at]) << 16 | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2])
                for word in actionWordsByFirst[first] ?? [] where at + word.count <= bytes.count
                    && UnsafeBufferPointer(rebasing: bytes[at..<(at + word.count)]).elementsEqual(word) {
                    at += word.count
                    continue outer
                }
                break
            }
            return at == bytes.count ? text : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<at]), as: UTF8.self)
        }
    }

    /// `Lexicon.actionWords` as bytes by the three bytes of their first character, longest first
    /// (as the list has them).
    static let actionWordsByFirst: [UInt32: [[UInt8]]] = Dictionary(grouping: Lexicon.actionWords.map { Array($0.utf8) }) { key($0[0..<3]) }

    private static func key(_ bytes: ArraySlice<UInt8>) -> UInt32 { bytes.reduce(0) { $0 << 8 | UInt32($1) } }

    /// Words after a number that do not start a name: 以上, 左右, 的, a connective.
    static func startsOpen(_ text: String) -> Bool { openingWords.contains { text.startsWith($0) } }

    static let openingWords = ["以上", "以下", "以内", "左右", "的", "和", "及", "等", "其中", "共", "次"]

    static func isScopeWord(_ text: String) -> Bool {
        // By bytes: `==` on Chinese text compares by canonical equivalence, and this runs for every word of every name.
        IndicatorWording.totalWords.contains { $0.sameBytes(text) } || text.sameBytes("累计") || text.sameBytes("累计新增")
            || IndicatorWording.flowWords.contains { $0.sameBytes(text) }
    }

    /// 新增上市公司52家、累计262家: the running total of the same thing.
    static func total(of indicator: String, link: String) -> String {
        link.includes("累计") && IndicatorWording.flowWords.contains(where: { indicator.startsWith($0) }) ? thing(indicator) + "总数" : indicator
    }

    /// A wording without its scope words: 新增境内外上市公司 → 境内外上市公司, 上市公司总数 → 上市公司.
    static func thing(_ indicator: String) -> String {
        var text = indicator
        for word in IndicatorWording.flowWords where text.startsWith(word) && text.count > word.count + 1 { text.removeFirst(word.count) }
        for word in IndicatorWording.flowWords where text.endsWith(word) && text.count > word.count + 1 { text.removeLast(word.count) }
        for word in IndicatorWording.totalWords + ["累计"] where text.endsWith(word) && text.count > word.count + 1 { text.removeLast(word.count) }
        if text.startsWith("累计"), text.count > 3 { text.removeFirst(2) }
        return text
    }

    /// A wording that is only a scope word (总数, 总量, 累计, 新增 …), made whole with the thing the
    /// figure before counts; nil for any other wording.
    static func scoped(_ text: String, thing other: String) -> String? {
        if IndicatorWording.totalWords.contains(text) || text.sameBytes("累计") { return thing(other) + (text.sameBytes("总量") ? "总量" : "总数") }
        if IndicatorWording.flowWords.contains(text) || text.sameBytes("累计新增") { return text + thing(other) }
        return nil
    }

    /// 新增里程, 总长, 新增面积: a scope word, if any, and a measure that belongs to whatever was named before.
    static func isBareMeasure(_ text: String) -> Bool {
        // Runs for every figure: most names end in none of these measures, so that is asked first,
        // from the last character's bytes before any word is compared.
        guard let last = text.utf8.last, bareMeasureLastBytes.contains(last),
              let measure = bareMeasures.first(where: { text.endsWith($0) }) else { return false }
        let head = text.utf8.count - measure.utf8.count
        return head == 0 || IndicatorWording.flowWords.contains { $0.utf8.count == head && text.startsWith($0) }
    }

    static let bareMeasures = ["总里程", "总面积", "里程", "长度", "总长", "面积"]
    static let bareMeasureLastBytes: [UInt8] = Array(Set(bareMeasures.compactMap(\.utf8.last)))

    /// The thing the clause before `clause` (in its sentence) opens with, its action words set
    /// apart and cut at its first number or list mark: 地铁 of 建成地铁1号线三期、6号线一期.
    func leadThing(before clause: Range<Int>) -> String? {
        let opening = sentenceStart(before: clause.lowerBound)
        guard opening < clause.lowerBound else { return nil }
        let previous = clauseRange(around: clause.lowerBound - 1)
        guard previous.lowerBound >= opening, !previous.isEmpty else { return nil }
        var words = stripped(text(previous))
        words.removeFirst(Self.actions(of: words).count)
        let thing = String(words.prefix { !$0.isNumber && $0 != "、" && $0 != "，" && $0 != "," })
        return thing.count >= 2 && thing.count <= 12 ? thing : nil
    }

    /// The words of the sentence's clause before `clause` that hold no number: the subject a
    /// clause of its own states (城镇新增就业超额完成年度目标，达到32.1万人).
    func leadClause(before clause: Range<Int>) -> String? {
        let opening = sentenceStart(before: clause.lowerBound)
        guard opening < clause.lowerBound else { return nil }
        let previous = clauseRange(around: clause.lowerBound - 1)
        guard previous.lowerBound >= opening, !previous.isEmpty, previous.count <= 40,
              !s[previous].contains(where: NumberScanner.isDigit) else { return nil }
        let lead = stripped(text(previous))
        return lead.isEmpty ? nil : lead
    }

    /// Where the sentence holding `index` starts, for carrying a subject: after 。！？, not after ；,
    /// which reports also write between a level and its growth (收入2100亿元；增长6.5%). Looks back
    /// at most 400 scalars.
    func sentenceStart(before index: Int) -> Int {
        // The last full stop before `index`, found among the passage's full stops.
        var low = 0, high = fullStops.count
        while low < high { let mid = (low + high) / 2; if fullStops[mid] < index { low = mid + 1 } else { high = mid } }
        let start = low > 0 ? fullStops[low - 1] + 1 : 0
        return max(start, index - 400)
    }

    @inline(__always)
    static func isFullStop(_ c: Unicode.Scalar) -> Bool { c == "。" || c == "！" || c == "？" || c == "!" || c == "?" }

    /// The last figure before `clause` in its sentence that is not a ranking, by its index in
    /// `figures`: the look-backs run several times a figure, and returning a copy of a figure
    /// copied its twenty fields each time.
    func previousInSentence(_ clause: Range<Int>) -> Int? {
        let opening = sentenceStart(before: clause.lowerBound)
        var index = figures.count - 1
        while index >= 0, figures.count - index <= 8 {
            guard figures[index].token.start >= opening else { return nil }
            if !figures[index].rank { return index }
            index -= 1
        }
        return nil
    }

    /// The flow verb of the clause's first figure, when this one is a later member that states no
    /// scope of its own.
    func listVerb(for indicator: String, clause: Range<Int>) -> String? {
        func verb(_ index: Int) -> String? { IndicatorWording.openingFlowWord(figures[index].indicator) }
        func opened() -> String? {
            if let first = firstInClause(clause), let found = verb(first) { return found }
            // 全年新增市场主体3.43万户，其中私营企业1.28万户，个体工商户2.08万户: what 其中 breaks down
            // keeps its scope: the last flow of the sentence, when 其中 follows it.
            let opening = sentenceStart(before: clause.lowerBound)
            var index = figures.count - 1
            while index >= 0, figures.count - index <= 8, figures[index].token.start >= opening {
                if let found = verb(index) {
                    return lastRange(of: Self.among, in: figures[index].end..<clause.lowerBound) == nil ? nil : found
                }
                index -= 1
            }
            return nil
        }
        // The member's own scope asked last: most figures have no list verb before them to take.
        guard let found = opened() else { return nil }
        return IndicatorWording.scope(of: indicator) == .neutral ? found : nil
    }

    static let among: [Unicode.Scalar] = ["其", "中"]

    /// The start of the last occurrence of `word` inside `range`.
    func lastRange(of word: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        var i = range.upperBound - word.count
        while i >= range.lowerBound {
            if s[i..<(i + word.count)].elementsEqual(word) { return i }
            i -= 1
        }
        return nil
    }

    /// A wording from its first word that counts: past 全年, 全市 and the like.
    static func thingStart(_ wording: String) -> String { IndicatorWording.withoutPlainPrefixes(wording) }

    /// What `Alternatives` spells its wordings from, taken while the figures before are at hand.
    func alternatives(for indicator: String, after end: Int, clause: Range<Int>) -> Alternatives {
        var lead: String?, head: String?, following: String?
        if let first = firstInClause(clause), Alternatives.verbs.contains(where: { figures[first].indicator.startsWith($0) }) {
            lead = figures[first].indicator
        }
        // 数字经济核心产业营业收入…、增加值; 安置房开工…、竣工: a measure or a stage of the same thing as the
        // figure before (a place word such as 全市 is neither).
        if let last = figures.indices.last, figures[last].clause.overlaps(clause) || figures[last].end + 1 >= clause.lowerBound,
           indicator.scalarCount <= 6, figures[last].indicator.scalarCount > indicator.scalarCount,
           !IndicatorWording.plainPrefixes.contains(where: { $0.sameBytes(indicator) }) {
            head = figures[last].indicator
        }
        // 推动全市25家企业成功上市: when the words before say little, the words after name the figure.
        if indicator.scalarCount <= 4 {
            var stop = end
            while stop < clause.upperBound, stop - end < 40, !NumberScanner.isDigit(s[stop]), s[stop] != "、" { stop += 1 }
            let words = stripped(text(end..<stop))
            if !words.isEmpty { following = words }
        }
        // Made whole at once: one made, then changed, was copied on its way out.
        return Alternatives(indicator: indicator, lead: lead, head: head, following: following)
    }

    /// Fuller wordings to try in the catalog when a figure's own wording names nothing, kept as
    /// the pieces they are spelled from until then: about half the figures' own wording is found
    /// (in the bundled reports), and spelling every head of the figure before, for every figure,
    /// showed in the profile.
    struct Alternatives: Sendable {
        /// The wording the figure was read with.
        var indicator = ""
        /// The clause's first figure's wording, when it opens with one of `verbs`.
        var lead: String?
        /// The figure before's wording, whose heads this one may complete.
        var head: String?
        /// The words after the number.
        var following: String?

        static let verbs = ["新增", "新认定", "新建", "新引进", "培育"]

        /// The list's leading verb (力争新增…、国高企300家 → 新增国高企), the figure before's heads,
        /// longest first (数字经济核心产业营业收入…、增加值 → 数字经济核心产业增加值), the words after
        /// the number.
        var wordings: [String] {
            var result: [String] = []
            if let lead {
                for verb in Self.verbs where lead.startsWith(verb) && !indicator.startsWith(verb) { result.append(verb + indicator) }
            }
            if let head {
                // Each shorter head is a prefix of the bytes cut where a scalar begins. Scalars, not
                // Characters: the folded text has no combining marks.
                let bytes = Array(head.utf8)
                let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
                for k in stride(from: starts.count - 1, through: 2, by: -1) {
                    result.append(String(decoding: bytes[..<starts[k]], as: UTF8.self) + indicator)
                }
            }
            if let following { result.append(following) }
            return result
        }
    }

    /// The text of a range of scalars.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }

    /// The figure read just before (its index), if it stands in the same clause (figures are read in order).
    func previousInClause(_ clause: Range<Int>) -> Int? {
        guard let last = figures.indices.last, figures[last].clause == clause else { return nil }
        return last
    }

    /// The first figure of the clause (its index), walked back from the last (at most 64 figures back).
    func firstInClause(_ clause: Range<Int>) -> Int? {
        var index = figures.count - 1
        var found: Int?
        while index >= 0, figures[index].clause == clause, figures.count - index <= 64 {
            found = index
            index -= 1
        }
        return found
    }

    /// The words right before the number, after the indicator: 分别增长, 达到, 控制在.
    func linkText(before end: Int, clause: Range<Int>) -> String { text(linkRange(before: end, clause: clause)) }

    /// Where those words stand: at most 8 scalars back, within the clause, after the figure before.
    func linkRange(before end: Int, clause: Range<Int>) -> Range<Int> {
        var start = clause.lowerBound
        if let previous = previousInClause(clause) { start = max(start, figures[previous].end) }
        let from = max(start, end - 8)
        return from..<max(from, end)
    }

    /// Whether the link words before a number (`linkText`) end with `word`, or with `word` and a
    /// growth word (均增长). Read on the passage's bytes: no String is made for the test.
    func linkContains(_ word: String, before end: Int, clause: Range<Int>) -> Bool {
        linkContains(Array(word.utf8), before: end, clause: clause)
    }

    /// `linkContains` with the word's bytes made once by the caller: it runs for every figure.
    func linkContains(_ word: [UInt8], before end: Int, clause: Range<Int>) -> Bool {
        let range = linkRange(before: end, clause: clause)
        let lo = offsets[range.lowerBound], hi = offsets[range.upperBound]
        return bytes.withUnsafeBufferPointer { b in
            func endsWith(_ tail: [UInt8], at stop: Int) -> Bool {
                guard stop - lo >= tail.count else { return false }
                for k in 0..<tail.count where b[stop - tail.count + k] != tail[k] { return false }
                return true
            }
            if endsWith(word, at: hi) { return true }
            return Self.growthWordBytes.contains { growth in endsWith(growth, at: hi) && endsWith(word, at: hi - growth.count) }
        }
    }

    static let evenlyBytes = Array("均".utf8)

    /// Drops connectives at the front and link words at the end, repeatedly. Works on the
    /// string's own UTF-8 bytes and copies only what it keeps, when it keeps less: it runs for
    /// every figure.
    func stripped(_ input: String) -> String {
        let text = Self.withoutComparisonBase(input)
        var copy = text
        let kept: String? = copy.withUTF8 { b in
            let (lo, hi) = Self.strippedBounds(b)
            return lo == 0 && hi == b.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
        }
        return kept ?? text
    }

    /// The bytes `stripped` keeps of a wording.
    static func strippedBounds(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var lo = 0, hi = b.count
        // A sub-task's own number: 3.数字经济核心产业… → 数字经济核心产业…
        if let item = Self.itemNumberBytes(b) { lo = item }
        // 2021年数字经济核心产业增加值: the year is the statement's period, not part of the name
        // (when some name follows it).
        if hi - lo > 7, b[lo..<(lo + 4)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), b[(lo + 4)..<(lo + 7)].elementsEqual(Self.yearBytes) {
            lo += 7
        }
        func has(_ word: [UInt8], at start: Int) -> Bool {
            guard start >= lo, start + word.count <= hi else { return false }
            for k in 0..<word.count where b[start + k] != word[k] { return false }
            return true
        }
        var changed = true
        while changed {
            changed = false
            for word in Self.connectorBytes where lo < hi && b[lo] == word[0] && has(word, at: lo) && hi - lo > word.count {
                lo += word.count; changed = true
            }
            for word in hi > lo ? Self.linkWordsByLastByte[Int(b[hi - 1])] : [] where has(word, at: hi - word.count) {
                // 签约, 纲要 are words of the name, not 签 or 纲 and a link word.
                if let bound = Self.boundLinkBytes.first(where: { $0.word == word })?.boundAfter,
                   let (before, _) = Self.lastScalar(b, lo, hi - word.count), bound.contains(before) {
                    continue
                }
                hi -= word.count; changed = true
                break
            }
            while hi > lo, let (last, width) = Self.lastScalar(b, lo, hi),
                  Clauses.isClauseEndMark(last) || Self.isSeparator(last) || last == " " || last == "“" || last == ":" {
                hi -= width; changed = true
            }
            while hi > lo, let (first, width) = Self.firstScalar(b, lo, hi),
                  Self.isSeparator(first) || first == " " || first == "”" || first == "）" {
                lo += width; changed = true
            }
        }
        return (lo, hi)
    }

    /// A wording without the base its change is measured against, wherever it stands: 比上年,
    /// 同比, 按可比价格计算, 较前两年平均值, 比2019年, and 名义 / 实际 right before the change.
    static func withoutComparisonBase(_ text: String) -> String {
        guard Self.mayHoldNote(text) else { return text }
        var s = text.scalarArray
        let count = s.count
        Self.dropNotes(&s)
        // The lists as scalars, each tried in its order: the first that fits is the one the list gives.
        func at(_ word: [Unicode.Scalar], _ i: Int) -> Bool { IndicatorWording.matches(s, word, at: i) }
        var i = 0
        while i < s.count {
            guard Self.baseStarts.contains(s[i]) else { i += 1; continue }
            if let fixed = Self.comparisonBaseScalars.first(where: { at($0, i) }) {
                s.removeSubrange(i..<(i + fixed.count))
                continue
            }
            if let lead = Self.comparisonLeadScalars.first(where: { at($0, i) }) {
                let alone = lead.count
                var j = i + alone
                if let period = Self.comparisonPeriodScalars.first(where: { at($0, j) }) {
                    j += period.count
                } else if j + 4 < s.count, (j..<(j + 4)).allSatisfy({ NumberScanner.isDigit(s[$0]) }), s[j + 4] == "年" {
                    j += 5
                }
                if j > i + alone {
                    if let tail = Self.comparisonTailScalars.first(where: { at($0, j) }) { j += tail.count }
                    s.removeSubrange(i..<j)
                    continue
                }
                if alone == 2 {
                    s.removeSubrange(i..<j)
                    continue
                }
            }
            i += 1
        }
        // 名义增长, 实际增长: qualifiers of the change, at the end or right before its verb.
        for word in Self.changeQualifierScalars where s.contains(word[0]) {
            var k = 0
            while k < s.count {
                if at(word, k) {
                    let after = k + word.count
                    let next = String(scalars: s[after..<min(s.count, after + 3)])
                    if after == s.count || (Lexicon.riseVerbs + Lexicon.fallVerbs + Lexicon.riseNouns).contains(where: { next.startsWith($0) }) {
                        s.removeSubrange(k..<after)
                        continue
                    }
                }
                k += 1
            }
        }
        // Nothing taken away: the wording as it came, not a copy.
        return s.count == count ? text : String(scalars: s)
    }

    static let comparisonBaseScalars = Lexicon.comparisonBases.map { Array($0.unicodeScalars) }
    static let comparisonLeadScalars = Lexicon.comparisonLeads.map { Array($0.unicodeScalars) }
    static let comparisonPeriodScalars = Lexicon.comparisonPeriods.map { Array($0.unicodeScalars) }
    static let comparisonTailScalars = Lexicon.comparisonTails.map { Array($0.unicodeScalars) }
    static let changeQualifierScalars = Lexicon.changeQualifiers.map { Array($0.unicodeScalars) }
    static let measureVerbScalars = Lexicon.measureVerbs.map { Array($0.unicodeScalars) }
    static let measuredNounScalars = Lexicon.measuredNouns.map { Array($0.unicodeScalars) }

    /// The first characters of the comparison bases and their leads (比, 较, 同, 按 …).
    static let baseStarts = ScalarSet((Lexicon.comparisonBases + Lexicon.comparisonLeads).compactMap(\.unicodeScalars.first))

    /// Whether `withoutComparisonBase` could take anything away: a wording without any of the first
    /// characters it looks for is returned as it is, without a copy. A bullet and a span of years
    /// (五年, 十年来) go only at the front, so only the first character is asked for them: 年 and —
    /// anywhere sent most wordings through the whole rewrite for nothing.
    static func mayHoldNote(_ text: String) -> Bool {
        if let first = text.unicodeScalars.first, Extractor.isNumeral(first) || Lexicon.bullets.contains(first) { return true }
        return text.containsScalar(where: Self.mayNote)
    }

    /// The first characters of the comparison bases, notes in brackets, footnote marks, 完成 /
    /// 实现 / 分别 and 名义 / 实际.
    @inline(__always)
    static func mayNote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "比", "较", "可", "扣", "同", "名", "实", "[", "［", "(", "（", "完", "分", "按", "环": return true
        default: return (0x2460...0x2473).contains(c.value)
        }
    }

    static let noteStarts = ScalarSet(["[", "［", "(", "（"] + Lexicon.measureVerbs.compactMap(\.unicodeScalars.first))

    /// What a wording carries that names nothing: footnote marks ([2], ①), remarks in brackets
    /// ((下同), （预计数）), bullets (●), a span of years in numerals at its front (五年, 十年来), and
    /// 完成 / 实现 between a thing and what is measured of it (第三产业实现增加值 → 第三产业增加值).
    static func dropNotes(_ s: inout [Unicode.Scalar]) {
        func at(_ word: [Unicode.Scalar], _ i: Int) -> Bool { IndicatorWording.matches(s, word, at: i) }
        var i = 0
        while i < s.count {
            let c = s[i]
            guard Self.noteStarts.contains(c) || (0x2460...0x2473).contains(c.value) || (i == 0 && Lexicon.bullets.contains(c)) else {
                i += 1
                continue
            }
            if (0x2460...0x2473).contains(c.value) || (i == 0 && Lexicon.bullets.contains(c)) { s.remove(at: i); continue }
            if c == "[" || c == "［" || c == "(" || c == "（" {
                var j = i + 1
                while j < s.count, j - i <= 16, s[j] != "]", s[j] != "］", s[j] != ")", s[j] != "）" { j += 1 }
                if j < s.count, j - i <= 16 {
                    let inside = String(scalars: s[(i + 1)..<j])
                    let footnote = !inside.isEmpty && inside.unicodeScalars.allSatisfy(NumberScanner.isDigit)
                    if footnote || Lexicon.remarks.contains(where: { inside.includes($0) }) {
                        s.removeSubrange(i...j)
                        continue
                    }
                }
            }
            if let verb = Self.measureVerbScalars.first(where: { at($0, i) }), i > 0, (0x4E00...0x9FFF).contains(s[i - 1].value),
               Self.measuredNounScalars.contains(where: { at($0, i + verb.count) }) {
                s.removeSubrange(i..<(i + verb.count))
                continue
            }
            i += 1
        }
        // 五年年均, 十年来, 三年累计: the span a figure is averaged or summed over.
        var k = 0
        while k < s.count, k < 3, Extractor.isNumeral(s[k]) { k += 1 }
        if k > 0, k < s.count, s[k] == "年" {
            var end = k + 1
            if end < s.count, s[end] == "来" || s[end] == "间" { end += 1 }
            s.removeSubrange(0..<end)
        }
    }

    /// `itemNumber` on UTF-8 bytes: the byte offset after `1.` or `10、`.
    static func itemNumberBytes(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < b.count, i < 3, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard (1...2).contains(i), i < b.count else { return nil }
        if b[i] == 0x2E { return i + 1 }
        for mark in itemMarkBytes where i + mark.count <= b.count && b[i..<(i + mark.count)].elementsEqual(mark) { return i + mark.count }
        return nil
    }

    static let itemMarkBytes = [Array("、".utf8), Array("．".utf8)]
    static let yearBytes = Array("年".utf8)
    static let boundLinkBytes = Lexicon.boundLinkWords.map { (word: Array($0.word.utf8), boundAfter: $0.boundAfter) }
    /// The link words by their last byte, each list in the order of `Lexicon.linkWords`, so that
    /// the first that fits is the same word the whole list would give.
    static let linkWordsByLastByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in linkWordBytes { if let last = word.last { table[Int(last)].append(word) } }
        // Longest first, so that 定为 goes whole rather than 为 alone.
        return table.map { words in words.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element) }
    }()

    static let connectorBytes = connectors.map { Array($0.utf8) }
    static let growthWordBytes = Lexicon.growthWords.map { Array($0.utf8) }
    static let linkWordBytes = Lexicon.linkWords.map { Array($0.utf8) }

    /// The scalar that UTF-8 bytes `lo..<hi` end with, and its width in bytes.
    static func lastScalar(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (Unicode.Scalar, Int)? {
        var start = hi - 1
        while start > lo, b[start] & 0xC0 == 0x80 { start -= 1 }
        return firstScalar(b, start, hi).map { ($0.0, hi - start) }
    }

    /// The scalar that UTF-8 bytes `lo..<hi` begin with, and its width in bytes.
    static func firstScalar(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (Unicode.Scalar, Int)? {
        guard lo < hi else { return nil }
        let lead = b[lo]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard lo + width <= hi else { return nil }
        var value = width == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> UInt32(width + 1))
        for k in 1..<max(1, width) { value = value << 6 | UInt32(b[lo + k] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, width) }
    }
}
