extension Format {
    /// What `String(format: "%.<digits>f", value)` writes, worked out from the double's own bits:
    /// Foundation's formatter cost about 21,000 instructions a number, and every gap, tolerance
    /// and implied target is written with it.
    ///
    /// A finite double is m·2^e exactly (m below 2^53). Times 10^digits that is an integer
    /// shifted by e, which 128 bits hold for every value a report has; rounded as printf rounds
    /// the exact value: to nearest, a tie to the even neighbour (0.125 → 0.12, 2.5 → 2). The
    /// sign is written whenever the value is negative, -0 and what rounds to 0 included (-0.00),
    /// as printf writes it. Values too large for 128 bits, and more than nine digits, go to the
    /// formatter.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite, (0...9).contains(digits) else { return String(format: "%.\(digits)f", value) }
        let bits = value.magnitude
        let exponentBits = Int(bits.exponentBitPattern)
        let m = exponentBits == 0 ? bits.significandBitPattern : (1 << 52) | bits.significandBitPattern
        let e = exponentBits == 0 ? -1074 : exponentBits - 1075
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        // m·10^digits < 2^53 · 10^9 < 2^83.
        let scaled = UInt128(m) * UInt128(scale)
        let n: UInt128
        if e >= 0 {
            guard e <= 44 else { return String(format: "%.\(digits)f", value) }
            n = scaled << e
        } else if -e >= 100 {
            // Below 2^83 / 2^100: less than half of the last digit.
            n = 0
        } else {
            let k = -e
            let whole = scaled >> k, rest = scaled & ((1 << k) - 1), half = UInt128(1) << (k - 1)
            n = rest > half || (rest == half && whole & 1 == 1) ? whole + 1 : whole
        }
        return write(n, digits: digits, negative: value.sign == .minus)
    }

    /// `n` / 10^digits in fixed notation, all `digits` decimals written.
    private static func write(_ n: UInt128, digits: Int, negative: Bool) -> String {
        // 2^127 has 39 digits; a sign, a point and a leading zero make 42.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var i = buffer.count
            var rest = n
            var written = 0
            // At least one digit before the point: 0.05, not .05.
            while rest > 0 || written <= digits {
                if written == digits, digits > 0 { i -= 1; buffer[i] = 0x2E }
                let (quotient, digit) = rest.quotientAndRemainder(dividingBy: 10)
                i -= 1
                buffer[i] = 0x30 + UInt8(digit)
                rest = quotient
                written += 1
            }
            if negative { i -= 1; buffer[i] = 0x2D }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[i...]), as: UTF8.self)
        }
    }
}
