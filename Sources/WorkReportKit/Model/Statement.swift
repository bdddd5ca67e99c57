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
/// Its fields live in one shared box (`StatementFields`), copied on the first change: a statement is
/// copied many times on its way to a row (grouped, sorted, paired, kept beside its comparison), and
/// a copy of twenty fields retained every string of them, a tenth of all the work of `gwr compare`.
public struct Statement: Sendable, Equatable {
    private var fields: StatementFields

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
        fields = StatementFields(report: report, file: file, line: line, jurisdiction: jurisdiction, kind: kind, period: period,
                                 section: section, indicator: indicator, indicatorID: indicatorID, value: value, upper: upper,
                                 unit: unit, comparator: comparator, qualifier: qualifier, stretch: stretch, text: text,
                                 stated: stated, attribute: attribute, implied: implied, citation: citation)
    }

    /// The box, made this statement's own before a change.
    private mutating func unique() -> StatementFields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    public var report: String {
        get { fields.report }
        set { unique().report = newValue }
    }
    public var file: String {
        get { fields.file }
        set { unique().file = newValue }
    }
    /// 1-based line of the original file holding the figure's digits.
    public var line: Int {
        get { fields.line }
        set { unique().line = newValue }
    }
    public var jurisdiction: String {
        get { fields.jurisdiction }
        set { unique().jurisdiction = newValue }
    }
    public var kind: StatementKind {
        get { fields.kind }
        set { unique().kind = newValue }
    }
    public var period: Period? {
        get { fields.period }
        set { unique().period = newValue }
    }
    public var section: SectionRole {
        get { fields.section }
        set { unique().section = newValue }
    }
    /// 指标: the indicator as written (全市生产总值).
    public var indicator: String {
        get { fields.indicator }
        set { unique().indicator = newValue }
    }
    public var indicatorID: String {
        get { fields.indicatorID }
        set { unique().indicatorID = newValue }
    }
    /// The number as the report means it, no scale applied (18109, 6.5, 2.5): its digits as written,
    /// with a minus sign when the verb before it states a fall (下降2.0% is -2.0); nil for a
    /// qualitative target. For a range (5%—5.5%) the lower bound.
    public var value: String? {
        get { fields.value }
        set { unique().value = newValue }
    }
    /// The upper bound of a range (5.5 of 5%—5.5%), whose comparator is `between`; nil otherwise.
    public var upper: String? {
        get { fields.upper }
        set { unique().upper = newValue }
    }
    /// Unit as written, scale included (%, 个百分点, 亿元, 万亿元, 家).
    public var unit: String {
        get { fields.unit }
        set { unique().unit = newValue }
    }
    public var comparator: Comparator {
        get { fields.comparator }
        set { unique().comparator = newValue }
    }
    /// The qualifying words as written (左右, 以上, 控制在+以内, 预计, 余); empty when none.
    public var qualifier: String {
        get { fields.qualifier }
        set { unique().qualifier = newValue }
    }
    /// 力争: a stretch figure.
    public var stretch: Bool {
        get { fields.stretch }
        set { unique().stretch = newValue }
    }
    /// The clause the figure stands in, verbatim from the cleaned text.
    public var text: String {
        get { fields.text }
        set { unique().text = newValue }
    }
    /// How the report says this result stands against its target (低于目标任务5.5个百分点); nil
    /// when it does not say.
    public var stated: StatedVerdict? {
        get { fields.stated }
        set { unique().stated = newValue }
    }
    /// 指标属性 in a table of targets: `expected` (预期性) or `binding` (约束性); nil elsewhere.
    public var attribute: String? {
        get { fields.attribute }
        set { unique().attribute = newValue }
    }
    /// A target worked out from a stated verdict (增长1.5%，低于目标任务5.5个百分点 → 7), not written
    /// in the report as a figure of its own.
    public var implied: Bool {
        get { fields.implied }
        set { unique().implied = newValue }
    }
    /// For a row of the figures table: the published source it was read in (title, URL, date);
    /// nil for a statement read from a report's text, whose source is its file and line.
    public var citation: Citation? {
        get { fields.citation }
        set { unique().citation = newValue }
    }

    /// The value as a number, for arithmetic (nil for qualitative statements).
    public var number: Double? { value.flatMap(Double.init) }

    public static func == (a: Statement, b: Statement) -> Bool {
        a.fields === b.fields
            || (a.report == b.report && a.file == b.file && a.line == b.line && a.jurisdiction == b.jurisdiction &&
                a.kind == b.kind && a.period == b.period && a.section == b.section && a.indicator == b.indicator &&
                a.indicatorID == b.indicatorID && a.value == b.value && a.upper == b.upper && a.unit == b.unit &&
                a.comparator == b.comparator && a.qualifier == b.qualifier && a.stretch == b.stretch && a.text == b.text &&
                a.stated == b.stated && a.attribute == b.attribute && a.implied == b.implied && a.citation == b.citation)
    }
}
