/// 指标目录: maps the wordings of indicators to stable ids. Read from `indicators.tsv`
/// (bundled in Reports/, extended by one in the user's reports folder); format in Reports/README.md.
public struct IndicatorCatalog: Sendable {
    public private(set) var indicators: [Indicator] = []
    private var byID: [String: Int] = [:]
    /// Alias → its index in `trie` and `users`, so that a row's aliases are hashed once when loaded.
    private var byAlias: [String: Int] = [:]
    /// Every alias, for the search.
    private var trie = AliasTrie()
    /// For each alias of `trie`, the indicators that use it (a level and its growth share a
    /// wording): a match goes from the trie to them without hashing the wording again.
    private var users: [[Int]] = []

    public init() {}

    public static let fileName = "indicators.tsv"

    /// Parses catalog text; a later row with a known id adds aliases to it.
    public mutating func add(_ text: String, path: String) throws(LoadError) {
        var sawHeader = false
        let lines = TextDecoding.lines(of: text)
        // Room up front for about two wordings a row: growing the table rehashes every alias.
        byAlias.reserveCapacity(byAlias.count + 2 * lines.count)
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
    }

    private mutating func register(_ aliases: [String], index: Int) {
        for alias in aliases where !alias.isEmpty {
            // Found or made in place, so each alias is hashed once: hashing a Chinese string
            // runs it through Unicode normalisation.
            let (slot, isNew) = Self.claim(&byAlias[alias, default: -1], next: users.count)
            if isNew {
                trie.insert(alias)
                users.append([index])
            } else if !users[slot].contains(index) {
                users[slot].append(index)
            }
        }
    }

    /// The alias's slot: the one it has, or `next` for a new alias.
    private static func claim(_ slot: inout Int, next: Int) -> (Int, Bool) {
        if slot >= 0 { return (slot, false) }
        slot = next
        return (next, true)
    }

    public func indicator(_ id: String) -> Indicator? { byID[id].map { indicators[$0] } }

    /// The indicator a wording names. `growth` says whether the figure is a change (增长 x%);
    /// `unit` breaks ties between a level and a share. The longest alias found in the
    /// wording wins, so 数字经济核心产业增加值占GDP比重 beats 数字经济核心产业增加值.
    public func match(_ wording: String, growth: Bool, unit: String) -> Indicator? {
        var text = wording
        var best: (length: Int, alias: Int)?
        text.withUTF8 { bytes in
            for start in bytes.indices where bytes[start] & 0xC0 != 0x80 {
                // Only the longest alias at a position counts, and only if longer than the best so far.
                guard let (alias, length) = trie.longest(in: bytes, at: start), length > best?.length ?? 0,
                      users[alias].contains(where: { fits(indicators[$0], growth: growth, unit: unit) }) else { continue }
                best = (length, alias)
            }
        }
        guard let best else { return nil }
        let candidates = users[best.alias].filter { fits(indicators[$0], growth: growth, unit: unit) }
        // Among fitting indicators, the first whose measure suits the unit best.
        let percent = unit == "%" || unit == "个百分点" || unit == "‰"
        let chosen = candidates.count == 1 ? candidates.first
            : candidates.max { preference(indicators[$0], unit: unit, percent: percent) < preference(indicators[$1], unit: unit, percent: percent) }
        return chosen.map { indicators[$0] }
    }

    private func fits(_ indicator: Indicator, growth: Bool, unit: String) -> Bool {
        if growth { return indicator.measure == .growth }
        return indicator.measure != .growth
    }

    private func preference(_ indicator: Indicator, unit: String, percent: Bool) -> Int {
        switch indicator.measure {
        case .share, .rate: return percent ? 2 : 0
        case .level, .count: return percent ? 0 : 2
        case .ratio: return unit.isEmpty ? 2 : 1
        case .rank: return unit.isEmpty ? 1 : 0
        case .growth: return 1
        }
    }

    /// An id for a wording the catalog lacks: stable across runs and years, so the same
    /// wording still pairs with itself (`x_` + FNV-1a of the wording, + `_growth`).
    public static func derivedID(_ wording: String, growth: Bool) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in wording.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return "x_" + String(repeating: "0", count: 8 - hex.count) + hex + (growth ? "_growth" : "")
    }
}
