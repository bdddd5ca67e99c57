/// A passage as the extractor reads it: its scalars, its UTF-8 bytes, and the byte offset of
/// every scalar (one past the end too), so that pieces are copied as bytes rather than rebuilt
/// scalar by scalar. Decoded in one pass over the bytes; building the three separately walked
/// the string three times, which showed in the profile for every passage.
struct DecodedText {
    let scalars: [Unicode.Scalar]
    let bytes: [UInt8]
    let offsets: [Int]

    init(_ text: String) {
        var text = text
        let bytes = text.withUTF8 { Array($0) }
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                offsets.append(i)
                let lead = b[i]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                // A String's bytes are valid UTF-8, so the continuation bytes are there.
                guard width > 1, i + width <= b.count else {
                    scalars.append(Unicode.Scalar(lead))
                    i += 1
                    continue
                }
                var value = UInt32(lead) & (0xFF >> UInt32(width + 1))
                for k in 1..<width { value = value << 6 | UInt32(b[i + k] & 0x3F) }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += width
            }
        }
        offsets.append(bytes.count)
        self.scalars = scalars
        self.bytes = bytes
        self.offsets = offsets
    }
}
