/// A located remark that does not stop the run: an inferred field, a decoded encoding,
/// a checksum that changed. Printed as `path:line: warning: [category] message`.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case note, warning }

    public let path: String
    public let line: Int?
    public let severity: Severity
    public let category: String
    public let message: String

    public init(path: String, line: Int? = nil, severity: Severity, category: String, message: String) {
        self.path = path; self.line = line; self.severity = severity
        self.category = category; self.message = message
    }

    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity.rawValue): [\(category)] \(message)"
    }
}
