/// Unicode white space (the White_Space property), tested on scalar values and on UTF-8.
/// Asking `Unicode.Scalar.Properties.isWhitespace` looks the scalar up in the stdlib's tables,
/// which cost more than the rest of trimming a line; the set is small and fixed, and
/// WhiteSpaceTests checks it against the stdlib for every scalar.
enum WhiteSpace {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether a text is empty once trimmed, without making the trimmed text.
    static func isBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { trimmed($0).isEmpty }
    }

    /// The bytes left once white space is trimmed from both ends of valid UTF-8.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lo = 0, hi = b.count
        while lo < hi {
            let (scalar, length) = b.scalar(at: lo)
            guard contains(scalar) else { break }
            lo += length
        }
        while hi > lo {
            let start = b.scalarStart(before: hi)
            guard contains(b.scalar(at: start).scalar) else { break }
            hi = start
        }
        return lo..<hi
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar that starts at `i` of valid UTF-8, and its length in bytes (`scalarValue`).
    func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let (value, width) = scalarValue(self, at: i)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Where the scalar that ends just before `end` starts.
    func scalarStart(before end: Int) -> Int {
        var i = end - 1
        while i > 0, self[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}

extension String {
    /// Trims ASCII and Unicode white space (including U+3000 and NBSP) from both ends.
    func trimmingWhitespace() -> String {
        var text = self
        return text.withUTF8 { b in
            let kept = WhiteSpace.trimmed(b)
            // Most lines have nothing to trim: they are returned without a copy.
            return kept.count == b.count ? self : String(decoding: UnsafeBufferPointer(rebasing: b[kept]), as: UTF8.self)
        }
    }
}
