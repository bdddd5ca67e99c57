/// An indicator's target in two reports: kept as it was, changed (in value or wording),
/// added to or dropped from the main expected targets.
public struct TargetChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case changed, unchanged, added, dropped }
    public var kind: Kind
    public var indicatorID: String
    public var indicator: String
    public var before: Statement?
    public var after: Statement?
    /// after − before, in the unit of the targets (points for rates), when both are numbers of one unit.
    public var valueChange: Double?
}

enum TargetDiff {
    /// Targets a report sets for its own year: main targets first, then tasks.
    static func targets(_ statements: [Statement], of report: Report) -> [String: Statement] {
        var out: [String: Statement] = [:]
        let year = report.metadata.targets.first(where: \.isSingleYear)
        let own = statements.filter { $0.report == report.id && $0.kind == .target && $0.period == year && !$0.stretch
            && ($0.section == .mainTargets || $0.section == .tasks) }
        for s in own.sorted(by: { ($0.section == .mainTargets ? 0 : 1, $0.line) < ($1.section == .mainTargets ? 0 : 1, $1.line) })
            where out[s.indicatorID] == nil && !s.indicatorID.startsWith("x_") {
            out[s.indicatorID] = s
        }
        return out
    }

    static func compare(_ a: Report, _ b: Report, statements: [Statement]) -> [TargetChange] {
        let before = targets(statements, of: a), after = targets(statements, of: b)
        var out: [TargetChange] = []
        for id in Set(before.keys).intersection(after.keys).sorted() {
            let x = before[id]!, y = after[id]!
            let same = x.value == y.value && x.unit == y.unit && x.comparator == y.comparator && x.qualifier == y.qualifier
            // 50%以上 against 30个: two indicators the catalog could not tell apart, not one target changed.
            if let p = Quantity(x), let q = Quantity(y), p.base != q.base { continue }
            // The change in the earlier target's own unit (2.5万亿元 → 2.8万亿元: +0.3).
            var change: Double?
            if let p = Quantity(x), let q = Quantity(y), p.base == q.base, let xv = x.number, xv != 0 {
                change = (q.value - p.value) * xv / p.value
            }
            // Only main targets and changed task targets are worth a line.
            if same && x.section != .mainTargets && y.section != .mainTargets { continue }
            out.append(TargetChange(kind: same ? .unchanged : .changed, indicatorID: id, indicator: y.indicator,
                                    before: x, after: y, valueChange: change))
        }
        let mainBefore = Set(before.values.filter { $0.section == .mainTargets }.map(\.indicatorID))
        let mainAfter = Set(after.values.filter { $0.section == .mainTargets }.map(\.indicatorID))
        for id in mainAfter.subtracting(mainBefore).sorted() {
            out.append(TargetChange(kind: .added, indicatorID: id, indicator: after[id]!.indicator, before: before[id], after: after[id], valueChange: nil))
        }
        for id in mainBefore.subtracting(mainAfter).sorted() {
            out.append(TargetChange(kind: .dropped, indicatorID: id, indicator: before[id]!.indicator, before: before[id], after: after[id], valueChange: nil))
        }
        return out
    }
}

/// `gwr diff A B`: the three parts together.
public struct PrioritiesDiff: Sendable {
    public var before: Report
    public var after: Report
    public var headings: [HeadingChange]
    public var terms: [TermChange]
    public var targets: [TargetChange]

    /// `background`: the reports whose text teaches where words begin and end (the two places'
    /// loaded reports); `catalog`: whose names of one indicator count as one term.
    public static func compare(_ a: Report, _ b: Report, statements: [Statement], terms: TermList, top: Int = 20,
                               scope: KeyTerms.Scope = .plan, background: [Report] = [], catalog: IndicatorCatalog? = nil) -> PrioritiesDiff {
        PrioritiesDiff(before: a, after: b, headings: HeadingMatch.compare(a, b),
                       terms: KeyTerms.compare(a, b, terms: terms, top: top, scope: scope, background: background, catalog: catalog),
                       targets: TargetDiff.compare(a, b, statements: statements))
    }
}
