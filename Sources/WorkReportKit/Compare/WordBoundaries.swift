/// Where words begin and end, learnt from the loaded reports themselves (Chinese has no spaces and
/// gwr takes no segmenter): a candidate term is free on a side when the characters met beside it
/// there vary (accessor variety) and none of them comes with it nearly always. 亚运 is met after
/// 办好, 杭州, 保障 …; 好亚运 only ever after 办, so it is a piece of 办好亚运, not a word.
struct Boundaries {
    /// The most one neighbour may take of a term's occurrences on a side for it to be free there.
    static let dominantShare = 0.75

    struct Sides {
        var total = 0
        var left: [UInt16: Int] = [:], right: [UInt16: Int] = [:]
        /// Occurrences at the start or end of a run of Chinese characters: each a boundary of its own.
        var leftEdges = 0, rightEdges = 0
    }

    private(set) var sides: [KeyTerms.Gram: Sides] = [:]
    /// Every pair of neighbouring characters of the texts, with its own neighbours: the words of
    /// two characters (办好, 防范) a candidate's edge may cut through.
    private(set) var pairs: [UInt32: Sides] = [:]
    let texts: [String]

    /// The neighbours of `grams` in every text, then the pairs of characters across their edges,
    /// counted in two passes over the texts' runs.
    init(_ grams: [KeyTerms.Gram], in texts: [String]) {
        self.texts = texts
        let wanted = Set(grams)
        let lengths = Set(grams.map { Int($0.count) }).sorted()
        // Most places start no candidate: one look at the first character rules them out.
        let firsts = Set(grams.compactMap { $0.characters.first })
        let runs = texts.flatMap { KeyTerms.runs($0) }
        for run in runs {
            for start in run.indices where firsts.contains(run[start]) {
                for n in lengths where start + n <= run.count {
                    let gram = KeyTerms.Gram(run[start..<(start + n)])
                    guard wanted.contains(gram) else { continue }
                    var side = sides[gram, default: Sides()]
                    side.total += 1
                    if start > 0 { side.left[run[start - 1], default: 0] += 1 } else { side.leftEdges += 1 }
                    if start + n < run.count { side.right[run[start + n], default: 0] += 1 } else { side.rightEdges += 1 }
                    sides[gram] = side
                }
            }
        }
        var needed: Set<UInt32> = []
        for (gram, side) in sides {
            let chars = gram.characters
            for left in side.left.keys { needed.insert(UInt32(left) << 16 | UInt32(chars[0])) }
            for right in side.right.keys { needed.insert(UInt32(chars[chars.count - 1]) << 16 | UInt32(right)) }
        }
        for run in runs where run.count >= 2 {
            for start in 0...(run.count - 2) {
                let key = UInt32(run[start]) << 16 | UInt32(run[start + 1])
                guard needed.contains(key) else { continue }
                var side = pairs[key, default: Sides()]
                side.total += 1
                if start > 0 { side.left[run[start - 1], default: 0] += 1 } else { side.leftEdges += 1 }
                if start + 2 < run.count { side.right[run[start + 2], default: 0] += 1 } else { side.rightEdges += 1 }
                pairs[key] = side
            }
        }
    }

    /// Free on both sides: at least two kinds of neighbour, none taking more than `dominantShare`;
    /// and no word of two characters across either edge in most of its occurrences (好亚运 is met
    /// after 办, 抓 and 用, but 办好, 抓好 and 用好 are words: the boundary falls after 好).
    func isFree(_ gram: KeyTerms.Gram) -> Bool {
        guard let side = sides[gram], side.total > 0 else { return false }
        let chars = gram.characters
        guard free(side.left, edges: side.leftEdges, total: side.total),
              free(side.right, edges: side.rightEdges, total: side.total) else { return false }
        let cutLeft = side.left.reduce(0) { $0 + (isWord(pair($1.key, chars[0]), freeOn: .left) ? $1.value : 0) }
        let cutRight = side.right.reduce(0) { $0 + (isWord(pair(chars[chars.count - 1], $1.key), freeOn: .right) ? $1.value : 0) }
        return Double(max(cutLeft, cutRight)) < Self.dominantShare * Double(side.total)
    }

    private func free(_ neighbours: [UInt16: Int], edges: Int, total: Int) -> Bool {
        let most = neighbours.values.max() ?? 0
        return neighbours.count + edges >= 2 && Double(most) < Self.dominantShare * Double(total)
    }

    private func pair(_ a: UInt16, _ b: UInt16) -> UInt32 { UInt32(a) << 16 | UInt32(b) }

    enum Side { case left, right }

    /// A pair of characters met three times or more and free on either side: a word of its own
    /// (办好; 皇城, always in 南宋皇城 but followed by 遗址, 、 …), where 州亚 of 杭州亚运 is bound
    /// on both sides. `side` names the edge checked first.
    private func isWord(_ key: UInt32, freeOn side: Side) -> Bool {
        guard let stats = pairs[key], stats.total >= 3 else { return false }
        // 的新, 和数: a particle beside a character makes no word.
        for half in [UInt16(key >> 16), UInt16(truncatingIfNeeded: key)] {
            if let scalar = Unicode.Scalar(UInt32(half) + 0x4E00), KeyTerms.edgeStops.contains(Character(scalar)) { return false }
        }
        let left = free(stats.left, edges: stats.leftEdges, total: stats.total)
        let right = free(stats.right, edges: stats.rightEdges, total: stats.total)
        return side == .left ? left || right : right || left
    }

    /// Counts already made: a lexicon word holds many candidates.
    private final class Memo: @unchecked Sendable { var counts: [String: Int] = [:] }
    private let memo = Memo()

    /// How often `word` occurs in the texts (its bytes searched, occurrences not overlapping).
    func count(_ word: String) -> Int {
        if let known = memo.counts[word] { return known }
        let found = Self.count(word, in: texts)
        memo.counts[word] = found
        return found
    }


    static func count(_ word: String, in texts: [String]) -> Int {
        guard !word.isEmpty else { return 0 }
        var total = 0
        var needle = word
        for var text in texts {
            text.withUTF8 { h in
                needle.withUTF8 { n in
                    var from = 0
                    while from < h.count, let at = firstOccurrence(of: n, in: UnsafeBufferPointer(rebasing: h[from...])) {
                        total += 1
                        from += at + n.count
                    }
                }
            }
        }
        return total
    }
}

/// The words that always win: the catalog's names of indicators and the user's `terms.list`.
/// The names of one indicator fold into one term.
struct TermLexicon {
    /// Every Chinese name of three characters or more, with the term it counts as.
    private(set) var display: [String: String] = [:]
    private var words: [String] = []
    /// The words holding each pair of neighbouring characters, so a candidate looks at a few.
    private var holding: [UInt64: [Int]] = [:]
    /// Names by their first character, longest first, for matching along a text.
    private var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]

    init(catalog: IndicatorCatalog?, terms: TermList) {
        for indicator in catalog?.indicators ?? [] {
            let names = indicator.aliases.filter(Self.isChinese)
            guard let shown = names.first else { continue }
            // A name shared by several ids (地区生产总值 of gdp and gdp_growth) keeps the first.
            for name in names where display[name] == nil { display[name] = display[shown] ?? shown }
        }
        words = Array(display.keys) + terms.terms.filter(Self.isChinese)
        for (index, word) in words.enumerated() {
            for key in Set(Self.pairs(word)) { holding[key, default: []].append(index) }
        }
        for name in display.keys { byFirst[name.unicodeScalars.first!, default: []].append(name.scalarArray) }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
    }

    static func isChinese(_ word: String) -> Bool {
        word.scalarCount >= 3 && word.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// A catalog name: counted with its indicator's other names, never on its own.
    func folds(_ word: String) -> Bool { display[word] != nil }

    static func pairs(_ word: String) -> [UInt64] {
        let s = word.unicodeScalars.map { UInt64($0.value) }
        return s.count < 2 ? [] : (0..<(s.count - 1)).map { s[$0] << 32 | s[$0 + 1] }
    }

    /// A name of the catalog, or a piece of a lexicon word that nearly always stands inside it.
    /// `own`: how often the candidate occurs in `compared`, the two texts being diffed.
    func isFragment(_ gram: String, own: Int, in compared: Boundaries) -> Bool {
        if folds(gram) { return true }
        guard let first = Self.pairs(gram).first else { return false }
        let containing = (holding[first] ?? []).map { words[$0] }.filter { $0.count > gram.count && $0.includes(gram) }
        return containing.contains { Double(compared.count($0)) >= KeyTerms.fragmentShare * Double(own) }
    }

    /// Each indicator's names counted in the two texts, longest name first at each place.
    func foldedCounts(_ a: String, _ b: String) -> [String: (Int, Int)] {
        var out: [String: (Int, Int)] = [:]
        for (which, text) in [a, b].enumerated() {
            let scalars = text.scalarArray
            var i = 0
            while i < scalars.count {
                let match = byFirst[scalars[i]]?.first { name in
                    i + name.count <= scalars.count && scalars[i..<(i + name.count)].elementsEqual(name)
                }
                guard let match else { i += 1; continue }
                let shown = display[String(scalars: match)]!
                var counts = out[shown] ?? (0, 0)
                if which == 0 { counts.0 += 1 } else { counts.1 += 1 }
                out[shown] = counts
                i += match.count
            }
        }
        return out
    }
}
