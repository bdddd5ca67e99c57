/// What `CompareLayout` and `StatementsLayout` share: the header and a run of rows in each format
/// that needs no other row to lay out one (JSON, CSV, Markdown; a terminal table pads every column
/// to its widest cell and is never written in runs).
struct RowRuns: Sendable {
    let format: OutputFormat
    let byteOrderMark: Bool

    /// The header line of CSV (with the byte-order mark if wanted) and Markdown; nothing for JSON.
    func header(_ columns: [Grid.Column]) -> String {
        switch format {
        case .csv: return CSVRenderer(byteOrderMark: byteOrderMark).header(columns)
        case .markdown: return MarkdownRenderer().header(columns)
        case .json, .table: return ""
        }
    }

    /// Rows that follow one another in the output, without a line between them and the next run,
    /// as UTF-8 that goes to the output as it is (never validated again as a String): JSON array
    /// elements two levels deep, written by `json` into one buffer of about `bytesPerRow` a row
    /// (growing it copies it), or the lines of `grid`'s rows written into one buffer the same way.
    func bytes<Row>(_ rows: [Row], bytesPerRow: Int, json: (Row, inout JSONWriter) -> Void, grid: ([Row]) -> Grid) -> [UInt8] {
        switch format {
        case .json:
            var writer = JSONWriter(depth: 2, capacity: bytesPerRow * rows.count)
            for (i, row) in rows.enumerated() {
                if i > 0 { writer.raw(separator) }
                writer.raw("    ")
                json(row, &writer)
            }
            // A run may wait in memory until the end: keep its bytes, not the room reserved for them.
            return writer.bytes
        case .csv:
            let renderer = CSVRenderer(byteOrderMark: byteOrderMark), out = ByteBuffer(capacity: bytesPerRow * rows.count)
            for row in grid(rows).rows { renderer.append(row, to: out) }
            return out.bytes
        case .markdown:
            let renderer = MarkdownRenderer(), out = ByteBuffer(capacity: bytesPerRow * rows.count)
            for row in grid(rows).rows { renderer.append(row, to: out) }
            return out.bytes
        case .table: return []
        }
    }

    /// Between two runs: a JSON array's comma.
    var separator: String { format == .json ? ",\n" : "" }
}
