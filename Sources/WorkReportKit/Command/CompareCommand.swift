/// `gwr compare`: the 主要预期目标完成情况 table for every target — 指标 | 目标 | 实际 | 状态 —
/// with the gap and the source line of both sides.
enum CompareCommand {
    static let status = OptionSpec("status", value: "STATUS", choices: Status.allCases.map(\.rawValue),
                                   help: "Only rows with this status (results with no target appear only with --status no-target).")
    static let tolerance = OptionSpec("tolerance", value: "AMOUNT",
        help: "How far short a 左右 target may fall and still count: 0.5 (points, the default) or 5% (of the target).")
    static let explain = OptionSpec("explain", help: "Add the rule that decided each status.")
    static let pairing = OptionSpec("pairing", value: "HOW", choices: PairingMode.allCases.map(\.rawValue),
        help: "How a target finds its result: wording (the catalog, then the words that name the thing; the default) or catalog (the catalog's ids only).")
    static let spec = CommandSpec(
        name: "compare",
        summary: "Set each year's targets against the results next year's report states.",
        overview: "Pair each target with the result for the same year, jurisdiction and indicator, stated in a later report, and judge it: exceeded, met, met-within-tolerance, missed, not-evaluable, no-result (or no-target for results nothing asked for).",
        arguments: "[YEAR …]",
        maximumArguments: nil,
        options: [StatementFilter.jurisdiction, StatementFilter.indicator, status, tolerance, explain, pairing],
        examples: ["gwr compare 2021", "gwr compare --status missed", "gwr compare 2020 2021 --jurisdiction hangzhou --explain",
                   "gwr compare --indicator gdp_growth --format csv --bom -o gdp.csv", "gwr compare 2021 --tolerance 5%"])

    /// Prints the rows as each jurisdiction is aligned, in every format that needs no other row
    /// to lay out one (all but the terminal table); nothing reaches the output until the whole
    /// folder is read and the options are checked.
    static func run(_ context: inout Context) throws -> Int32 {
        let amount = try chosenTolerance(context)
        let selection = Selection(context.invocation)
        context.readAhead()
        if let layout = CompareLayout(context, tolerance: amount, catalog: try context.catalog()) {
            let runs = OrderedRuns<RunKey>(memoryLimit: spillLimit(context), directory: context.temporaryDirectory)
            let run = try aligned(&context, tolerance: amount) { rows, _, _ in
                let selected = rows.filter(selection.accepts)
                for (key, rows) in runsByKey(selected) { runs.add(key, bytes: layout.rows(rows), rows: rows.count) }
                return StatusCounts(selected)
            }
            try selection.checkYears()
            try runs.check()
            let counts = run.values.reduce(StatusCounts(), +)
            return try context.emit { write in
                try write(Array(layout.opening(counts).utf8))
                try runs.write(separator: layout.separator, to: write)
                try write(Array(layout.closing(counts).utf8))
            }
        }
        let run = try aligned(&context, tolerance: amount) { rows, _, _ in rows.filter(selection.accepts) }
        try selection.checkYears()
        return try context.emit(render(Aligner.merge(run.values), tolerance: amount, context: context,
                                       explain: context.invocation.has(explain)))
    }

    /// Bytes of rendered rows held in memory before the rest goes to a temporary file:
    /// `GWR_SPILL_BYTES` if set (tests set it tiny to make every run spill), else 64 MB.
    static func spillLimit(_ context: Context) -> Int {
        context.environment.variables["GWR_SPILL_BYTES"].flatMap { Int($0) }.map { max($0, 0) } ?? 64 << 20
    }

    /// Where a run of rows goes in the output: rows are ordered by period, then jurisdiction,
    /// and all rows of one period and jurisdiction come from one group.
    struct RunKey: Hashable, Comparable, Sendable {
        var period: Period
        var jurisdiction: String
        static func < (a: RunKey, b: RunKey) -> Bool { (a.period, a.jurisdiction) < (b.period, b.jurisdiction) }
    }

    /// A group's rows by period and jurisdiction, keeping their order (that of `Aligner.merge`).
    static func runsByKey(_ rows: [Comparison]) -> [(key: RunKey, rows: [Comparison])] {
        var runs: [(key: RunKey, rows: [Comparison])] = []
        var index: [RunKey: Int] = [:]
        for row in rows {
            let key = RunKey(period: row.period, jurisdiction: row.jurisdiction)
            if let at = index[key] { runs[at].rows.append(row) } else { index[key] = runs.count; runs.append((key, [row])) }
        }
        return runs
    }

    /// The rows asked for: --status (rows without a target only when asked for), years,
    /// --jurisdiction, --indicator.
    struct Selection: Sendable {
        var status: Status?
        var years: Result<[Int], UsageError>
        var jurisdiction: String?
        var indicator: String?

        init(_ invocation: Invocation) {
            status = invocation.value(CompareCommand.status).flatMap(Status.init(rawValue:))
            jurisdiction = invocation.value(StatementFilter.jurisdiction)
            indicator = invocation.value(StatementFilter.indicator)
            var years: [Int] = []
            for text in invocation.positionals {
                guard let year = Int(text), (1900...2200).contains(year) else {
                    self.years = .failure(UsageError(message: "'\(text)' is not a year; name years such as 2021", usage: spec.usage))
                    return
                }
                years.append(year)
            }
            self.years = .success(years)
        }

        /// A word that is not a year is reported once the folder is read, as it always was:
        /// after the folder's findings and an unknown --jurisdiction.
        func checkYears() throws(UsageError) { _ = try years.get() }

        func accepts(_ row: Comparison) -> Bool {
            guard case .success(let years) = self.years else { return false }
            if let status { if row.verdict.status != status { return false } } else if row.verdict.status == .noTarget { return false }
            if !years.isEmpty, !years.contains(row.period.start) { return false }
            if let jurisdiction, row.jurisdiction != jurisdiction { return false }
            if let indicator, row.indicatorID != indicator, !row.indicator.contains(indicator) { return false }
            return true
        }
    }

    /// Loads, extracts and aligns one jurisdiction at a time, so that only the rows are held.
    static func comparisons(_ context: inout Context) throws -> ([Comparison], Tolerance) {
        let (rows, amount, _) = try comparisons(&context) { _, _ in () }
        return (rows, amount)
    }

    /// The rows, and what `also` takes from each jurisdiction's statements (its goals, say),
    /// one value per jurisdiction in the order of their names.
    static func comparisons<Extra: Sendable>(_ context: inout Context, also: @Sendable @escaping (ReportGroup, IndicatorCatalog) -> Extra) throws
        -> (rows: [Comparison], tolerance: Tolerance, extras: GroupedRun<Extra>) {
        let amount = try chosenTolerance(context)
        let run = try aligned(&context, tolerance: amount) { rows, group, catalog in (rows: rows, extra: also(group, catalog)) }
        return (Aligner.merge(run.values.map(\.rows)),
                amount, GroupedRun(metadata: run.metadata, findings: run.findings, values: run.values.map(\.extra)))
    }

    /// Each jurisdiction's rows, as `align` orders them, handed to `consume` as soon as its
    /// group is read (on every core); then an unknown --jurisdiction is a usage error.
    static func aligned<Value: Sendable>(_ context: inout Context, tolerance: Tolerance,
                                         _ consume: @Sendable @escaping ([Comparison], ReportGroup, IndicatorCatalog) -> Value) throws
        -> GroupedRun<Value> {
        context.readAhead()
        let catalog = try context.catalog()
        let mode = chosenPairing(context)
        let run = try context.grouped { group in
            consume(Aligner(catalog: catalog, tolerance: tolerance, reports: group.metadata, places: group.places, pairing: mode).align(group.statements),
                    group, catalog)
        }
        try StatementFilter.check(jurisdiction: context.invocation.values[StatementFilter.jurisdiction.long],
                                  among: run.metadata, usage: "gwr \(context.invocation.command) [OPTIONS]")
        return run
    }

    /// The same rows from a whole pipeline, for commands that need more of it than rows.
    static func comparisons(_ context: inout Context, pipeline: PipelineResult, tolerance amount: Tolerance) throws -> [Comparison] {
        try StatementFilter.check(jurisdiction: context.invocation.values[StatementFilter.jurisdiction.long],
                                  among: pipeline.metadata, usage: "gwr \(context.invocation.command) [OPTIONS]")
        let aligner = Aligner(catalog: try context.catalog(), tolerance: amount, reports: pipeline.metadata, pairing: chosenPairing(context))
        return aligner.align(pipeline.extraction.statements)
    }

    /// --pairing (its choices are checked by the parser); wording where the command has no such option.
    static func chosenPairing(_ context: Context) -> PairingMode {
        context.invocation.values[pairing.long].flatMap(PairingMode.init(rawValue:)) ?? .wording
    }

    /// --tolerance, checked before any report is read.
    static func chosenTolerance(_ context: Context) throws -> Tolerance {
        guard let text = context.invocation.values[tolerance.long] else { return .standard }
        guard let parsed = Tolerance(text) else {
            throw UsageError(message: "--tolerance takes points such as 0.5 or a share of the target such as 5%; got '\(text)'",
                             usage: "gwr \(context.invocation.command) [OPTIONS]")
        }
        return parsed
    }

    static func render(_ rows: [Comparison], tolerance: Tolerance, context: Context, explain: Bool) -> String {
        if context.format == .json { return jsonText(rows, tolerance: tolerance) + "\n" }
        var grid = self.grid(rows, explain: explain || context.format != .table, plainNumbers: context.format == .csv)
        if context.format != .csv { grid.footer = footer(rows, tolerance: tolerance, language: context.language) }
        return context.render(grid, statusColumn: grid.columns.firstIndex { $0.key == "status" })
    }

    static func footer(_ rows: [Comparison], tolerance: Tolerance, language: Language? = nil) -> [String] {
        footer(StatusCounts(rows), tolerance: tolerance, language: language)
    }

    static func footer(_ counts: StatusCounts, tolerance: Tolerance, language: Language? = nil) -> [String] {
        let count = { (s: Status) in counts[s] }
        if language == .zh {
            let amount = Format.number(tolerance.amount)
            let rule = tolerance.kind == .points ? "\(amount)个百分点（总量与数量指标为目标的\(amount)%）" : "目标的\(amount)%"
            return [
                "共\(counts.total)行：超额完成\(count(.exceeded))，完成\(count(.met))，基本完成\(count(.metWithinTolerance))，未完成\(count(.missed))，"
                    + "无法评估\(count(.notEvaluable))，暂无结果\(count(.noResult))" + (count(.noTarget) > 0 ? "，无目标\(count(.noTarget))" : ""),
                "“左右”目标的容差：\(rule)；超额完成：速度类指标高于目标\(Format.number(VerdictRules.exceedPoints))个百分点以上，总量与数量指标高于目标\(Format.number(VerdictRules.exceedShare * 100))%以上；差距＝实际－目标（速度类为百分点，其余为目标的百分比）",
            ]
        }
        return [
            "\(counts.total) row(s): \(count(.exceeded)) exceeded, \(count(.met)) met, \(count(.metWithinTolerance)) met within tolerance, "
                + "\(count(.missed)) missed, \(count(.notEvaluable)) not evaluable, \(count(.noResult)) without a result"
                + (count(.noTarget) > 0 ? ", \(count(.noTarget)) without a target" : ""),
            "tolerance for 左右 targets: \(tolerance); exceeded: more than \(Format.number(VerdictRules.exceedPoints)) point above a rate target or \(Format.number(VerdictRules.exceedShare * 100))% above a level; gap: actual − target (pp for rates, % of the target otherwise)",
        ]
    }

    static let keys = ["period", "jurisdiction", "indicator", "indicator_id", "target", "actual", "status", "gap", "gap_unit",
                       "target_source", "result_source", "progress", "rule", "advice", "official", "target_url", "result_url", "paired_by"]

    /// `plainNumbers`: a gap a spreadsheet reads as a number (0.7, not +0.7).
    static func grid(_ rows: [Comparison], explain: Bool, plainNumbers: Bool = false) -> Grid {
        var columns: [Grid.Column] = [
            .init("period", "period"), .init("jurisdiction", "jurisdiction"), .init("indicator", "indicator"),
            .init("indicator_id", "indicator_id"), .init("target", "target", .right), .init("actual", "actual", .right),
            .init("status", "status"), .init("gap", "gap", .right), .init("gap_unit", "unit"), .init("target_source", "target_source"),
            .init("result_source", "result_source"), .init("progress", "progress"),
        ]
        if explain { columns += [.init("rule", "rule"), .init("advice", "advice")] }
        // The report's own verdict (plan-execution reports), always the last column.
        columns.append(.init("official", "official"))
        // Where a side was published, for the figures table's rows (after every older column).
        if explain { columns += [.init("target_url", "target_url"), .init("result_url", "result_url")] }
        // How the two sides met: catalog, or wording with its score and shared words (always last).
        columns.append(.init("paired_by", "paired_by"))
        return Grid(columns: columns, rows: rows.map { row in
            var cells = [row.period.description, row.jurisdiction, row.indicator, row.indicatorID,
                         row.target.map(FigureText.of) ?? "", actual(row), row.verdict.status.rawValue,
                         row.verdict.gap.map { plainNumbers ? Format.number($0, digits: 4) : Format.signed($0, digits: 1) } ?? "",
                         row.verdict.gap == nil ? "" : row.verdict.gapUnit,
                         FigureText.source(row.targets), FigureText.source(row.results),
                         row.progress.first.map { "\($0.period?.description ?? ""): \(FigureText.of($0))" } ?? ""]
            if explain { cells += [row.verdict.rule, row.advice ?? ""] }
            cells.append(officialText(row))
            if explain { cells += [row.target?.citation?.url ?? "", row.result?.citation?.url ?? ""] }
            cells.append(pairingText(row.pairedBy))
            return cells
        })
    }

    /// `catalog`, `wording 0.8: 高速公路`, or nothing when the row has no pair.
    static func pairingText(_ pairing: Pairing?) -> String {
        switch pairing {
        case .catalog?: return "catalog"
        case .wording(let score, let shared)?: return "wording \(Format.number(score, digits: 2)): \(shared)"
        case nil: return ""
        }
    }

    /// missed: 低于目标任务5.5个百分点, and whether gwr agrees.
    static func officialText(_ row: Comparison) -> String {
        guard let official = row.official else { return "" }
        let text = "\(official.status.rawValue): \(official.text)"
        return row.officialAgrees == false ? text + " (gwr: \(row.verdict.status.rawValue))" : text
    }

    static func actual(_ row: Comparison) -> String {
        if case .qualitative = row.target?.comparator, row.results.count > 1 {
            return row.results.map(FigureText.of).joined(separator: " / ")
                + (row.reference.first.map { " vs \(FigureText.of($0))" } ?? "")
        }
        if case .qualitative = row.target?.comparator, let reference = row.reference.first, let own = row.result {
            return FigureText.of(own) + " vs " + FigureText.of(reference)
        }
        // Every source's figure when they disagree: nothing is picked silently.
        return ([row.result].compactMap { $0 } + row.conflicting).map(FigureText.of).joined(separator: " / ")
    }

    /// `gwr compare --format json`; keys documented in the README.
    static func json(_ rows: [Comparison], tolerance: Tolerance) -> JSONValue {
        .object([("tolerance", json(tolerance)), ("comparisons", .array(rows.map(json)))])
    }

    /// The same text as `json(rows, tolerance:).rendered()`, one row at a time: a tree of every
    /// row of a large folder would take several times the memory of the text.
    static func jsonText(_ rows: [Comparison], tolerance: Tolerance) -> String {
        var text = "{\n  \"tolerance\": " + json(tolerance).rendered(indent: 1) + ",\n  \"comparisons\": "
        if rows.isEmpty { return text + "[]\n}" }
        text += "[\n"
        for (i, row) in rows.enumerated() {
            text += "    " + json(row).rendered(indent: 2) + (i == rows.count - 1 ? "\n" : ",\n")
        }
        return text + "  ]\n}"
    }

    static func json(_ tolerance: Tolerance) -> JSONValue {
        .object([("amount", .number(Format.number(tolerance.amount, digits: 4))),
                 ("kind", .string(tolerance.kind == .points ? "points" : "percent_of_target"))])
    }

    static func json(_ row: Comparison) -> JSONValue { .written(.init { write(row, to: &$0) }) }

    /// A row of `gwr compare --format json`, keys in their documented order (README).
    static func write(_ row: Comparison, to w: inout JSONWriter) {
        func sources(_ statements: [Statement], _ w: inout JSONWriter) {
            w.array { w in
                for s in statements {
                    w.element()
                    w.object { w in
                        w.key("report"); w.string(s.report)
                        w.key("file"); w.string(s.file)
                        w.key("line"); w.int(s.line)
                        w.key("text"); w.string(s.text)
                        w.key("url"); w.optional(s.citation?.url)
                    }
                }
            }
        }
        func side(_ s: Statement?, all: [Statement], _ w: inout JSONWriter) {
            guard let s else { return w.null() }
            w.object { w in
                w.key("value"); w.number(s.value)
                w.key("unit"); w.string(s.unit)
                w.key("comparator"); w.string(s.comparator.description)
                w.key("qualifier"); w.string(s.qualifier)
                w.key("stretch"); w.bool(s.stretch)
                w.key("period"); w.optional(s.period?.description)
                w.key("sources"); sources(all, &w)
                w.key("upper"); w.number(s.upper)
            }
        }
        func sides(_ statements: [Statement], _ w: inout JSONWriter) {
            w.array { w in
                for s in statements {
                    w.element()
                    side(s, all: [s], &w)
                }
            }
        }
        w.object { w in
            w.key("period"); w.string(row.period.description)
            w.key("jurisdiction"); w.string(row.jurisdiction)
            w.key("indicator"); w.string(row.indicator)
            w.key("indicator_id"); w.string(row.indicatorID)
            w.key("target"); side(row.target, all: row.targets, &w)
            w.key("result"); side(row.result, all: row.results, &w)
            w.key("reference"); side(row.reference.first, all: row.reference, &w)
            w.key("progress"); sides(row.progress, &w)
            w.key("status"); w.string(row.verdict.status.rawValue)
            w.key("gap"); w.number(row.verdict.gap.map { Format.number($0, digits: 4) })
            w.key("gap_unit"); if row.verdict.gap == nil { w.null() } else { w.string(row.verdict.gapUnit) }
            w.key("rule"); w.string(row.verdict.rule)
            w.key("advice"); w.optional(row.advice)
            w.key("official"); if let official = row.official { StatementsCommand.json(official).write(to: &w) } else { w.null() }
            w.key("official_agrees"); if let agrees = row.officialAgrees { w.bool(agrees) } else { w.null() }
            w.key("conflicts"); sides(row.conflicting, &w)
            w.key("paired_by"); w.optional(row.pairedBy.map { $0 == .catalog ? "catalog" : "wording" })
            switch row.pairedBy {
            case .wording(let score, let shared)?:
                w.key("pairing_score"); w.number(Format.number(score, digits: 4))
                w.key("shared_words"); w.string(shared)
            default:
                w.key("pairing_score"); w.null()
                w.key("shared_words"); w.null()
            }
        }
    }
}
