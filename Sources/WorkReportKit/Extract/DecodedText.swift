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

    init(_ text: String) {
        var text = text
        let bytes = text.withUTF8 { Array($0) }
        // Decoded into scratch memory, then copied into arrays of the exact size: an array made
        // with `init(unsafeUninitializedCapacity:)` is allocated through a standard-library entry
        // point that is not specialised and looks up its type's metadata at run time, about 700
        // instructions a call, twice a passage; a copy from a buffer is allocated inline.
        // A String's bytes are valid UTF-8, so there are never more scalars (or full stops) than
        // bytes. One block for all three, the eight-byte ones first: the offsets, the full stops,
        // then the scalars. (An array of full stops grown one at a time was reallocated for the
        // first, second, fourth… of every passage.)
        let n = bytes.count
        let block = UnsafeMutableRawPointer.allocate(byteCount: (2 * n + 1) * MemoryLayout<Int>.stride + n * MemoryLayout<Unicode.Scalar>.stride,
                                                     alignment: MemoryLayout<Int>.alignment)
        defer { block.deallocate() }
        let words = block.bindMemory(to: Int.self, capacity: 2 * n + 1)
        let scratchOffsets = UnsafeMutableBufferPointer(start: words, count: n + 1)
        let scratchStops = UnsafeMutableBufferPointer(start: words + (n + 1), count: n)
        let scratchScalars = UnsafeMutableBufferPointer(
            start: (block + (2 * n + 1) * MemoryLayout<Int>.stride).bindMemory(to: Unicode.Scalar.self, capacity: n), count: n)
        let (count, stopCount) = bytes.withUnsafeBufferPointer { b in
            var i = 0, count = 0, stopCount = 0
            while i < n {
                scratchOffsets[count] = i
                let (value, width) = scalarValue(b, at: i)
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                i += width
                scratchScalars[count] = scalar
                if FigureReader.isFullStop(scalar) { scratchStops[stopCount] = count; stopCount += 1 }
                count += 1
            }
            scratchOffsets[count] = n
            return (count, stopCount)
        }
        scalars = Array(UnsafeBufferPointer(rebasing: scratchScalars[..<count]))
        offsets = Array(UnsafeBufferPointer(rebasing: scratchOffsets[...count]))
        self.bytes = bytes
        fullStops = Array(UnsafeBufferPointer(rebasing: scratchStops[..<stopCount]))
    }
}
