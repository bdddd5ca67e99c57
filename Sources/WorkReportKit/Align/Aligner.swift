/// extract → **align**: pairs each year's targets with the results that a later report states
/// for that year, never across jurisdictions, and judges each pair.
public struct Aligner: Sendable {
    public var catalog: IndicatorCatalog
    public var tolerance: Tolerance
    /// The reports loaded, for advice on which report would answer a target.
    public var reports: [ReportMetadata]
    /// Each report's place in the folder, which orders rows (`RowOrder`); nil means its place in
    /// `reports`. A jurisdiction aligned alone passes the places it has in the whole folder.
    public var places: [String: Int]?
    /// After the catalog, pair the rest by wording (the default), or not.
    public var pairing: PairingMode

    public init(catalog: IndicatorCatalog, tolerance: Tolerance = .standard, reports: [ReportMetadata], places: [String: Int]? = nil,
                pairing: PairingMode = .wording) {
        self.catalog = catalog; self.tolerance = tolerance; self.reports = reports; self.places = places; self.pairing = pairing
    }

    struct Key: Hashable { let jurisdiction: String; let period: Period; let indicatorID: String }
    /// In-year figures are filed by the year they fall in, whatever their quarter or month.
    struct ProgressKey: Hashable { let jurisdiction: String; let year: Int; let indicatorID: String }

    /// Target-versus-actual rows for every single-year target, then the results no target asked for.
    public func align(_ statements: [Statement]) -> [Comparison] {
        // The figures table has one entry a jurisdiction, all with the id `figures`.
        let order = places ?? Dictionary(reports.enumerated().map { ($1.id, $0) }) { first, _ in first }
        // A target meets only results and in-year figures of its own year, and the rows sort by
        // year first: each year is aligned on its own, on every core. One jurisdiction's years
        // were the longest wait of a run over a folder of one city.
        var years: [Int: [Statement]] = [:]
        for s in statements { if let period = s.period { years[period.start, default: []].append(s) } }
        guard years.count > 1 else { return align(statements, order: order) }
        let parts = Parallel.map(years.keys.sorted().map { years[$0]! }) { self.align($0, order: order) }
        return parts.flatMap { $0 }
    }

    /// The rows of statements that all fall in one year (or of all, when they do).
    private func align(_ statements: [Statement], order: [String: Int]) -> [Comparison] {
        var results: [Key: [Statement]] = [:]
        var progress: [ProgressKey: [Statement]] = [:]
        for s in statements {
            guard let period = s.period else { continue }
            if s.kind == .result, period.isSingleYear {
                results[Key(jurisdiction: s.jurisdiction, period: period, indicatorID: s.indicatorID), default: []].append(s)
            } else if s.kind == .progress {
                progress[ProgressKey(jurisdiction: s.jurisdiction, year: period.start, indicatorID: s.indicatorID), default: []].append(s)
            }
        }
        // Within a key, the result from the year's own review comes first, then the five-year review.
        for key in results.keys {
            results[key]?.sort { Self.rank($0, order) < Self.rank($1, order) }
        }

        var rows: [Comparison] = []
        var used: Set<Key> = []
        // Every row of a period and jurisdiction without a result gets the same advice and rule.
        let notes = RowNotes(self)
        for group in targetGroups(statements, order: order) {
            guard let target = group.first, let period = target.period else { continue }
            let key = Key(jurisdiction: target.jurisdiction, period: period, indicatorID: target.indicatorID)
            var found = results[key] ?? []
            // A result under the same id whose unit cannot be compared (700家次 against 46万家) is
            // another thing that shares a name: it answers nothing here, and stays free.
            if target.value != nil, !found.isEmpty, !found.contains(where: { Self.comparable(target, $0) }) { found = [] }
            if !found.isEmpty { used.insert(key) }
            var row = Comparison(jurisdiction: target.jurisdiction, period: period, indicatorID: target.indicatorID,
                                 indicator: target.indicator, targets: group, results: found, reference: [],
                                 progress: progress[ProgressKey(jurisdiction: target.jurisdiction, year: period.start,
                                                                indicatorID: target.indicatorID)] ?? [],
                                 verdict: Verdict(status: .noResult, gap: nil, gapUnit: "", rule: ""), advice: nil)
            judge(&row, results: results, notes: notes)
            if !found.isEmpty { row.pairedBy = .catalog }
            Conflicts.note(&row)
            rows.append(row)
        }
        // Results nobody claimed by the catalog answer the targets left, by what they measure.
        var claimed: Set<StatementKey> = []
        if pairing == .wording { claimed = pairByWording(&rows, results: results, used: used, order: order) }
        for (key, all) in results where !used.contains(key) {
            let found = all.filter { !claimed.contains(StatementKey($0)) }
            guard let first = found.first else { continue }
            var row = Comparison(jurisdiction: key.jurisdiction, period: key.period, indicatorID: key.indicatorID,
                                   indicator: first.indicator, targets: [], results: found, reference: [], progress: [],
                                   verdict: Verdict(status: .noTarget, gap: nil, gapUnit: "", rule: "no loaded report sets a target for this indicator and year"),
                                   advice: nil)
            Conflicts.note(&row)
            rows.append(row)
        }
        // Keys worked out once per row, not once per comparison.
        let keys = rows.map { RowOrder($0, order) }
        return rows.indices.sorted { keys[$0] < keys[$1] }.map { rows[$0] }
    }

    /// Targets of single years, grouped when they state the same thing (value, unit, comparator,
    /// stretch): a task repeated in several breakdown rows is one row with all its sources.
    func targetGroups(_ statements: [Statement], order: [String: Int]) -> [[Statement]] {
        struct GroupKey: Hashable {
            let jurisdiction: String, period: Period, indicatorID: String, value: String?, unit: String, comparator: Comparator, stretch: Bool
        }
        // Groups in the order their first statement comes; each key hashed once a statement
        // (hashing seven fields, Chinese strings among them, showed in the profile).
        var index: [GroupKey: Int] = [:]
        index.reserveCapacity(statements.count)
        var groups: [[Statement]] = []
        for s in statements where s.kind == .target && s.section != .fiveYearGoals {
            guard let period = s.period, period.isSingleYear else { continue }
            let key = GroupKey(jurisdiction: s.jurisdiction, period: period, indicatorID: s.indicatorID, value: s.value,
                               unit: s.unit, comparator: s.comparator, stretch: s.stretch)
            // One lookup that inserts the next group's place when the key is new.
            let next = groups.count
            let at = Self.place(&index[key, default: next])
            if at == next { groups.append([]) }
            groups[at].append(s)
        }
        // A target implied by a stated verdict stands only where no report states the target itself.
        // (Most folders have none: the set of stated targets is made only when one is implied.)
        if groups.contains(where: { $0[0].implied }) {
            let stated = Set(groups.filter { !$0[0].implied }.map { GroupKeyPlain($0[0]) })
            groups.removeAll { $0[0].implied && stated.contains(GroupKeyPlain($0[0])) }
        }
        // The main targets' wording is the one to show; each statement's place worked out once.
        return groups.map { group in
            guard group.count > 1 else { return group }
            let places = group.map { ($0.section == .mainTargets ? 0 : 1, order[$0.report] ?? 0, $0.line) }
            return group.indices.sorted { places[$0] < places[$1] }.map { group[$0] }
        }
    }

    /// The value of a dictionary slot, taken through `inout` so that a defaulted subscript stores
    /// its default: a lookup and an insert in one hashing of the key.
    @inline(__always)
    private static func place(_ slot: inout Int) -> Int { slot }

    /// A target's jurisdiction, period and indicator.
    struct GroupKeyPlain: Hashable {
        let jurisdiction: String, period: Period?, indicatorID: String
        init(_ s: Statement) { jurisdiction = s.jurisdiction; period = s.period; indicatorID = s.indicatorID }
    }

    /// `notes`: what to say of a row without a result, shared by the rows of one alignment.
    func judge(_ row: inout Comparison, results: [Key: [Statement]], notes: RowNotes? = nil) {
        guard let target = row.target else { return }
        if case .qualitative(let phrase) = target.comparator {
            RelationalRules.judge(&row, phrase: phrase, results: results, catalog: catalog, tolerance: tolerance,
                                  advice: (notes ?? RowNotes(self)).advice(row.period, row.jurisdiction))
            return
        }
        guard let result = row.result else {
            let notes = notes ?? RowNotes(self)
            row.verdict = Verdict(status: .noResult, gap: nil, gapUnit: "", rule: notes.noResult(row.period))
            row.advice = notes.advice(row.period, row.jurisdiction)
            return
        }
        let direction = Self.direction(of: target, catalog: catalog)
        // The first result whose unit can be compared; a 万亿元 target meets a 亿元 result.
        for candidate in [result] + row.results.dropFirst() {
            if let verdict = VerdictRules.judge(target: target, result: candidate, direction: direction, tolerance: tolerance) {
                if candidate != result { row.results.removeAll { $0 == candidate }; row.results.insert(candidate, at: 0) }
                row.verdict = verdict
                return
            }
        }
        row.verdict = Verdict(status: .notEvaluable, gap: nil, gapUnit: "",
                              rule: "the result's unit (\(result.unit)) cannot be compared with the target's (\(target.unit))")
    }

    /// Which way is good for a target's indicator: the catalog's word, or for an indicator it does
    /// not know, the way the target itself points (下降20% asks for a fall).
    static func direction(of target: Statement, catalog: IndicatorCatalog) -> Direction {
        if let known = catalog.indicator(target.indicatorID)?.direction { return known }
        return (target.number ?? 0) < 0 ? .lower : .higher
    }

    /// "2020 targets: add a report that reviews 2020, e.g. the 2021 work report" — or, when a loaded
    /// report already reviews the year, say that it does not give this figure.
    func advice(for period: Period, jurisdiction: String) -> String {
        // The figures table reviews no year whole: a few figures of it do not make the report that would answer.
        if let reviewer = reports.first(where: { $0.jurisdiction == jurisdiction && $0.reviews.contains(period) && $0.kind != .figures }) {
            return "\(reviewer.id) reviews \(period) but states no result for this indicator"
        }
        return "add a report that reviews \(period) for \(jurisdiction), e.g. the \(period.start + 1) work report"
    }

    /// Static, so that a sort by it captures no aligner: a closure that called a method copied
    /// the aligner, every table of its catalog retained, once for every indicator's results.
    static func rank(_ s: Statement, _ order: [String: Int]) -> (Int, Int, Int) {
        (s.section == .review ? 0 : 1, order[s.report] ?? 0, s.line)
    }
}

/// Rows by period and jurisdiction, targets before results no target asked for, then where the
/// row's first statement stands: the main targets first, then by report and line.
struct RowOrder: Comparable {
    let period: Period, jurisdiction: String, noTarget: Int, section: Int, place: Int, line: Int, indicatorID: String

    init(_ row: Comparison, _ order: [String: Int]) {
        let first = row.target ?? row.result
        period = row.period; jurisdiction = row.jurisdiction; noTarget = row.targets.isEmpty ? 1 : 0
        section = first?.section == .mainTargets ? 0 : 1
        place = first.flatMap { order[$0.report] } ?? 0
        line = first?.line ?? 0
        indicatorID = row.indicatorID
    }

    static func < (a: RowOrder, b: RowOrder) -> Bool {
        if (a.period, a.jurisdiction, a.noTarget) != (b.period, b.jurisdiction, b.noTarget) {
            return (a.period, a.jurisdiction, a.noTarget) < (b.period, b.jurisdiction, b.noTarget)
        }
        return (a.section, a.place, a.line, a.indicatorID) < (b.section, b.place, b.line, b.indicatorID)
    }
}
