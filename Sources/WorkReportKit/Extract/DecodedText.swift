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
        var stops: [Int] = []
        // Decoded into scratch memory, then copied into arrays of the exact size: an array made
        // with `init(unsafeUninitializedCapacity:)` is allocated through a standard-library entry
        // point that is not specialised and looks up its type's metadata at run time, about 700
        // instructions a call, twice a passage; a copy from a buffer is allocated inline.
        // A String's bytes are valid UTF-8, so there are never more scalars than bytes.
        // One block for both: the offsets first (eight-byte aligned), then the scalars.
        let block = UnsafeMutableRawPointer.allocate(byteCount: (bytes.count + 1) * MemoryLayout<Int>.stride
                                                        + bytes.count * MemoryLayout<Unicode.Scalar>.stride,
                                                     alignment: MemoryLayout<Int>.alignment)
        defer { block.deallocate() }
        let scratchOffsets = UnsafeMutableBufferPointer(start: block.bindMemory(to: Int.self, capacity: bytes.count + 1), count: bytes.count + 1)
        let scratchScalars = UnsafeMutableBufferPointer(
            start: (block + (bytes.count + 1) * MemoryLayout<Int>.stride).bindMemory(to: Unicode.Scalar.self, capacity: bytes.count),
            count: bytes.count)
        let count = bytes.withUnsafeBufferPointer { b in
            var i = 0, count = 0
            let n = b.count
            while i < n {
                scratchOffsets[count] = i
                let (value, width) = scalarValue(b, at: i)
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                i += width
                scratchScalars[count] = scalar
                if FigureReader.isFullStop(scalar) { stops.append(count) }
                count += 1
            }
            scratchOffsets[count] = n
            return count
        }
        scalars = Array(UnsafeBufferPointer(rebasing: scratchScalars[..<count]))
        offsets = Array(UnsafeBufferPointer(rebasing: scratchOffsets[...count]))
        self.bytes = bytes
        fullStops = stops
    }
}
