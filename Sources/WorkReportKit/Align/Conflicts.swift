/// Sources that state one result differently: a preliminary and a final GDP (18109亿元 in the
/// work report, 18247亿元 a year later), or one figure rounded (1.81万亿元 against 18109亿元).
/// Nothing is picked silently: the row keeps every statement, judges on the first (a report
/// before the figures table) and says which others disagree.
enum Conflicts {
    /// The results of a row that disagree with the one it is judged on.
    static func of(_ results: [Statement]) -> [(statement: Statement, rounding: Bool)] {
        guard let used = results.first, let a = Quantity(used) else { return [] }
        var found: [(Statement, Bool)] = []
        var seen: Set<String> = []
        for other in results.dropFirst() where source(other) != source(used) {
            guard let b = Quantity(other), b.base == a.base, let (low, high) = bounds(other, b), let (lowUsed, highUsed) = bounds(used, a) else { continue }
            let slack = 1e-9 * max(abs(a.value), abs(b.value), 1)
            if low <= highUsed + slack && lowUsed <= high + slack { continue }
            // Once a value: the same figure in three news pages is one disagreement.
            guard seen.insert(FigureText.of(other)).inserted else { continue }
            found.append((other, agreesRounded(used, a, other, b)))
        }
        return found
    }

    /// A report, or a page the figures table cites. Two figures of one report under one id are
    /// two things the report counts (148个 and 48个 数字驾驶舱), not sources that disagree.
    private static func source(_ s: Statement) -> String { s.citation?.url ?? s.report }

    /// Notes each disagreement in the row's rule: `conflict: figures.csv:46 states 18247亿元 …`.
    static func note(_ row: inout Comparison) {
        let found = of(row.results)
        guard let used = row.result, !found.isEmpty else { return }
        let others = found.map { (s, rounding) in
            "\(FigureText.source([s])) states \(FigureText.of(s))" + (rounding ? " (the same figure rounded)" : "")
        }
        let kind = found.allSatisfy(\.rounding) ? "conflict (rounding)" : "conflict"
        let note = "\(kind): \(others.joined(separator: "; ")); judged on \(FigureText.source([used])), \(FigureText.of(used))"
        row.verdict.rule = row.verdict.rule.isEmpty ? note : row.verdict.rule + "; " + note
    }

    /// What a figure allows, in base units: 约 and a plain figure are a point, 以上 a floor.
    private static func bounds(_ s: Statement, _ q: Quantity) -> (Double, Double)? {
        switch s.comparator {
        case .equal, .about: return (q.value, q.value)
        case .atLeast: return (q.value, .infinity)
        case .atMost: return (-.infinity, q.value)
        case .between: return s.upper.flatMap(DecimalValue.parse).map { (q.value, $0 * q.scale) }
        case .qualitative: return nil
        }
    }

    /// Whether the more precise figure, rounded to the other's decimals in the other's unit,
    /// is the other: 18109亿元 is 1.81万亿元 to two decimals.
    private static func agreesRounded(_ a: Statement, _ qa: Quantity, _ b: Statement, _ qb: Quantity) -> Bool {
        func decimals(_ s: Statement) -> Int { s.value.flatMap { $0.split(separator: ".").dropFirst().first?.count } ?? 0 }
        // The coarser figure, in its own unit: fewer digits after scaling.
        let (coarse, qc, fine) = qa.scale / pow10(decimals(a)) >= qb.scale / pow10(decimals(b)) ? (a, qa, qb) : (b, qb, qa)
        let step = qc.scale / pow10(decimals(coarse))
        return abs((fine.value / step).rounded() * step - qc.value) <= step * 1e-6
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }
}
