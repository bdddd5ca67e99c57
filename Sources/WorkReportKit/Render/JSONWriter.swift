/// JSON written straight into one byte buffer, in the layout `JSONValue` renders (two spaces a
/// level, `"key": value`, an empty container as `{}` or `[]`), without building a tree first:
/// `gwr compare` and `gwr statements` write hundreds of thousands of rows, and a tree of small
/// values for each row cost more than writing its bytes.
struct JSONWriter {
    var out: [UInt8]
    /// Depth of the container being written.
    private var depth: Int
    /// Whether that container has no item yet: its first item opens a line, the others a comma.
    private var empty = false

    /// `depth`: the level of the first value written (a row of an array at level 1 is at 2).
    init(out: [UInt8] = [], depth: Int = 0) {
        self.out = out
        self.depth = depth
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) { container(0x7B, 0x7D, body) }
    mutating func array(_ body: (inout JSONWriter) -> Void) { container(0x5B, 0x5D, body) }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        out.append(open)
        let outer = empty
        depth += 1
        empty = true
        body(&self)
        depth -= 1
        if !empty {
            out.append(0x0A)
            pad(depth)
        }
        out.append(close)
        empty = outer
    }

    /// Opens the next member of an object: `"key": `. Keys of the documented interface are ASCII
    /// constants and need no escaping.
    mutating func key(_ key: StaticString) {
        next()
        out.append(0x22)
        out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out.append(0x22); out.append(0x3A); out.append(0x20)
    }

    /// The same for a key made at run time, escaped.
    mutating func key(_ key: String) {
        next()
        JSONValue.appendQuoted(key, to: &out)
        out.append(0x3A); out.append(0x20)
    }

    /// Opens the next element of an array.
    mutating func element() { next() }

    private mutating func next() {
        if !empty { out.append(0x2C) }
        out.append(0x0A)
        empty = false
        pad(depth)
    }

    mutating func string(_ s: String) { JSONValue.appendQuoted(s, to: &out) }
    mutating func optional(_ s: String?) { if let s { string(s) } else { null() } }
    /// A number already formatted (18109, 6.5, -0.3); see `JSONValue.appendNumber`.
    mutating func number(_ n: String) { JSONValue.appendNumber(n, to: &out) }
    mutating func number(_ n: String?) { if let n { number(n) } else { null() } }
    mutating func int(_ n: Int) { out.append(contentsOf: String(n).utf8) }
    mutating func bool(_ b: Bool) { out.append(contentsOf: (b ? "true" : "false").utf8) }
    mutating func null() { out.append(contentsOf: "null".utf8) }

    /// Two spaces a level, copied from a run of spaces rather than appended one at a time.
    private mutating func pad(_ level: Int) {
        var left = 2 * level
        while left > 0 {
            let count = min(left, Self.spaces.count)
            out.append(contentsOf: Self.spaces[..<count])
            left -= count
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)
}
