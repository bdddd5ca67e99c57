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
        var count = 0
        var stops: [Int] = []
        var offsets: [Int] = []
        // A String's bytes are valid UTF-8, so there are never more scalars than bytes.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, initialized in
            offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsets, written in
                bytes.withUnsafeBufferPointer { b in
                    var i = 0
                    let n = b.count
                    while i < n {
                        offsets[count] = i
                        let (value, width) = scalarValue(b, at: i)
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        i += width
                        scalars[count] = scalar
                        if FigureReader.isFullStop(scalar) { stops.append(count) }
                        count += 1
                    }
                    offsets[count] = b.count
                }
                written = count + 1
            }
            initialized = count
        }
        self.scalars = scalars
        self.bytes = bytes
        self.offsets = offsets
        fullStops = stops
    }
}
