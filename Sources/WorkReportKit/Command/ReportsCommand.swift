/// `gwr reports`: what was loaded — each report's metadata and outline, with the original
/// line range of every section, the junk set aside and the broken sentences rejoined.
enum ReportsCommand {
    static let spec = CommandSpec(
        name: "reports",
        summary: "List the loaded reports, their metadata and their sections.",
        overview: "List each loaded report with its metadata and its sections (role, heading, original line range).",
        arguments: "[REPORT …]",
        maximumArguments: nil,
        examples: [
            "gwr reports",
            "gwr reports hangzhou-2022-work-report",
            "gwr reports 2022 --format json",
            "gwr reports --reports ~/my-reports --format csv -o sections.csv",
        ])

    static func run(_ context: inout Context) throws -> String {
        let corpus = try context.corpus()
        let selection = corpus.select(context.invocation.positionals)
        if let name = selection.unknown.first {
            var message = "no report named '\(name)'"
            let ids = corpus.reports.map(\.id)
            if let guess = Suggestion.closest(to: name, among: ids) { message += "; did you mean '\(guess)'?" }
            else { message += " (loaded: \(ids.joined(separator: ", ")))" }
            throw UsageError(message: message, usage: spec.usage)
        }
        let reports = selection.reports
        switch context.format {
        case .json: return json(reports).rendered() + "\n"
        case .csv, .markdown: return context.render(sectionsGrid(reports, withReport: true))
        case .table:
            var text = context.render(reportsGrid(reports))
            // The figures table is no report, but it is loaded with them.
            let directory = ReportsLocation.resolve(option: context.invocation.value(.reports), environment: context.environment)
            if context.invocation.positionals.isEmpty, let table = try FiguresTable.load(directory: directory, catalog: try context.catalog()) {
                for m in table.metadata {
                    let count = table.statements.filter { $0.jurisdiction == m.jurisdiction }.count
                    text += "\(FiguresTable.fileName): \(count) published figure(s) of \(m.jurisdiction), results for "
                        + "\(m.reviews.map(\.description).joined(separator: ",")), targets for \(m.targets.map(\.description).joined(separator: ","))"
                        + " (gwr statements --report \(FiguresTable.reportID))\n"
                }
            }
            for report in reports {
                text += "\n\(report.id) — \(report.metadata.title) (\(report.path))\n"
                text += context.render(sectionsGrid([report], withReport: false))
                let junk = report.lines.filter { if case .junk = $0.disposition { return true } else { return false } }
                text += "junk lines: \(junk.count); sentences rejoined across lines: \(report.joins.count)"
                if !report.tasks.isEmpty {
                    text += "; tasks: \(report.tasks.count), sub-tasks: \(report.tasks.reduce(0) { $0 + $1.subtasks.count })"
                }
                text += "\n"
            }
            return text
        }
    }

    static func reportsGrid(_ reports: [Report]) -> Grid {
        Grid(columns: [
            .init("id", "id"), .init("jurisdiction", "jurisdiction"), .init("year", "year", .right), .init("kind", "kind"),
            .init("reviews", "reviews"), .init("targets", "targets"), .init("lines", "lines", .right),
            .init("encoding", "encoding"), .init("title", "title"),
        ], rows: reports.map { r in
            let m = r.metadata
            return [m.id, m.jurisdiction, String(m.year), m.kind.rawValue, m.reviews.map(\.description).joined(separator: ","),
                    m.targets.map(\.description).joined(separator: ","), String(r.lines.count), r.encoding.rawValue,
                    m.title + (m.inferred.isEmpty ? "" : " (inferred)")]
        }, footer: ["\(reports.count) report(s)"])
    }

    static func sectionsGrid(_ reports: [Report], withReport: Bool) -> Grid {
        var columns: [Grid.Column] = withReport ? [.init("report", "report")] : []
        columns += [.init("role", "role"), .init("period", "period"), .init("level", "level", .right),
                    .init("first_line", "first_line", .right), .init("last_line", "last_line", .right), .init("heading", "heading"),
                    .init("basis", "basis")]
        var rows: [[String]] = []
        for report in reports {
            for section in report.sections {
                var row = withReport ? [report.id] : []
                row += [section.role.rawValue, section.period?.description ?? "", String(section.level),
                        String(section.firstLine), String(section.lastLine), section.heading, section.basis.rawValue]
                rows.append(row)
            }
        }
        return Grid(columns: columns, rows: rows)
    }

    /// The `gwr reports --format json` document. Keys are a stable interface (README).
    static func json(_ reports: [Report]) -> JSONValue {
        .object([("reports", .array(reports.map { report in
            let m = report.metadata
            let junk: [JSONValue] = report.lines.compactMap { line in
                guard case .junk(let reason) = line.disposition else { return nil }
                return .object([("line", .int(line.number)), ("reason", .string(reason.rawValue))])
            }
            return .object([
                ("id", .string(m.id)),
                ("file", .string(m.file)),
                ("path", .string(report.path)),
                ("jurisdiction", .string(m.jurisdiction)),
                ("year", .int(m.year)),
                ("kind", .string(m.kind.rawValue)),
                ("reviews", .array(m.reviews.map { .string($0.description) })),
                ("targets", .array(m.targets.map { .string($0.description) })),
                ("title", .string(m.title)),
                ("source", .string(m.source)),
                ("encoding", .string(report.encoding.rawValue)),
                ("inferred", .array(m.inferred.map(JSONValue.string))),
                ("line_count", .int(report.lines.count)),
                ("sections", .array(report.sections.map { s in
                    .object([
                        ("role", .string(s.role.rawValue)),
                        ("period", .optional(s.period?.description)),
                        ("level", .int(s.level)),
                        ("first_line", .int(s.firstLine)),
                        ("last_line", .int(s.lastLine)),
                        ("heading", .string(s.heading)),
                        ("basis", .string(s.basis.rawValue)),
                    ])
                })),
                ("junk", .array(junk)),
                ("joins", .array(report.joins.map { .object([("line", .int($0.line)), ("next", .int($0.next))]) })),
                ("task_count", .int(report.tasks.count)),
                ("subtask_count", .int(report.tasks.reduce(0) { $0 + $1.subtasks.count })),
            ])
        }))])
    }
}
