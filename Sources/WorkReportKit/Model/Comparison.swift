/// One row of the 主要预期目标完成情况 table: a target (with every statement of it), the result
/// for the same period, jurisdiction and indicator (with every statement of it), and the verdict.
///
/// Its fields live in one box its copies share, copied on the first change, as `Statement`'s do: rows
/// are copied as they are judged, sorted, merged and laid out.
public struct Comparison: Sendable {
    private var box: SharedBox<Fields>

    struct Fields: Sendable {
        var jurisdiction: String
        var period: Period
        var indicatorID: String
        var indicator: String
        var targets: [Statement]
        var results: [Statement]
        var reference: [Statement]
        var progress: [Statement]
        var verdict: Verdict
        var advice: String?
        var pairedBy: Pairing? = nil
    }

    public init(jurisdiction: String,
                period: Period,
                indicatorID: String,
                indicator: String,
                targets: [Statement],
                results: [Statement],
                reference: [Statement],
                progress: [Statement],
                verdict: Verdict,
                advice: String?,
                pairedBy: Pairing? = nil) {
        box = SharedBox(Fields(jurisdiction: jurisdiction, period: period, indicatorID: indicatorID, indicator: indicator,
                        targets: targets, results: results, reference: reference, progress: progress, verdict: verdict,
                        advice: advice, pairedBy: pairedBy))
    }

    /// The box, made this row's own before a change.
    private mutating func unique() -> SharedBox<Fields> {
        if !isKnownUniquelyReferenced(&box) { box = SharedBox(box.value) }
        return box
    }

    public var jurisdiction: String {
        get { box.value.jurisdiction }
        set { unique().value.jurisdiction = newValue }
    }
    public var period: Period {
        get { box.value.period }
        set { unique().value.period = newValue }
    }
    public var indicatorID: String {
        get { box.value.indicatorID }
        set { unique().value.indicatorID = newValue }
    }
    public var indicator: String {
        get { box.value.indicator }
        set { unique().value.indicator = newValue }
    }
    /// Competing statements of one target (a task repeated in several rows), first the one shown.
    public var targets: [Statement] {
        get { box.value.targets }
        set { unique().value.targets = newValue }
    }
    /// Statements of the result (a figure repeated in a later review), first the one used.
    public var results: [Statement] {
        get { box.value.results }
        set { unique().value.results = newValue }
    }
    /// For relational targets: the other side (GDP growth for 高于GDP增速), when known.
    public var reference: [Statement] {
        get { box.value.reference }
        set { unique().value.reference = newValue }
    }
    /// In-year figures for the period (2025 Q1), shown beside the target, never as its result.
    public var progress: [Statement] {
        get { box.value.progress }
        set { unique().value.progress = newValue }
    }
    public var verdict: Verdict {
        get { box.value.verdict }
        set { unique().value.verdict = newValue }
    }
    /// What would answer a target with no result.
    public var advice: String? {
        get { box.value.advice }
        set { unique().value.advice = newValue }
    }
    /// How the target met its result: the catalog, or the words both name the thing by; nil
    /// without a result or a target.
    public var pairedBy: Pairing? {
        get { box.value.pairedBy }
        set { unique().value.pairedBy = newValue }
    }

    public var target: Statement? { targets.first }
    /// Results that other sources state differently from the one used (a preliminary and a
    /// final figure): shown beside it, named in the rule, never dropped.
    public var conflicting: [Statement] { Conflicts.of(results).map(\.statement) }
    public var result: Statement? { results.first }
    /// The report's own verdict on the result (低于目标任务5.5个百分点), if it states one.
    public var official: StatedVerdict? { results.lazy.compactMap(\.stated).first }
    /// Whether gwr's status and the report's own verdict agree on missed or not; nil without both.
    public var officialAgrees: Bool? {
        guard let official, verdict.status.isMet || verdict.status == .missed else { return nil }
        return (official.status == .missed) == (verdict.status == .missed)
    }
}
