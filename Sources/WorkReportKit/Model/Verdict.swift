import Foundation

/// 完成情况: how a result stands against its target.
public enum Status: String, Sendable, CaseIterable {
    /// 超额完成: beyond the target by more than the exceed margin.
    case exceeded
    /// 完成: the target is reached.
    case met
    /// A 左右 target missed by no more than the tolerance.
    case metWithinTolerance = "met-within-tolerance"
    /// 未完成.
    case missed
    /// Qualitative, or set by others (完成国家和省下达的…): nothing to measure.
    case notEvaluable = "not-evaluable"
    /// No loaded report states the result yet.
    case noResult = "no-result"
    /// A result with no target to hold it against.
    case noTarget = "no-target"

    /// Counted as met in summaries.
    public var isMet: Bool { self == .exceeded || self == .met || self == .metWithinTolerance }
}

/// The status with the arithmetic behind it.
public struct Verdict: Sendable, Equatable {
    public var status: Status
    /// actual − target: in percentage points for rates, in percent of the target for levels and counts.
    public var gap: Double?
    /// `pp` or `%` (of the target).
    public var gapUnit: String
    /// The rule that decided, in words (printed with --explain).
    public var rule: String
}

/// How far short of a 左右 target still counts as met: percentage points, or percent of the target.
public struct Tolerance: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case points, percentOfTarget }
    public var amount: Double
    public var kind: Kind

    public static let standard = Tolerance(amount: 0.5, kind: .points)

    public init(amount: Double, kind: Kind) { self.amount = amount; self.kind = kind }

    /// `0.5` or `0.5pp` (points), `5%` (of the target).
    public init?(_ text: String) {
        var body = text.trimmingWhitespace()
        var kind = Kind.points
        if body.hasSuffix("%") { kind = .percentOfTarget; body.removeLast() }
        else if body.hasSuffix("pp") { body.removeLast(2) }
        guard let value = Double(body), value >= 0, value.isFinite else { return nil }
        self.init(amount: value, kind: kind)
    }

    /// The tolerance in the target's own units.
    public func absolute(for target: Double, percentUnit: Bool) -> Double {
        switch kind {
        case .points: return percentUnit ? amount : abs(target) * amount / 100
        case .percentOfTarget: return abs(target) * amount / 100
        }
    }

    public var description: String {
        switch kind {
        case .points: return "\(Format.number(amount)) percentage points (for levels and counts: \(Format.number(amount))% of the target)"
        case .percentOfTarget: return "\(Format.number(amount))% of the target"
        }
    }
}

/// Number formatting shared by the renderers: no trailing zeros, no exponent.
public enum Format {
    public static func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "" }
        var text = fixed(value, digits: digits)
        // Trailing zeros and a bare point cut off by bytes: the text is ASCII, and Characters cost
        // more than working the number out.
        return text.withUTF8 { b in
            var end = b.count
            if b.contains(0x2E) {
                while end > 0, b[end - 1] == 0x30 { end -= 1 }
                if end > 0, b[end - 1] == 0x2E { end -= 1 }
            }
            if end == 2, b[0] == 0x2D, b[1] == 0x30 { return "0" }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<end]), as: UTF8.self)
        }
    }

    public static func signed(_ value: Double, digits: Int = 2) -> String {
        (value > 0 ? "+" : "") + number(value, digits: digits)
    }
}
