/// 指标目录: maps the wordings of indicators to stable ids. Read from `indicators.tsv`
/// (bundled in Reports/, extended by one in the user's reports folder); format in Reports/README.md.
public struct IndicatorCatalog: Sendable {
    public private(set) var indicators: [Indicator] = []
    private var byID: [String: Int] = [:]
    /// Every alias, for the search.
    private var trie = AliasTrie()
    /// For each alias of `trie`, the indicators that use it (a level and its growth share a
    /// wording) and what each asks of the wording: a match goes from the trie to them without
    /// hashing the wording again.
    private var users: [[Use]] = []
    /// Share indicators by `part|whole`, and each indicator's scope (`index`).
    private var shares: [String: Int] = [:]
    private var scopes: [IndicatorWording.Scope] = []

    public init() {}

    public static let fileName = "indicators.tsv"

    /// Parses catalog text; a later row with a known id adds aliases to it.
    public mutating func add(_ text: String, path: String) throws(LoadError) {
        var sawHeader = false
        let lines = TextDecoding.lines(of: text)
        for (index, rawLine) in lines.enumerated() {
            guard let (cells, aliases) = CatalogLoader.row(rawLine) else { continue }
            if !sawHeader, cells.first == "id" { sawHeader = true; continue }
            guard cells.count >= 5 else {
                throw .manifest(path: path, line: index + 1, message: "a catalog row has 5 tab-separated cells: id, measure, direction, english, aliases")
            }
            guard Manifest.isValidID(cells[0]) else {
                throw .manifest(path: path, line: index + 1, message: "indicator id '\(cells[0])' may use only a-z, 0-9, - and _")
            }
            guard let measure = Measure(rawValue: cells[1]) else {
                throw .manifest(path: path, line: index + 1, message: "measure must be one of \(Measure.allCases.map(\.rawValue).joined(separator: ", ")); got '\(cells[1])'")
            }
            guard let direction = Direction(rawValue: cells[2]) else {
                throw .manifest(path: path, line: index + 1, message: "direction must be one of higher, lower, band; got '\(cells[2])'")
            }
            if let existing = byID[cells[0]] {
                let old = indicators[existing]
                let known = Set(old.aliases)
                indicators[existing] = Indicator(id: old.id, measure: old.measure, direction: old.direction, english: old.english,
                                                 aliases: old.aliases + aliases.filter { !known.contains($0) })
                register(aliases, index: existing)
            } else {
                indicators.append(Indicator(id: cells[0], measure: measure, direction: direction, english: cells[3], aliases: aliases))
                byID[cells[0]] = indicators.count - 1
                register(aliases, index: indicators.count - 1)
            }
        }
        index()
    }

    /// What a trie entry asks of a wording before it names its indicator: nothing (the alias as
    /// written), or, for the alias with its scope or measure word taken off (上市公司 of 新增上市公司,
    /// 居民消费价格 of 居民消费价格涨幅), that the wording says that scope or states a change.
    enum Need: Sendable, Equatable {
        case none
        case flow(String)
        case stock
        /// A change, and a thing of three characters or more (死亡人数 of 死亡人数下降).
        case change
        /// A change, and a wording that is the thing alone: 经济 of 经济增长 names GDP growth only as
        /// 经济增长6%, never inside 海洋经济增加值.
        case changeAlone
    }

    struct Use: Sendable, Equatable {
        let indicator: Int
        let need: Need
    }

    private mutating func register(_ aliases: [String], index: Int) {
        for alias in aliases where !alias.isEmpty {
            // Quotation marks come and go between years (“小巨人”企业, 小巨人企业): the catalog reads
            // wordings without them.
            let bare = IndicatorWording.shortened(Self.withoutQuotes(alias))
            guard !bare.isEmpty else { continue }
            use(bare, Use(indicator: index, need: .none))
            for (thing, need) in Self.reducedForms(bare) { use(thing, Use(indicator: index, need: need)) }
        }
    }

    static let quotesList: [Unicode.Scalar] = ["“", "”", "‘", "’", "\"", "「", "」", "『", "』"]
    static let quotes = ScalarSet(quotesList)

    static func withoutQuotes(_ text: String) -> String {
        guard holdsQuotes(text) else { return text }
        // The bytes copied past each quotation mark: filtering the scalar view appended the rest
        // scalar by scalar.
        var text = text
        return text.withUTF8 { b in
            var kept: [UInt8] = []
            kept.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let width = quoteWidth(b, at: i)
                if width > 0 { i += width; continue }
                kept.append(b[i])
                i += 1
            }
            return String(decoding: kept, as: UTF8.self)
        }
    }

    /// The length in bytes of the quotation mark at `i` (`quotes`), or 0: the ASCII quotation mark,
    /// or E2 80 98/99/9C/9D (‘’“”) and E3 80 8C–8F (「」『』).
    @inline(__always)
    static func quoteWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let byte = b[i]
        if byte == 0x22 { return 1 }
        guard byte == 0xE2 || byte == 0xE3, i + 2 < b.count, b[i + 1] == 0x80 else { return 0 }
        let last = b[i + 2]
        return (byte == 0xE2 ? (last == 0x98 || last == 0x99 || last == 0x9C || last == 0x9D) : (0x8C...0x8F).contains(last)) ? 3 : 0
    }

    /// Whether a wording holds one of `quotes`, from its bytes: the ASCII quotation mark, or
    /// E2 80 98/99/9C/9D (‘’“”) and E3 80 8C–8F (「」『』). Most wordings hold none.
    static func holdsQuotes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                if quoteWidth(b, at: i) > 0 { return true }
                i += 1
            }
            return false
        }
    }

    private mutating func use(_ alias: String, _ use: Use) {
        guard let slot = trie.insert(alias) else { return }
        if slot == users.count {
            users.append([use])
        } else if !users[slot].contains(use) {
            users[slot].append(use)
        }
    }

    /// An alias without its scope word (新增上市公司 → 上市公司, 市场主体净增 → 市场主体, 上市公司总数 →
    /// 上市公司) or its measure word (居民消费价格涨幅 → 居民消费价格), with what the wording must then say.
    static func reducedForms(_ alias: String) -> [(String, Need)] {
        var forms: [(String, Need)] = []
        let bytes = Array(alias.utf8)
        // Every character of a catalog wording that these words could shorten is three bytes long.
        let length = alias.scalarCount
        func starts(_ word: [UInt8]) -> Bool { bytes.count > word.count && bytes[..<word.count].elementsEqual(word) }
        func ends(_ word: [UInt8]) -> Bool { bytes.count > word.count && bytes[(bytes.count - word.count)...].elementsEqual(word) }
        func text(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }
        for (word, utf8, count) in flowWordBytes where length - count >= 2 {
            if starts(utf8) { forms.append((text(bytes[utf8.count...]), .flow(word))) }
            if ends(utf8) { forms.append((text(bytes[..<(bytes.count - utf8.count)]), .flow(word))) }
        }
        for (_, utf8, count) in totalWordBytes where length - count >= 2 && ends(utf8) {
            forms.append((text(bytes[..<(bytes.count - utf8.count)]), .stock))
        }
        if length >= 4, starts(cumulativeBytes) { forms.append((text(bytes[cumulativeBytes.count...]), .stock)) }
        for (_, utf8, count) in measureWordBytes where ends(utf8) {
            let rest = length - count, thing = text(bytes[..<(bytes.count - utf8.count)])
            if rest >= 3 { forms.append((thing, .change)) } else if rest == 2 { forms.append((thing, .changeAlone)) }
            break
        }
        return forms
    }

    private static func wordBytes(_ words: [String]) -> [(String, [UInt8], Int)] { words.map { ($0, Array($0.utf8), $0.scalarCount) } }
    private static let flowWordBytes = wordBytes(IndicatorWording.flowWords)
    private static let totalWordBytes = wordBytes(IndicatorWording.totalWords + ["保有量"])
    private static let measureWordBytes = wordBytes(["增长率", "增长", "增速", "增幅", "涨幅", "下降", "降低", "压减"])
    private static let cumulativeBytes = Array("累计".utf8)

    /// Share indicators by what they are a share of: `part|whole`, each side the catalog's id of
    /// its wording or the wording itself (研发经费投入占GDP比重 → rnd_spending|gdp → rnd_intensity).
    private mutating func index() {
        scopes = indicators.map(IndicatorWording.scope(of:))
        shares = [:]
        for (index, indicator) in indicators.enumerated() where indicator.measure == .share || indicator.measure == .rate {
            for alias in indicator.aliases {
                guard let frame = IndicatorWording.ShareFrame(IndicatorWording.shortened(Self.withoutQuotes(alias))) else { continue }
                let key = shareKey(frame)
                if shares[key] == nil { shares[key] = index }
            }
        }
    }

    private func shareKey(_ frame: IndicatorWording.ShareFrame) -> String {
        side(frame.part) + "|" + side(frame.whole)
    }

    /// One side of a share: the id of the level or count it names, or its words.
    private func side(_ wording: String) -> String {
        var text = IndicatorWording.withoutPlainPrefixes(wording)
        if text.endsWith("的") { text.removeLast() }
        if let found = bestMatch(text, change: .none, unit: "", scope: .neutral),
           [.level, .count].contains(indicators[found].measure) {
            return indicators[found].id
        }
        return text
    }

    public func indicator(_ id: String) -> Indicator? { byID[id].map { indicators[$0] } }

    /// The indicator a wording names. `growth` says whether the figure is a change (增长 x%);
    /// `unit` breaks ties between a level and a share.
    public func match(_ wording: String, growth: Bool, unit: String) -> Indicator? {
        match(wording, change: growth ? .rise : .none, unit: unit)
    }

    /// The indicator a wording names, read by the wording grammar (`IndicatorWording`): a share
    /// frame takes the share of what it names and nothing else; otherwise the wording is cut into
    /// the catalog's wordings, longest first at each place, and the longest that names its head
    /// (not a modifier of another noun, not a narrower population), in the scope the wording
    /// says, and of a measure that suits the figure, wins.
    func match(_ wording: String, change: IndicatorWording.Change, unit: String) -> Indicator? {
        // One pass over the bytes says which of the three rewrites and readings can apply; a
        // wording whose quotation marks go is looked at again.
        var marks = Marks(wording)
        var wording = wording
        if marks.quote {
            wording = Self.withoutQuotes(wording)
            marks = Marks(wording)
        }
        if marks.longForm {
            wording = IndicatorWording.shortened(wording)
            marks = Marks(wording)
        }
        if marks.shareMarker, let frame = IndicatorWording.ShareFrame(wording) {
            guard change == .none, let index = shares[shareKey(frame)] else { return nil }
            return indicators[index]
        }
        return bestMatch(wording, change: change, unit: unit, scope: nil).map { indicators[$0] }
    }

    /// What a wording holds that a lookup rewrites or reads otherwise: a quotation mark
    /// (`withoutQuotes`), 以上 (the end of every long form of `IndicatorWording.shortForms`), and
    /// 占 相 之, the first characters of a share frame's markers (`ShareFrame.mayHoldMarker`).
    struct Marks {
        var quote = false, longForm = false, shareMarker = false

        init(_ wording: String) {
            var wording = wording
            (quote, longForm, shareMarker) = wording.withUTF8 { b in
                var quote = false, longForm = false, shareMarker = false
                var i = 0
                while i < b.count {
                    switch b[i] {
                    case 0x22, 0xE2, 0xE3: if IndicatorCatalog.quoteWidth(b, at: i) > 0 { quote = true }
                    case 0xE4:
                        if i + 5 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xA5, b[i + 3] == 0xE4, b[i + 4] == 0xB8, b[i + 5] == 0x8A { longForm = true }
                        if i + 2 < b.count, b[i + 1] == 0xB9, b[i + 2] == 0x8B { shareMarker = true }   // 之
                    case 0xE5: if i + 2 < b.count, b[i + 1] == 0x8D, b[i + 2] == 0xA0 { shareMarker = true }   // 占
                    case 0xE7: if i + 2 < b.count, b[i + 1] == 0x9B, b[i + 2] == 0xB8 { shareMarker = true }   // 相
                    default: break
                    }
                    // Every mark is a whole character: the search steps from one character to the
                    // next, a third of the steps over Chinese text.
                    i += utf8Width(b[i])
                }
                return (quote, longForm, shareMarker)
            }
        }
    }

    /// `scope`: the wording's own (`IndicatorWording.scope(of:)`) when nil, worked out only once
    /// some catalog wording is found in it, which most wordings tried hold none of.
    private func bestMatch(_ wording: String, change: IndicatorWording.Change, unit: String, scope given: IndicatorWording.Scope?) -> Int? {
        var text = wording
        return text.withUTF8 { bytes -> Int? in
            // At most one candidate a character, so the byte count bounds them: kept in scratch
            // memory, not an array grown for each (six lookups in ten find none, most others one).
            withUnsafeTemporaryAllocation(of: (alias: Int, scalars: Range<Int>).self, capacity: bytes.count) { found -> Int? in
                var count = 0
                var start = 0, scalar = 0
                while start < bytes.count {
                    let (value, width) = scalarValue(bytes, at: start)
                    if trie.mayOpen(value), let (alias, length) = trie.longest(in: bytes, at: start) {
                        found.initializeElement(at: count, to: (alias, scalar..<(scalar + length)))
                        count += 1
                    }
                    start += width
                    scalar += 1
                }
                guard count > 0 else { return nil }
                let candidates = UnsafeMutableBufferPointer(rebasing: found[..<count])
                defer { candidates.deinitialize() }
                return best(among: candidates, in: wording, change: change, unit: unit, scope: given ?? IndicatorWording.scope(of: wording))
            }
        }
    }

    /// The catalog's wordings found in a wording, the longest at each place, kept longest first where
    /// they overlap: 出口 is never read inside 进出口, nor 市重点项目 across 重点项目投资. Of those that
    /// name the head, the first with a use that fits.
    private func best(among found: UnsafeMutableBufferPointer<(alias: Int, scalars: Range<Int>)>, in wording: String,
                      change: IndicatorWording.Change, unit: String, scope: IndicatorWording.Scope) -> Int? {
        var found = found
        let scalars = wording.scalarArray
        // A wording that names the head there hides the shorter ones it overlaps; one that does not
        // (新增专精特新小巨人 before 企业) hides nothing. Each start holds one candidate, so the order is total.
        if found.count > 1 {
            found.sort { ($0.scalars.count, -$0.scalars.lowerBound) > ($1.scalars.count, -$1.scalars.lowerBound) }
        }
        // The wording past its plain prefixes, as a byte offset: an alias that is all of it is
        // compared there, without a copy.
        let bareStart = IndicatorWording.plainPrefixLength(wording)
        // Units and wordings by bytes: `==` on Chinese text compares by canonical equivalence.
        let percent = unit.sameBytes("%") || unit.sameBytes("个百分点") || unit.sameBytes("‰")
        let growthUnit = unit.isEmpty || unit.sameBytes("%") || unit.sameBytes("‰")
        // Each wording kept is tried as soon as it is kept: what it finds never depends on those
        // after it. Those kept are moved to the front, where the next ones are checked against them.
        var kept = 0
        for j in found.indices {
            let token = found[j]
            guard !found[..<kept].contains(where: { $0.scalars.overlaps(token.scalars) }), IndicatorWording.isHead(scalars, token.scalars) else {
                continue
            }
            found[kept] = token
            kept += 1
            let alone = isAll(alias: token.alias, of: wording, from: bareStart)
            func fitting(_ use: Use) -> Bool {
                guard fits(indicators[use.indicator].measure, change: change, growthUnit: growthUnit) else { return false }
                let own = scopes[use.indicator]
                if (scope == .flow && own == .stock) || (scope == .stock && own == .flow) { return false }
                switch use.need {
                case .none: return true
                case .flow: return scope == .flow
                case .stock: return scope == .stock
                case .change: return change != .none
                case .changeAlone: return change != .none && alone
                }
            }
            // The first fitting use, or among several the most preferred (the first of equals),
            // without an array of them.
            let uses = users[token.alias]
            guard let first = uses.firstIndex(where: fitting) else { continue }
            guard let second = uses[(first + 1)...].firstIndex(where: fitting) else { return uses[first].indicator }
            var best = uses[first]
            var bestScore = preference(best, wording: wording, change: change, unit: unit, percent: percent)
            for use in uses[second...] where fitting(use) {
                let score = preference(use, wording: wording, change: change, unit: unit, percent: percent)
                if bestScore < score { best = use; bestScore = score }
            }
            return best.indicator
        }
        return nil
    }

    /// Whether an alias is all of a wording from byte `start` on.
    private func isAll(alias: Int, of wording: String, from start: Int) -> Bool {
        var wording = wording, alias = trie.aliases[alias]
        return wording.withUTF8 { w in
            alias.withUTF8 { a in a.count == w.count - start && bytesEqual(UnsafeBufferPointer(rebasing: w[start...]), a) }
        }
    }

    /// `growthUnit`: no unit, % or ‰, what a growth is stated in.
    private func fits(_ measure: Measure, change: IndicatorWording.Change, growthUnit: Bool) -> Bool {
        switch measure {
        // A growth is a relative change: 增加14.3万人 is not a growth of the population.
        case .growth: return change != .none && growthUnit
        case .decline: return change != .none
        default: return change == .none
        }
    }

    /// Among indicators sharing a wording: the one whose measure suits the unit, whose scope word
    /// is the wording's own (净增 for 净增市场主体), and a fall's own measure for a fall.
    private func preference(_ use: Use, wording: String, change: IndicatorWording.Change, unit: String, percent: Bool) -> Int {
        var score: Int
        switch indicators[use.indicator].measure {
        case .share, .rate: score = percent ? 2 : 0
        case .level, .count: score = percent ? 0 : 2
        case .ratio: score = unit.isEmpty ? 2 : 1
        case .rank: score = unit.isEmpty ? 1 : 0
        case .growth: score = change == .rise ? 2 : 1
        case .decline: score = change == .fall ? 2 : 0
        }
        score *= 8
        if case .flow(let word) = use.need, wording.includes(word) { score += 4 }
        if scopes[use.indicator] == IndicatorWording.scope(of: wording) { score += 2 }
        if case .none = use.need { score += 1 }
        return score
    }

    private static let growthSuffix = Array("_growth".utf8)

    /// An id for a wording the catalog lacks: stable across runs and years, so the same
    /// wording still pairs with itself (`x_` + FNV-1a of the wording, + `_growth`).
    public static func derivedID(_ wording: String, growth: Bool) -> String {
        var hash: UInt32 = 2_166_136_261
        // Over the string's own bytes: its UTF-8 view's iterator cost several times the hashing.
        var wording = wording
        wording.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        }
        // Eight lower-case hex digits, written straight into the id's bytes.
        // (Not `String(unsafeUninitializedCapacity:)`: it goes through an unspecialised entry point.)
        var id: [UInt8] = []
        id.reserveCapacity(17)
        id.append(0x78); id.append(0x5F)   // x_
        for k in 0..<8 {
            let digit = UInt8(truncatingIfNeeded: hash >> UInt32(28 - 4 * k)) & 0xF
            id.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
        if growth { id.append(contentsOf: growthSuffix) }
        return String(decoding: id, as: UTF8.self)
    }
}
