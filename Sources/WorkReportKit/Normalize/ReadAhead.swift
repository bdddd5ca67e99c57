/// The start of a grouped run, begun on the pool while the command reads the indicator catalog:
/// the folder listed, its metadata known, and its first batch's largest files loaded and
/// normalised, none of which needs the catalog.
///
/// The catalog takes about 3 ms at every start of `gwr`, on one core, before any report was read;
/// the other core waited. Only the first batch is read ahead, and only about `budget` bytes of it,
/// so that what waits in memory for its turn stays small. Errors wait too: `grouped` throws them
/// where it would have met them, after the catalog's own.
public final class ReadAhead: Sendable {
    let directory: String
    let batchBytes: Int
    let eachReport: Bool
    private let pending: Pending<Early>

    struct Early: Sendable {
        var listing: Result<Listing, LoadError>
        /// By the file's place in the listing.
        var reports: [Int: Result<(report: Report, findings: [Finding]), LoadError>]
    }

    /// Bytes of files read ahead: a little more than the helpers get through while the catalog is read.
    static let budget = 1_000_000

    public init(directory: String, batchBytes: Int = 16_000_000, eachReport: Bool = false) {
        self.directory = directory
        self.batchBytes = batchBytes
        self.eachReport = eachReport
        pending = Pending {
            let listing: Listing
            do throws(LoadError) { listing = try Pipeline.list(directory: directory) } catch { return Early(listing: .failure(error), reports: [:]) }
            // The first batch's files in the order `grouped` reads them, largest first, while they fit.
            let first = (listing.batches(eachReport: eachReport, batchBytes: batchBytes).first ?? []).flatMap(\.files)
                .sorted { listing.sizes[$0] > listing.sizes[$1] }
            var chosen: [Int] = []
            var bytes = 0
            for index in first where chosen.isEmpty || bytes + listing.sizes[index] <= Self.budget {
                chosen.append(index)
                bytes += listing.sizes[index]
            }
            let reports = Parallel.map(chosen) { index in
                Result { () throws(LoadError) in try Pipeline.loadAndNormalize(listing.sources[index]) }
            }
            return Early(listing: .success(listing), reports: Dictionary(uniqueKeysWithValues: zip(chosen, reports)))
        }
    }

    /// What was read ahead, handed over once: the reports are freed once the taker is done with them.
    func take() -> Early { pending.take() }
}
