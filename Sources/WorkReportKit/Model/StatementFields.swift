/// The fields of a `Statement`, in one box that its copies share until one of them changes (the
/// statement copies it first): a reference type only so that a copy costs one retain.
final class StatementFields: @unchecked Sendable {
    // Never changed while shared: `Statement` changes only a box that no other statement holds.
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
    var upper: String?
    var unit: String
    var comparator: Comparator
    var qualifier: String
    var stretch: Bool
    var text: String
    var stated: StatedVerdict?
    var attribute: String?
    var implied: Bool
    var citation: Citation?

    init(report: String, file: String, line: Int, jurisdiction: String, kind: StatementKind, period: Period?, section: SectionRole,
         indicator: String, indicatorID: String, value: String?, upper: String?, unit: String, comparator: Comparator,
         qualifier: String, stretch: Bool, text: String, stated: StatedVerdict?, attribute: String?, implied: Bool,
         citation: Citation?) {
        self.report = report
        self.file = file
        self.line = line
        self.jurisdiction = jurisdiction
        self.kind = kind
        self.period = period
        self.section = section
        self.indicator = indicator
        self.indicatorID = indicatorID
        self.value = value
        self.upper = upper
        self.unit = unit
        self.comparator = comparator
        self.qualifier = qualifier
        self.stretch = stretch
        self.text = text
        self.stated = stated
        self.attribute = attribute
        self.implied = implied
        self.citation = citation
    }

    func copy() -> StatementFields {
        StatementFields(report: report, file: file, line: line, jurisdiction: jurisdiction, kind: kind, period: period,
                        section: section, indicator: indicator, indicatorID: indicatorID, value: value, upper: upper, unit: unit,
                        comparator: comparator, qualifier: qualifier, stretch: stretch, text: text, stated: stated,
                        attribute: attribute, implied: implied, citation: citation)
    }
}
