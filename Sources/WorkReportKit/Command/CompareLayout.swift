/// `gwr compare` in pieces that each need nothing but their own rows, so that rows can be
/// rendered as each jurisdiction is read: the text before the rows, a run of rows, what goes
/// between two runs, and the text after the rows. Before and after depend only on the counts.
/// The same text as `CompareCommand.render` on all the rows at once; a terminal table pads
/// every column to its widest cell and so has no layout here.
struct CompareLayout: Sendable {
    let format: OutputFormat
    let tolerance: Tolerance
    let language: Language?
    /// For English indicator names (`--lang en`).
    let catalog: IndicatorCatalog?
    let byteOrderMark: Bool

    init?(format: OutputFormat, tolerance: Tolerance, language: Language?, catalog: IndicatorCatalog?, byteOrderMark: Bool) {
        guard format != .table else { return nil }
        self.format = format; self.tolerance = tolerance
        self.language = language; self.catalog = catalog; self.byteOrderMark = byteOrderMark
    }

    init?(_ context: Context, tolerance: Tolerance, catalog: IndicatorCatalog) {
        self.init(format: context.format, tolerance: tolerance, language: context.language, catalog: catalog,
                  byteOrderMark: context.invocation.has(.bom) || context.invocation.has(.excel))
    }

    func opening(_ counts: StatusCounts) -> String {
        switch format {
        case .json:
            let start = "{\n  \"tolerance\": " + CompareCommand.json(tolerance).rendered(indent: 1) + ",\n  \"comparisons\": "
            return start + (counts.total == 0 ? "[]" : "[\n")
        case .csv: return CSVRenderer(byteOrderMark: byteOrderMark).header(grid([]).columns)
        case .markdown: return MarkdownRenderer().header(grid([]).columns)
        case .table: return ""
        }
    }

    /// Rows that follow one another in the output, without a line between them and the next run.
    func rows(_ rows: [Comparison]) -> String {
        switch format {
        case .json:
            var text: [UInt8] = []
            // About a kilobyte a row: growing the buffer copies it each time.
            text.reserveCapacity(1_024 * rows.count)
            for (i, row) in rows.enumerated() {
                if i > 0 { text.append(contentsOf: separator.utf8) }
                text.append(contentsOf: "    ".utf8)
                var writer = JSONWriter(out: text, depth: 2)
                text = []
                CompareCommand.write(row, to: &writer)
                text = writer.out
            }
            return String(decoding: text, as: UTF8.self)
        case .csv:
            let renderer = CSVRenderer(byteOrderMark: byteOrderMark)
            return grid(rows).rows.map(renderer.line).joined()
        case .markdown:
            let renderer = MarkdownRenderer()
            return grid(rows).rows.map(renderer.line).joined()
        case .table: return ""
        }
    }

    /// Between two runs: a JSON array's comma.
    var separator: String { format == .json ? ",\n" : "" }

    func closing(_ counts: StatusCounts) -> String {
        switch format {
        case .json: return counts.total == 0 ? "\n}\n" : "\n  ]\n}\n"
        case .csv, .table: return ""
        case .markdown: return MarkdownRenderer().footer(CompareCommand.footer(counts, tolerance: tolerance, language: language))
        }
    }

    /// The rows as `Context.render` has them: translated, and with the rule and advice, which
    /// only a terminal table leaves out unless --explain.
    private func grid(_ rows: [Comparison]) -> Grid {
        let grid = CompareCommand.grid(rows, explain: true, plainNumbers: format == .csv)
        guard let language else { return grid }
        return language.localized(grid, catalog: catalog)
    }
}
