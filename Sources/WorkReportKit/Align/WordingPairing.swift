import Foundation

/// How a row's target met its result: by the catalog (both sides map to one indicator id), or by
/// the words that name them (建设高速公路4条 ↔ 建成高速公路4条), for the targets the catalog leaves alone.
public enum Pairing: Sendable, Equatable {
    case catalog
    /// `score` in 0…1; `shared`: the words both sides name the thing by.
    case wording(score: Double, shared: String)
}

/// Whether to pair by wording after the catalog (`--pairing wording`, the default) or by the
/// catalog alone (`--pairing catalog`).
public enum PairingMode: String, Sendable, CaseIterable {
    case wording, catalog
}

/// Pairing by what is measured: a target the catalog gives no result looks among the results no
/// target has claimed, of its jurisdiction and year, for one whose unit compares with its own and
/// whose words name the same thing once the verbs of action and stage (建设, 建成, 基本完成 …) and
/// the scope (新增 …) are set apart. Scope checks reject before any word is scored: a stock (累计,
/// 总数, 培育 …) never answers a flow, a growth never a level or a share.
enum WordingPairing {
    /// The least score that pairs: the smaller side's words all found in the larger (containment
    /// 1) and half of all words shared (Dice 0.5) score 0.75; one shared word in three, not.
    static let threshold = 0.6

    struct Match { let score: Double; let shared: String }

    /// Words that name no thing of their own: 全市, 项目, 里程 (the unit says it), 工作.
    static let generic = ["全市", "全区", "全省", "全年", "年度", "项目", "工程", "工作", "任务", "运营里程", "里程", "长度", "规模",
                          "数量", "企业", "个数", "总规模", "以上", "省级", "市级", "亿元", "万元"]

    /// Two words for one thing, the second as the first: a short documented list beside the
    /// catalog's aliases (Reports/README.md).
    static let synonyms: [(String, String)] = [
        ("城市轨道交通", "地铁"), ("轨道交通", "地铁"), ("上市企业", "上市公司"), ("中小学校", "中小学"), ("比赛场馆", "竞赛场馆"), ("高校毕业生", "大学生"),
    ]

    /// Stock words: a count at a date, never this year's flow.
    static let stockWords = IndicatorWording.stockWords + ["培育", "在培", "现有", "共有", "总共"]

    /// What pairing needs of one statement, worked out once: a folder's hundreds of targets meet
    /// each result of their year. A class, so that handing one to `match` is one retain, not one
    /// for each of its strings and arrays.
    final class Side: Sendable {
        let statement: Statement
        let quantity: Quantity
        let measure: String
        let stock: Bool
        let noun: String?
        /// Whether `noun` names a share (比重, 比例 …).
        let isShare: Bool
        /// The thing's words, and the same without what is measured of it (增加值 …).
        let core: String, bare: String
        /// Character pairs, sorted and distinct: counted against another side's by one merge.
        let grams: [UInt64], bareGrams: [UInt64]

        init?(_ s: Statement, catalog: borrowing IndicatorCatalog) {
            guard let quantity = Quantity(s) else { return nil }
            statement = s
            self.quantity = quantity
            measure = WordingPairing.measure(s, catalog)
            stock = WordingPairing.isStock(s)
            noun = WordingPairing.measuredNoun(s.indicator)
            isShare = noun.map(WordingPairing.shareNouns.contains) ?? false
            let core = WordingPairing.core(s.indicator)
            let without = noun.map { core.replacingAll($0, with: "") } ?? core
            let bare = WordingPairing.hasTwoCharacters(without) ? without : core
            self.core = core; self.bare = bare
            grams = WordingPairing.bigrams(core)
            bareGrams = WordingPairing.bigrams(bare)
        }
    }

    /// A pair's score, or nil when the two cannot answer each other.
    static func match(target: Statement, result: Statement, catalog: IndicatorCatalog) -> Match? {
        guard let t = Side(target, catalog: catalog), let r = Side(result, catalog: catalog) else { return nil }
        return match(t, r)
    }

    static func match(_ target: Side, _ result: Side) -> Match? {
        let t = target.quantity, r = result.quantity
        // By bytes throughout: `==` on Chinese text compares by canonical equivalence, and every
        // target meets every result of its year here.
        guard t.base.sameBytes(r.base) else { return nil }
        if t.isRate {
            guard target.measure.sameBytes(result.measure) else { return nil }
        } else {
            guard sameOrder(t, r) else { return nil }
        }
        guard target.stock == result.stock else { return nil }
        // 营业收入 is not 增加值 of the same industry; and what is measured being the same, the thing
        // it is measured of must be too: 文化产业增加值 and 工业增加值 share only 增加值.
        if let a = target.noun, let b = result.noun, !a.sameBytes(b) { return nil }
        // A share of something (达到Ⅲ类的比例) is answered by that share, not by the thing's other rates.
        if t.isRate, target.isShare != result.isShare { return nil }
        let same = target.noun.map { a in result.noun.map { a.sameBytes($0) } ?? false } ?? false
        let (x, y) = same ? (target.bareGrams, result.bareGrams) : (target.grams, result.grams)
        guard !x.isEmpty, !y.isEmpty else { return nil }
        let common = commonCount(x, y)
        guard common > 0 else { return nil }
        let containment = Double(common) / Double(min(x.count, y.count))
        let dice = 2 * Double(common) / Double(x.count + y.count)
        let score = (containment + dice) / 2
        guard score >= threshold else { return nil }
        return Match(score: score, shared: same ? longestCommon(target.bare, result.bare) : longestCommon(target.core, result.core))
    }

    /// 6家 this year is not answered by 326家 of something else: a tenfold gap is another thing.
    static func sameOrder(_ t: Quantity, _ r: Quantity) -> Bool {
        guard !t.isRate, t.value != 0 else { return true }
        let ratio = r.value / t.value
        return ratio >= 0.1 && ratio <= 10
    }

    /// growth (增长8%), decline (下降20%) or a level in % (覆盖率90%).
    static func measure(_ s: Statement, _ catalog: IndicatorCatalog) -> String {
        if let known = catalog.indicator(s.indicatorID)?.measure { return known == .growth ? "growth" : known == .decline ? "decline" : "level" }
        return s.indicatorID.hasSuffix("_growth") ? "growth" : s.indicatorID.hasSuffix("_decline") ? "decline" : "level"
    }

    /// What is measured of a thing (增加值, 营业收入, 投资 …), the last one the wording names.
    static func measuredNoun(_ wording: String) -> String? {
        // The noun that starts last, the longer at one place: one walk back over the wording's
        // bytes, a noun tried only where a character opens with its first three bytes.
        var wording = wording
        return wording.withUTF8 { b -> String? in
            var i = b.count - 3
            while i >= 0 {
                if b[i] >= 0xE0, b[i] < 0xF0 {
                    let key = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
                    guard measuredNounKeyBits & 1 << UInt64(key & 63) != 0 else { i -= 1; continue }
                    for noun in measuredNounsLongestFirst where measuredNounKeys[noun] == key {
                        let bytes = measuredNounBytes[noun]
                        guard i + bytes.count <= b.count else { continue }
                        if bytes.withUnsafeBufferPointer({ bytesEqual(UnsafeBufferPointer(rebasing: b[i..<(i + bytes.count)]), $0) }) {
                            return measuredNouns[noun]
                        }
                    }
                }
                i -= 1
            }
            return nil
        }
    }

    static let measuredNouns = Lexicon.measuredNouns + ["营收", "税收", "利润", "产量", "面积", "人数", "户数", "比重", "比例", "覆盖率", "占比"]

    static let measuredNounBytes = measuredNouns.map { Array($0.utf8) }
    /// Each noun's first character as its three UTF-8 bytes (every noun opens with a Chinese character).
    static let measuredNounKeys = measuredNounBytes.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) }
    /// One bit for each value of the low six bits of some noun's first character: most characters
    /// open no noun and are passed over without trying the list.
    static let measuredNounKeyBits = measuredNounKeys.reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }
    /// The nouns' places, longest first (a stable sort: the list's order among equals).
    static let measuredNounsLongestFirst = measuredNouns.indices.sorted { (measuredNouns[$0].count, -$0) > (measuredNouns[$1].count, -$1) }

    static let shareNouns: Set<String> = ["比重", "比例", "占比", "覆盖率"]

    static func isStock(_ s: Statement) -> Bool {
        // Only a wording holding some stock word's first character is searched for the words.
        (s.indicator.containsScalar(where: stockStarts.contains) && stockWords.contains { s.indicator.includes($0) })
            || s.qualifier.includes("累计")
    }

    static let stockStarts = ScalarSet(stockWords.compactMap(\.unicodeScalars.first))

    /// The words that name the thing: without quotes, brackets, action and stage words, scope words
    /// and generic nouns; synonyms as one word. Worked on one array of bytes, made a String once:
    /// a String for each step cost about 700 instructions a removed word tried.
    static func core(_ wording: String) -> String {
        let punctuation = punctuation
        var text = scalars(of: wording) { !punctuation.contains($0) }
        if text.withUnsafeBufferPointer({ b in anyScalar(in: b, where: synonymStarts.contains) }) {
            for (word, canonical) in synonymBytes {
                if let replaced = replacingEvery(word, with: canonical, in: text) { text = replaced }
            }
        }
        // Only the words whose first character the wording has: most of the list never applies.
        var candidates: [Int] = []
        candidates.reserveCapacity(16)
        let (firstBits, byLowBits, words) = (removedFirstBits, removedByLowBits, removedWords)
        text.withUnsafeBufferPointer { b in
            _ = anyScalar(in: b) { scalar in
                let value = scalar.value
                if firstBits[Int(value >> 6 & 63)] & 1 << UInt64(value & 63) != 0 {
                    for index in byLowBits[Int(value & 0xFFF)] where words[index].1 == scalar { candidates.append(index) }
                }
                return false
            }
        }
        candidates.sort()
        var last = -1
        for index in candidates where index != last {
            last = index
            // Never down to nothing: 建设 alone still names something.
            if let kept = replacingEvery(removedWordBytes[index], with: [], in: text), hasTwoCharacters(kept) { text = kept }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes of the scalars of `text` that `keep` keeps.
    private static func scalars(of text: String, keeping keep: (Unicode.Scalar) -> Bool) -> [UInt8] {
        var text = text
        return text.withUTF8 { b in
            // Most wordings keep every scalar: copied whole.
            guard anyScalar(in: b, where: { !keep($0) }) else { return Array(b) }
            var kept: [UInt8] = []
            kept.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let (value, width) = scalarValue(b, at: i)
                if Unicode.Scalar(value).map(keep) ?? true {
                    for k in i..<(i + width) { kept.append(b[k]) }
                }
                i += width
            }
            return kept
        }
    }

    static let synonymBytes = synonyms.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    static let removedWordBytes = removedWords.map { Array($0.0.utf8) }

    /// Every occurrence of `word` in `text` replaced, left to right; nil when there is none.
    static func replacingEvery(_ word: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8]? {
        text.withUnsafeBufferPointer { h in
            word.withUnsafeBufferPointer { n -> [UInt8]? in
                guard !n.isEmpty, var found = firstOccurrence(of: n, in: h) else { return nil }
                var out: [UInt8] = []
                out.reserveCapacity(h.count + replacement.count)
                var start = 0
                while true {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: h[start..<found]))
                    out.append(contentsOf: replacement)
                    start = found + n.count
                    guard let next = firstOccurrence(of: n, in: UnsafeBufferPointer(rebasing: h[start...])) else { break }
                    found = start + next
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: h[start...]))
                return out
            }
        }
    }

    /// `hasTwoCharacters` of the text these bytes spell. Printable ASCII and the characters led by
    /// E4 to E9 (U+4000 to U+9FFF: Han and hexagrams) never join a neighbour into one character,
    /// so among them two scalars are two characters; anything else asks the String.
    static func hasTwoCharacters(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { twoCharacters($0) ?? twoCharactersCounted(String(decoding: $0, as: UTF8.self)) }
    }

    /// The bytes' answer to `hasTwoCharacters`, or nil when only Characters can give it.
    static func twoCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var scalars = 0, plain = true
        for byte in bytes where byte & 0xC0 != 0x80 {
            scalars += 1
            if !(0x20...0x7E).contains(byte) && !(0xE4...0xE9).contains(byte) { plain = false }
        }
        if scalars < 2 { return false }
        return plain ? true : nil
    }

    static let synonymStarts = ScalarSet(synonyms.compactMap(\.0.unicodeScalars.first))

    /// Quotes, brackets and list marks: no part of a thing's name.
    static let punctuation = ScalarSet("“”\"‘’'《》()（）、，,：:·".unicodeScalars)

    /// Set apart from the thing: action and stage words, scope words, generic nouns; longest first.
    static let removedWords = (Lexicon.actionWords + IndicatorWording.flowWords + ["完工", "开通", "基本", "建设", "完成"] + generic)
        .sorted { $0.count > $1.count }.map { ($0, $0.unicodeScalars.first!) }

    /// `text.count >= 2`, without counting every character: grapheme breaking all of a wording,
    /// for every side of every pairing, showed in the profile. Asked of the bytes first: even the
    /// first character's grapheme break cost some 700 instructions a side.
    static func hasTwoCharacters(_ text: String) -> Bool {
        var bytes = text
        return bytes.withUTF8({ twoCharacters($0) }) ?? twoCharactersCounted(text)
    }

    /// The Characters' answer, for text whose bytes cannot give it.
    private static func twoCharactersCounted(_ text: String) -> Bool { !text.isEmpty && !text.dropFirst().isEmpty }

    /// One bit per value of a character's low 12 bits, set when some removed word opens with it:
    /// most characters of a wording are ruled out without hashing them.
    static let removedFirstBits: [UInt64] = removedWords.reduce(into: [UInt64](repeating: 0, count: 64)) { bits, word in
        bits[Int(word.1.value >> 6 & 63)] |= 1 << UInt64(word.1.value & 63)
    }

    /// The places in `removedWords` of the words, by the low 12 bits of their first character:
    /// looked up without hashing, for every character of every side of every pairing.
    static let removedByLowBits: [[Int]] = removedWords.indices.reduce(into: [[Int]](repeating: [], count: 4096)) { table, index in
        table[Int(removedWords[index].1.value & 0xFFF)].append(index)
    }

    /// Pairs of neighbouring characters, each packed in a number, sorted and distinct: a folder's
    /// targets each meet hundreds of results, and a merge of two short arrays costs less than
    /// building a set's intersection.
    static func bigrams(_ text: String) -> [UInt64] {
        // One array, sorted and made distinct in place.
        var pairs: [UInt64] = []
        pairs.reserveCapacity(text.utf8.count)
        var previous: UInt64?
        for scalar in text.unicodeScalars {
            let value = UInt64(scalar.value)
            if let previous { pairs.append(previous << 32 | value) }
            previous = value
        }
        guard let previous else { return [] }
        if pairs.isEmpty { return [previous << 32] }
        pairs.sort()
        var kept = 1
        for i in 1..<pairs.count where pairs[i] != pairs[kept - 1] {
            pairs[kept] = pairs[i]
            kept += 1
        }
        pairs.removeLast(pairs.count - kept)
        return pairs
    }

    /// How many values two sorted, distinct arrays share.
    static func commonCount(_ x: [UInt64], _ y: [UInt64]) -> Int {
        var i = 0, j = 0, common = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return common
    }

    /// The longest run of characters both wordings share (高速公路).
    static func longestCommon(_ a: String, _ b: String) -> String {
        let x = Array(a), y = Array(b)
        var best = (start: 0, length: 0)
        var previous = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where i <= x.count {
            var current = [Int](repeating: 0, count: y.count + 1)
            for j in 1...max(y.count, 1) where j <= y.count && x[i - 1] == y[j - 1] {
                current[j] = previous[j - 1] + 1
                if current[j] > best.length { best = (i - current[j], current[j]) }
            }
            previous = current
        }
        return String(x[best.start..<(best.start + best.length)])
    }
}

extension String {
    /// Every occurrence of `word` replaced, found by bytes (Foundation's search showed in the profile).
    func replacingAll(_ word: String, with replacement: String) -> String {
        replacingEvery(word, with: replacement) ?? self
    }

    /// Every occurrence of `word` taken away, or nil when there is none.
    func removingAll(_ word: String) -> String? { replacingEvery(word, with: "") }

    private func replacingEvery(_ word: String, with replacement: String) -> String? {
        WordingPairing.replacingEvery(Array(word.utf8), with: Array(replacement.utf8), in: Array(utf8))
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
