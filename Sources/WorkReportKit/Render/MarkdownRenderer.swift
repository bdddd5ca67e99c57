import Foundation

/// GitHub-flavoured Markdown tables, with | and line ends in cells escaped.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ grid: Grid) -> String {
        let out = ByteBuffer(capacity: 4_096)
        out.append(header(grid.columns))
        for row in grid.rows { append(row, to: out) }
        out.append(footer(grid.footer))
        return String(decoding: out.bytes, as: UTF8.self)
    }

    // Columns are not padded to a common width, so a row needs no other row: `gwr compare`
    // renders header, rows and footer apart.

    public func header(_ columns: [Grid.Column]) -> String {
        "| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
            + "|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
    }

    public func line(_ row: [String]) -> String {
        let out = ByteBuffer(capacity: 256)
        append(row, to: out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A row's line appended to `out` as UTF-8, a cell that needs no escaping (nearly every one)
    /// copied as it is.
    func append(_ row: [String], to out: ByteBuffer) {
        out.append("| ")
        for (i, cell) in row.enumerated() {
            if i > 0 { out.append(" | ") }
            var cell = cell
            let plain = cell.withUTF8 { b in
                guard !b.contains(where: Self.needsEscape) else { return false }
                out.append(b)
                return true
            }
            if !plain { out.append(escape(cell)) }
        }
        out.append(" |\n")
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { byte == 0x5C || byte == 0x7C || byte == 0x0A || byte == 0x0D }

    public func footer(_ notes: [String]) -> String {
        notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n") + "\n"
    }

    func escape(_ cell: String) -> String {
        // Most cells need nothing: copy them whole.
        if !cell.utf8.contains(where: Self.needsEscape) { return cell }
        // Each replacement only where its first byte occurs: Foundation's costs tens of
        // thousands of instructions even when it finds nothing.
        var cell = cell
        if cell.utf8.contains(0x5C) { cell = cell.replacingOccurrences(of: "\\", with: "\\\\") }
        if cell.utf8.contains(0x7C) { cell = cell.replacingOccurrences(of: "|", with: "\\|") }
        if cell.utf8.contains(0x0D) { cell = cell.replacingOccurrences(of: "\r\n", with: "<br>") }
        if cell.utf8.contains(0x0A) { cell = cell.replacingOccurrences(of: "\n", with: "<br>") }
        return cell
    }
}
