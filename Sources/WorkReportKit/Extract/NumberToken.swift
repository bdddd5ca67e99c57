/// A run of ASCII digits (with one decimal point) in a passage, by scalar index.
struct NumberToken: Equatable {
    let start: Int
    let end: Int
    let text: String
}

/// Finds number tokens. Scans the scalars once; a passage with no ASCII digit costs one pass.
enum NumberScanner {
    static func tokens(in s: [Unicode.Scalar], from begin: Int = 0) -> [NumberToken] {
        var tokens: [NumberToken] = []
        var i = begin
        while i < s.count {
            guard isDigit(s[i]) else { i += 1; continue }
            let start = i
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
            var text = String(String.UnicodeScalarView(s[start..<i]))
            text.removeAll { $0 == "," }
            tokens.append(NumberToken(start: start, end: i, text: text))
        }
        return tokens
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
