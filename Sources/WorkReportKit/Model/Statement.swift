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
///
/// Its fields live in one shared box (`SharedBox`), copied on the first change: a statement is
/// copied many times on its way to a row (grouped, sorted, paired, kept beside its comparison), and
/// a copy of twenty fields retained every string of them, a tenth of all the work of `gwr compare`.
public struct Statement: Sendable, Equatable {
    private var box: SharedBox<Fields>

    /// The fields as plain values; equal statements are statements with equal fields.
    struct Fields: Sendable, Equatable {
        var report: String
        var file: String
        var line: Int
        var jurisdiction: String
        var kind: StatementKind
        var period: Period?
        var section: SectionRole
        var indicator: String
        var indicatorID: String
        var value: String?
        var upper: String? = nil
        var unit: String
        var comparator: Comparator
        var qualifier: String
        var stretch: Bool
        var text: String
        var stated: StatedVerdict? = nil
        var attribute: String? = nil
        var implied: Bool = false
        var citation: Citation? = nil
    }

    public init(report: String,
                file: String,
                line: Int,
                jurisdiction: String,
                kind: StatementKind,
                period: Period?,
                section: SectionRole,
                indicator: String,
                indicatorID: String,
                value: String?,
                upper: String? = nil,
                unit: String,
                comparator: Comparator,
                qualifier: String,
                stretch: Bool,
                text: String,
                stated: StatedVerdict? = nil,
                attribute: String? = nil,
                implied: Bool = false,
                citation: Citation? = nil) {
        box = SharedBox(Fields(report: report, file: file, line: line, jurisdiction: jurisdiction, kind: kind, period: period,
                        section: section, indicator: indicator, indicatorID: indicatorID, value: value, upper: upper, unit: unit,
                        comparator: comparator, qualifier: qualifier, stretch: stretch, text: text, stated: stated,
                        attribute: attribute, implied: implied, citation: citation))
    }

    /// The box, made this statement's own before a change.
    private mutating func unique() -> SharedBox<Fields> {
        if !isKnownUniquelyReferenced(&box) { box = SharedBox(box.value) }
        return box
    }

    public var report: String {
        get { box.value.report }
        set { unique().value.report = newValue }
    }
    public var file: String {
        get { box.value.file }
        set { unique().value.file = newValue }
    }
    /// 1-based line of the original file holding the figure's digits.
    public var line: Int {
        get { box.value.line }
        set { unique().value.line = newValue }
    }
    public var jurisdiction: String {
        get { box.value.jurisdiction }
        set { unique().value.jurisdiction = newValue }
    }
    public var kind: StatementKind {
        get { box.value.kind }
        set { unique().value.kind = newValue }
    }
    public var period: Period? {
        get { box.value.period }
        set { unique().value.period = newValue }
    }
    public var section: SectionRole {
        get { box.value.section }
        set { unique().value.section = newValue }
    }
    /// 指标: the indicator as written (全市生产总值).
    public var indicator: String {
        get { box.value.indicator }
        set { unique().value.indicator = newValue }
    }
    public var indicatorID: String {
        get { box.value.indicatorID }
        set { unique().value.indicatorID = newValue }
    }
    /// The number as the report means it, no scale applied (18109, 6.5, 2.5): its digits as written,
    /// with a minus sign when the verb before it states a fall (下降2.0% is -2.0); nil for a
    /// qualitative target. For a range (5%—5.5%) the lower bound.
    public var value: String? {
        get { box.value.value }
        set { unique().value.value = newValue }
    }
    /// The upper bound of a range (5.5 of 5%—5.5%), whose comparator is `between`; nil otherwise.
    public var upper: String? {
        get { box.value.upper }
        set { unique().value.upper = newValue }
    }
    /// Unit as written, scale included (%, 个百分点, 亿元, 万亿元, 家).
    public var unit: String {
        get { box.value.unit }
        set { unique().value.unit = newValue }
    }
    public var comparator: Comparator {
        get { box.value.comparator }
        set { unique().value.comparator = newValue }
    }
    /// The qualifying words as written (左右, 以上, 控制在+以内, 预计, 余); empty when none.
    public var qualifier: String {
        get { box.value.qualifier }
        set { unique().value.qualifier = newValue }
    }
    /// 力争: a stretch figure.
    public var stretch: Bool {
        get { box.value.stretch }
        set { unique().value.stretch = newValue }
    }
    /// The clause the figure stands in, verbatim from the cleaned text.
    public var text: String {
        get { box.value.text }
        set { unique().value.text = newValue }
    }
    /// How the report says this result stands against its target (低于目标任务5.5个百分点); nil
    /// when it does not say.
    public var stated: StatedVerdict? {
        get { box.value.stated }
        set { unique().value.stated = newValue }
    }
    /// 指标属性 in a table of targets: `expected` (预期性) or `binding` (约束性); nil elsewhere.
    public var attribute: String? {
        get { box.value.attribute }
        set { unique().value.attribute = newValue }
    }
    /// A target worked out from a stated verdict (增长1.5%，低于目标任务5.5个百分点 → 7), not written
    /// in the report as a figure of its own.
    public var implied: Bool {
        get { box.value.implied }
        set { unique().value.implied = newValue }
    }
    /// For a row of the figures table: the published source it was read in (title, URL, date);
    /// nil for a statement read from a report's text, whose source is its file and line.
    public var citation: Citation? {
        get { box.value.citation }
        set { unique().value.citation = newValue }
    }

    /// The value as a number, for arithmetic (nil for qualitative statements).
    public var number: Double? { value.flatMap(DecimalValue.parse) }

    public static func == (a: Statement, b: Statement) -> Bool { a.box === b.box || a.box.value == b.box.value }
}
