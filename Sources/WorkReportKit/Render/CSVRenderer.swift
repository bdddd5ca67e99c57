import Foundation

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line end,
/// quotes doubled. Cells a spreadsheet would run as a formula (= + - @ at the start) get a
/// leading apostrophe unless they are plain numbers (a negative gap stays a number) or a lone
/// symbol such as the comparator `=`.
public struct CSVRenderer: Sendable {
    /// Prefix the UTF-8 byte-order mark that Excel needs to read Chinese.
    public var byteOrderMark: Bool

    public init(byteOrderMark: Bool = false) { self.byteOrderMark = byteOrderMark }

    public func render(_ grid: Grid) -> String {
        let out = ByteBuffer(capacity: 4_096)
        out.append(header(grid.columns))
        for row in grid.rows { append(row, to: out) }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The byte-order mark if wanted and the header line: what comes before any row, so that
    /// rows rendered elsewhere (`gwr compare`, a group at a time) can follow it.
    public func header(_ columns: [Grid.Column]) -> String {
        (byteOrderMark ? "\u{FEFF}" : "") + columns.map { field($0.key) }.joined(separator: ",") + "\r\n"
    }

    public func line(_ row: [String]) -> String {
        let out = ByteBuffer(capacity: 256)
        append(row, to: out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A row's line appended to `out` as UTF-8. A field that needs neither an apostrophe nor
    /// quotes, nearly every one, is copied as it is: joining the fields of each row as Strings
    /// cost about 29,000 instructions a `gwr statements` row.
    func append(_ row: [String], to out: ByteBuffer) {
        for (i, value) in row.enumerated() {
            if i > 0 { out.append(0x2C) }
            var value = value
            let plain = value.withUTF8 { b in
                guard !Self.isFormulaLike(b), !b.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return false }
                out.append(b)
                return true
            }
            if !plain { out.append(field(value)) }
        }
        out.append(0x0D); out.append(0x0A)
    }

    /// Whether `field` would put an apostrophe before these bytes: more than one character,
    /// opened by = + - @ tab or CR (each one byte, so the test is on the first byte), and not a
    /// plain number.
    private static func isFormulaLike(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count > 1, let first = b.first,
              first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D else { return false }
        return !isNumber(String(decoding: b, as: UTF8.self))
    }

    public func field(_ value: String) -> String {
        var text = value
        // A lone "=" (the comparator) cannot hold a formula and stays as written.
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !CSVRenderer.isNumber(text),
           text.scalarCount > 1 {
            text = "'" + text
        }
        // Bytes, not Foundation's `contains`, which bridges each cell to NSString.
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        // Most quoted fields hold a comma and no quotation mark: nothing to double, and Foundation's
        // replacement cost about 39,000 instructions a field.
        guard text.utf8.contains(0x22) else { return "\"" + text + "\"" }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// -12, 3.5, +0.25: a number a spreadsheet should read as one.
    static func isNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        var digits = 0, dots = 0
        for s in scalars {
            if s.value >= 48 && s.value <= 57 { digits += 1 } else if s == "." { dots += 1 } else { return false }
        }
        return digits > 0 && dots <= 1
    }
}
