/// Rows and goals worked out one jurisdiction at a time (`Pipeline.grouped`), put back in the
/// order an all-at-once run gives: a row or goal only ever involves its own jurisdiction.
extension Aligner {
    /// Each group's rows as `align` sorted them. Rows of one period and jurisdiction all come from
    /// one group, so (period, jurisdiction, place in the group) is the all-at-once order.
    public static func merge(_ groups: [[Comparison]]) -> [Comparison] {
        groups.flatMap { rows in rows.enumerated().map { (place: $0.offset, row: $0.element) } }
            .sorted { ($0.row.period, $0.row.jurisdiction, $0.place) < ($1.row.period, $1.row.jurisdiction, $1.place) }
            .map(\.row)
    }
}

extension GoalProgress {
    /// Each group's goals as `measure` listed them (in statement order); all at once they follow
    /// the corpus order of their reports, `reports`.
    public static func merge(_ groups: [[GoalProgress]], reports: [ReportMetadata]) -> [GoalProgress] {
        let order = Dictionary(reports.enumerated().map { ($1.id, $0) }) { first, _ in first }
        return groups.flatMap { goals in goals.enumerated().map { (place: $0.offset, goal: $0.element) } }
            .sorted { (order[$0.goal.goal.report] ?? 0, $0.place) < (order[$1.goal.goal.report] ?? 0, $1.place) }
            .map(\.goal)
    }
}
