import Foundation

/// Renders a grid for a terminal: columns padded to the same display width, so Chinese
/// (two columns a character) and ASCII line up; cells cut with … to fit `maxWidth`.
public struct TableRenderer: Sendable {
    public var width: DisplayWidth
    /// The terminal's width; nil for no limit (output to a file or pipe).
    public var maxWidth: Int?
    public var separator = "  "
    /// The widest a text column may be (display columns), cut with …; nil for whole cells (`--wide`).
    /// A list of road projects from a task breakdown is 97 columns wide and makes every row 400.
    public var maxCellWidth: Int? = 40
    /// An ANSI colour for a cell (column index, text), applied after padding so widths stay right.
    public var colour: (@Sendable (Int, String) -> String?)?

    public init(width: DisplayWidth = DisplayWidth(), maxWidth: Int? = nil) {
        self.width = width; self.maxWidth = maxWidth
    }

    public func render(_ grid: Grid) -> String {
        // A line break inside a cell would break every column after it.
        var grid = grid
        grid.rows = grid.rows.map { row in
            row.map { cell in
                guard cell.utf8.contains(10) || cell.utf8.contains(13) else { return cell }
                return String(cell.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
            }
        }
        let header = grid.columns.map(\.title)
        var widths = header.map { width.of($0) }
        for row in grid.rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width.of(cell)) }
        }
        if let cap = maxCellWidth {
            for i in widths.indices where i >= grid.columns.count || grid.columns[i].alignment != .right {
                widths[i] = min(widths[i], max(cap, width.of(header[i])))
            }
        }
        widths = fitted(widths, minimums: header.map { min(width.of($0), 8) })
        var lines: [String] = []
        let colour = self.colour
        var plain = self
        plain.colour = nil
        lines.append(plain.line(header, widths: widths, grid: grid))
        lines.append(plain.line(widths.map { String(repeating: "-", count: $0) }, widths: widths, grid: grid))
        for row in grid.rows {
            var styled = plain
            styled.colour = colour
            lines.append(styled.line(row, widths: widths, grid: grid))
        }
        var text = lines.joined(separator: "\n") + "\n"
        for note in grid.footer { text += note + "\n" }
        return text
    }

    /// Shrinks the widest columns until the table fits the terminal.
    func fitted(_ widths: [Int], minimums: [Int]) -> [Int] {
        guard let maxWidth else { return widths }
        var result = widths
        let gaps = separator.count * max(result.count - 1, 0)
        while result.reduce(0, +) + gaps > maxWidth {
            guard let widest = result.indices.max(by: { result[$0] < result[$1] }),
                  result[widest] > max(minimums[widest], 6) else { break }
            result[widest] -= 1
        }
        return result
    }

    private func line(_ cells: [String], widths: [Int], grid: Grid) -> String {
        // One string appended to: a padding string and a joined array for every cell cost more
        // than the rest of the table (`String(repeating:count:)` is not specialised).
        var out = ""
        for (i, columnWidth) in widths.enumerated() {
            if i > 0 { out += separator }
            let whole = i < cells.count ? cells[i] : ""
            let (cell, used) = cut(whole, to: columnWidth)
            let pad = max(columnWidth - used, 0)
            let right = i < grid.columns.count && grid.columns[i].alignment == .right
            let code = colour?(i, whole)
            if let code { out += code }
            if right { Self.appendSpaces(pad, to: &out) }
            out += cell
            if !right { Self.appendSpaces(pad, to: &out) }
            if code != nil { out += "\u{1B}[0m" }
        }
        // Every line is padded to the same display width, so the table pastes as a block.
        return out
    }

    private static let spaces = String(repeating: " ", count: 128)

    private static func appendSpaces(_ count: Int, to out: inout String) {
        var left = count
        while left > 0 {
            let n = min(left, 128)
            out += spaces[..<spaces.utf8.index(spaces.startIndex, offsetBy: n)]
            left -= n
        }
    }

    /// Cuts a cell to a display width, ending with … when anything was cut.
    public func truncated(_ text: String, to limit: Int) -> String { cut(text, to: limit).text }

    /// A cell cut to a display width, and the width it takes then.
    func cut(_ text: String, to limit: Int) -> (text: String, width: Int) {
        let whole = width.of(text)
        guard whole > limit else { return (text, whole) }
        // The ellipsis takes two columns where ambiguous characters are drawn wide.
        let ellipsis = width.of("…" as Unicode.Scalar)
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = width.of(scalar)
            if used + w > limit - ellipsis { break }
            out.append(scalar); used += w
        }
        return (String(out) + "…", used + ellipsis)
    }
}
