import Foundation

/// Reads a hand-written golden TSV: header line, `#` comments, tab-separated rows.
struct TSV {
    let header: [String]
    let rows: [[String: String]]

    init(path: URL) throws {
        let text = try String(contentsOf: path, encoding: .utf8)
        var header: [String] = []
        var rows: [[String: String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header.isEmpty { header = cells; continue }
            var row: [String: String] = [:]
            for (i, name) in header.enumerated() { row[name] = i < cells.count ? cells[i] : "" }
            rows.append(row)
        }
        self.header = header
        self.rows = rows
    }
}
