/// What the aligner says of a row that has no result: the advice on which report would answer it
/// and the rule that says none does. Both depend only on the row's period (and jurisdiction), so
/// they are made once and shared by every such row: building them row by row (an interpolated
/// string, a search of the reports) showed in the profile of a folder of hundreds of targets.
/// One a call of `Aligner.align`, on one thread.
final class RowNotes {
    private let aligner: Aligner
    private struct Place: Hashable { let period: Period; let jurisdiction: String }
    private var advised: [Place: String] = [:]
    private var rules: [Period: String] = [:]

    init(_ aligner: Aligner) { self.aligner = aligner }

    /// `Aligner.advice(for:jurisdiction:)`, made once a period and jurisdiction.
    func advice(_ period: Period, _ jurisdiction: String) -> String {
        let place = Place(period: period, jurisdiction: jurisdiction)
        if let known = advised[place] { return known }
        let made = aligner.advice(for: period, jurisdiction: jurisdiction)
        advised[place] = made
        return made
    }

    /// The rule of a row whose period no loaded report states a result for.
    func noResult(_ period: Period) -> String {
        if let known = rules[period] { return known }
        let made = "no loaded report states the \(period) result"
        rules[period] = made
        return made
    }
}
