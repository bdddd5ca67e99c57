/// The filters `statements` (and later `compare`) share: --kind, --year, --jurisdiction,
/// --indicator, --report.
struct StatementFilter {
    static let kind = OptionSpec("kind", value: "KIND", choices: StatementKind.allCases.map(\.rawValue),
                                 help: "Only target, result or progress statements.")
    static let year = OptionSpec("year", value: "YEAR", help: "Only statements whose period includes YEAR (2021 matches 2021, 2021Q1 and 2021-2025).")
    static let jurisdiction = OptionSpec("jurisdiction", short: "j", value: "PLACE", help: "Only this jurisdiction (hangzhou, xiaoshan, …).")
    static let indicator = OptionSpec("indicator", short: "i", value: "ID", help: "Only this indicator id (gdp_growth) or wording (研发投入强度).")
    static let report = OptionSpec("report", short: "r", value: "REPORT", help: "Only this report (id, file name or year).")
    static let options = [kind, year, jurisdiction, indicator, report]

    var kind: StatementKind?
    var year: Int?
    var jurisdiction: String?
    var indicator: String?
    var reports: Set<String>? = nil
    /// --report as given, before it is resolved to ids.
    var reportName: String? = nil

    /// The filter before the folder is read: nothing checked, --report not yet resolved (a
    /// streamed command resolves it one group at a time and checks the options at the end).
    init(unchecked invocation: Invocation) {
        kind = invocation.value(Self.kind).flatMap(StatementKind.init(rawValue:))
        year = invocation.value(Self.year).flatMap { Int($0) }
        jurisdiction = invocation.value(Self.jurisdiction)
        indicator = invocation.value(Self.indicator)
        reportName = invocation.value(Self.report)
    }

    init(_ invocation: Invocation, reports: [ReportMetadata], usage: String) throws(UsageError) {
        kind = invocation.value(Self.kind).flatMap(StatementKind.init(rawValue:))
        if let text = invocation.value(Self.year) {
            guard let value = Int(text), (1900...2200).contains(value) else {
                throw UsageError(message: "--year takes a year such as 2021; got '\(text)'", usage: usage)
            }
            year = value
        }
        jurisdiction = invocation.value(Self.jurisdiction)
        try Self.check(jurisdiction: jurisdiction, among: reports, usage: usage)
        indicator = invocation.value(Self.indicator)
        if let name = invocation.value(Self.report) {
            let selection = Corpus.select([name], among: reports)
            guard selection.unknown.isEmpty else {
                var message = "no report named '\(name)'"
                if let guess = Suggestion.closest(to: name, among: reports.map(\.id)) { message += "; did you mean '\(guess)'?" }
                throw UsageError(message: message, usage: usage)
            }
            self.reports = Set(selection.ids)
        }
    }

    /// A jurisdiction no loaded report has is a usage error, with the places that are loaded.
    static func check(jurisdiction: String?, among reports: [ReportMetadata], usage: String) throws(UsageError) {
        guard let jurisdiction, !reports.contains(where: { $0.jurisdiction == jurisdiction }) else { return }
        let places = Array(Set(reports.map(\.jurisdiction))).sorted()
        var message = "no report of jurisdiction '\(jurisdiction)' is loaded (loaded: \(places.joined(separator: ", ")))"
        if let guess = Suggestion.closest(to: jurisdiction, among: places) { message += "; did you mean '\(guess)'?" }
        throw UsageError(message: message, usage: usage)
    }

    func accepts(_ s: Statement) -> Bool {
        if let kind, s.kind != kind { return false }
        if let year {
            guard let period = s.period, period.start <= year, year <= period.end else { return false }
        }
        if let jurisdiction, s.jurisdiction != jurisdiction { return false }
        if let indicator, s.indicatorID != indicator, !s.indicator.contains(indicator) { return false }
        if let reports, !reports.contains(s.report) { return false }
        return true
    }
}
