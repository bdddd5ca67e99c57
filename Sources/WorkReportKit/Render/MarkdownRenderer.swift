import Foundation

/// GitHub-flavoured Markdown tables, with | and line ends in cells escaped.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ grid: Grid) -> String {
        var out = header(grid.columns)
        for row in grid.rows { out += line(row) }
        return out + footer(grid.footer)
    }

    // Columns are not padded to a common width, so a row needs no other row: `gwr compare`
    // renders header, rows and footer apart.

    public func header(_ columns: [Grid.Column]) -> String {
        "| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
            + "|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
    }

    public func line(_ row: [String]) -> String {
        "| " + row.map(escape).joined(separator: " | ") + " |\n"
    }

    public func footer(_ notes: [String]) -> String {
        notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n") + "\n"
    }

    func escape(_ cell: String) -> String {
        // Most cells need nothing: copy them whole.
        if !cell.utf8.contains(where: { $0 == 0x5C || $0 == 0x7C || $0 == 0x0A || $0 == 0x0D }) { return cell }
        return cell.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }
}
