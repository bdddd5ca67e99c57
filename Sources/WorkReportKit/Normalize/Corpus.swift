/// Every report of a folder, loaded and normalised, in a stable order: by year, then
/// jurisdiction, then id.
public struct Corpus: Sendable {
    public var reports: [Report]
    public var findings: [Finding]

    public static func load(directory: String) throws(LoadError) -> Corpus {
        let loaded = try ReportLoader.load(directory: directory)
        var findings = loaded.findings
        let reports = Parallel.map(loaded.files, Normalizer.normalize).sorted {
            ($0.metadata.year, $0.metadata.jurisdiction, $0.id) < ($1.metadata.year, $1.metadata.jurisdiction, $1.id)
        }
        for report in reports { findings += report.findings }
        return Corpus(reports: reports, findings: findings)
    }

    /// Ids of the reports named by id, file name or year, and the names that matched none.
    public static func select(_ names: [String], among metadata: [ReportMetadata]) -> (ids: [String], unknown: [String]) {
        var ids: [String] = []
        var unknown: [String] = []
        for name in names {
            // A year names the reports of that year; the figures table is named by its id or file only.
            let matches = metadata.filter { $0.id == name || $0.file == name || (String($0.year) == name && $0.kind != .figures) }
            if matches.isEmpty { unknown.append(name) }
            for match in matches where !ids.contains(match.id) { ids.append(match.id) }
        }
        return (ids, unknown)
    }

    /// Reports named by id, file name or year (the jurisdiction picks among a year's reports).
    public func select(_ names: [String]) -> (reports: [Report], unknown: [String]) {
        guard !names.isEmpty else { return (reports, []) }
        let (ids, unknown) = Corpus.select(names, among: reports.map(\.metadata))
        return (ids.compactMap { id in reports.first { $0.id == id } }, unknown)
    }
}
