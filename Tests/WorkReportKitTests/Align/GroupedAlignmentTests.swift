import Foundation
import Testing
@testable import WorkReportKit

/// `gwr compare`, `gwr goals` and the overview read the folder one jurisdiction at a time
/// (`Pipeline.grouped`); what they show must not depend on that, on how groups are batched, or on
/// the number of threads.
struct GroupedAlignmentTests {
    /// The bundled reports, a copy of them under a second jurisdiction, and a 2021 Hangzhou
    /// report with no manifest entry (its jurisdiction is known only once it is read).
    func mixedFolder() throws -> String {
        let directory = try copyOfBundled()
        let manifest = try String(contentsOfFile: Paths.reports + "/manifest.ini", encoding: .utf8)
        var copy = ""
        for line in manifest.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("[") { copy += "[copy-" + line.dropFirst() + "\n" }
            else if line.hasPrefix("file = ") { copy += "file = copy-" + line.dropFirst("file = ".count) + "\n" }
            else if line.hasPrefix("jurisdiction = ") { copy += line + "copy\n" }
            else { copy += line + "\n" }
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.reports) where name.hasSuffix("-report.txt")
            || name.hasSuffix("-breakdown.txt") || name.hasSuffix("-summary.txt") {
            try FileManager.default.copyItem(atPath: Paths.reports + "/" + name, toPath: directory + "/copy-" + name)
        }
        try (manifest + "\n" + copy).write(toFile: directory + "/manifest.ini", atomically: true, encoding: .utf8)
        try AddedReportTests.report2021.write(toFile: directory + "/hz-2021.txt", atomically: true, encoding: .utf8)
        return directory
    }

    /// The mixed folder and 120 one-line reports of 2021 from elsewhere, which sort between
    /// Hangzhou's 2020 and 2022 reports: a report's place in the folder then runs past 100.
    func crowdedFolder() throws -> String {
        let directory = try mixedFolder()
        for k in 0..<120 {
            let text = "2021年第\(k)号政府工作报告\n\n一、2020年工作回顾\n\n全市地区生产总值增长\(k % 7).5%。\n"
            try text.write(toFile: directory + "/filler-\(1000 + k).txt", atomically: true, encoding: .utf8)
        }
        return directory
    }

    func copyOfBundled() throws -> String {
        let directory = temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.reports) {
            try FileManager.default.copyItem(atPath: Paths.reports + "/" + name, toPath: directory + "/" + name)
        }
        return directory
    }

    /// Rows and goals as JSON, the way the commands print them, with the metadata and findings.
    struct Outcome: Equatable {
        var rows: String, goals: String, metadata: [ReportMetadata], findings: [Finding]
    }

    func allAtOnce(_ directory: String, readAhead: ReadAhead? = nil) throws -> Outcome {
        let catalog = try CatalogLoader.load(directories: [directory])
        let run = try Pipeline.run(directory: directory, catalog: catalog, readAhead: readAhead)
        let rows = Aligner(catalog: catalog, reports: run.metadata).align(run.extraction.statements)
        return Outcome(rows: CompareCommand.json(rows, tolerance: .standard).rendered(),
                       goals: GoalsCommand.json(GoalProgress.measure(run.extraction.statements, catalog: catalog)).rendered(),
                       metadata: run.metadata, findings: run.findings)
    }

    /// `readAhead`: the folder listed and its first reports read on the pool while the catalog is
    /// read, as the commands do.
    func grouped(_ directory: String, batchBytes: Int = 16_000_000, readAhead: ReadAhead? = nil) throws -> Outcome {
        let catalog = try CatalogLoader.load(directories: [directory])
        let run = try Pipeline.grouped(directory: directory, catalog: catalog, batchBytes: batchBytes, readAhead: readAhead) { group in
            (rows: Aligner(catalog: catalog, reports: group.metadata, places: group.places).align(group.statements),
             goals: GoalProgress.measure(group.statements, catalog: catalog))
        }
        return Outcome(rows: CompareCommand.json(Aligner.merge(run.values.map(\.rows)), tolerance: .standard).rendered(),
                       goals: GoalsCommand.json(GoalProgress.merge(run.values.map(\.goals), reports: run.metadata)).rendered(),
                       metadata: run.metadata, findings: run.findings)
    }

    @Test func bundledReportsGroupedEqualAllAtOnce() throws {
        let whole = try allAtOnce(Paths.reports)
        #expect(try grouped(Paths.reports) == whole)
        #expect(whole.rows.contains("\"status\": \"met\""), "the bundled reports judge some targets")
    }

    @Test(arguments: [1, 16_000_000, Int.max])
    func severalJurisdictionsGroupedEqualAllAtOnce(batchBytes: Int) throws {
        let directory = try mixedFolder()
        let whole = try allAtOnce(directory)
        #expect(Set(whole.metadata.map(\.jurisdiction)) == ["hangzhou", "xiaoshan", "hangzhoucopy", "xiaoshancopy"])
        #expect(whole.findings.contains { $0.category == "inferred" })
        #expect(try grouped(directory, batchBytes: batchBytes) == whole)
    }

    /// Read ahead or not, the same run; a read-ahead begun for another folder or batch size is not used.
    @Test(arguments: [1, 16_000_000])
    func readingAheadChangesNothing(batchBytes: Int) throws {
        let directory = try mixedFolder()
        let whole = try allAtOnce(directory)
        #expect(try grouped(directory, batchBytes: batchBytes, readAhead: ReadAhead(directory: directory, plan: .grouped(batchBytes: batchBytes, eachReport: false))) == whole)
        #expect(try grouped(directory, batchBytes: batchBytes, readAhead: ReadAhead(directory: Paths.reports, plan: .grouped(batchBytes: batchBytes, eachReport: false))) == whole)
        #expect(try grouped(directory, batchBytes: batchBytes, readAhead: ReadAhead(directory: directory, plan: .grouped(batchBytes: batchBytes + 1, eachReport: false))) == whole)
        #expect(try grouped(directory, batchBytes: batchBytes, readAhead: ReadAhead(directory: directory, plan: .whole)) == whole)
        // The whole folder's run (`statements` as a table, `tasks`, `report`) reads ahead too.
        #expect(try allAtOnce(directory, readAhead: ReadAhead(directory: directory, plan: .whole)) == whole)
        #expect(try allAtOnce(directory, readAhead: ReadAhead(directory: directory)) == whole)
    }

    /// What is read ahead is the first batch's largest files, about a megabyte of them at most
    /// (always one), already normalised; a folder that cannot be listed waits with its error.
    @Test func aReadAheadHoldsTheFirstBatchsLargestFiles() throws {
        let directory = try crowdedFolder()
        let early = ReadAhead(directory: directory, plan: .grouped(batchBytes: 1, eachReport: false)).take()
        let listing = try #require(early.listing).get()
        let first = listing.batches(eachReport: false, batchBytes: 1)[0].flatMap(\.files)
        #expect(Set(early.reports.keys) == Set(first))
        #expect(early.reports.values.allSatisfy { (try? $0.get().report.lines.isEmpty) == false })
        let all = ReadAhead(directory: directory, plan: .grouped(batchBytes: Int.max, eachReport: false)).take()
        let sizes = try #require(all.listing).get().sizes
        #expect(all.reports.count >= 1 && all.reports.keys.reduce(0) { $0 + sizes[$1] } <= ReadAhead.budget)
        let largest = sizes.indices.max { sizes[$0] < sizes[$1] }!
        #expect(all.reports[largest] != nil)
        let missing = ReadAhead(directory: directory + "/no-such-folder").take()
        #expect(throws: LoadError.self) { try missing.listing?.get() }
    }

    @Test func rowsSortAsInTheWholeFolderWhenReportsRunPastOneHundred() throws {
        let directory = try crowdedFolder()
        let whole = try allAtOnce(directory)
        #expect(whole.metadata.count > 130)
        #expect(try grouped(directory) == whole)
    }

    /// The same error as `run`, whichever file of the folder is read first.
    @Test(arguments: ["empty unlisted file", "duplicate id", "duplicate id and empty file", "empty listed and unlisted files"])
    func groupedFailsAsAllAtOnce(case name: String) throws {
        let directory = try copyOfBundled()
        func write(_ text: String, _ file: String) throws { try text.write(toFile: directory + "/" + file, atomically: true, encoding: .utf8) }
        if name.contains("duplicate") { try write(AddedReportTests.report2021, "Hangzhou-2022-Work-Report.txt") }
        if name.contains("empty") { try write("", "zz-empty.txt") }
        if name.contains("listed and") { try write("", "xiaoshan-2022-summary.txt") }
        func error(_ body: () throws -> Outcome) -> LoadError? {
            do { _ = try body(); return nil } catch { return error as? LoadError }
        }
        let expected = error { try allAtOnce(directory) }
        #expect(expected != nil)
        #expect(error { try grouped(directory) } == expected)
        #expect(error { try grouped(directory, batchBytes: 1) } == expected)
        #expect(error { try grouped(directory, readAhead: ReadAhead(directory: directory)) } == expected)
        #expect(error { try grouped(directory, batchBytes: 1, readAhead: ReadAhead(directory: directory, plan: .grouped(batchBytes: 1, eachReport: false))) } == expected)
        #expect(error { try allAtOnce(directory, readAhead: ReadAhead(directory: directory, plan: .whole)) } == expected)
    }

    /// A broken catalog is the error, as before anything was read ahead, even when a report is broken too.
    @Test(arguments: [["compare", "--format", "json"], ["overview"], ["goals"], ["statements", "--format", "csv"], ["statements"], ["tasks"]])
    func aBrokenCatalogStillComesFirst(arguments: [String]) throws {
        try #require(FileManager.default.isExecutableFile(atPath: BinaryTests.binary), "build gwr first (swift build)")
        let directory = try copyOfBundled()
        try "id\tmeasure\tdirection\tenglish\taliases\nBad Id\t%\tup\tgdp\t生产总值\n"
            .write(toFile: directory + "/indicators.tsv", atomically: true, encoding: .utf8)
        try "".write(toFile: directory + "/zz-empty.txt", atomically: true, encoding: .utf8)
        for threads in ["1", "2"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
            process.arguments = arguments + ["--reports", directory]
            process.environment = ProcessInfo.processInfo.environment.merging(["GWR_THREADS": threads]) { $1 }
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 1)
            #expect(errors.contains("indicators.tsv:2") && !errors.contains("zz-empty"), "\(threads): \(errors)")
        }
    }

    /// What the binary prints, on stdout and stderr, with every core and with one thread.
    @Test(arguments: [["compare", "--format", "json"], ["overview"], ["goals", "--all"], ["compare", "--status", "no-target"]])
    func oneThreadPrintsWhatEveryCorePrints(arguments: [String]) async throws {
        try #require(FileManager.default.isExecutableFile(atPath: BinaryTests.binary), "build gwr first (swift build)")
        let directory = try mixedFolder()
        func run(threads: String?) async throws -> (status: Int32, output: String, errors: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
            process.arguments = arguments + ["--reports", directory]
            var environment = ProcessInfo.processInfo.environment
            environment["GWR_THREADS"] = threads
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            // Drain both pipes while it runs, so a full pipe never blocks it.
            let errors = Task { String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, output, await errors.value)
        }
        let single = try await run(threads: "1"), every = try await run(threads: nil)
        #expect(single.status == 0)
        #expect(!single.output.isEmpty)
        #expect(single.errors.contains("[inferred]"))
        #expect(every.status == single.status)
        #expect(every.output == single.output)
        #expect(every.errors == single.errors)
    }
}
