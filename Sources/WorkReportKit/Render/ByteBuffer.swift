/// A growable run of UTF-8 bytes behind a raw pointer, for writers that append many short pieces
/// (`JSONWriter`). Appending to an `Array` checked its uniqueness and its room and went through
/// generic code on every call, about a hundred instructions for a two-byte key; here an append is
/// one test of the room and a copy.
final class ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        if bytes.count <= 16 {
            // A key or a short value: a call to memmove costs more than copying it here.
            for i in 0..<bytes.count { base[count + i] = start[i] }
        } else {
            (base + count).update(from: start, count: bytes.count)
        }
        count += bytes.count
    }

    /// A line end and `spaces` spaces: where every member of a JSON document starts.
    @inline(__always)
    func appendLineEnd(indent spaces: Int) {
        if count + 1 + spaces > capacity { grow(to: count + 1 + spaces) }
        base[count] = 0x0A
        (base + count + 1).update(repeating: 0x20, count: spaces)
        count += 1 + spaces
    }

    /// A JSON member's opening, `,` (when `comma`), a line end, `indent` spaces and `"key": `, in
    /// one reservation: written piece by piece, each piece checked the room again, and a key cost
    /// some two hundred instructions.
    @inline(__always)
    func appendMember(comma: Bool, indent: Int, key: UnsafeBufferPointer<UInt8>) {
        let needed = (comma ? 1 : 0) + 1 + indent + key.count + 4
        if count + needed > capacity { grow(to: count + needed) }
        var p = base + count
        if comma { p.pointee = 0x2C; p += 1 }
        p.pointee = 0x0A
        (p + 1).update(repeating: 0x20, count: indent)
        p += 1 + indent
        p.pointee = 0x22
        if let start = key.baseAddress { (p + 1).update(from: start, count: key.count) }
        p += 1 + key.count
        p[0] = 0x22; p[1] = 0x3A; p[2] = 0x20
        count += needed
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Room for `more` bytes past those written, so that a writer that knows its size grows once.
    func reserve(_ more: Int) { if count + more > capacity { grow(to: count + more) } }

    /// The bytes written, in an array of exactly their size.
    var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: count)) }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
