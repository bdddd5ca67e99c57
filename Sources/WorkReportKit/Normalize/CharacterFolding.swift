/// Folds the typographic variety of scraped reports into one spelling, so that a figure
/// reads the same wherever it came from: ６．５％ and 6.5 % and **6.5%** all become 6.5%.
public enum CharacterFolding {
    public static func fold(_ line: String) -> String {
        // Most lines of a report have nothing to fold; telling so from the bytes alone keeps
        // the scalar arrays below for the few that do.
        needsFolding(line) ? foldScalars(line) : line
    }

    /// Every step of the folding: markup stripped on scalars, then each scalar folded into
    /// UTF-8 bytes, and PM_2.5 and spaces settled on the bytes (all the characters they look
    /// at are ASCII, so a byte says as much as a scalar there).
    static func foldScalars(_ line: String) -> String {
        let scalars = stripMarkup(Array(line.unicodeScalars))
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            switch v {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: out.append(UInt8(v - 0xFEE0))   // 全角 digits and letters
            case 0xFF05: out.append(0x25)   // %
            case 0xFF0B: out.append(0x2B)   // +
            case 0xFF0F: out.append(0x2F)   // /
            case 0xFF0E where isDigit(at: i - 1, scalars) && isDigit(at: i + 1, scalars): out.append(0x2E)   // ６．５
            case 0x2080...0x2089: out.append(UInt8(v - 0x2080 + 0x30))   // PM₂.₅
            case 0x00A0, 0x3000, 0x2002...0x200A, 0x202F, 0x205F, 0x09: out.append(0x20)
            case 0x200B, 0x200C, 0x200D, 0xFEFF: continue
            default:
                if v < 0x80 { out.append(UInt8(v)) } else { UTF8.encode(s) { out.append($0) } }
            }
        }
        return String(decoding: dropSpaces(foldPM(out)), as: UTF8.self)
    }

    /// Whether any step of `fold` could change the line. Every step needs a byte listed here:
    /// white space of any kind (trimmed, folded or dropped), `*` (emphasis), `_` and `{`
    /// (PM_2.5), full-width forms, subscript digits, zero-width marks and the BOM. Markup at
    /// the start (`# `, `- `, `• `) needs a space, so the space byte covers it.
    static func needsFolding(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if c <= 0x20 || c == 0x2A || c == 0x5F || c == 0x7B || c == 0x7F { return true }
                    i += 1
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
                i += 1
            }
            return false
        }
    }

    /// Removes markdown heading hashes, list bullets and ** emphasis, and trims white space.
    /// Narrows a range first and copies once: the task table's lines begin with tabs.
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

    /// PM_2.5, PM_{2.5} and PM 2.5 are all PM2.5.
    static func foldPM(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            out.append(s[i])
            if s[i] == 0x4D || s[i] == 0x6D, i > 0, s[i - 1] == 0x50 || s[i - 1] == 0x70 {   // PM, pm
                var j = i + 1
                while j < s.count, s[j] == 0x5F || s[j] == 0x7B || s[j] == 0x20 { j += 1 }   // _ { space
                if j > i + 1, j < s.count, isDigit(s[j]) {
                    var k = j
                    while k < s.count, isDigit(s[k]) || s[k] == 0x2E { k += 1 }
                    out.append(contentsOf: s[j..<k])
                    if k < s.count, s[k] == 0x7D { k += 1 }   // }
                    i = k
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Drops spaces except between two ASCII letters or digits ("Swift Testing" keeps its
    /// space; "2020 年 4 月", "增长 6.8%" and "6.8 %" lose theirs).
    static func dropSpaces(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == 0x20 {
                var j = i
                while j < s.count, s[j] == 0x20 { j += 1 }
                if let before = out.last, j < s.count, isASCIIAlphanumeric(before), isASCIIAlphanumeric(s[j]) {
                    out.append(0x20)
                }
                i = j
                continue
            }
            out.append(s[i]); i += 1
        }
        return out
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    private static func isDigit(at i: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let v = s[i].value
        return (v >= 48 && v <= 57) || (v >= 0xFF10 && v <= 0xFF19)
    }
}
