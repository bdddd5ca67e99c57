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
        maximumArguments: nil,
        options: [reason],
        examples: ["gwr audit", "gwr audit hangzhou-2022-work-report --reason code", "gwr audit --format csv -o audit.csv"])

    /// What the audit keeps of one report once it is read: the report itself is let go.
    struct Audited: Sendable {
        var audit: [AuditEntry]
        var coverage: Coverage
        var figures: Int
        var decided: [(report: String, section: Section)]
        var findings: [Finding]
    }

    static func run(_ context: inout Context) throws -> String {
        // One report at a time (two on two cores): a folder of any size is audited in the memory of its largest report.
        let directory = ReportsLocation.resolve(option: context.invocation.value(.reports), environment: context.environment)
        let sources = try ReportLoader.sources(directory: directory)
        let (metadata, _) = try Pipeline.listedOrInferred(sources)
        let names = context.invocation.positionals
        let (ids, unknown) = Corpus.select(names, among: metadata)
        if let name = unknown.first {
            throw UsageError(message: "no report named '\(name)'", usage: spec.usage)
        }
        let chosen = sources.indices.filter { names.isEmpty || ids.contains(metadata[$0].id) }
            .sorted { (metadata[$0].year, metadata[$0].jurisdiction, metadata[$0].id) < (metadata[$1].year, metadata[$1].jurisdiction, metadata[$1].id) }
        let catalog = try context.catalog()
        let results = Parallel.map(chosen) { index -> Result<Audited, LoadError> in
            do throws(LoadError) {
                let (report, extraction, findings) = try Pipeline.extract(sources[index], catalog: catalog)
                // Kept until every report is read: each entry's context cut now, so that it holds
                // its few characters rather than its whole passage.
                return .success(Audited(audit: extraction.audit.map(\.detached), coverage: Coverage.measure([report], extraction: extraction),
                                        figures: extraction.statements.filter { $0.value != nil }.count,
                                        decided: decided([report]), findings: findings))
            } catch { return .failure(error) }
        }
        var audited: [Audited] = []
        for result in results { audited.append(try result.get()) }
        for finding in audited.flatMap(\.findings) { context.errors.write("\(finding)\n") }
        let extraction = (audit: audited.flatMap(\.audit), figures: audited.reduce(0) { $0 + $1.figures })
        let coverage = Coverage(seen: audited.reduce(0) { $0 + $1.coverage.seen }, accounted: audited.reduce(0) { $0 + $1.coverage.accounted },
                                gaps: audited.flatMap(\.coverage.gaps))
        let decidedParts = audited.flatMap(\.decided)
        let wanted = context.invocation.value(reason).flatMap(SkipReason.init(rawValue:))
        let entries = extraction.audit.filter { wanted == nil || $0.reason == wanted }
        let summary = String(format: "coverage: %d of %d numbers accounted for (%.1f%%): %d statements with figures, %d numbers skipped",
                             coverage.accounted, coverage.seen, coverage.ratio * 100,
                             extraction.figures, extraction.audit.count)
        if context.format == .json {
            return JSONValue.object([
                ("coverage", .object([("seen", .int(coverage.seen)), ("accounted", .int(coverage.accounted)),
                                      ("gaps", .array(coverage.gaps.map { .object([("report", .string($0.report)), ("line", .int($0.line)),
                                                                                  ("seen", .int($0.seen)), ("accounted", .int($0.accounted))]) }))])),
                ("skipped", .array(entries.map { e in
                    .object([("report", .string(e.report)), ("file", .string(e.file)), ("line", .int(e.line)),
                             ("token", .string(e.token)), ("reason", .string(e.reason.rawValue)), ("context", .string(e.context))])
                })),
                ("decided", .array(decidedParts.map { d in
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
                + decidedParts.map { d in
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
