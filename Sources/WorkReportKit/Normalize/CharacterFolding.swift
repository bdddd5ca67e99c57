/// Folds the typographic variety of scraped reports into one spelling, so that a figure
/// reads the same wherever it came from: ６．５％ and 6.5 % and **6.5%** all become 6.5%.
public enum CharacterFolding {
    public static func fold(_ line: String) -> String {
        var bytes = line
        return bytes.withUTF8 { b in
            // Most lines of a report have nothing to fold, and most others (the task table's
            // cells) only white space at the ends: every other step needs a byte that
            // `needsFolding` looks for, so such a line folds to its middle, copied by index.
            let kept = WhiteSpace.trimmed(b)
            if needsFolding(UnsafeBufferPointer(rebasing: b[kept])) { return foldBytes(b) }
            if kept.count == b.count { return line }
            let utf8 = line.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)
            return String(Substring(utf8[start..<utf8.index(start, offsetBy: kept.count)]))
        }
    }

    /// `fold` of text that is still bytes (the catalog's aliases), without a String first.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let middle = UnsafeBufferPointer(rebasing: bytes[WhiteSpace.trimmed(bytes)])
        return needsFolding(middle) ? foldBytes(bytes) : String(decoding: middle, as: UTF8.self)
    }

    /// Every step of the folding, on UTF-8 bytes: the characters folded are all one, two or
    /// three bytes long, and UTF-8 never starts a character inside another one, so a byte
    /// pattern says what the scalar would. No step writes more bytes than it reads, so two
    /// buffers the size of the line serve all four.
    static func foldBytes(_ input: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count) { scratch in
            String(unsafeUninitializedCapacity: input.count) { out in
                let stripped = stripMarkup(input, into: scratch)
                let folded = foldCharacters(UnsafeBufferPointer(rebasing: scratch[..<stripped]), into: out)
                let pm = foldPM(UnsafeBufferPointer(rebasing: out[..<folded]), into: scratch)
                return dropSpaces(UnsafeBufferPointer(rebasing: scratch[..<pm]), into: out)
            }
        }
    }

    /// 全角 forms, subscript digits and odd spaces to ASCII; zero-width marks dropped. Every
    /// character it changes is a tab or starts with one of four bytes; runs without those are
    /// copied whole.
    static func foldCharacters(_ s: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var out = ByteWriter(buffer)
        let n = s.count
        var i = 0
        while i < n {
            var end = i
            while end < n, !(s[end] == 0x09 || s[end] == 0xC2 || s[end] == 0xE2 || s[end] == 0xE3 || s[end] == 0xEF) { end += 1 }
            out.append(UnsafeBufferPointer(rebasing: s[i..<end]))
            i = end
            guard i < n else { break }
            let c = s[i]
            let length = Swift.min(c == 0x09 ? 1 : c == 0xC2 ? 2 : 3, n - i)
            let c1: UInt8 = length > 1 ? s[i + 1] : 0
            let c2: UInt8 = length > 2 ? s[i + 2] : 0
            switch (c, c1, c2) {
            case (0xEF, 0xBC, 0x90...0x99), (0xEF, 0xBC, 0xA1...0xBA): out.append(c2 - 0x60)   // 全角 digits, capitals
            case (0xEF, 0xBD, 0x81...0x9A): out.append(c2 - 0x20)                             // 全角 small letters
            case (0xEF, 0xBC, 0x85): out.append(0x25)   // %
            case (0xEF, 0xBC, 0x8B): out.append(0x2B)   // +
            case (0xEF, 0xBC, 0x8F): out.append(0x2F)   // /
            case (0xEF, 0xBC, 0x8E) where digitEnds(s, at: i) && digitStarts(s, at: i + 3): out.append(0x2E)   // ６．５
            case (0xE2, 0x82, 0x80...0x89): out.append(c2 - 0x50)                             // PM₂.₅
            case (0x09, _, _), (0xC2, 0xA0, _), (0xE3, 0x80, 0x80), (0xE2, 0x80, 0x82...0x8A), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F):
                out.append(0x20)
            case (0xE2, 0x80, 0x8B...0x8D), (0xEF, 0xBB, 0xBF): break                          // zero-width marks, BOM
            default: out.append(UnsafeBufferPointer(rebasing: s[i..<(i + length)]))
            }
            i += length
        }
        return out.count
    }

    /// Whether the character ending before `i`, or starting at `i`, is a digit, ASCII or 全角.
    private static func digitEnds(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if i >= 1, isDigit(s[i - 1]) { return true }
        return i >= 3 && s[i - 3] == 0xEF && s[i - 2] == 0xBC && (0x90...0x99).contains(s[i - 1])
    }

    private static func digitStarts(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if i < s.count, isDigit(s[i]) { return true }
        return i + 2 < s.count && s[i] == 0xEF && s[i + 1] == 0xBC && (0x90...0x99).contains(s[i + 2])
    }

    /// Whether any step of `fold` could change the line. Every step needs a byte listed here:
    /// white space of any kind (trimmed, folded or dropped), `*` (emphasis), `_` and `{`
    /// (PM_2.5), full-width forms, subscript digits, zero-width marks and the BOM. Markup at
    /// the start (`# `, `- `, `• `) needs a space, so the space byte covers it.
    static func needsFolding(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c <= 0x20 || c == 0x2A || c == 0x5F || c == 0x7B || c == 0x7F { return true }
                i += 1
                continue
            }
            // Only characters starting with these bytes can need folding; the rest (almost all
            // of a Chinese text) are stepped over whole, not byte by byte.
            // Not `utf8Width`: past ASCII two comparisons tell the width, and this runs for every
            // character of every line.
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            guard c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF else {
                i += length
                continue
            }
            let c1: UInt8 = i + 1 < n ? b[i + 1] : 0
            let c2: UInt8 = i + 2 < n ? b[i + 2] : 0
            switch c {
            case 0xC2: if c1 == 0x85 || c1 == 0xA0 { return true }                     // U+0085, NBSP
            case 0xE1: if c1 == 0x9A && c2 == 0x80 { return true }                     // U+1680
            case 0xE2:
                if c1 == 0x80, c2 <= 0x8D || c2 == 0xA2 || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return true }  // spaces, ZW marks, •
                if c1 == 0x81, c2 == 0x9F { return true }                              // U+205F
                if c1 == 0x82, c2 >= 0x80 && c2 <= 0x89 { return true }                // ₀…₉
            case 0xE3: if c1 == 0x80 && c2 == 0x80 { return true }                     // U+3000
            case 0xEF:
                if c1 == 0xBB && c2 == 0xBF { return true }                            // BOM
                if c1 == 0xBC, c2 == 0x85 || c2 == 0x8B || c2 == 0x8E || c2 == 0x8F || (c2 >= 0x90 && c2 <= 0x99) || (c2 >= 0xA1 && c2 <= 0xBA) { return true }
                if c1 == 0xBD, c2 >= 0x81 && c2 <= 0x9A { return true }                // ａ…ｚ
            default: break
            }
            i += length
        }
        return false
    }

    /// Removes markdown heading hashes, list bullets and ** emphasis, and trims white space.
    /// Narrows a range first and copies once: the task table's lines begin with tabs. Heading
    /// parsing asks for it on scalars; folding, on the bytes below.
    static func stripMarkup(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var lo = 0, hi = s.count
        while lo < hi, WhiteSpace.contains(s[lo]) { lo += 1 }
        while hi > lo, WhiteSpace.contains(s[hi - 1]) { hi -= 1 }
        var hashes = 0
        while lo + hashes < hi && s[lo + hashes] == "#" { hashes += 1 }
        if (1...6).contains(hashes), lo + hashes < hi, s[lo + hashes] == " " { lo += hashes + 1 }
        if hi - lo >= 2, s[lo] == "-" || s[lo] == "*" || s[lo] == "•", s[lo + 1] == " " { lo += 2 }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(hi - lo)
        var i = lo
        while i < hi {
            if s[i] == "*", i + 1 < hi, s[i + 1] == "*" { i += 2; continue }
            // Spaces left at the front once the markup is gone go too.
            if out.isEmpty, s[i] == " " { i += 1; continue }
            out.append(s[i]); i += 1
        }
        return out
    }

    /// `stripMarkup` on UTF-8; • is the three bytes E2 80 A2.
    static func stripMarkup(_ s: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let kept = WhiteSpace.trimmed(s)
        var lo = kept.lowerBound
        let hi = kept.upperBound
        var hashes = 0
        while lo + hashes < hi && s[lo + hashes] == 0x23 { hashes += 1 }
        if (1...6).contains(hashes), lo + hashes < hi, s[lo + hashes] == 0x20 { lo += hashes + 1 }
        if hi - lo >= 2, s[lo] == 0x2D || s[lo] == 0x2A, s[lo + 1] == 0x20 { lo += 2 }
        else if hi - lo >= 4, s[lo] == 0xE2, s[lo + 1] == 0x80, s[lo + 2] == 0xA2, s[lo + 3] == 0x20 { lo += 4 }
        var out = ByteWriter(buffer)
        var i = lo
        while i < hi {
            if s[i] == 0x2A, i + 1 < hi, s[i + 1] == 0x2A { i += 2; continue }
            // Spaces left at the front once the markup is gone go too.
            if out.count == 0, s[i] == 0x20 { i += 1; continue }
            // Past the front, only ** changes anything.
            var end = i + 1
            while end < hi, s[end] != 0x2A { end += 1 }
            out.append(UnsafeBufferPointer(rebasing: s[i..<end]))
            i = end
        }
        return out.count
    }

    /// PM_2.5, PM_{2.5} and PM 2.5 are all PM2.5.
    static func foldPM(_ s: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var out = ByteWriter(buffer)
        let n = s.count
        var i = 0
        while i < n {
            var end = i
            while end < n, s[end] != 0x4D && s[end] != 0x6D { end += 1 }
            out.append(UnsafeBufferPointer(rebasing: s[i..<end]))
            i = end
            guard i < n else { break }
            out.append(s[i])
            if i > 0, s[i - 1] == 0x50 || s[i - 1] == 0x70 {   // PM, pm
                var j = i + 1
                while j < n, s[j] == 0x5F || s[j] == 0x7B || s[j] == 0x20 { j += 1 }   // _ { space
                if j > i + 1, j < n, isDigit(s[j]) {
                    var k = j
                    while k < n, isDigit(s[k]) || s[k] == 0x2E { out.append(s[k]); k += 1 }
                    if k < n, s[k] == 0x7D { k += 1 }   // }
                    i = k
                    continue
                }
            }
            i += 1
        }
        return out.count
    }

    /// Drops spaces except between two ASCII letters or digits ("Swift Testing" keeps its
    /// space; "2020 年 4 月", "增长 6.8%" and "6.8 %" lose theirs).
    static func dropSpaces(_ s: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var out = ByteWriter(buffer)
        let n = s.count
        var i = 0
        while i < n {
            var end = i
            while end < n, s[end] != 0x20 { end += 1 }
            out.append(UnsafeBufferPointer(rebasing: s[i..<end]))
            guard end < n else { break }
            var j = end
            while j < n, s[j] == 0x20 { j += 1 }
            if out.count > 0, j < n, isASCIIAlphanumeric(buffer[out.count - 1]), isASCIIAlphanumeric(s[j]) {
                out.append(0x20)
            }
            i = j
        }
        return out.count
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }
}

/// Appends to a buffer the caller sized to what it reads: no folding step writes more.
private struct ByteWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "a folding step wrote more bytes than it read")
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= buffer.count - count, "a folding step wrote more bytes than it read")
        _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: bytes)
        count += bytes.count
    }
}
