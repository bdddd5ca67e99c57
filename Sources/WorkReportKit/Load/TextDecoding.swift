import Foundation

/// The encodings gwr reads. Reports from Chinese government sites come as UTF-8 (with or
/// without a byte-order mark) or as GB18030/GBK, which GB18030 contains.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16 = "UTF-16"
    case gb18030 = "GB18030"
}

/// Turns a file's bytes into text, or says precisely why it cannot.
public enum TextDecoding {
    /// Foundation's value for kCFStringEncodingGB_18030_2000; Linux Foundation decodes it
    /// but does not name it.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ bytes: [UInt8], path: String) throws(LoadError) -> (text: String, encoding: TextEncoding) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .emptyFile(path: path)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            guard let text = String(validating: body, as: UTF8.self) else {
                let offset = firstInvalidUTF8(body) + 3
                throw .invalidEncoding(path: path, line: lineNumber(bytes, at: offset), byteOffset: offset)
            }
            return (try checked(text, path: path, bytes: bytes), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw .invalidEncoding(path: path, line: 1, byteOffset: 2)
            }
            return (try checked(text, path: path, bytes: bytes), .utf16)
        }
        if let nul = bytes.withUnsafeBufferPointer({ find(0, in: $0) }) {
            throw .binary(path: path, line: lineNumber(bytes, at: nul), byteOffset: nul)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (try checked(text, path: path, bytes: bytes), .utf8)
        }
        let badOffset = firstInvalidUTF8(bytes)
        if let text = String(bytes: bytes, encoding: gb18030), looksLikeChinese(text) {
            return (try checked(text, path: path, bytes: bytes), .gb18030)
        }
        if controlShare(bytes) > 0.01 {
            throw .binary(path: path, line: lineNumber(bytes, at: badOffset), byteOffset: badOffset)
        }
        throw .invalidEncoding(path: path, line: lineNumber(bytes, at: badOffset), byteOffset: badOffset)
    }

    /// Rejects decoded text that is mostly control characters or only white space. Counted on
    /// the UTF-8 bytes: a control scalar is one byte below 0x20, a scalar starts at every byte
    /// that does not continue one.
    private static func checked(_ text: String, path: String, bytes: [UInt8]) throws(LoadError) -> String {
        guard text.unicodeScalars.contains(where: { !WhiteSpace.contains($0) && $0.value != 0xFEFF }) else {
            throw .emptyFile(path: path)
        }
        var text = text
        let mostlyControls = text.withUTF8 { b in
            // Nearly every file has no control byte at all, and then there is nothing to count.
            guard containsControl(b) else { return false }
            var controls = 0, total = 0
            for byte in b {
                if byte & 0xC0 != 0x80 { total += 1 }
                if isControl(byte) { controls += 1 }
            }
            return controls * 100 > total
        }
        if mostlyControls {
            let offset = bytes.firstIndex(where: isControl) ?? 0
            throw .binary(path: path, line: lineNumber(bytes, at: offset), byteOffset: offset)
        }
        return text
    }

    /// Whether any byte is a control `isControl` counts, eight bytes a step: a word with no byte
    /// below 0x20 is passed over by one test ("has a byte less than n", from Bit Twiddling Hacks),
    /// and only a word with one, a line end most often, is looked at byte by byte. Testing each
    /// byte cost 6 instructions a byte of every file.
    static func containsControl(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= b.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                for k in i..<(i + 8) where isControl(b[k]) { return true }
            }
            i += 8
        }
        while i < b.count {
            if isControl(b[i]) { return true }
            i += 1
        }
        return false
    }

    static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }

    /// GB18030 maps almost any byte string to something; real Chinese text is mostly CJK.
    private static func looksLikeChinese(_ text: String) -> Bool {
        var nonASCII = 0, cjk = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            nonASCII += 1
            let v = scalar.value
            if (0x4E00...0x9FFF).contains(v) || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v) { cjk += 1 }
        }
        return nonASCII > 0 && cjk * 10 >= nonASCII * 8
    }

    private static func controlShare(_ bytes: [UInt8]) -> Double {
        let controls = bytes.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }.count
        return Double(controls) / Double(max(bytes.count, 1))
    }

    /// Whether `decode` would take these bytes as they are: UTF-8 without a byte-order mark, no
    /// NUL or other control byte, and some character that is not white space. Such a file's text is
    /// its bytes, so a reader that needs only its first lines (metadata inference) can cut them
    /// from the bytes; for any other file it must ask `decode`, which reads all of it. Checked
    /// without making a String: Swift's validation of a whole Chinese file cost 11 instructions a
    /// byte.
    static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
              firstInvalidUTF8(bytes) == bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            // A NUL is a control byte too: `containsControl` rules out both.
            guard !containsControl(b) else { return false }
            return anyScalar(in: b) { !WhiteSpace.contains($0) && $0.value != 0xFEFF }
        }
    }

    /// Where a run of whole lines that starts at `start` ends: just past the first line feed at or
    /// after `start + count`, or at the end of the bytes. A file's lines are the lines of such runs,
    /// one after another.
    static func wholeLinesEnd(_ bytes: [UInt8], from start: Int, atLeast count: Int) -> Int {
        guard start + count < bytes.count, let end = bytes.withUnsafeBufferPointer({ find(0x0A, in: $0, from: start + count) }) else {
            return bytes.count
        }
        return end + 1
    }

    /// Byte offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, surrogates or
    /// values past U+10FFFF). Eight ASCII bytes a step, and the three-byte characters of Chinese
    /// text tried first.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return 0 }
            let n = b.count, raw = UnsafeRawPointer(base)
            func continues(_ k: Int) -> Bool { base[k] & 0xC0 == 0x80 }
            var i = 0
            while i < n {
                let c = base[i]
                if c < 0x80 {
                    // Eight ASCII bytes at a time, tried only at an ASCII byte.
                    i += i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 ? 8 : 1
                } else if c >= 0xE0, c <= 0xEF {
                    // Wrapping arithmetic: `i` stays below `n`, and overflow checks were half the work.
                    guard i &+ 3 <= n, (UInt16(base[i &+ 1]) &<< 8 | UInt16(base[i &+ 2])) & 0xC0C0 == 0x8080 else { return i }
                    if c == 0xE0 || c == 0xED, (c == 0xE0 && base[i &+ 1] < 0xA0) || (c == 0xED && base[i &+ 1] > 0x9F) { return i }
                    i &+= 3
                } else if c >= 0xC2, c <= 0xDF {
                    guard i + 2 <= n, continues(i + 1) else { return i }
                    i += 2
                } else if c >= 0xF0, c <= 0xF4 {
                    guard i + 4 <= n, continues(i + 1), continues(i + 2), continues(i + 3) else { return i }
                    if (c == 0xF0 && base[i + 1] < 0x90) || (c == 0xF4 && base[i + 1] > 0x8F) { return i }
                    i += 4
                } else {
                    return i
                }
            }
            return n
        }
    }

    /// 1-based line number of a byte offset (LF, CRLF or CR line ends).
    static func lineNumber(_ bytes: [UInt8], at offset: Int) -> Int {
        var line = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == 0x0A { line += 1 }
            else if bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A) { line += 1 }
            i += 1
        }
        return line
    }

    /// Splits text into lines on LF, CRLF or CR, as editors number them: a final line end
    /// does not start another line. The lines are cut from the text by index, not decoded
    /// again from bytes: copying part of a String skips the UTF-8 check that decoding does.
    public static func lines(of text: String) -> [String] {
        var lines: [String] = []
        forEachLine(of: text, reserving: { lines.reserveCapacity($0) }) { lines.append($0); return true }
        return lines
    }

    /// The lines of `lines(of:)`, handed one at a time to `body` until it returns false: reading a
    /// file only for its first lines (its title, to infer metadata) need not cut all of them.
    static func forEachLine(of text: String, reserving: (Int) -> Void = { _ in }, _ body: (String) -> Bool) {
        var text = text
        let bounds: [(start: Int, end: Int)] = text.withUTF8 { b in
            var bounds: [(start: Int, end: Int)] = []
            var start = 0
            if find(0x0D, in: b) == nil {
                // Nearly every file: no CR, so memchr can jump from LF to LF.
                while let end = find(0x0A, in: b, from: start) {
                    bounds.append((start, end))
                    start = end + 1
                }
            } else {
                var i = 0
                while i < b.count {
                    let byte = b[i]
                    if byte == 0x0A || byte == 0x0D {
                        bounds.append((start, i))
                        i += byte == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
                        start = i
                    } else {
                        i += 1
                    }
                }
            }
            if start < b.count { bounds.append((start, b.count)) }
            return bounds
        }
        let utf8 = text.utf8
        reserving(bounds.count)
        var index = utf8.startIndex, offset = 0
        for (start, end) in bounds {
            let from = utf8.index(index, offsetBy: start - offset)
            let to = utf8.index(from, offsetBy: end - start)
            guard body(String(Substring(utf8[from..<to]))) else { return }
            (index, offset) = (to, end)
        }
    }

    /// Where `byte` first occurs at or after `start`: memchr, which looks at many bytes a step.
    static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start < b.count, let base = UnsafeRawPointer(b.baseAddress),
              let hit = memchr(base + start, Int32(byte), b.count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }
}
