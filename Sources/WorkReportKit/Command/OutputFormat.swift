/// The four output formats; every tabular command offers all of them.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown

    /// From `--format`, else from the `-o` file's extension, else a terminal table.
    static func resolve(option: String?, outputPath: String?) -> OutputFormat {
        if let option, let format = OutputFormat(rawValue: option) { return format }
        guard let outputPath, let dot = outputPath.lastIndex(of: ".") else { return .table }
        switch outputPath[outputPath.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "json": return .json
        case "md", "markdown": return .markdown
        default: return .table
        }
    }
}
