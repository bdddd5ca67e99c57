import Foundation

/// One jurisdiction's reports, extracted: what `Pipeline.grouped` hands its consumer. A
/// jurisdiction is never aligned with another, so its statements are all the consumer needs.
public struct ReportGroup: Sendable {
    /// The group's reports, in corpus order (year, id).
    public var metadata: [ReportMetadata]
    /// Their statements, report after report in that order.
    public var statements: [Statement]
    /// Each report's place in the whole folder's corpus order, by id.
    public var places: [String: Int]
}

/// What a grouped run keeps: the metadata and findings of every report, in corpus order, and
/// what the consumer made of each group, in the order of the jurisdictions' names.
public struct GroupedRun<Value: Sendable>: Sendable {
    public var metadata: [ReportMetadata]
    public var findings: [Finding]
    public var values: [Value]
}

/// A folder listed, with every file's metadata (the manifest's, or guessed from its text) and
/// size, before any report is read for its figures.
struct Listing: Sendable {
    /// With the metadata guessed for a file with no manifest entry, so that it is not guessed again.
    var sources: [ReportLoader.Source]
    var metadata: [ReportMetadata]
    /// The files already read once, to guess their metadata.
    var inferred: Set<Int>
    /// Corpus order: year, jurisdiction, id.
    var order: [Int]
    var sizes: [Int]

    /// The places (jurisdictions, or reports with `eachReport`) in the order of their names, cut
    /// into batches of about `batchBytes` of files; `alsoPlaces` are places with no file (the
    /// figures table's), each a group of its own.
    func batches(eachReport: Bool, batchBytes: Int, alsoPlaces: [String] = []) -> [[(place: String, files: [Int])]] {
        var byPlace = Dictionary(grouping: order) { eachReport ? "report " + metadata[$0].id : metadata[$0].jurisdiction }
        for place in alsoPlaces where byPlace[place] == nil { byPlace[place] = [] }
        var batches: [[(place: String, files: [Int])]] = [[]]
        var bytes = 0
        for place in byPlace.keys.sorted() {
            if bytes >= batchBytes { batches.append([]); bytes = 0 }
            let files = byPlace[place]!
            batches[batches.count - 1].append((place, files))
            bytes += files.reduce(0) { $0 + sizes[$1] }
        }
        return batches
    }
}

/// What a grouped run keeps of one report until its group is consumed.
private struct Extracted: Sendable {
    var statements: [Statement]
    var findings: [Finding]
}

extension Pipeline {
    /// Bytes of files a grouped run reads before it hands their groups on: a read-ahead begun for
    /// another size is not used, so the commands and the read-ahead take this one.
    public static let batchBytes = 16_000_000

    /// Runs the folder one batch of jurisdictions at a time, the batch's files on every core, and
    /// hands each jurisdiction's statements to `consume` before reading the next batch. Fails,
    /// prints and orders exactly as `run` does on the same folder. `eachReport`: a group a report
    /// (the figures table's rows by place), for a consumer that never needs two reports together.
    public static func grouped<Value: Sendable>(directory: String, catalog: IndicatorCatalog, batchBytes: Int = Pipeline.batchBytes,
                                                eachReport: Bool = false, readAhead: ReadAhead? = nil,
                                                _ consume: @escaping @Sendable (ReportGroup) -> Value) throws(LoadError) -> GroupedRun<Value> {
        // What was read ahead is used only for the run it was begun for.
        var ahead = readAhead.flatMap {
            $0.directory == directory && $0.plan == .grouped(batchBytes: batchBytes, eachReport: eachReport) ? $0.take() : nil
        }
        let listing: Listing
        if let early = ahead?.listing { listing = try early.get() } else { listing = try list(directory: directory) }
        let (sources, metadata, inferred) = (listing.sources, listing.metadata, listing.inferred)
        let order = listing.order
        var place = [Int](repeating: 0, count: sources.count)
        for (position, index) in order.enumerated() { place[index] = position }
        // The figures table joins each jurisdiction it speaks of, after its reports; a place only
        // the table knows is a group of its own. It is read on the pool while the first batch's
        // files are: a place of the table's adds no bytes, so the batches hold the same files with
        // its places or without them, and they are placed once it is read.
        let pendingFigures = Pending { Result { () throws(LoadError) in try FiguresTable.load(directory: directory, catalog: catalog) } }
        var figures: FiguresTable?
        var figureRows: [String: [Statement]] = [:]
        var figureMetadata: [String: [ReportMetadata]] = [:]
        var batches = listing.batches(eachReport: eachReport, batchBytes: batchBytes)
        var tableRead = false
        let sizes = listing.sizes
        // Only the first batch's reports are read ahead; they are let go once it is read.
        var aheadReports = ahead?.reports ?? [:]
        ahead = nil

        var findings = [[Finding]](repeating: [], count: sources.count)
        var values: [Value] = []
        var read = inferred
        var next = 0
        while next < batches.count {
            var batch = batches[next]
            next += 1
            // Largest first, so that no core is left waiting on a large file started last.
            let files = batch.flatMap(\.files).sorted { sizes[$0] > sizes[$1] }
            let early = aheadReports
            aheadReports = [:]
            let results = Parallel.map(files) { index -> Result<Extracted, LoadError> in
                do throws(LoadError) {
                    let (report, findings) = if let ahead = early[index] { try ahead.get() } else { try loadAndNormalize(sources[index]) }
                    let extraction = Extractor.extract(report, catalog: catalog)
                    return .success(Extracted(statements: extraction.statements, findings: findings))
                } catch {
                    return .failure(error)
                }
            }
            // The table's errors come first, as when it was read before any report.
            if !tableRead {
                tableRead = true
                figures = try pendingFigures.take().get()
                figureRows = Dictionary(grouping: figures?.statements ?? [], by: \.jurisdiction)
                figureMetadata = Dictionary(grouping: figures?.metadata ?? [], by: \.jurisdiction)
                if !figureRows.isEmpty {
                    batches = listing.batches(eachReport: eachReport, batchBytes: batchBytes, alsoPlaces: Array(figureRows.keys))
                    batch = batches[next - 1]
                }
            }
            var done: [Int: Extracted] = [:]
            var failure: (index: Int, error: LoadError)?
            for (index, result) in zip(files, results) {
                read.insert(index)
                switch result {
                case .success(let extracted): done[index] = extracted
                case .failure(let error): if index < failure?.index ?? sources.count { failure = (index, error) }
                }
            }
            if let failure { throw earliest(failure, among: sources, read: read) }
            for (index, extracted) in done { findings[index] = extracted.findings }
            let reportGroups = batch.map { (jurisdiction, group) in
                var places = Dictionary(group.map { (metadata[$0].id, place[$0]) }) { first, _ in first }
                // After every report: a report's figure comes first and never loses to the table's.
                if figureRows[jurisdiction] != nil { places[FiguresTable.reportID] = sources.count }
                return ReportGroup(metadata: group.map { metadata[$0] } + (figureMetadata[jurisdiction] ?? []),
                                   statements: group.flatMap { done[$0]?.statements ?? [] } + (figureRows[jurisdiction] ?? []),
                                   places: places)
            }
            values += Parallel.map(reportGroups, consume)
        }
        return GroupedRun(metadata: order.map { metadata[$0] } + (figures?.metadata ?? []),
                          findings: order.flatMap { findings[$0] }, values: values)
    }

    /// The folder's files and their metadata, in corpus order: all a grouped run needs before it
    /// reads any report for its figures.
    static func list(directory: String) throws(LoadError) -> Listing {
        let listed = try ReportLoader.sources(directory: directory)
        let (metadata, inferred) = try listedOrInferred(listed)
        // A file read for its metadata is read again for its figures: what was guessed then stands.
        let sources = listed.indices.map { index in
            var source = listed[index]
            if inferred.contains(index) { source.inferred = metadata[index] }
            return source
        }
        let order = sources.indices.sorted {
            (metadata[$0].year, metadata[$0].jurisdiction, metadata[$0].id) < (metadata[$1].year, metadata[$1].jurisdiction, metadata[$1].id)
        }
        return Listing(sources: sources, metadata: metadata, inferred: inferred, order: order,
                       sizes: sources.map { ReportLoader.byteSize($0.path) })
    }

    /// Every source's metadata before any extraction: the manifest's, or inferred from the text
    /// (read again later, since keeping the text would hold the corpus), with the sources read.
    static func listedOrInferred(_ sources: [ReportLoader.Source]) throws(LoadError) -> ([ReportMetadata], read: Set<Int>) {
        let found = Parallel.map(sources) { source -> Result<ReportMetadata, LoadError> in
            do throws(LoadError) { return .success(try ReportLoader.metadata(of: source)) } catch { return .failure(error) }
        }
        let read = Set(sources.indices.filter { sources[$0].metadata == nil })
        var metadata: [ReportMetadata] = []
        for (index, result) in found.enumerated() {
            switch result {
            case .success(let one): metadata.append(one)
            case .failure(let error): throw earliest((index, error), among: sources, read: read)
            }
        }
        do throws(LoadError) {
            try ReportLoader.checkUniqueIDs(zip(metadata, sources).map { ($0.id, $1.path) })
        } catch {
            // `run` names a duplicate id only once every file has been read.
            throw earliest((sources.count, error), among: sources, read: read)
        }
        return (metadata, read)
    }

    /// The error `run` would throw, given the first one found (at `index`, in folder order): that
    /// of an earlier file not read yet, if one fails to read.
    static func earliest(_ known: (index: Int, error: LoadError), among sources: [ReportLoader.Source], read: Set<Int>) -> LoadError {
        let unread = (0..<known.index).filter { !read.contains($0) }
        let failures = Parallel.map(unread) { index -> LoadError? in
            do throws(LoadError) { _ = try ReportLoader.read(sources[index]); return nil } catch { return error }
        }
        return failures.lazy.compactMap { $0 }.first ?? known.error
    }
}
