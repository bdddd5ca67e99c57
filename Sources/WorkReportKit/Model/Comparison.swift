/// One row of the 主要预期目标完成情况 table: a target (with every statement of it), the result
/// for the same period, jurisdiction and indicator (with every statement of it), and the verdict.
///
/// Its fields live in one box its copies share, copied on the first change, as `Statement`'s do: rows
/// are copied as they are judged, sorted, merged and laid out.
public struct Comparison: Sendable {
    private var fields: Fields

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
        fields = Fields(jurisdiction: jurisdiction, period: period, indicatorID: indicatorID, indicator: indicator,
                        targets: targets, results: results, reference: reference, progress: progress, verdict: verdict,
                        advice: advice, pairedBy: pairedBy)
    }

    /// The box, made this row's own before a change.
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    /// Never changed while shared: `Comparison` changes only a box that no other row holds.
    private final class Fields: @unchecked Sendable {
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
        var pairedBy: Pairing?

        init(jurisdiction: String, period: Period, indicatorID: String, indicator: String, targets: [Statement],
             results: [Statement], reference: [Statement], progress: [Statement], verdict: Verdict, advice: String?,
             pairedBy: Pairing?) {
            self.jurisdiction = jurisdiction
            self.period = period
            self.indicatorID = indicatorID
            self.indicator = indicator
            self.targets = targets
            self.results = results
            self.reference = reference
            self.progress = progress
            self.verdict = verdict
            self.advice = advice
            self.pairedBy = pairedBy
        }

        func copy() -> Fields { Fields(jurisdiction: jurisdiction, period: period, indicatorID: indicatorID, indicator: indicator,
                  targets: targets, results: results, reference: reference, progress: progress, verdict: verdict, advice: advice,
                  pairedBy: pairedBy) }
    }

    public var jurisdiction: String {
        get { fields.jurisdiction }
        set { unique().jurisdiction = newValue }
    }
    public var period: Period {
        get { fields.period }
        set { unique().period = newValue }
    }
    public var indicatorID: String {
        get { fields.indicatorID }
        set { unique().indicatorID = newValue }
    }
    public var indicator: String {
        get { fields.indicator }
        set { unique().indicator = newValue }
    }
    /// Competing statements of one target (a task repeated in several rows), first the one shown.
    public var targets: [Statement] {
        get { fields.targets }
        set { unique().targets = newValue }
    }
    /// Statements of the result (a figure repeated in a later review), first the one used.
    public var results: [Statement] {
        get { fields.results }
        set { unique().results = newValue }
    }
    /// For relational targets: the other side (GDP growth for 高于GDP增速), when known.
    public var reference: [Statement] {
        get { fields.reference }
        set { unique().reference = newValue }
    }
    /// In-year figures for the period (2025 Q1), shown beside the target, never as its result.
    public var progress: [Statement] {
        get { fields.progress }
        set { unique().progress = newValue }
    }
    public var verdict: Verdict {
        get { fields.verdict }
        set { unique().verdict = newValue }
    }
    /// What would answer a target with no result.
    public var advice: String? {
        get { fields.advice }
        set { unique().advice = newValue }
    }
    /// How the target met its result: the catalog, or the words both name the thing by; nil
    /// without a result or a target.
    public var pairedBy: Pairing? {
        get { fields.pairedBy }
        set { unique().pairedBy = newValue }
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
