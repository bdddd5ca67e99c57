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
        case .csv: return CSVRenderer(byteOrderMark: byteOrderMark).header(grid([]).columns)
        case .markdown: return MarkdownRenderer().header(grid([]).columns)
        case .table: return ""
        }
    }

    /// Statements that follow one another in the output, without a line between them and the next run.
    func rows(_ statements: [Statement]) -> String {
        switch format {
        case .json:
            var text: [UInt8] = []
            text.reserveCapacity(768 * statements.count)
            for (i, statement) in statements.enumerated() {
                if i > 0 { text.append(contentsOf: separator.utf8) }
                text.append(contentsOf: "    ".utf8)
                var writer = JSONWriter(out: text, depth: 2)
                text = []
                StatementsCommand.write(statement, to: &writer)
                text = writer.out
            }
            return String(decoding: text, as: UTF8.self)
        case .csv:
            let renderer = CSVRenderer(byteOrderMark: byteOrderMark)
            return grid(statements).rows.map(renderer.line).joined()
        case .markdown:
            let renderer = MarkdownRenderer()
            return grid(statements).rows.map(renderer.line).joined()
        case .table: return ""
        }
    }

    /// Between two runs: a JSON array's comma.
    var separator: String { format == .json ? ",\n" : "" }

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
