/// `Reports/manifest.ini`: one `[id]` block per report with `key = value` lines.
/// The format is documented in Reports/README.md; errors name the manifest line.
public struct Manifest: Sendable {
    public struct Entry: Sendable {
        public var metadata: ReportMetadata
        /// Line of the `[id]` header and of the `file =` line, for error messages.
        public var headerLine: Int
        public var fileLine: Int
    }

    public var entries: [Entry]

    static let requiredKeys = ["file", "jurisdiction", "year", "kind", "title"]
    static let knownKeys = Set(requiredKeys + ["reviews", "targets", "source", "sha256"])

    public static func parse(_ text: String, path: String) throws(LoadError) -> Manifest {
        var entries: [Entry] = []
        var fields: [String: (value: String, line: Int)] = [:]
        var currentID: String?
        var headerLine = 0

        func finish() throws(LoadError) {
            guard let id = currentID else { return }
            entries.append(try entry(id: id, fields: fields, headerLine: headerLine, path: path))
            if let previous = entries.dropLast().first(where: { $0.metadata.id == id }) {
                throw .manifest(path: path, line: headerLine, message: "report id [\(id)] is already used at line \(previous.headerLine)")
            }
        }

        for (index, rawLine) in TextDecoding.lines(of: text).enumerated() {
            let number = index + 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw .manifest(path: path, line: number, message: "a report header looks like [report-id]; got \(line)")
                }
                try finish()
                let id = String(line.dropFirst().dropLast()).trimmingWhitespace()
                guard isValidID(id) else {
                    throw .manifest(path: path, line: number, message: "report id '\(id)' may use only a-z, 0-9, - and _")
                }
                currentID = id
                fields = [:]
                headerLine = number
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw .manifest(path: path, line: number, message: "expected key = value or [report-id]; got \(line)")
            }
            guard currentID != nil else {
                throw .manifest(path: path, line: number, message: "key before the first [report-id] header")
            }
            let key = String(line[..<equals]).trimmingWhitespace()
            let value = String(line[line.index(after: equals)...]).trimmingWhitespace()
            guard knownKeys.contains(key) else {
                let known = knownKeys.sorted().joined(separator: ", ")
                throw .manifest(path: path, line: number, message: "unknown key '\(key)' (known keys: \(known))")
            }
            if let earlier = fields[key] {
                throw .manifest(path: path, line: number, message: "key '\(key)' given twice for this report (first at line \(earlier.line))")
            }
            fields[key] = (value, number)
        }
        try finish()
        return Manifest(entries: entries)
    }

    private static func entry(id: String, fields: [String: (value: String, line: Int)], headerLine: Int, path: String) throws(LoadError) -> Entry {
        for key in requiredKeys where (fields[key]?.value ?? "").isEmpty {
            throw .manifest(path: path, line: headerLine, message: "report [\(id)] has no '\(key)'")
        }
        let yearField = fields["year"]!
        guard let year = Int(yearField.value), (1949...2200).contains(year) else {
            throw .manifest(path: path, line: yearField.line, message: "year must be a year such as 2022; got '\(yearField.value)'")
        }
        let kindField = fields["kind"]!
        guard let kind = ReportKind(rawValue: kindField.value), kind != .figures else {
            let kinds = ReportKind.allCases.filter { $0 != .figures }.map(\.rawValue).joined(separator: ", ")
            throw .manifest(path: path, line: kindField.line, message: "kind must be one of \(kinds); got '\(kindField.value)'")
        }
        func periods(_ key: String) throws(LoadError) -> [Period] {
            guard let field = fields[key], !field.value.isEmpty else { return [] }
            var result: [Period] = []
            for part in field.value.split(separator: ",") {
                let text = String(part).trimmingWhitespace()
                guard let period = Period(text) else {
                    throw .manifest(path: path, line: field.line, message: "\(key): '\(text)' is not a period (write 2020, 2025Q1 or 2021-2025)")
                }
                result.append(period)
            }
            return result
        }
        let sha = fields["sha256"]?.value.lowercased()
        if let sha, sha.count != 64 || !sha.allSatisfy(\.isHexDigit) {
            throw .manifest(path: path, line: fields["sha256"]!.line, message: "sha256 must be 64 hex digits")
        }
        let metadata = ReportMetadata(
            id: id, file: fields["file"]!.value, jurisdiction: fields["jurisdiction"]!.value, year: year,
            reviews: try periods("reviews"), targets: try periods("targets"), kind: kind,
            title: fields["title"]!.value, source: fields["source"]?.value ?? "", sha256: sha)
        return Entry(metadata: metadata, headerLine: headerLine, fileLine: fields["file"]!.line)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 }
    }
}
