/// JSON written straight into one byte buffer, in the layout `JSONValue` renders (two spaces a
/// level, `"key": value`, an empty container as `{}` or `[]`), without building a tree first:
/// `gwr compare` and `gwr statements` write hundreds of thousands of rows, and a tree of small
/// values for each row cost more than writing its bytes.
struct JSONWriter {
    /// Where the bytes go: a buffer of its own, not an array (see `ByteBuffer`).
    let buffer: ByteBuffer
    /// Depth of the container being written.
    private var depth: Int
    /// Whether that container has no item yet: its first item opens a line, the others a comma.
    private var empty = false

    /// `depth`: the level of the first value written (a row of an array at level 1 is at 2).
    init(out: [UInt8] = [], depth: Int = 0, capacity: Int = 256) {
        buffer = ByteBuffer(capacity: max(capacity, out.count + 64))
        buffer.append(out)
        self.depth = depth
    }

    /// What has been written.
    var bytes: [UInt8] { buffer.bytes }

    /// Text written as it is, outside the JSON layout (the separator between rows of a run).
    func raw(_ text: String) { buffer.append(text) }

    mutating func object(_ body: (inout JSONWriter) -> Void) { container(0x7B, 0x7D, body) }
    mutating func array(_ body: (inout JSONWriter) -> Void) { container(0x5B, 0x5D, body) }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        buffer.append(open)
        let outer = empty
        depth += 1
        empty = true
        body(&self)
        depth -= 1
        if !empty { buffer.appendLineEnd(indent: 2 * depth) }
        buffer.append(close)
        empty = outer
    }

    /// Opens the next member of an object: `"key": `. Keys of the documented interface are ASCII
    /// constants and need no escaping.
    mutating func key(_ key: StaticString) {
        if key.hasPointerRepresentation {
            buffer.appendMember(comma: !empty, indent: 2 * depth, key: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        } else {
            // A one-character literal may be held as a scalar, with no bytes to point at.
            key.withUTF8Buffer { buffer.appendMember(comma: !empty, indent: 2 * depth, key: $0) }
        }
        empty = false
    }

    /// The same for a key made at run time, escaped. Named apart from `key(_:)` because a literal
    /// would otherwise pick the `String` overload and be escaped at every row.
    mutating func runtimeKey(_ key: String) {
        next()
        JSONValue.appendQuoted(key, to: buffer)
        buffer.append(0x3A); buffer.append(0x20)
    }

    /// Opens the next element of an array.
    mutating func element() { next() }

    private mutating func next() {
        if !empty { buffer.append(0x2C) }
        buffer.appendLineEnd(indent: 2 * depth)
        empty = false
    }

    mutating func string(_ s: String) { JSONValue.appendQuoted(s, to: buffer) }
    mutating func optional(_ s: String?) { if let s { string(s) } else { null() } }
    /// A number already formatted (18109, 6.5, -0.3); see `JSONValue.appendNumber`.
    mutating func number(_ n: String) { JSONValue.appendNumber(n, to: buffer) }
    mutating func number(_ n: String?) { if let n { number(n) } else { null() } }
    mutating func int(_ n: Int) { buffer.append(String(n)) }
    mutating func bool(_ b: Bool) { buffer.append(b ? "true" : "false") }
    mutating func null() { buffer.append("null") }
}
