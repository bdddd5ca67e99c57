/// `gwr tasks 2021`: the breakdown's tasks — number, sub-task, deadline, responsible units —
/// and, where a later report states it, the result of each figure.
enum TasksCommand {
    static let unit = OptionSpec("unit", short: "u", value: "UNIT", help: "Only sub-tasks this responsible unit takes part in (市发改委).")
    static let deadline = OptionSpec("deadline", short: "d", value: "WHEN", help: "Only sub-tasks due then (6月, 12月, 2025年).")
    static let spec = CommandSpec(
        name: "tasks",
        summary: "A year's task breakdown: tasks, deadlines, responsible units and results.",
        overview: "List the sub-tasks of the task breakdowns (重点工作责任分解) with their task number, deadline and responsible units, and for each figure in a sub-task the result a later report states, with its status.",
        arguments: "[YEAR]",
        maximumArguments: 1,
        options: [unit, deadline, CompareCommand.tolerance],
        examples: ["gwr tasks 2021", "gwr tasks 2021 --unit 市发改委", "gwr tasks 2021 --deadline 6月 --format csv"])

    static func run(_ context: inout Context) throws -> String {
        var year: Int?
        if let text = context.invocation.positionals.first {
            guard let value = Int(text), (1900...2200).contains(value) else {
                throw UsageError(message: "'\(text)' is not a year; name a year such as 2021", usage: spec.usage)
            }
            year = value
        }
        let tolerance = try CompareCommand.chosenTolerance(context)
        let pipeline = try context.pipeline()
        let rows = try CompareCommand.comparisons(&context, pipeline: pipeline, tolerance: tolerance)
        let breakdowns = pipeline.reports.filter { !$0.tasks.isEmpty && (year == nil || $0.metadata.year == year) }
        if breakdowns.isEmpty {
            let years = pipeline.reports.filter { !$0.tasks.isEmpty }.map { String($0.metadata.year) }
            throw UsageError(message: "no task breakdown\(year.map { " of \($0)" } ?? "") is loaded"
                + (years.isEmpty ? "" : " (breakdowns: \(years.joined(separator: ", ")))"), usage: spec.usage)
        }
        let wantedUnit = context.invocation.value(unit)
        let wantedDeadline = context.invocation.value(deadline)
        // Each target statement's row in the comparison, by report and line.
        var verdicts: [String: Comparison] = [:]
        for row in rows { for t in row.targets { verdicts["\(t.report)|\(t.line)|\(t.value ?? "")"] = row } }
        let ids = Set(breakdowns.map(\.id))
        let statements = pipeline.extraction.statements.filter { ids.contains($0.report) }

        var grid = Grid(columns: [.init("report", "report"), .init("part", "part"), .init("task", "task", .right),
                                  .init("subtask", "sub", .right), .init("text", "sub-task"), .init("deadline", "deadline"),
                                  .init("units", "units"), .init("figures", "figures"), .init("line", "line", .right)], rows: [])
        for report in breakdowns {
            for task in report.tasks {
                for sub in task.subtasks {
                    if let wantedUnit, !sub.units.contains(where: { $0.contains(wantedUnit) }), !(sub.provincialLead ?? "").contains(wantedUnit) { continue }
                    if let wantedDeadline, !sub.deadline.contains(wantedDeadline) { continue }
                    let lines = Set(sub.text.lines)
                    let figures = statements.filter { $0.report == report.id && lines.contains($0.line) && $0.value != nil }.map { s -> String in
                        let row = verdicts["\(s.report)|\(s.line)|\(s.value ?? "")"]
                        let outcome = row.map { r in
                            r.result.map { "\(FigureText.of($0)) \(r.verdict.status.rawValue)" } ?? r.verdict.status.rawValue
                        } ?? ""
                        return FigureText.of(s) + (outcome.isEmpty ? "" : " → " + outcome)
                    }
                    // 省 or 市: whose work report the task comes from; then the period it serves.
                    let whose = task.part.hasPrefix("省") ? "省" : (task.part.hasPrefix("市") ? "市" : "")
                    grid.rows.append([report.id, whose + " " + (task.period?.description ?? ""),
                                      "\(task.number)\(task.starred ? "*" : "")", sub.number.map(String.init) ?? "",
                                      sub.text.text, sub.deadline, sub.units.joined(separator: "、"),
                                      figures.joined(separator: "; "), String(sub.text.firstLine)])
                }
            }
        }
        if context.format == .json {
            return JSONValue.object([("tasks", .array(grid.rows.map { row in
                .object(zip(grid.columns, row).map { ($0.key, $0.key == "line" ? .int(Int($1) ?? 0) : .string($1)) })
            }))]).rendered() + "\n"
        }
        if context.format != .csv { grid.footer = ["\(grid.rows.count) sub-task(s)"] }
        return context.render(grid)
    }
}
