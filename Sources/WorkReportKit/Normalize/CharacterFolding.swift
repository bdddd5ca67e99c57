/// Folds the typographic variety of scraped reports into one spelling, so that a figure
/// reads the same wherever it came from: ６．５％ and 6.5 % and **6.5%** all become 6.5%.
public enum CharacterFolding {
    public static func fold(_ line: String) -> String {
        // Most lines of a report have nothing to fold; telling so from the bytes alone keeps
        // the scalar arrays below for the few that do.
        needsFolding(line) ? foldScalars(line) : line
    }

    /// Every step of the folding, scalar by scalar.
    static func foldScalars(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        scalars = stripMarkup(scalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            switch v {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                out.append(Unicode.Scalar(v - 0xFEE0)!)   // 全角 digits and letters
            case 0xFF05: out.append("%")
            case 0xFF0B: out.append("+")
            case 0xFF0F: out.append("/")
            case 0xFF0E where isDigit(at: i - 1, scalars) && isDigit(at: i + 1, scalars):
                out.append(".")   // ６．５
            case 0x2080...0x2089: out.append(Unicode.Scalar(v - 0x2080 + 0x30)!)   // PM₂.₅
            case 0x00A0, 0x3000, 0x2002...0x200A, 0x202F, 0x205F, 0x09: out.append(" ")
            case 0x200B, 0x200C, 0x200D, 0xFEFF: continue
            default: out.append(s)
            }
        }
        out = foldPM(out)
        return String(String.UnicodeScalarView(dropSpaces(out)))
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
    static func stripMarkup(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = input
        while let first = s.first, first.properties.isWhitespace { s.removeFirst() }
        while let last = s.last, last.properties.isWhitespace { s.removeLast() }
        var hashes = 0
        while hashes < s.count && s[hashes] == "#" { hashes += 1 }
        if (1...6).contains(hashes), hashes < s.count, s[hashes] == " " { s.removeFirst(hashes + 1) }
        if s.count >= 2, s[0] == "-" || s[0] == "*" || s[0] == "•", s[1] == " " { s.removeFirst(2) }
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if s[i] == "*", i + 1 < s.count, s[i + 1] == "*" { i += 2; continue }
            out.append(s[i]); i += 1
        }
        while let first = out.first, first == " " { out.removeFirst() }
        return out
    }

    /// PM_2.5, PM_{2.5} and PM 2.5 are all PM2.5.
    static func foldPM(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            out.append(s[i])
            if (s[i] == "M" || s[i] == "m"), i > 0, s[i - 1] == "P" || s[i - 1] == "p" {
                var j = i + 1
                while j < s.count, s[j] == "_" || s[j] == "{" || s[j] == " " { j += 1 }
                if j > i + 1, j < s.count, s[j].properties.numericType == .decimal, s[j].isASCII {
                    var k = j
                    while k < s.count, (s[k].isASCII && s[k].properties.numericType == .decimal) || s[k] == "." { k += 1 }
                    out.append(contentsOf: s[j..<k])
                    if k < s.count, s[k] == "}" { k += 1 }
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
    static func dropSpaces(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if s[i] == " " {
                var j = i
                while j < s.count, s[j] == " " { j += 1 }
                if let before = out.last, j < s.count, isASCIIAlphanumeric(before), isASCIIAlphanumeric(s[j]) {
                    out.append(" ")
                }
                i = j
                continue
            }
            out.append(s[i]); i += 1
        }
        return out
    }

    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 48 && s.value <= 57) || (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
    }

    private static func isDigit(at i: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let v = s[i].value
        return (v >= 48 && v <= 57) || (v >= 0xFF10 && v <= 0xFF19)
    }
}
