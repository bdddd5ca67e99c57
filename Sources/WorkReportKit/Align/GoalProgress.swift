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
    /// A goal that sums its years (社会消费品零售总额达到3.5万亿元 over 2021-2025, 新认定…5000家): the
    /// results of each year so far, whose sum it is set against; empty otherwise.
    public var summed: [Statement] = []
    /// Why a goal is not evaluable, when it is for a reason a reader should see.
    public var note: String? = nil

    /// The sum of `summed`, in the goal's unit.
    public var sum: Double? {
        guard !summed.isEmpty, let g = Quantity(goal), g.scale != 0 else { return nil }
        return summed.compactMap { Quantity($0)?.value }.reduce(0, +) / g.scale
    }

    /// The latest year; a single year's own review before a five-year review ending the same year;
    /// a report's figure before the figures table's.
    static func rank(_ s: Statement) -> (Int, Int, Int, Int) {
        (s.period!.end, s.period!.isSingleYear ? 1 : 0, s.citation == nil ? 1 : 0, -s.line)
    }

    public static func measure(_ statements: [Statement], catalog: IndicatorCatalog) -> [GoalProgress] {
        var values: [String: [Statement]] = [:]
        for s in statements where s.kind == .result && s.value != nil && s.period != nil {
            values["\(s.jurisdiction)|\(s.indicatorID)", default: []].append(s)
        }
        var out: [GoalProgress] = []
        for goal in statements where goal.kind == .target {
            guard let period = goal.period, goal.section == .fiveYearGoals || period.isRange else { continue }
            let candidates = (values["\(goal.jurisdiction)|\(goal.indicatorID)"] ?? []).filter { ($0.period?.end ?? 0) <= period.end }
            let latest = candidates.max { rank($0) < rank($1) }
            var progress = GoalProgress(goal: goal, latest: latest, state: .noData, share: nil, gap: nil, gapUnit: "")
            if goal.value == nil { progress.state = .notEvaluable }
            else if let latest, Self.sumsYears(goal, latest: latest, catalog: catalog) {
                sumUp(&progress, period: period, candidates: candidates, rank: rank, catalog: catalog)
            }
            else if let latest, let g = Quantity(goal), let a = Quantity(latest) {
                if g.base != a.base { progress.state = .notEvaluable }
                else {
                    let direction = Aligner.direction(of: goal, catalog: catalog)
                    let ceiling = goal.comparator == .atMost || direction == .lower
                    let met = ceiling ? a.value <= g.value : a.value >= g.value
                    let growth = catalog.indicator(goal.indicatorID)?.measure == .growth || goal.qualifier.includes("年均")
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

    /// A goal over several years that counts what they add up to: its words say so (新增, 新认定,
    /// 累计 …), or it is an amount more than three times the latest year's (3.5万亿元 of retail sales
    /// against 6744亿元 a year). A share, a rate or a growth never sums.
    static func sumsYears(_ goal: Statement, latest: Statement, catalog: IndicatorCatalog) -> Bool {
        guard let period = goal.period, period.isRange, let g = Quantity(goal), !g.isRate, let a = Quantity(latest), a.base == g.base else { return false }
        if let measure = catalog.indicator(goal.indicatorID)?.measure, ![.level, .count].contains(measure) { return false }
        let words = goal.indicator + goal.text
        if IndicatorWording.flowWords.contains(where: { goal.indicator.hasPrefix($0) }) || words.includes("累计") || words.includes("五年") { return true }
        return a.value > 0 && g.value >= 3 * a.value
    }

    /// The goal against the sum of every year reported so far; not evaluable, with the years
    /// missing, when one is not reported: never against one year's figure.
    static func sumUp(_ progress: inout GoalProgress, period: Period, candidates: [Statement],
                      rank: (Statement) -> (Int, Int, Int, Int), catalog: IndicatorCatalog) {
        var byYear: [Int: Statement] = [:]
        for s in candidates where s.period?.isSingleYear == true && s.value != nil && s.comparator != .atLeast {
            let year = s.period!.start
            guard year >= period.start, Quantity(s)?.base == Quantity(progress.goal)?.base else { continue }
            if let known = byYear[year], rank(known) >= rank(s) { continue }
            byYear[year] = s
        }
        guard let last = byYear.keys.max() else { progress.state = .noData; return }
        let missing = (period.start...last).filter { byYear[$0] == nil }
        guard missing.isEmpty else {
            progress.state = .notEvaluable
            progress.note = "a goal for the sum of \(period); no result for \(missing.map(String.init).joined(separator: ", ")), so no sum to set against it"
            return
        }
        progress.summed = (period.start...last).map { byYear[$0]! }
        guard let total = progress.sum, let goalValue = progress.goal.number, goalValue != 0 else { return }
        let met = progress.goal.comparator == .atMost ? total <= goalValue : total >= goalValue
        progress.state = met ? .achieved : .inProgress
        progress.share = total / goalValue * 100
        progress.gap = (total - goalValue) / abs(goalValue) * 100
        progress.gapUnit = "%"
        progress.note = "the sum of \(period.start)–\(last) against a goal for the sum of \(period)"
    }
}
