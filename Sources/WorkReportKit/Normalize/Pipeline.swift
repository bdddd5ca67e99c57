/// load → normalise → extract for a whole folder, one report at a time on every core. `run`
/// keeps every report's statements and audit; `grouped` (GroupedPipeline.swift) keeps one
/// jurisdiction's statements at a time, so memory follows the largest group, not the corpus.
public struct PipelineResult: Sendable {
    /// Every report's metadata, in corpus order (year, jurisdiction, id).
    public var metadata: [ReportMetadata]
    public var extraction: Extraction
    public var coverage: Coverage
    public var findings: [Finding]
    /// The reports the caller asked to keep whole (a breakdown, for `gwr tasks`).
    public var reports: [Report]
}

public enum Pipeline {
    public static func run(directory: String, catalog: IndicatorCatalog, readAhead: ReadAhead? = nil,
                           keep: @Sendable @escaping (ReportMetadata) -> Bool = { _ in false }) throws(LoadError) -> PipelineResult {
        struct One: Sendable {
            var metadata: ReportMetadata
            var path: String
            var extraction: Extraction
            var coverage: Coverage
            var findings: [Finding]
            var report: Report?
        }
        // What was read ahead is used only for the run it was begun for.
        var ahead = readAhead.flatMap { $0.directory == directory && $0.plan == .whole ? $0.take() : nil }
        let sources: [ReportLoader.Source]
        if let listed = ahead?.sources { sources = try listed.get() } else { sources = try ReportLoader.sources(directory: directory) }
        let early = ahead?.reports ?? [:]
        ahead = nil
        let results: [Result<One, LoadError>] = Parallel.map(Array(sources.indices)) { index in
            let source = sources[index]
            do throws(LoadError) {
                let (report, findings) = if let read = early[index] { try read.get() } else { try loadAndNormalize(source) }
                let extraction = Extractor.extract(report, catalog: catalog)
                return .success(One(metadata: report.metadata, path: report.path, extraction: extraction,
                                    coverage: Coverage.measure([report], extraction: extraction),
                                    findings: findings, report: keep(report.metadata) ? report : nil))
            } catch {
                return .failure(error)
            }
        }
        var ones: [One] = []
        for result in results {
            switch result {
            case .success(let one): ones.append(one)
            case .failure(let error): throw error
            }
        }
        try ReportLoader.checkUniqueIDs(ones.map { ($0.metadata.id, $0.path) })
        ones.sort { ($0.metadata.year, $0.metadata.jurisdiction, $0.metadata.id) < ($1.metadata.year, $1.metadata.jurisdiction, $1.metadata.id) }
        var extraction = Extraction(statements: [], audit: [])
        var coverage = Coverage(seen: 0, accounted: 0, gaps: [])
        for one in ones {
            extraction.statements += one.extraction.statements
            extraction.audit += one.extraction.audit
            extraction.classified.merge(one.extraction.classified) { a, _ in a }
            coverage.seen += one.coverage.seen
            coverage.accounted += one.coverage.accounted
            coverage.gaps += one.coverage.gaps
        }
        // The figures table after every report, as `grouped` has it.
        var metadata = ones.map(\.metadata)
        if let figures = try FiguresTable.load(directory: directory, catalog: catalog) {
            extraction.statements += figures.statements
            metadata += figures.metadata
        }
        return PipelineResult(metadata: metadata, extraction: extraction, coverage: coverage,
                              findings: ones.flatMap(\.findings), reports: ones.compactMap(\.report))
    }

    /// load → normalise → extract of one file, with the findings of loading and normalising.
    static func extract(_ source: ReportLoader.Source, catalog: IndicatorCatalog) throws(LoadError)
        -> (report: Report, extraction: Extraction, findings: [Finding]) {
        let (report, findings) = try loadAndNormalize(source)
        return (report, Extractor.extract(report, catalog: catalog), findings)
    }

    /// load → normalise of one file, which needs no catalog, with the findings of both.
    static func loadAndNormalize(_ source: ReportLoader.Source) throws(LoadError) -> (report: Report, findings: [Finding]) {
        let (file, findings) = try ReportLoader.read(source)
        let report = Normalizer.normalize(file)
        return (report, findings + report.findings)
    }
}
