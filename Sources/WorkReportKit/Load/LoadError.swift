/// Why a report or the manifest could not be loaded. Each message names the file (and line,
/// where there is one) and says what to do next; the command layer maps these to exit status 1.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingDirectory(path: String)
    case noReports(path: String)
    case missingFile(path: String, manifest: String, line: Int)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case binary(path: String, line: Int, byteOffset: Int)
    case invalidEncoding(path: String, line: Int, byteOffset: Int)
    case manifest(path: String, line: Int, message: String)
    case duplicateID(id: String, first: String, second: String)
    /// A bad row or header of the figures table: the line it starts on and, for a bad cell, its column.
    case figures(path: String, line: Int, column: String?, message: String)

    public var description: String {
        switch self {
        case .missingDirectory(let path):
            return "\(path): no such folder of reports; pass --reports DIR with the folder holding the report texts"
        case .noReports(let path):
            return "\(path): no reports found (no manifest.ini entries and no .txt files); add a report as README.md explains"
        case .missingFile(let path, let manifest, let line):
            return "\(manifest):\(line): the manifest names \(path), which does not exist; fix the file = line or add the file"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file (\(reason))"
        case .emptyFile(let path):
            return "\(path): the file is empty; a report needs its text"
        case .binary(let path, let line, let byteOffset):
            return "\(path):\(line): this looks like a binary file, not report text (control bytes at byte \(byteOffset)); save the report as plain text (UTF-8 or GB18030)"
        case .invalidEncoding(let path, let line, let byteOffset):
            return "\(path):\(line): the text is neither valid UTF-8 nor GB18030 (bad byte at offset \(byteOffset)); convert it to UTF-8, e.g. iconv -f GB18030 -t UTF-8"
        case .manifest(let path, let line, let message):
            return "\(path):\(line): \(message)"
        case .duplicateID(let id, let first, let second):
            return "two reports share the id \(id) (\(first) and \(second)); give one a manifest entry with another id"
        case .figures(let path, let line, let column, let message):
            return "\(path):\(line): " + (column.map { "column '\($0)': " } ?? "") + message
        }
    }
}
