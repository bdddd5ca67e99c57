/// `gwr audit`: every number in the texts that did not become a statement, with the reason,
/// and the coverage: numbers accounted for / numbers seen.
enum AuditCommand {
    static let reason = OptionSpec("reason", value: "REASON", choices: SkipReason.allCases.map(\.rawValue),
                                   help: "Only numbers skipped for this reason.")
    static let spec = CommandSpec(
        name: "audit",
        summary: "List every number that is not a figure, why, and the coverage.",
        overview: "List every number in the texts that did not become a statement (dates, codes, ordinals, thresholds, ages …) with its line and the reason, and print the coverage: numbers accounted for / numbers seen.",
        arguments: "[REPORT …]",
        options: [reason],
        examples: ["gwr audit", "gwr audit hangzhou-2022-work-report --reason code", "gwr audit --format csv -o audit.csv"])

    static func run(_ context: inout Context) throws -> String {
        let corpus = try context.corpus()
        let selection = corpus.select(context.invocation.positionals)
        if let name = selection.unknown.first {
            throw UsageError(message: "no report named '\(name)'", usage: spec.usage)
        }
        let extraction = Extractor.extract(selection.reports, catalog: try context.catalog())
        let coverage = Coverage.measure(selection.reports, extraction: extraction)
        let wanted = context.invocation.value(reason).flatMap(SkipReason.init(rawValue:))
        let entries = extraction.audit.filter { wanted == nil || $0.reason == wanted }
        let summary = String(format: "coverage: %d of %d numbers accounted for (%.1f%%): %d statements with figures, %d numbers skipped",
                             coverage.accounted, coverage.seen, coverage.ratio * 100,
                             extraction.statements.filter { $0.value != nil }.count, extraction.audit.count)
        if context.format == .json {
            return JSONValue.object([
                ("coverage", .object([("seen", .int(coverage.seen)), ("accounted", .int(coverage.accounted)),
                                      ("gaps", .array(coverage.gaps.map { .object([("report", .string($0.report)), ("line", .int($0.line)),
                                                                                  ("seen", .int($0.seen)), ("accounted", .int($0.accounted))]) }))])),
                ("skipped", .array(entries.map { e in
                    .object([("report", .string(e.report)), ("file", .string(e.file)), ("line", .int(e.line)),
                             ("token", .string(e.token)), ("reason", .string(e.reason.rawValue)), ("context", .string(e.context))])
                })),
                ("decided", .array(decided(selection.reports).map { d in
                    .object([("report", .string(d.report)), ("role", .string(d.section.role.rawValue)),
                             ("period", .optional(d.section.period?.description)), ("first_line", .int(d.section.firstLine)),
                             ("last_line", .int(d.section.lastLine)), ("basis", .string(d.section.basis.rawValue))])
                })),
            ]).rendered() + "\n"
        }
        var grid = Grid(columns: [.init("report", "report"), .init("line", "line", .right), .init("token", "token", .right),
                                  .init("reason", "reason"), .init("context", "context")],
                        rows: entries.map { [$0.report, String($0.line), $0.token, $0.reason.rawValue, $0.context] })
        if context.format != .csv {
            grid.footer = [summary] + coverage.gaps.map { "not accounted for: \($0.report):\($0.line) (\($0.accounted) of \($0.seen))" }
                + decided(selection.reports).map { d in
                    "\(d.report):\(d.section.firstLine)-\(d.section.lastLine): \(d.section.role.rawValue) \(d.section.period?.description ?? "") "
                        + "decided by \(d.section.basis == .sentence ? "a sentence" : "the manifest"), the report having no heading that says"
                }
        } else if coverage.accounted < coverage.seen {
            context.errors.write("gwr: warning: \(summary)\n")
        }
        return context.render(grid)
    }

    /// The parts of reports whose role and period no heading gave: which rule decided them.
    static func decided(_ reports: [Report]) -> [(report: String, section: Section)] {
        reports.flatMap { report in
            report.sections.filter { $0.basis == .sentence || $0.basis == .manifest }.map { (report.id, $0) }
        }
    }
}
