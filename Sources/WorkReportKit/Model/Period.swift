/// 时期: the span a figure belongs to — a year (2020), a quarter of a year (2025Q1),
/// or a range of years (2021-2025, a five-year plan).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let start: Int
    public let end: Int
    /// 1...4 for a quarter of `start`; nil for whole years.
    public let quarter: Int?

    public init(year: Int) { start = year; end = year; quarter = nil }
    public init(year: Int, quarter: Int) { start = year; end = year; self.quarter = quarter }
    public init(from start: Int, to end: Int) { self.start = start; self.end = end; quarter = nil }

    /// Parses `2020`, `2025Q1` or `2021-2025`; nil for anything else.
    public init?(_ text: String) {
        let scalars = Array(text.utf8)
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard (1...4).contains(slice.count), slice.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        if let dash = scalars.firstIndex(of: UInt8(ascii: "-")) {
            guard let a = number(scalars[..<dash]), let b = number(scalars[(dash + 1)...]), a <= b else { return nil }
            self.init(from: a, to: b)
        } else if let q = scalars.firstIndex(where: { $0 == UInt8(ascii: "Q") || $0 == UInt8(ascii: "q") }) {
            guard let y = number(scalars[..<q]), let n = number(scalars[(q + 1)...]), (1...4).contains(n) else { return nil }
            self.init(year: y, quarter: n)
        } else {
            guard let y = number(scalars[...]) else { return nil }
            self.init(year: y)
        }
    }

    public var isSingleYear: Bool { start == end && quarter == nil }
    public var isRange: Bool { start != end }

    public var description: String {
        if let quarter { return "\(start)Q\(quarter)" }
        return start == end ? "\(start)" : "\(start)-\(end)"
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.end, a.start, a.quarter ?? 5) < (b.end, b.start, b.quarter ?? 5)
    }
}
