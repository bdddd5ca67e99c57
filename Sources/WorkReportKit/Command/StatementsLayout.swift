/// `gwr statements` in pieces that each need nothing but their own statements (as
/// `CompareLayout` is for `compare`): the text before the rows, a run of rows, what goes between
/// two runs, and the text after. The same text as rendering every statement at once; a terminal
/// table pads every column to its widest cell and so has no layout here.
struct StatementsLayout: Sendable {
    let format: OutputFormat
    let language: Language?
    /// For English indicator names (`--lang en`).
    let catalog: IndicatorCatalog?
    let byteOrderMark: Bool

    init(_ context: Context, catalog: IndicatorCatalog) {
        format = context.format
        language = context.language
        self.catalog = catalog
        byteOrderMark = context.invocation.has(.bom) || context.invocation.has(.excel)
    }

    func opening(_ count: Int) -> String {
        switch format {
        case .json: return "{\n  \"statements\": " + (count == 0 ? "[]" : "[\n")
        case .csv, .markdown: return runs.header(grid([]).columns)
        case .table: return ""
        }
    }

    /// Statements that follow one another in the output, without a line between them and the next run.
    func rows(_ statements: [Statement]) -> [UInt8] {
        runs.bytes(statements, bytesPerRow: 768, json: { StatementsCommand.write($0, to: &$1) }, grid: grid)
    }

    var separator: String { runs.separator }
    private var runs: RowRuns { RowRuns(format: format, byteOrderMark: byteOrderMark) }

    func closing(_ count: Int) -> String {
        format == .json ? (count == 0 ? "\n}\n" : "\n  ]\n}\n") : ""
    }

    /// The rows as `Context.render` has them: translated for --lang (CSV keeps its keys as header).
    private func grid(_ statements: [Statement]) -> Grid {
        let grid = StatementsCommand.grid(statements, full: true)
        guard let language else { return grid }
        return language.localized(grid, catalog: catalog)
    }
}
