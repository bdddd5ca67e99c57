/// A passage as the extractor reads it: its scalars, its UTF-8 bytes, the byte offset of every
/// scalar (one past the end too), so that pieces are copied as bytes rather than rebuilt scalar by
/// scalar, and where its sentences end. Decoded and classified in one pass over the bytes, into
/// arrays sized once: building them separately walked the string several times, and appending
/// scalar by scalar checked each array's room every time, which showed in the profile for every
/// passage.
struct DecodedText {
    let scalars: [Unicode.Scalar]
    let bytes: [UInt8]
    let offsets: [Int]
    /// The scalar indices of 。！？!? in order (`FigureReader.isFullStop`): a subject is carried
    /// within a sentence.
    let fullStops: [Int]

    /// `room`: where the arrays are made. One room serves one core's passages, one after another
    /// (`DecodingRoom`); without one, the arrays are new.
    init(_ text: String, room: DecodingRoom = DecodingRoom()) {
        var text = text
        let n = text.utf8.count
        // Decoded into scratch memory, then copied into the room's arrays, which keep their memory
        // from the passage before: an array made with `init(unsafeUninitializedCapacity:)` is
        // allocated through a standard-library entry point that is not specialised and looks up its
        // type's metadata at run time, about 700 instructions a call, and four new arrays a passage
        // were most of the cost of decoding it.
        // A String's bytes are valid UTF-8, so there are never more scalars (or full stops) than
        // bytes.
        let (offsetsOut, stopsOut, scalarsOut) = room.scratch(bytes: n)
        let (count, stopCount) = text.withUTF8 { b in
            room.bytes.removeAll(keepingCapacity: true)
            room.bytes.append(contentsOf: b)
            var i = 0, count = 0, stopCount = 0
            while i < n {
                offsetsOut[count] = i
                let (value, width) = scalarValue(b, at: i)
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                i += width
                scalarsOut[count] = scalar
                if FigureReader.isFullStop(scalar) { stopsOut[stopCount] = count; stopCount += 1 }
                count += 1
            }
            offsetsOut[count] = n
            return (count, stopCount)
        }
        room.scalars.removeAll(keepingCapacity: true)
        room.scalars.append(contentsOf: UnsafeBufferPointer(rebasing: scalarsOut[..<count]))
        room.offsets.removeAll(keepingCapacity: true)
        room.offsets.append(contentsOf: UnsafeBufferPointer(rebasing: offsetsOut[...count]))
        room.fullStops.removeAll(keepingCapacity: true)
        room.fullStops.append(contentsOf: UnsafeBufferPointer(rebasing: stopsOut[..<stopCount]))
        scalars = room.scalars
        offsets = room.offsets
        bytes = room.bytes
        fullStops = room.fullStops
    }
}

/// The memory one core decodes passages into, one passage after another. A passage's
/// `DecodedText` (and the `FigureReader` over it) shares the room's arrays while it is read; once
/// that reader is gone the arrays are the room's alone again, and the next passage refills their
/// memory instead of allocating five blocks. Should a reader outlive its passage, the arrays are
/// shared when the room refills them, and refilling copies them first, as it does any shared array:
/// the reader keeps what it read.
final class DecodingRoom {
    var bytes: [UInt8] = []
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var fullStops: [Int] = []
    /// `Clauses.clauses(in:into:)` of the passage.
    var clauses: [Range<Int>] = []
    /// `NumberScanner.tokens(in:from:into:)` of the passage.
    var tokens: [NumberToken] = []

    /// Scratch words for the offsets (one past the end too) and full stops, then the scalars.
    private var block: UnsafeMutableRawPointer?
    private var blockBytes = 0

    /// Scratch room for decoding `bytes` bytes of UTF-8: offsets (one more than the bytes), full
    /// stops and scalars, valid until the next call.
    func scratch(bytes n: Int) -> (UnsafeMutableBufferPointer<Int>, UnsafeMutableBufferPointer<Int>, UnsafeMutableBufferPointer<Unicode.Scalar>) {
        let needed = (2 * n + 1) * MemoryLayout<Int>.stride + n * MemoryLayout<Unicode.Scalar>.stride
        if needed > blockBytes {
            block?.deallocate()
            // Doubled, so a run of passages of growing length reallocates a few times, not each time.
            blockBytes = max(needed, 2 * blockBytes, 4_096)
            block = UnsafeMutableRawPointer.allocate(byteCount: blockBytes, alignment: MemoryLayout<Int>.alignment)
        }
        let base = block!
        let words = base.bindMemory(to: Int.self, capacity: 2 * n + 1)
        let scalars = (base + (2 * n + 1) * MemoryLayout<Int>.stride).bindMemory(to: Unicode.Scalar.self, capacity: n)
        return (UnsafeMutableBufferPointer(start: words, count: n + 1), UnsafeMutableBufferPointer(start: words + (n + 1), count: n),
                UnsafeMutableBufferPointer(start: scalars, count: n))
    }

    deinit { block?.deallocate() }
}
