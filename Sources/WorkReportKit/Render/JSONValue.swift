/// A JSON document built in a fixed key order, so output is byte-for-byte deterministic
/// (Foundation's JSONSerialization does not promise an order).
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number already formatted as JSON wants it (18109, 6.5, -0.3).
    case number(String)
    case int(Int)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    public func rendered(indent: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    /// The same text appended to `out`: `gwr compare` renders hundreds of thousands of rows,
    /// and every intermediate string (indentation, a quoted value) costs an allocation.
    func write(into out: inout String, indent: Int) {
        func pad(_ depth: Int) { for _ in 0..<depth { out += "  " } }
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                pad(indent + 1)
                JSONValue.appendQuoted(key, to: &out)
                out += ": "
                value.write(into: &out, indent: indent + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            pad(indent)
            out += "}"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                pad(indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            pad(indent)
            out += "]"
        case .string(let s): JSONValue.appendQuoted(s, to: &out)
        case .number(let n): out += n
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        // Most strings need no escaping: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += "\""
            out += s
            out += "\""
        } else {
            out += quote(s)
        }
    }

    /// JSON string escaping (RFC 8259): quotes, backslashes and control characters.
    static func quote(_ s: String) -> String {
        // Most strings need no escaping: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
