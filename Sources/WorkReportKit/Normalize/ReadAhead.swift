/// The start of a run over a folder, begun on the pool while the command reads the indicator
/// catalog: the folder listed, and its first largest files loaded and normalised, none of which
/// needs the catalog.
///
/// The catalog takes about 3 ms at every start of `gwr`, on one core, before any report was read;
/// the other core waited. Only about `budget` bytes of files are read ahead (at least one file),
/// and for a grouped run only from its first batch, so that what waits in memory for its turn stays
/// small. Errors wait too: the run throws them where it would have met them, after the catalog's own.
public final class ReadAhead: Sendable {
    /// Which run the files are read for: they are read in that run's order and used only by it.
    public enum Plan: Equatable, Sendable {
        /// `Pipeline.grouped`: the folder listed with every file's metadata; the first batch read.
        case grouped(batchBytes: Int, eachReport: Bool)
        /// `Pipeline.run`: the folder's files as listed; the largest read.
        case whole
    }

    let directory: String
    let plan: Plan
    private let pending: Pending<Early>

    struct Early: Sendable {
        /// For a grouped run.
        var listing: Result<Listing, LoadError>?
        /// For a whole run.
        var sources: Result<[ReportLoader.Source], LoadError>?
        /// By the file's place in the listing, or among the sources.
        var reports: [Int: Result<(report: Report, findings: [Finding]), LoadError>] = [:]
    }

    /// Bytes of files read ahead: a little more than the helpers get through while the catalog is read.
    static let budget = 1_000_000

    public init(directory: String, plan: Plan = .grouped(batchBytes: Pipeline.batchBytes, eachReport: false)) {
        self.directory = directory
        self.plan = plan
        pending = Pending {
            switch plan {
            case .grouped(let batchBytes, let eachReport):
                let listing: Listing
                do throws(LoadError) { listing = try Pipeline.list(directory: directory) } catch { return Early(listing: .failure(error)) }
                // The first batch's files in the order `grouped` reads them, largest first.
                let first = (listing.batches(eachReport: eachReport, batchBytes: batchBytes).first ?? []).flatMap(\.files)
                return Early(listing: .success(listing), reports: Self.read(first, of: listing.sources, sizes: listing.sizes))
            case .whole:
                let sources: [ReportLoader.Source]
                do throws(LoadError) { sources = try ReportLoader.sources(directory: directory) } catch { return Early(sources: .failure(error)) }
                return Early(sources: .success(sources),
                             reports: Self.read(Array(sources.indices), of: sources, sizes: sources.map { ReportLoader.byteSize($0.path) }))
            }
        }
    }

    /// What was read ahead, handed over once: the reports are freed once the taker is done with them.
    func take() -> Early { pending.take() }

    /// The largest of `files` loaded and normalised, while they fit in the budget.
    private static func read(_ files: [Int], of sources: [ReportLoader.Source], sizes: [Int])
        -> [Int: Result<(report: Report, findings: [Finding]), LoadError>] {
        var chosen: [Int] = []
        var bytes = 0
        for index in files.sorted(by: { sizes[$0] > sizes[$1] }) where chosen.isEmpty || bytes + sizes[index] <= budget {
            chosen.append(index)
            bytes += sizes[index]
        }
        let reports = Parallel.map(chosen) { index in
            Result { () throws(LoadError) in try Pipeline.loadAndNormalize(sources[index]) }
        }
        return Dictionary(uniqueKeysWithValues: zip(chosen, reports))
    }
}
