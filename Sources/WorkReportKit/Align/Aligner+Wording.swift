/// The aligner's second pass: pairing by what is measured (`WordingPairing`), for the targets
/// the catalog leaves without a result.
extension Aligner {
    /// Whether a result can be set against a target: the same base unit (万亿元 and 亿元), or a
    /// change in points against a rate; and for amounts and counts, within a tenfold of it either
    /// way (a 7.7公里 stretch of one greenway is not answered by 821公里 of all new greenways).
    static func comparable(_ target: Statement, _ result: Statement) -> Bool {
        guard let t = Quantity(target), let r = Quantity(result) else { return result.value == nil || target.value == nil }
        if t.isRate && r.isRate { return true }
        guard t.base.sameBytes(r.base) else { return false }
        return WordingPairing.sameOrder(t, r)
    }

    /// A statement's place: which report, line and figure.
    struct StatementKey: Hashable {
        let report: String, line: Int, indicatorID: String, value: String?, unit: String
        init(_ s: Statement) { report = s.report; line = s.line; indicatorID = s.indicatorID; value = s.value; unit = s.unit }
    }

    /// Pairs each row still without a result with the best-scoring unclaimed result of its
    /// jurisdiction and year (`WordingPairing`), best pairs first; a result answers one target
    /// (or the same figure targeted in several places). Returns the results it gave away.
    func pairByWording(_ rows: inout [Comparison], results: [Key: [Statement]], used: Set<Key>, order: [String: Int]) -> Set<StatementKey> {
        // Results by place and base unit, each side's words worked out once.
        struct Place: Hashable { let jurisdiction: String; let period: Period; let base: String }
        // The targets still without a result, and the places they look in: a result's words are
        // worked out only there.
        var targets: [(row: Int, place: Place, statement: Statement)] = []
        for (index, row) in rows.enumerated() where row.results.isEmpty {
            guard let target = row.target, target.value != nil, !target.implied, let quantity = Quantity(target) else { continue }
            targets.append((index, Place(jurisdiction: row.jurisdiction, period: row.period, base: quantity.base), target))
        }
        let wanted = Set(targets.map(\.place))
        var found: [(place: Place, statement: Statement)] = []
        for (key, all) in results where !used.contains(key) {
            for result in all {
                guard let quantity = Quantity(result) else { continue }
                let place = Place(jurisdiction: key.jurisdiction, period: key.period, base: quantity.base)
                if wanted.contains(place) { found.append((place, result)) }
            }
        }
        guard !found.isEmpty else { return [] }
        let offered = Set(found.map(\.place))
        targets.removeAll { !offered.contains($0.place) }
        // Each side's words worked out once, on every core: a large jurisdiction's hundreds of
        // them were the longest part of its alignment, which runs on one core.
        let catalog = self.catalog
        let sides = Parallel.map(found.map(\.statement) + targets.map(\.statement)) { WordingPairing.Side($0, catalog: catalog) }
        var pool: [Place: [WordingPairing.Side]] = [:]
        for (entry, side) in zip(found, sides) {
            if let side { pool[entry.place, default: []].append(side) }
        }
        var candidates: [(row: Int, result: Statement, match: WordingPairing.Match)] = []
        for (entry, side) in zip(targets, sides[found.count...]) {
            guard let side, let results = pool[entry.place] else { continue }
            for result in results {
                if let match = WordingPairing.match(side, result) { candidates.append((entry.row, result.statement, match)) }
            }
        }
        // Best first; ties by the target's place, then by the result's as the catalog ranks it (the
        // year's own review first): the pool comes out of a dictionary, whose order is no order.
        candidates.sort {
            if ($0.match.score, -$0.row) != ($1.match.score, -$1.row) { return ($0.match.score, -$0.row) > ($1.match.score, -$1.row) }
            let a = Self.rank($0.result, order), b = Self.rank($1.result, order)
            if a != b { return a < b }
            return ($0.result.indicatorID, $0.result.value ?? "", $0.result.text) < ($1.result.indicatorID, $1.result.value ?? "", $1.result.text)
        }
        var taken: Set<Int> = []
        var owner: [StatementKey: Statement] = [:]
        for candidate in candidates where !taken.contains(candidate.row) {
            let key = StatementKey(candidate.result)
            guard let target = rows[candidate.row].target else { continue }
            if let first = owner[key], (first.value, first.unit, first.comparator) != (target.value, target.unit, target.comparator) { continue }
            owner[key] = owner[key] ?? target
            taken.insert(candidate.row)
            var row = rows[candidate.row]
            row.results = [candidate.result]
            judge(&row, results: results)
            row.pairedBy = .wording(score: candidate.match.score, shared: candidate.match.shared)
            row.verdict.rule = "paired by wording (\(Format.number(candidate.match.score, digits: 2)), both name \(candidate.match.shared): "
                + "\(target.indicator) ↔ \(candidate.result.indicator)); " + row.verdict.rule
            row.advice = nil
            rows[candidate.row] = row
        }
        return Set(owner.keys)
    }
}
