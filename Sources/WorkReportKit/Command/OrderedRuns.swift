import Foundation

/// Text made in runs, out of order and on several threads, to be written in the order of the
/// runs' keys. `gwr compare` renders a jurisdiction's rows as soon as its group is read, but
/// prints them period by period, and any later group may hold rows of the first period: every
/// run has to be kept until the last group is done. Runs are held in memory up to
/// `memoryLimit` bytes and go to a `SpillFile` after that, so memory stays bounded however
/// large the output.
final class OrderedRuns<Key: Comparable & Sendable>: @unchecked Sendable {
    private enum Place {
        case memory([UInt8])
        case spilled(offset: Int, length: Int)
    }

    private struct Run {
        var key: Key
        var rows: Int
        var place: Place
    }

    let memoryLimit: Int
    let directory: String
    // Everything below is guarded by `lock`: groups are rendered in parallel.
    private let lock = NSLock()
    private var runs: [Run] = []
    private var memoryBytes = 0
    private var spill: SpillFile?
    /// The first failure to spill; `write` reports it, since `add` runs where nothing can throw.
    private var failure: SpillFile.Failure?

    /// `directory`: where a spill file goes, the system's temporary folder (`TMPDIR`) unless given.
    init(memoryLimit: Int = 64 << 20, directory: String = FileManager.default.temporaryDirectory.path) {
        self.memoryLimit = memoryLimit
        self.directory = directory
    }

    /// Keeps a run of UTF-8. Keys must differ between runs: the order of equal keys is not kept.
    func add(_ key: Key, bytes text: [UInt8], rows: Int) {
        guard rows > 0 else { return }
        let length = text.count
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return }
        if memoryBytes + length <= memoryLimit {
            memoryBytes += length
            runs.append(Run(key: key, rows: rows, place: .memory(text)))
            return
        }
        do throws(SpillFile.Failure) {
            let file: SpillFile
            if let spill { file = spill } else { file = try SpillFile(directory: directory); spill = file }
            let (offset, length) = try file.append(text)
            runs.append(Run(key: key, rows: rows, place: .spilled(offset: offset, length: length)))
        } catch {
            failure = error
        }
    }

    /// Rows in all runs so far.
    var rows: Int {
        lock.lock()
        defer { lock.unlock() }
        return runs.reduce(0) { $0 + $1.rows }
    }

    /// Bytes that went to the spill file (none while everything fits in memory).
    var spilledBytes: Int {
        lock.lock()
        defer { lock.unlock() }
        return spill?.size ?? 0
    }

    /// Throws the failure to spill, if a run could not be kept: call it once every run is added
    /// and before anything else is written, so that a failed run writes nothing.
    func check() throws(SpillFile.Failure) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
    }

    /// Hands every run to `write` in key order, `separator` between two runs; call once every
    /// run is added. Throws the failure to spill, if any, before writing anything.
    func write(separator: String = "", to write: ([UInt8]) throws -> Void) throws {
        try check()
        let separator = Array(separator.utf8)
        lock.lock()
        defer { lock.unlock() }
        for (i, run) in runs.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0, !separator.isEmpty { try write(separator) }
            switch run.place {
            case .memory(let text): try write(text)
            case .spilled(let offset, let length):
                guard let spill else { continue }
                try spill.read(offset: offset, length: length, write)
            }
        }
    }
}
