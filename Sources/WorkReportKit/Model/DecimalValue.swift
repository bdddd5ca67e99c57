/// A figure's value, written in digits, as a Double. Plain decimals (6, -2.6, 18109.5) are read
/// without `Double(String)`, which goes through the C library's strtod: an integer of at most
/// fifteen digits and a power of ten up to 10^15 are both exact Doubles, and one division of them
/// is rounded once, correctly, so the result is the one strtod gives (Clinger's fast path).
/// Anything else (more digits, exponents, a point at either end) is left to `Double(String)`.
enum DecimalValue {
    static func parse(_ text: String) -> Double? {
        var text = text
        let fast: Double? = text.withUTF8 { b in
            var i = 0
            let negative = i < b.count && b[i] == 0x2D
            if negative { i += 1 }
            let digitsStart = i
            var mantissa: UInt64 = 0, digits = 0, fraction = 0
            var point: Int?
            while i < b.count {
                let c = b[i]
                if c >= 0x30, c <= 0x39 {
                    mantissa = mantissa * 10 + UInt64(c - 0x30)
                    digits += 1
                    if point != nil { fraction += 1 }
                    guard digits <= 15 else { return nil }
                } else if c == 0x2E, point == nil {
                    point = i
                } else {
                    return nil
                }
                i += 1
            }
            guard digits > 0, point.map({ $0 > digitsStart && $0 < b.count - 1 }) ?? true else { return nil }
            let value = Double(mantissa) / powersOfTen[fraction]
            return negative ? -value : value
        }
        return fast ?? Double(text)
    }

    private static let powersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
}
