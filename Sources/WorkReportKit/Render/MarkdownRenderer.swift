import Foundation

/// GitHub-flavoured Markdown tables, with | and line ends in cells escaped.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ grid: Grid) -> String {
        var out = "| " + grid.columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + grid.columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for row in grid.rows {
            out += "| " + row.map(escape).joined(separator: " | ") + " |\n"
        }
        if !grid.footer.isEmpty { out += "\n" + grid.footer.joined(separator: "\n") + "\n" }
        return out
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
