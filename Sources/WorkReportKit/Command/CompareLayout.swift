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
        case .csv, .markdown: return runs.header(grid([]).columns)
        case .table: return ""
        }
    }

    /// Rows that follow one another in the output, without a line between them and the next run.
    func rows(_ rows: [Comparison]) -> [UInt8] {
        runs.bytes(rows, bytesPerRow: 1_024, json: { CompareCommand.write($0, to: &$1) }, grid: grid)
    }

    var separator: String { runs.separator }
    private var runs: RowRuns { RowRuns(format: format, byteOrderMark: byteOrderMark) }

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
