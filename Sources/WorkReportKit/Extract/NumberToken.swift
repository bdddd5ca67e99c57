/// A run of ASCII digits (with one decimal point) in a passage, by scalar index.
struct NumberToken: Equatable {
    let start: Int
    let end: Int
    let text: String

    /// How many characters `text` has: its bytes, since all of them are ASCII. (`count` on a
    /// String walks its grapheme clusters, and the skip rules ask several times a number.)
    var length: Int { text.utf8.count }
}

/// Finds number tokens. Scans the scalars once; a passage with no ASCII digit costs one pass.
enum NumberScanner {
    static func tokens(in s: [Unicode.Scalar], from begin: Int = 0) -> [NumberToken] {
        var found: [NumberToken] = []
        Self.tokens(in: s, from: begin, into: &found)
        return found
    }

    /// `tokens(in:from:)` into an array whose memory is kept from one passage to the next
    /// (`DecodingRoom`): grown a step at a time, a passage's tokens were several allocations.
    static func tokens(in s: [Unicode.Scalar], from begin: Int = 0, into tokens: inout [NumberToken]) {
        tokens.removeAll(keepingCapacity: true)
        var i = begin
        while i < s.count {
            guard isDigit(s[i]) else { i += 1; continue }
            let start = i
            i = end(of: s, from: start)
            // Every scalar of a token is ASCII, so its text is written as bytes straight into the
            // string, which holds up to 15 of them inline: no array is allocated for a number.
            let text = String(unsafeUninitializedCapacity: i - start) { buffer in
                var n = 0
                for k in start..<i where s[k] != "," { buffer[n] = UInt8(truncatingIfNeeded: s[k].value); n += 1 }
                return n
            }
            tokens.append(NumberToken(start: start, end: i, text: text))
        }
    }

    /// How many tokens `tokens(in:)` finds in a line, from its UTF-8 bytes: the coverage count of
    /// every line, with neither the tokens' text nor the scalars made. Every character a token is
    /// made of (digits, the point, the comma) is one ASCII byte, and no byte of another character
    /// is ASCII, so the bytes hold the same tokens at the same steps.
    static func count(in b: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        forEachToken(in: b) { _ in count += 1 }
        return count
    }

    /// The texts `tokens(in:)` gives for a line, from its UTF-8 bytes: for the numbers of a junk
    /// line, which are listed and never read, without the line's scalars.
    static func texts(in b: UnsafeBufferPointer<UInt8>) -> [String] {
        var texts: [String] = []
        forEachToken(in: b) { token in
            texts.append(String(unsafeUninitializedCapacity: token.count) { buffer in
                var n = 0
                for k in token where b[k] != 0x2C { buffer[n] = b[k]; n += 1 }
                return n
            })
        }
        return texts
    }

    /// Each token's bytes, as `tokens(in:)` cuts them from the scalars.
    @inline(__always)
    private static func forEachToken(in b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        func isDigit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
        var i = 0
        while i < b.count {
            guard isDigit(i) else { i += 1; continue }
            let start = i
            while isDigit(i) { i += 1 }
            if i + 1 < b.count, b[i] == 0x2E, isDigit(i + 1) {
                i += 1
                while isDigit(i) { i += 1 }
            }
            while i + 3 < b.count, b[i] == 0x2C, isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) { i += 4 }
            body(start..<i)
        }
    }

    /// The end of the token that starts with the digit at `start`.
    @inline(__always)
    private static func end(of s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, isDigit(s[i]) { i += 1 }
        // One decimal point followed by a digit: 6.5, 81.04.
        if i + 1 < s.count, s[i] == ".", isDigit(s[i + 1]) {
            i += 1
            while i < s.count, isDigit(s[i]) { i += 1 }
        }
        // Thousands separators written as 12,700 (exactly three digits after each comma).
        while i + 3 < s.count, s[i] == ",", isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 3]),
              i + 4 >= s.count || !isDigit(s[i + 4]) {
            i += 4
        }
        return i
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
