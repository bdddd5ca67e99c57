import Foundation

/// A term whose weight changed between two reports.
public struct TermChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case new, dropped, rising, falling }
    public var term: String
    public var kind: Kind
    public var countBefore: Int
    public var countAfter: Int
    /// Occurrences per 10,000 characters of each report.
    public var rateBefore: Double
    public var rateAfter: Double
    /// Log-likelihood (G²) of the difference: the larger, the less it is chance.
    public var keyness: Double
    /// Where the term came from: a quoted phrase, the user's term list, or recurring characters.
    public var source: String
}

/// The user-extensible term list (`terms.txt` in the reports folder): one term a line, always
/// tracked; a line starting with `!` is a stop-word, never listed.
public struct TermList: Sendable {
    public var terms: [String] = []
    public var stopWords: Set<String> = []

    public init() {}

    public static let fileName = "terms.list"

    public mutating func add(_ text: String) {
        for raw in TextDecoding.lines(of: text) {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.startsWith("#") { continue }
            if line.startsWith("!") { stopWords.insert(String(line.dropFirst()).trimmingWhitespace()) } else { terms.append(line) }
        }
    }
}

/// Chinese has no spaces and no segmenter is at hand, so terms are built from what the texts
/// give: quoted phrases (“八八战略”), the user's term list, and recurring character n-grams that
/// are not fragments of a longer one. A log-likelihood keyness ranks them, so raw frequency
/// (and the boilerplate every report repeats) does not crowd the list.
public enum KeyTerms {
    /// Two-character n-grams are mostly common words (方面, 认真, 利用); two-character terms
    /// that matter (亚运, 脱贫, 小康) come from quotes and the term list.
    static let shortest = 3
    static let longest = 8
    /// Set phrases of the genre: an n-gram holding one says nothing about priorities.
    static let boilerplate = ["习近平", "总书记", "各位代表", "党中央", "市委", "省委", "勇毅前行", "埋头苦干", "奋力"]
    /// G² above 6.63: p < 0.01 for one degree of freedom.
    static let significant = 6.63
    /// An n-gram whose one extension covers this share of its occurrences is a fragment of it.
    static let fragmentShare = 0.8

    /// Words every report repeats; never listed as terms.
    static let stopWords: Set<String> = [
        "各位代表", "我们", "我市", "全市", "加快", "推进", "加强", "全面", "深入", "坚持", "实施", "建设", "发展", "工作", "推动", "持续",
        "着力", "扎实", "进一步", "不断", "积极", "完善", "提升", "打造", "深化", "强化", "优化", "健全", "落实", "开展", "促进", "支持",
        "今年", "一年来", "过去一年", "政府", "市政府", "杭州", "杭州市", "以上", "左右", "同比", "增长", "完成", "实现", "提高", "新增",
        "全力", "大力", "有效", "重点", "重大", "项目", "体系", "机制", "水平", "能力", "服务", "管理", "城市", "全国", "全省", "国家",
        "进行", "取得", "成为", "作为", "通过", "围绕", "按照", "做好", "抓好", "确保", "力争", "争取", "更加", "高水平", "新时代",
        "习近平", "总书记", "党中央", "市委", "省委", "人民", "群众", "社会", "经济", "一批", "一个", "两个", "三个", "继续", "全年",
        "贯彻落实", "认真", "方面", "大力", "加快推进", "全力推进", "迭代升级", "始终做到",
    ]
    /// Characters that end words (深化, 标志性, 服务) and so rarely begin a term, and characters that
    /// begin words (国际, 集群, 全面) and so rarely end one: 化落实 and 杭州国 are fragments.
    /// So do the complements that finish a verb (办好, 抓牢, 做完: 好亚运 is a piece of 办好亚运) and
    /// the second characters of 打造, 创造; and verbs that open a compound (防范, 防控; 创新) rarely end one.
    static let suffixLike: Set<Character> = ["化", "性", "务", "率", "者", "们", "式", "型", "好", "牢", "完", "造"]
    static let prefixLike: Set<Character> = ["国", "集", "全", "推", "加", "促", "深", "提", "各", "新", "大", "重", "防", "创"]
    /// Characters that rarely begin or end a term.
    static let edgeStops: Set<Character> = ["的", "了", "和", "与", "及", "在", "是", "为", "等", "对", "以", "把", "将", "并", "中", "上",
                                            "下", "年", "个", "要", "也", "从", "向", "于", "其", "之", "而", "或", "更", "再", "已", "都", "就", "着"]

    /// Which text counts: the plan (what the government says it will do: main targets, tasks,
    /// livelihood projects, five-year goals) or the whole report with its reviews.
    public enum Scope: String, Sendable, CaseIterable { case plan, review, all }

    static let planRoles: Set<SectionRole> = [.mainTargets, .tasks, .livelihood, .fiveYearGoals]
    static let reviewRoles: Set<SectionRole> = [.review, .fiveYearReview, .progress]

    static func text(_ report: Report, scope: Scope) -> String {
        report.blocks.filter {
            switch scope {
            case .all: return true
            case .plan: return planRoles.contains(report.sections[$0.section].role)
            case .review: return reviewRoles.contains(report.sections[$0.section].role)
            }
        }.map(\.passage.text).joined(separator: "\n")
    }

    /// Runs of Chinese characters, each as its offset from U+4E00 (15 bits): n-grams never cross
    /// punctuation, digits or Latin letters.
    static func runs(_ text: String) -> [[UInt16]] {
        var out: [[UInt16]] = []
        var current: [UInt16] = []
        for scalar in text.unicodeScalars {
            if (0x4E00...0x9FFF).contains(scalar.value) {
                current.append(UInt16(scalar.value - 0x4E00))
            } else if !current.isEmpty {
                out.append(current); current = []
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// An n-gram of up to eight characters packed into two words, so counting hashes integers.
    struct Gram: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt8 = 0

        init(_ chars: ArraySlice<UInt16>) {
            for (i, c) in chars.enumerated() {
                if i < 4 { low |= UInt64(c) << (16 * UInt64(i)) } else { high |= UInt64(c) << (16 * UInt64(i - 4)) }
            }
            count = UInt8(chars.count)
        }

        var characters: [UInt16] {
            var out: [UInt16] = []
            for i in 0..<Int(count) {
                let word: UInt64 = i < 4 ? low : high
                let shift = UInt64(16 * (i % 4))
                out.append(UInt16(truncatingIfNeeded: word >> shift))
            }
            return out
        }

        var text: String {
            String(scalars: characters.compactMap { Unicode.Scalar(UInt32($0) + 0x4E00) })
        }
    }

    static func compare(_ a: Report, _ b: Report, terms: TermList, top: Int, scope: Scope = .plan,
                        background: [Report] = [], catalog: IndicatorCatalog? = nil) -> [TermChange] {
        let textA = text(a, scope: scope), textB = text(b, scope: scope)
        // Where words begin and end is learnt from every loaded report of the two places, whole.
        let corpus = (background.isEmpty ? [a, b] : background).map { text($0, scope: .all) }
        let lexicon = TermLexicon(catalog: catalog, terms: terms)
        let runsA = runs(textA), runsB = runs(textB)
        let sizeA = max(1, runsA.reduce(0) { $0 + $1.count }), sizeB = max(1, runsB.reduce(0) { $0 + $1.count })

        /// Counts, and whether more than one character was met on each side (no sets: this runs per n-gram).
        struct Tally {
            var before = 0, after = 0
            var left = UInt16.max - 1, right = UInt16.max - 1
            var variedLeft = false, variedRight = false
            mutating func meet(left l: UInt16, right r: UInt16) {
                if left == UInt16.max - 1 { left = l } else if left != l { variedLeft = true }
                if right == UInt16.max - 1 { right = r } else if right != r { variedRight = true }
            }
        }
        var tallies: [Gram: Tally] = [:]
        // Accessor variety: the distinct characters met on each side (a run's edge counts as one).
        // A word is met in varied company; a fragment (性成果 of 标志性成果) always beside the same one.
        let edge = UInt16.max
        // Length by length, and a gram only where the gram one shorter recurs (three times or more):
        // a gram is never more frequent than its prefix, and nothing rarer is ever a term or decides
        // that one is a fragment. Counting every gram of every length cost the most of a diff.
        for n in shortest...longest {
            for (which, runs) in [(0, runsA), (1, runsB)] {
                for run in runs where run.count >= n {
                    for start in 0...(run.count - n) {
                        if n > shortest {
                            guard let prefix = tallies[Gram(run[start..<(start + n - 1)])], prefix.before + prefix.after >= 3 else { continue }
                        }
                        let gram = Gram(run[start..<(start + n)])
                        var tally = tallies[gram, default: Tally()]
                        if which == 0 { tally.before += 1 } else { tally.after += 1 }
                        tally.meet(left: start > 0 ? run[start - 1] : edge, right: start + n < run.count ? run[start + n] : edge)
                        tallies[gram] = tally
                    }
                }
            }
        }
        // The most frequent one-character extension on each side of every n-gram.
        var right: [Gram: Int] = [:], left: [Gram: Int] = [:]
        for (gram, tally) in tallies where gram.count > shortest {
            let chars = gram.characters
            let total = tally.before + tally.after
            let prefix = Gram(chars.dropLast()[...]), suffix = Gram(chars.dropFirst()[...])
            right[prefix] = max(right[prefix] ?? 0, total)
            left[suffix] = max(left[suffix] ?? 0, total)
        }

        var candidates: [String: String] = [:]   // term → source
        var counts: [String: (Int, Int)] = [:]
        var found: [Gram] = []
        for (packed, tally) in tallies {
            let total = tally.before + tally.after
            guard total >= 3, tally.variedLeft, tally.variedRight else { continue }
            if Double(max(right[packed] ?? 0, left[packed] ?? 0)) >= fragmentShare * Double(total) { continue }
            let gram = packed.text
            guard let first = gram.first, let last = gram.last, !edgeStops.contains(first), !edgeStops.contains(last) else { continue }
            if boilerplate.contains(where: { gram.contains($0) }) { continue }
            // 建设全国…, 杭州建设: a stop-word at either end makes a phrase, not a term.
            if stopWords.contains(where: { $0.count >= 2 && $0.count < gram.count && (gram.startsWith($0) || gram.endsWith($0)) }) { continue }
            if let first = gram.first, suffixLike.contains(first) { continue }
            if let last = gram.last, prefixLike.contains(last) { continue }
            found.append(packed)
        }
        // A term is free on both sides across the loaded reports (好亚运 is always 办好亚运), and
        // is no fragment of a word of the lexicon (城遗址综合保护 of 良渚古城遗址综合保护).
        let boundaries = Boundaries(found, in: corpus)
        let compared = Boundaries([], in: [textA, textB])
        for packed in found where boundaries.isFree(packed) {
            let gram = packed.text
            if lexicon.isFragment(gram, own: tallies[packed]!.before + tallies[packed]!.after, in: compared) { continue }
            candidates[gram] = "ngram"
            counts[gram] = (tallies[packed]!.before, tallies[packed]!.after)
        }
        for quoted in quotedPhrases(textA) + quotedPhrases(textB) where !lexicon.folds(quoted) { candidates[quoted] = "quoted" }
        for term in terms.terms { candidates[term] = "list" }
        // The names of one indicator are one term, counted together and shown by the catalog's
        // first name: 全市生产总值 becoming 地区生产总值 is no change of priority.
        for (name, (before, after)) in lexicon.foldedCounts(textA, textB) {
            candidates[name] = "catalog"
            counts[name] = (before, after)
        }

        var scored: [TermChange] = []
        for (term, source) in candidates {
            if stopWords.contains(term) || terms.stopWords.contains(term) { continue }
            let (ca, cb): (Int, Int)
            if let known = counts[term] { (ca, cb) = known }
            else if let packed = gram(term), let tally = tallies[packed] { (ca, cb) = (tally.before, tally.after) }
            else { (ca, cb) = (occurrences(of: term, in: textA), occurrences(of: term, in: textB)) }
            // The user's terms are tracked from one occurrence; found terms need two.
            let minimum = source == "list" ? 1 : 2
            let kind: TermChange.Kind
            if ca == 0, cb >= minimum { kind = .new }
            else if cb == 0, ca >= minimum { kind = .dropped }
            else if ca > 0, cb > 0 {
                let before = Double(ca) / Double(sizeA), after = Double(cb) / Double(sizeB)
                if before == after { continue }
                kind = after > before ? .rising : .falling
            }
            else { continue }
            let g2 = logLikelihood(ca, cb, sizeA, sizeB)
            // A term present on one side only needs no test beyond its count; a change of weight must be significant.
            guard kind == .new || kind == .dropped || g2 >= significant || source == "list" else { continue }
            scored.append(TermChange(term: term, kind: kind, countBefore: ca, countAfter: cb,
                                     rateBefore: Double(ca) / Double(sizeA) * 10_000, rateAfter: Double(cb) / Double(sizeB) * 10_000,
                                     keyness: g2, source: source))
        }
        // Strongest first; a term that overlaps a stronger one with about the same counts says nothing new.
        scored.sort { x, y in
            if x.keyness != y.keyness { return x.keyness > y.keyness }
            if x.term.count != y.term.count { return x.term.count > y.term.count }
            return x.term < y.term
        }
        var kept: [TermChange] = []
        for change in scored {
            // The counts first (integers), then the words by bytes: this runs for every pair of terms.
            let redundant = kept.contains { other in
                similar(other, change) && (other.term.includes(change.term) || change.term.includes(other.term))
            }
            if !redundant { kept.append(change) }
        }
        // The top of each kind; terms of the user's list are always shown.
        var out: [TermChange] = []
        for kind in TermChange.Kind.allCases {
            let ofKind = kept.filter { $0.kind == kind }
            let shown = Set(ofKind.prefix(top).map(\.term))
            out += ofKind.filter { shown.contains($0.term) || $0.source == "list" }
        }
        return out
    }

    /// A term the n-gram table counted (all Chinese, three to eight characters), packed; else nil.
    static func gram(_ term: String) -> Gram? {
        let scalars = term.scalarArray
        guard (shortest...longest).contains(scalars.count), scalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) else { return nil }
        return Gram(scalars.map { UInt16($0.value - 0x4E00) }[...])
    }

    static func similar(_ x: TermChange, _ y: TermChange) -> Bool {
        func close(_ p: Int, _ q: Int) -> Bool { abs(p - q) <= max(1, Int(0.3 * Double(max(p, q)))) }
        return close(x.countBefore, y.countBefore) && close(x.countAfter, y.countAfter)
    }

    /// “八八战略”, “亲清在线”: short quoted phrases in Chinese.
    static func quotedPhrases(_ text: String) -> [String] {
        var out: [String] = []
        var current: String?
        for ch in text {
            if ch == "“" { current = "" }
            else if ch == "”" {
                if let phrase = current, (2...12).contains(phrase.count),
                   phrase.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { out.append(phrase) }
                current = nil
            } else if current != nil { current!.append(ch) }
        }
        return out
    }

    /// Occurrences of `term`, not overlapping, found by bytes (Foundation's search showed in the profile).
    static func occurrences(of term: String, in text: String) -> Int {
        Boundaries.count(term, in: [text])
    }

    /// Dunning's log-likelihood for a term counted a times in a text of size c and b times in one of size d.
    static func logLikelihood(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
        let a = Double(a), b = Double(b), c = Double(c), d = Double(d)
        let e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d)
        var g2 = 0.0
        if a > 0 { g2 += a * log(a / e1) }
        if b > 0 { g2 += b * log(b / e2) }
        return 2 * g2
    }
}
