/// `gwr report -o scorecard.html`: the scorecard as one self-contained HTML page with charts.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        summary: "Write the scorecard as one self-contained HTML page with charts.",
        overview: "Write one self-contained HTML file (inline CSS and SVG, nothing fetched): for each indicator with targets in more than one year a chart of target against actual, the scorecard of each year with statuses and every figure linked to its source line, five-year goals as progress bars, the priorities diff of the two latest work reports, and which reports were loaded. Without -o the page goes to standard output.",
        options: [CompareCommand.tolerance, CompareCommand.pairing],
        examples: ["gwr report -o scorecard.html", "gwr report --lang zh -o 记分卡.html", "gwr report --reports ~/reports -o out.html"])

    static func run(_ context: inout Context) throws -> String {
        let tolerance = try CompareCommand.chosenTolerance(context)
        let pipeline = try context.pipeline()
        let rows = try CompareCommand.comparisons(&context, pipeline: pipeline, tolerance: tolerance)
        let catalog = try context.catalog()
        let goals = GoalProgress.measure(pipeline.extraction.statements, catalog: catalog)
        // The two latest work reports of the jurisdiction with the most reports.
        var diff: PrioritiesDiff?
        let counts = Dictionary(grouping: pipeline.metadata, by: \.jurisdiction).mapValues(\.count)
        if let main = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
            let latest = pipeline.metadata.filter { $0.jurisdiction == main && $0.kind == .workReport }.sorted { $0.year < $1.year }.suffix(2)
            if latest.count == 2, let older = latest.first, let newer = latest.last {
                // Read just these two again (the pipeline keeps statements, not whole reports).
                let directory = ReportsLocation.resolve(option: context.invocation.value(.reports), environment: context.environment)
                let sources = try ReportLoader.sources(directory: directory).filter { $0.name == older.file || $0.name == newer.file }
                let reports = try sources.map { source throws(LoadError) in Normalizer.normalize(try ReportLoader.read(source).file) }
                if let a = reports.first(where: { $0.id == older.id }), let b = reports.first(where: { $0.id == newer.id }) {
                    diff = PrioritiesDiff.compare(a, b, statements: pipeline.extraction.statements, terms: try context.termList(), top: 12,
                                                  background: try context.corpus().reports.filter { $0.metadata.jurisdiction == main }, catalog: catalog)
                }
            }
        }
        return HTMLReport(reports: pipeline.metadata, comparisons: rows, goals: goals, diff: diff, tolerance: tolerance,
                          catalog: catalog, language: context.language ?? .en).render()
    }
}
