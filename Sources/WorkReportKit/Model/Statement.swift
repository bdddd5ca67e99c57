/// What a statement says about its period.
public enum StatementKind: String, Sendable, CaseIterable {
    /// 目标: set for a coming period.
    case target
    /// 完成情况 / 实绩: reported for a past period.
    case result
    /// 今年以来: a figure for part of the current year (2025 Q1), never a result.
    case progress
}

/// How a figure bounds its indicator.
public enum Comparator: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// 左右 / 约: about.
    case about
    /// 以上 / 不低于 / 超过 / 突破 / 达到: at least.
    case atLeast
    /// 以内 / 以下 / 控制在 / 低于: at most.
    case atMost
    /// A plain figure.
    case equal
    /// 5%—5.5%: a range, from the statement's value to its `upper`.
    case between
    /// A target with no number: 高于, 基本同步, 稳步提高, 持续缩小, 完成下达 …
    case qualitative(String)

    public var description: String {
        switch self {
        case .about: return "~"
        case .atLeast: return ">="
        case .atMost: return "<="
        case .equal: return "="
        case .between: return "between"
        case .qualitative(let phrase): return phrase
        }
    }
}

/// A target or result found in a report, with everything needed to check it at the source.
public struct Statement: Sendable, Equatable {
    public var report: String
    public var file: String
    /// 1-based line of the original file holding the figure's digits.
    public var line: Int
    public var jurisdiction: String
    public var kind: StatementKind
    public var period: Period?
    public var section: SectionRole
    /// 指标: the indicator as written (全市生产总值).
    public var indicator: String
    public var indicatorID: String
    /// The number as the report means it, no scale applied (18109, 6.5, 2.5): its digits as written,
    /// with a minus sign when the verb before it states a fall (下降2.0% is -2.0); nil for a
    /// qualitative target. For a range (5%—5.5%) the lower bound.
    public var value: String?
    /// The upper bound of a range (5.5 of 5%—5.5%), whose comparator is `between`; nil otherwise.
    public var upper: String? = nil
    /// Unit as written, scale included (%, 个百分点, 亿元, 万亿元, 家).
    public var unit: String
    public var comparator: Comparator
    /// The qualifying words as written (左右, 以上, 控制在+以内, 预计, 余); empty when none.
    public var qualifier: String
    /// 力争: a stretch figure.
    public var stretch: Bool
    /// The clause the figure stands in, verbatim from the cleaned text.
    public var text: String
    /// How the report says this result stands against its target (低于目标任务5.5个百分点); nil
    /// when it does not say.
    public var stated: StatedVerdict? = nil
    /// 指标属性 in a table of targets: `expected` (预期性) or `binding` (约束性); nil elsewhere.
    public var attribute: String? = nil
    /// A target worked out from a stated verdict (增长1.5%，低于目标任务5.5个百分点 → 7), not written
    /// in the report as a figure of its own.
    public var implied = false
    /// For a row of the figures table: the published source it was read in (title, URL, date);
    /// nil for a statement read from a report's text, whose source is its file and line.
    public var citation: Citation? = nil

    /// The value as a number, for arithmetic (nil for qualitative statements).
    public var number: Double? { value.flatMap(Double.init) }
}
