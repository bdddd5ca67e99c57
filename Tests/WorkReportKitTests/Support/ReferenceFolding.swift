@testable import WorkReportKit

/// The folding as first written, scalar by scalar, kept as the oracle that the byte-level
/// `CharacterFolding.fold` must agree with.
enum ReferenceFolding {
    /// Every step of the folding, scalar by scalar.
    static func fold(_ line: String) -> String {
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
