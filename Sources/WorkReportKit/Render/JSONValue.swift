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
    /// A value that writes itself (a `compare` row, a statement): defined once, for the writer.
    case written(Written)

    public struct Written: Sendable {
        let body: @Sendable (inout JSONWriter) -> Void
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    public func rendered(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same text appended to `out` as UTF-8, through `JSONWriter`: one layout for both.
    func write(into out: inout [UInt8], indent: Int) {
        var writer = JSONWriter(out: out, depth: indent)
        out = []
        write(to: &writer)
        out = writer.bytes
    }

    func write(to w: inout JSONWriter) {
        switch self {
        case .object(let pairs):
            w.object { w in
                for (key, value) in pairs {
                    w.runtimeKey(key)
                    value.write(to: &w)
                }
            }
        case .array(let items):
            w.array { w in
                for item in items {
                    w.element()
                    item.write(to: &w)
                }
            }
        case .string(let s): w.string(s)
        case .number(let n): w.number(n)
        case .int(let n): w.int(n)
        case .bool(let b): w.bool(b)
        case .null: w.null()
        case .written(let written): written.body(&w)
        }
    }

    /// A number as RFC 8259 allows it. Figures are kept as written, but a report can write
    /// 00 (土建完成±00) or 05, and JSON forbids leading zeros: those lose them (0, 5). Anything
    /// that is not a number at all is written as a string rather than as broken JSON.
    static func appendNumber(_ text: String, to out: ByteBuffer) {
        // Read in place: every value and gap of every `compare` row comes through here.
        let written = text.utf8.withContiguousStorageIfAvailable { appendNumber($0, to: out) }
            ?? Array(text.utf8).withUnsafeBufferPointer { appendNumber($0, to: out) }
        if !written { appendQuoted(text, to: out) }
    }

    /// Appends the number with its leading zeros dropped; false, appending nothing, when the
    /// bytes are not a number.
    private static func appendNumber(_ b: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) -> Bool {
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
        out.append(UnsafeBufferPointer(rebasing: b[..<digits]))
        out.append(UnsafeBufferPointer(rebasing: b[first...]))
        return true
    }

    /// `s` quoted and escaped as RFC 8259 asks (quotes, backslashes, control characters), on its
    /// bytes: only ASCII is ever escaped, so every other byte is copied as it is.
    static func appendQuoted(_ s: String, to out: ByteBuffer) {
        out.append(0x22)
        var s = s
        s.withUTF8 { appendEscaped($0, to: out) }
        out.append(0x22)
    }

    /// Whether eight bytes hold one below 0x20, a `"` or a `\`.
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- 0x20 &* ones) & ~w & highs
        let q = w ^ (0x22 &* ones), b = w ^ (0x5C &* ones)
        let quote = (q &- ones) & ~q & highs
        let backslash = (b &- ones) & ~b & highs
        return control | quote | backslash != 0
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) {
        // Most strings need no escaping: copy them whole. Looked for eight bytes at a time: a
        // word with a control byte, a quotation mark or a backslash stops the search (each test
        // is exact for the word as a whole), and the bytes from there are looked at one by one.
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count, !mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        }
        while i < bytes.count, bytes[i] >= 0x20, bytes[i] != 0x22, bytes[i] != 0x5C { i += 1 }
        guard i < bytes.count else {
            out.append(bytes)
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
            case ..<0x20: out.append([0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
    }
}
