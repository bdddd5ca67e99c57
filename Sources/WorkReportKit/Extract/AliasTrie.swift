/// The catalog's aliases as a trie over their UTF-8 bytes, for finding the longest alias that
/// starts at each position of a wording. Looking aliases up by first scalar and comparing each
/// candidate cost thousands of instructions a wording, for every figure; here each byte is
/// one probe of a small open-addressing table.
struct AliasTrie: Sendable {
    /// For each node, the alias that ends there (an index into `aliases`), or -1.
    private var terminal: [Int32] = [-1]
    /// For each node, its depth in scalars: an alias's length, as the catalog compares lengths.
    private var depth: [Int32] = [0]
    /// Edges, keyed by `node << 8 | byte`; `UInt64.max` marks a free slot. Room from the start
    /// for the bundled catalog's 11,000 edges at most half full: growing rehashed every edge at
    /// every start.
    private var keys = [UInt64](repeating: .max, count: 32768)
    private var targets = [Int32](repeating: 0, count: 32768)
    private var edgeCount = 0
    private(set) var aliases: [String] = []
    /// One bit for each character of the Basic Multilingual Plane that opens some alias (8 KB):
    /// most places of a wording open none and are passed over without a probe of the edges,
    /// whose table is too large to stay in the cache.
    private var opening = [UInt64](repeating: 0, count: 1024)
    private var opensOutsideBMP = false

    /// Adds an alias, or finds it if added before: its index in `aliases`, the same for every
    /// insertion of the same bytes; nil for the empty alias. The catalog keeps what it knows of an
    /// alias by this index, so an alias is never hashed as a String (hashing Chinese text runs it
    /// through Unicode normalisation).
    @discardableResult
    mutating func insert(_ alias: String) -> Int? {
        var node: Int32 = 0
        for byte in alias.utf8 {
            if let next = child(node, byte) { node = next; continue }
            let next = Int32(terminal.count)
            // A continuation byte does not start a scalar, so it adds nothing to the depth.
            depth.append(depth[Int(node)] + (byte & 0xC0 == 0x80 ? 0 : 1))
            terminal.append(-1)
            addEdge(node, byte, next)
            node = next
        }
        guard node != 0 else { return nil }
        if let first = alias.unicodeScalars.first?.value {
            if first > 0xFFFF { opensOutsideBMP = true } else { opening[Int(first >> 6)] |= 1 << UInt64(first & 63) }
        }
        if terminal[Int(node)] >= 0 { return Int(terminal[Int(node)]) }
        terminal[Int(node)] = Int32(aliases.count)
        aliases.append(alias)
        return aliases.count - 1
    }

    /// Whether some alias opens with the character of this value.
    @inline(__always)
    func mayOpen(_ value: UInt32) -> Bool {
        value > 0xFFFF ? opensOutsideBMP : opening[Int(value >> 6)] & 1 << UInt64(value & 63) != 0
    }

    /// The longest alias starting at byte `start` of `text`: its index and length in scalars.
    @inline(__always)
    func longest(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> (alias: Int, length: Int)? {
        var node: Int32 = 0
        var found: (alias: Int, length: Int)?
        var i = start
        while i < text.count, let next = child(node, text[i]) {
            node = next
            let alias = terminal[Int(node)]
            if alias >= 0 { found = (Int(alias), Int(depth[Int(node)])) }
            i += 1
        }
        return found
    }

    @inline(__always)
    private func slot(_ key: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (capacity - 1)
    }

    @inline(__always)
    private func child(_ node: Int32, _ byte: UInt8) -> Int32? {
        let key = UInt64(node) << 8 | UInt64(byte)
        var i = slot(key, capacity: keys.count)
        while true {
            let found = keys[i]
            if found == key { return targets[i] }
            if found == .max { return nil }
            i = (i + 1) & (keys.count - 1)
        }
    }

    private mutating func addEdge(_ node: Int32, _ byte: UInt8, _ next: Int32) {
        // At most half full, so that a probe ends soon.
        if (edgeCount + 1) * 2 > keys.count { grow() }
        place(UInt64(node) << 8 | UInt64(byte), next)
        edgeCount += 1
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        var i = slot(key, capacity: keys.count)
        while keys[i] != .max { i = (i + 1) & (keys.count - 1) }
        keys[i] = key
        targets[i] = value
    }

    private mutating func grow() {
        let old = zip(keys, targets).filter { $0.0 != .max }
        keys = [UInt64](repeating: .max, count: keys.count * 2)
        targets = [Int32](repeating: 0, count: keys.count)
        for (key, value) in old { place(key, value) }
    }
}
