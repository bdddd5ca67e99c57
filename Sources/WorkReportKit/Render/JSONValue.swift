/// A JSON document built in a fixed key order, so output is byte-for-byte deterministic
/// (Foundation's JSONSerialization does not promise an order).
public enum JSONValue: Sendable, Equatable {
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
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same text appended to `out` as UTF-8: `gwr compare` renders hundreds of thousands of
    /// rows, and appending small Strings (an indentation, a quote mark) cost more than the rest
    /// of the rendering together.
    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { out.append(0x7B); out.append(0x7D); return }
            out.append(0x7B)
            out.append(0x0A)
            for (i, (key, value)) in pairs.enumerated() {
                JSONValue.pad(&out, indent + 1)
                JSONValue.appendQuoted(key, to: &out)
                out.append(0x3A)
                out.append(0x20)
                value.write(into: &out, indent: indent + 1)
                if i != pairs.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            JSONValue.pad(&out, indent)
            out.append(0x7D)
        case .array(let items):
            if items.isEmpty { out.append(0x5B); out.append(0x5D); return }
            out.append(0x5B)
            out.append(0x0A)
            for (i, item) in items.enumerated() {
                JSONValue.pad(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
                if i != items.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            JSONValue.pad(&out, indent)
            out.append(0x5D)
        case .string(let s): JSONValue.appendQuoted(s, to: &out)
        case .number(let n): JSONValue.appendNumber(n, to: &out)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    /// A number as RFC 8259 allows it. Figures are kept as written, but a report can write
    /// 00 (土建完成±00) or 05, and JSON forbids leading zeros: those lose them (0, 5). Anything
    /// that is not a number at all is written as a string rather than as broken JSON.
    static func appendNumber(_ text: String, to out: inout [UInt8]) {
        // Read in place: every value and gap of every `compare` row comes through here.
        let written = text.utf8.withContiguousStorageIfAvailable { appendNumber($0, to: &out) }
            ?? Array(text.utf8).withUnsafeBufferPointer { appendNumber($0, to: &out) }
        if !written { appendQuoted(text, to: &out) }
    }

    /// Appends the number with its leading zeros dropped; false, appending nothing, when the
    /// bytes are not a number.
    private static func appendNumber(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        var i = b.first == 0x2D ? 1 : 0
        let digits = i
        while isDigit(i) { i += 1 }
        let integerEnd = i
        if i < b.count, b[i] == 0x2E, isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            var k = i + 1
            if k < b.count, b[k] == 0x2B || b[k] == 0x2D { k += 1 }
            let exponent = k
            while isDigit(k) { k += 1 }
            if k > exponent { i = k }
        }
        guard integerEnd > digits, i == b.count else { return false }
        var first = digits
        while first + 1 < integerEnd, b[first] == 0x30 { first += 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[..<digits]))
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[first...]))
        return true
    }

    /// Two spaces a level, copied from a run of spaces rather than appended one at a time.
    private static func pad(_ out: inout [UInt8], _ depth: Int) {
        var left = 2 * depth
        while left > 0 {
            let count = min(left, spaces.count)
            out.append(contentsOf: spaces[..<count])
            left -= count
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// `s` quoted and escaped as RFC 8259 asks (quotes, backslashes, control characters), on its
    /// bytes: only ASCII is ever escaped, so every other byte is copied as it is.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &out) }
        if copied == nil { Array(s.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &out) } }
        out.append(0x22)
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Most strings need no escaping: copy them whole.
        guard bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out.append(contentsOf: bytes)
            return
        }
        let hex = Array("0123456789abcdef".utf8)
        for byte in bytes {
            switch byte {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case ..<0x20: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
    }
}
