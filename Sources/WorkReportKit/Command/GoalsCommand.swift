/// `gwr goals`: five-year goals against the latest value any report states, with its year.
enum GoalsCommand {
    static let spec = CommandSpec(
        name: "goals",
        summary: "Five-year goals against the latest reported value.",
        overview: "Show each five-year goal (the 2026 goals of the 2022 report, the 2021-2025 tasks of the breakdown …) against the latest value a loaded report states for it, with the year of that value and the share of the goal reached.",
        options: [StatementFilter.jurisdiction, StatementFilter.indicator, StatementFilter.report,
                  OptionSpec("all", help: "Also goals with no reported value yet (hidden by default).")],
        examples: ["gwr goals", "gwr goals --report hangzhou-2022-work-report", "gwr goals --all --format csv"])

    static func run(_ context: inout Context) throws -> String {
        context.readAhead()
        let catalog = try context.catalog()
        // One jurisdiction at a time: a goal's latest value is always its own jurisdiction's.
        let run = try context.grouped { GoalProgress.measure($0.statements, catalog: catalog) }
        let filter = try StatementFilter(context.invocation, reports: run.metadata, usage: spec.usage)
        let showAll = context.invocation.flags.contains("all")
        let goals = GoalProgress.merge(run.values, reports: run.metadata)
            .filter { filter.accepts($0.goal) && (showAll || $0.latest != nil) }
        if context.format == .json { return json(goals).rendered() + "\n" }
        var grid = self.grid(goals)
        if context.format != .csv {
            grid.footer = ["\(goals.count) goal(s): \(goals.filter { $0.state == .achieved }.count) achieved, "
                + "\(goals.filter { $0.state == .inProgress }.count) in progress"
                + (showAll ? ", \(goals.filter { $0.state == .noData }.count) with no reported value" : "; --all shows goals with no reported value")]
        }
        return context.render(grid)
    }

    static func grid(_ goals: [GoalProgress]) -> Grid {
        Grid(columns: [.init("period", "goal_for"), .init("jurisdiction", "jurisdiction"), .init("indicator", "indicator"),
                       .init("indicator_id", "indicator_id"), .init("goal", "goal", .right), .init("latest", "latest", .right),
                       .init("latest_period", "as_of"), .init("share", "reached", .right), .init("gap", "gap", .right),
                       .init("state", "state"), .init("goal_source", "goal_source"), .init("latest_source", "latest_source"),
                       .init("note", "note")],
             rows: goals.map { g in
                [g.goal.period?.description ?? "", g.goal.jurisdiction, g.goal.indicator, g.goal.indicatorID, FigureText.of(g.goal),
                 latestText(g), g.summed.isEmpty ? (g.latest?.period?.description ?? "")
                    : "\(g.summed.first!.period!.start)-\(g.summed.last!.period!.start)",
                 g.share.map { Format.number($0, digits: 1) + "%" } ?? "",
                 g.gap.map { Format.signed($0, digits: 1) + (g.gapUnit.isEmpty ? "" : " " + g.gapUnit) } ?? "",
                 g.state.rawValue, FigureText.source([g.goal]),
                 g.summed.isEmpty ? (g.latest.map { FigureText.source([$0]) } ?? "") : FigureText.source(g.summed), g.note ?? ""]
             })
    }

    /// The latest value, or for a goal that sums its years, their sum (Σ 2.07万亿元).
    static func latestText(_ g: GoalProgress) -> String {
        guard let sum = g.sum else { return g.latest.map(FigureText.of) ?? "" }
        return "Σ " + Format.number(sum, digits: 2) + g.goal.unit
    }

    static func json(_ goals: [GoalProgress]) -> JSONValue {
        func statement(_ s: Statement?) -> JSONValue {
            guard let s else { return .null }
            return .object([("value", s.value.map(JSONValue.number) ?? .null), ("unit", .string(s.unit)),
                            ("comparator", .string(s.comparator.description)), ("period", .optional(s.period?.description)),
                            ("report", .string(s.report)), ("line", .int(s.line)), ("text", .string(s.text))])
        }
        return .object([("goals", .array(goals.map { g in
            .object([("jurisdiction", .string(g.goal.jurisdiction)), ("indicator", .string(g.goal.indicator)),
                     ("indicator_id", .string(g.goal.indicatorID)), ("goal", statement(g.goal)), ("latest", statement(g.latest)),
                     ("state", .string(g.state.rawValue)), ("share", g.share.map { .number(Format.number($0, digits: 4)) } ?? .null),
                     ("gap", g.gap.map { .number(Format.number($0, digits: 4)) } ?? .null), ("gap_unit", .string(g.gapUnit)),
                     ("summed", .array(g.summed.map(statement))), ("sum", g.sum.map { .number(Format.number($0, digits: 4)) } ?? .null),
                     ("note", .optional(g.note))])
        }))])
    }
}
