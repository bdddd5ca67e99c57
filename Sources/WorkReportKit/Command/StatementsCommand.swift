/// `gwr statements`: every target and result found, each with its source line and clause.
enum StatementsCommand {
    static let spec = CommandSpec(
        name: "statements",
        summary: "List every target and result found in the reports, with its source line.",
        overview: "List every quantitative and qualitative target, result and in-year progress figure, with the report, the line of the original file and the clause it stands in.",
        options: StatementFilter.options,
        examples: [
            "gwr statements --kind target --year 2022",
            "gwr statements --indicator rnd_intensity",
            "gwr statements --indicator 研发投入 --format csv --bom -o rnd.csv",
            "gwr statements --jurisdiction xiaoshan --format json",
        ])

    /// The stable column and JSON key order (README: `gwr statements --format json`).
    static let keys = ["report", "file", "line", "jurisdiction", "kind", "period", "section", "indicator", "indicator_id",
                       "value", "unit", "comparator", "qualifier", "stretch", "text", "upper", "stated", "implied", "attribute", "url", "citation"]

    /// A terminal table pads each column to its widest cell and needs every row; every other
    /// format is written as the folder is read, one report at a time, so that memory follows
    /// the largest file (rendered runs past 64 MB wait in a temporary file, as `compare`'s do).
    /// Nothing reaches the output until the whole folder is read and the options are checked.
    static func run(_ context: inout Context) throws -> Int32 {
        guard context.format != .table else { return try context.emit(table(&context)) }
        context.readAhead(eachReport: true)
        let layout = StatementsLayout(context, catalog: try context.catalog())
        let runs = OrderedRuns<Place>(memoryLimit: CompareCommand.spillLimit(context), directory: context.temporaryDirectory)
        let base = StatementFilter(unchecked: context.invocation)
        let run = try context.grouped(eachReport: true) { group -> Int in
            var filter = base
            // --report names reports by id, file or year: the group's own are enough to say which.
            if let name = base.reportName { filter.reports = Set(Corpus.select([name], among: group.metadata).ids) }
            var count = 0
            var start = 0
            let statements = group.statements
            while start < statements.count {
                // A report's statements follow one another; each row of the figures table is a run
                // of its own, placed by its line, since the table's rows are not grouped by place.
                let place = group.places[statements[start].report] ?? 0
                let isTable = statements[start].report == FiguresTable.reportID
                var end = start + 1
                while !isTable, end < statements.count, statements[end].report == statements[start].report { end += 1 }
                let selected = statements[start..<end].filter(filter.accepts)
                runs.add(Place(report: place, line: isTable ? statements[start].line : 0), bytes: layout.rows(selected), rows: selected.count)
                count += selected.count
                start = end
            }
            return count
        }
        _ = try StatementFilter(context.invocation, reports: run.metadata, usage: spec.usage)
        try runs.check()
        let total = run.values.reduce(0, +)
        return try context.emit { write in
            try write(Array(layout.opening(total).utf8))
            try runs.write(separator: layout.separator, to: write)
            try write(Array(layout.closing(total).utf8))
        }
    }

    /// Where a run of statements goes: reports in corpus order, the figures table after them.
    struct Place: Comparable, Sendable {
        var report: Int, line: Int
        static func < (a: Place, b: Place) -> Bool { (a.report, a.line) < (b.report, b.line) }
    }

    /// The terminal table: every statement at once, for the column widths and the counts below.
    static func table(_ context: inout Context) throws -> String {
        let pipeline = try context.pipeline()
        let filter = try StatementFilter(context.invocation, reports: pipeline.metadata, usage: spec.usage)
        let statements = pipeline.extraction.statements.filter(filter.accepts)
        var grid = self.grid(statements, full: false)
        grid.footer = ["\(statements.count) statement(s): \(statements.filter { $0.kind == .target }.count) targets, "
                       + "\(statements.filter { $0.kind == .result }.count) results, \(statements.filter { $0.kind == .progress }.count) progress"]
        return context.render(grid)
    }

    static func grid(_ statements: [Statement], full: Bool) -> Grid {
        let columns: [Grid.Column] = full
            ? keys.map { Grid.Column($0, $0, $0 == "line" || $0 == "value" ? .right : .left) }
            : [.init("report", "report"), .init("line", "line", .right), .init("kind", "kind"), .init("period", "period"),
               .init("indicator_id", "indicator_id"), .init("indicator", "indicator"), .init("comparator", "cmp"),
               .init("value", "value", .right), .init("unit", "unit"), .init("qualifier", "qualifier"), .init("text", "text")]
        // Each column's cell read straight from the statement: a dictionary of every field, made
        // for every row, cost more than writing the row.
        let cells = columns.map { cell($0.key, full: full) }
        return Grid(columns: columns, rows: statements.map { s in cells.map { $0(s) } })
    }

    /// How a column's cell is read from a statement; an unknown key reads as empty.
    private static func cell(_ key: String, full: Bool) -> @Sendable (Statement) -> String {
        switch key {
        case "report": return { $0.report }
        case "file": return { $0.file }
        case "line": return { String($0.line) }
        case "jurisdiction": return { $0.jurisdiction }
        case "kind": return { $0.kind.rawValue }
        case "period": return { $0.period?.description ?? "" }
        case "section": return { $0.section.rawValue }
        case "indicator": return { $0.indicator }
        case "indicator_id": return { $0.indicatorID }
        case "value": return { $0.value ?? "" }
        case "unit": return { $0.unit }
        case "comparator": return { $0.comparator.description }
        case "qualifier": return { s in s.qualifier + (s.stretch && !full ? (s.qualifier.isEmpty ? "力争" : "+力争") : "") }
        case "stretch": return { $0.stretch ? "true" : "false" }
        case "text": return { $0.text }
        case "upper": return { $0.upper ?? "" }
        case "stated": return { s in s.stated.map { "\($0.status.rawValue): \($0.text)" } ?? "" }
        case "implied": return { $0.implied ? "true" : "false" }
        case "attribute": return { $0.attribute ?? "" }
        case "url": return { $0.citation?.url ?? "" }
        case "citation": return { $0.citation.map(citationText) ?? "" }
        default: return { _ in "" }
        }
    }

    /// A report's own verdict on a result (README: `stated`).
    static func json(_ stated: StatedVerdict) -> JSONValue {
        .object([("status", .string(stated.status.rawValue)), ("gap", stated.gap.map { .number(Format.number($0, digits: 4)) } ?? .null),
                 ("gap_unit", .string(stated.gapUnit)), ("text", .string(stated.text))])
    }

    /// Where a figures-table row was read (README: `citation`).
    static func json(_ citation: Citation) -> JSONValue {
        .object([("title", .string(citation.title)), ("url", .string(citation.url)),
                 ("published", .optional(citation.published.isEmpty ? nil : citation.published)), ("location", .string(citation.location))])
    }

    /// The title, date and place of a citation in one cell: 政府工作报告摘登(二), 2024-01-31, 主要预期目标.
    static func citationText(_ citation: Citation) -> String {
        [citation.title, citation.published, citation.location].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    static func json(_ statements: [Statement]) -> JSONValue {
        .object([("statements", .array(statements.map(json)))])
    }

    /// One statement as `gwr statements --format json` writes it (README: the keys).
    static func json(_ s: Statement) -> JSONValue { .written(.init { write(s, to: &$0) }) }

    static func write(_ s: Statement, to w: inout JSONWriter) {
        w.object { w in
            w.key("report"); w.string(s.report)
            w.key("file"); w.string(s.file)
            w.key("line"); w.int(s.line)
            w.key("jurisdiction"); w.string(s.jurisdiction)
            w.key("kind"); w.string(s.kind.rawValue)
            w.key("period"); w.optional(s.period?.description)
            w.key("section"); w.string(s.section.rawValue)
            w.key("indicator"); w.string(s.indicator)
            w.key("indicator_id"); w.string(s.indicatorID)
            w.key("value"); w.number(s.value)
            w.key("unit"); w.string(s.unit)
            w.key("comparator"); w.string(s.comparator.description)
            w.key("qualifier"); w.string(s.qualifier)
            w.key("stretch"); w.bool(s.stretch)
            w.key("text"); w.string(s.text)
            w.key("upper"); w.number(s.upper)
            w.key("stated"); if let stated = s.stated { json(stated).write(to: &w) } else { w.null() }
            w.key("implied"); w.bool(s.implied)
            w.key("attribute"); w.optional(s.attribute)
            w.key("url"); w.optional(s.citation?.url)
            w.key("citation"); if let citation = s.citation { json(citation).write(to: &w) } else { w.null() }
        }
    }
}
