/// A five-year goal (2026 goals of the 2022 report, 2021-2025 tasks of the breakdown) against
/// the latest value any loaded report states for it.
public struct GoalProgress: Sendable {
    public enum State: String, Sendable {
        /// The latest value already meets the goal.
        case achieved
        /// Not yet: the share of the goal reached is given for levels and counts.
        case inProgress = "in-progress"
        /// A growth goal (年均增长7%以上) that the latest year's growth meets; growth is not a stock to reach.
        case onTrack = "on-track"
        /// A growth goal the latest year's growth falls short of.
        case behind
        /// No loaded report states a value of this indicator.
        case noData = "no-data"
        /// Qualitative, or the units cannot be compared.
        case notEvaluable = "not-evaluable"
    }

    public var goal: Statement
    public var latest: Statement?
    public var state: State
    /// Percent of the goal reached (levels and counts), or nil.
    public var share: Double?
    /// latest − goal, in points for rates.
    public var gap: Double?
    public var gapUnit: String

    public static func measure(_ statements: [Statement], catalog: IndicatorCatalog) -> [GoalProgress] {
        var values: [String: [Statement]] = [:]
        for s in statements where s.kind == .result && s.value != nil && s.period != nil {
            values["\(s.jurisdiction)|\(s.indicatorID)", default: []].append(s)
        }
        var out: [GoalProgress] = []
        for goal in statements where goal.kind == .target {
            guard let period = goal.period, goal.section == .fiveYearGoals || period.isRange else { continue }
            let candidates = (values["\(goal.jurisdiction)|\(goal.indicatorID)"] ?? []).filter { ($0.period?.end ?? 0) <= period.end }
            // The latest year; a single year's own review before a five-year review ending the same
            // year; a report's figure before the figures table's.
            func rank(_ s: Statement) -> (Int, Int, Int, Int) {
                (s.period!.end, s.period!.isSingleYear ? 1 : 0, s.citation == nil ? 1 : 0, -s.line)
            }
            let latest = candidates.max { rank($0) < rank($1) }
            var progress = GoalProgress(goal: goal, latest: latest, state: .noData, share: nil, gap: nil, gapUnit: "")
            if goal.value == nil { progress.state = .notEvaluable }
            else if let latest, let g = Quantity(goal), let a = Quantity(latest) {
                if g.base != a.base { progress.state = .notEvaluable }
                else {
                    let direction = Aligner.direction(of: goal, catalog: catalog)
                    let ceiling = goal.comparator == .atMost || direction == .lower
                    let met = ceiling ? a.value <= g.value : a.value >= g.value
                    let growth = catalog.indicator(goal.indicatorID)?.measure == .growth || goal.qualifier.contains("年均")
                    progress.state = growth ? (met ? .onTrack : .behind) : (met ? .achieved : .inProgress)
                    if g.isRate || g.base.isEmpty {
                        progress.gap = a.value - g.value
                        progress.gapUnit = g.isRate ? "pp" : ""
                    } else if g.value != 0 {
                        progress.share = a.value / g.value * 100
                        progress.gap = (a.value - g.value) / abs(g.value) * 100
                        progress.gapUnit = "%"
                    }
                }
            }
            out.append(progress)
        }
        return out
    }
}
