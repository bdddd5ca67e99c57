/// `gwr` with no command: what a newcomer needs first — the main expected targets judged year by
/// year, then per year how many targets were met, missed or are still unknown, and the five-year goals.
enum OverviewCommand {
    static let spec = CommandSpec(
        name: "overview",
        summary: "The default: the main expected targets year by year, per-year counts, judged targets, five-year goals.",
        overview: "Print the main expected targets (主要预期目标) of every year against their results; then, for each year and jurisdiction, how many targets were met, missed or are unknown and which report would answer the rest; then every target judged against a result; then the five-year goals against the latest reported values.",
        options: [CompareCommand.tolerance, CompareCommand.pairing],
        examples: ["gwr", "gwr overview --tolerance 5%", "gwr overview --format markdown -o overview.md"])

    static func run(_ context: inout Context) throws -> String {
        // Goals only for the formats that show them.
        let showsGoals = context.format != .json && context.format != .csv
        let (rows, tolerance, goalsRun) = try CompareCommand.comparisons(&context) { group, catalog in
            showsGoals ? GoalProgress.measure(group.statements, catalog: catalog) : []
        }
        let targets = rows.filter { !$0.targets.isEmpty }
        var summary = Grid(columns: [.init("period", "year"), .init("jurisdiction", "jurisdiction"), .init("targets", "targets", .right),
                                     .init("met", "met", .right), .init("missed", "missed", .right),
                                     .init("not_evaluable", "not_evaluable", .right), .init("no_result", "no_result", .right)], rows: [])
        // One pass to group the rows by year and jurisdiction, in order of first appearance:
        // filtering all rows for each pair was quadratic on a folder of hundreds of places.
        struct Place: Hashable { let period: Period; let jurisdiction: String }
        var byPlace: [Place: [Comparison]] = [:]
        var places: [Place] = []
        for row in targets {
            let place = Place(period: row.period, jurisdiction: row.jurisdiction)
            if byPlace[place] == nil { places.append(place) }
            byPlace[place, default: []].append(row)
        }
        for place in places {
            guard let same = byPlace[place], let row = same.first else { continue }
            summary.rows.append([row.period.description, row.jurisdiction, String(same.count),
                                 String(same.filter { $0.verdict.status.isMet }.count), String(same.filter { $0.verdict.status == .missed }.count),
                                 String(same.filter { $0.verdict.status == .notEvaluable }.count),
                                 String(same.filter { $0.verdict.status == .noResult }.count)])
        }
        let main = targets.filter { $0.targets.contains { $0.section == .mainTargets } }
        if context.format == .json {
            return JSONValue.object([("summary", .array(summary.rows.map { row in
                .object(zip(summary.columns, row).map { ($0.key, $0.key == "period" || $0.key == "jurisdiction" ? .string($1) : .int(Int($1) ?? 0)) })
            })), ("main_targets", CompareCommand.json(main, tolerance: tolerance))]).rendered() + "\n"
        }
        if context.format == .csv { return CompareCommand.render(main, tolerance: tolerance, context: context, explain: true) }
        let goals = GoalProgress.merge(goalsRun.values, reports: goalsRun.metadata).filter { $0.goal.section == .fiveYearGoals && $0.latest != nil }
        // What a reader opens the tool for: each year's main expected targets against the results.
        var text = "Main expected targets (主要预期目标), year by year:\n"
        text += CompareCommand.render(main, tolerance: tolerance, context: context, explain: false)
        text += "\nTargets by year (gwr compare lists every one):\n" + context.render(summary)
        // Which report would answer the years still open.
        var open: [String] = []
        var said: Set<String> = []
        for row in targets where row.verdict.status == .noResult {
            guard let advice = row.advice, advice.hasPrefix("add ") else { continue }
            let line = "\(row.period) targets (\(row.jurisdiction)): \(advice)"
            if said.insert(line).inserted { open.append(line) }
        }
        if !open.isEmpty { text += open.joined(separator: "\n") + "\n" }
        let judged = targets.filter { $0.verdict.status.isMet || $0.verdict.status == .missed }
        text += "\nTargets judged against a result:\n"
        text += CompareCommand.render(judged, tolerance: tolerance, context: context, explain: false)
        text += "\nFive-year goals against the latest reported value (gwr goals):\n" + context.render(GoalsCommand.grid(goals))
        return text
    }
}
