import Foundation
import Testing
@testable import WorkReportKit

/// `gwr compare` renders JSON, CSV and Markdown a jurisdiction at a time and puts the runs in
/// order at the end (`OrderedRuns`); the text must be what rendering every row at once gives,
/// and a run that fails must write nothing.
struct CompareStreamTests {
    static let arguments: [[String]] = [
        ["--format", "json"], ["--format", "json", "--status", "no-target", "--tolerance", "5%"], ["--format", "json", "1999"],
        ["--format", "csv", "--bom", "--lang", "en"], ["--format", "csv", "2021", "--explain"], ["--format", "csv", "--jurisdiction", "xiaoshan"],
        ["--format", "markdown", "--lang", "zh"], ["--format", "markdown", "--indicator", "生产总值", "--status", "missed"],
        ["--format", "markdown", "1999"],
    ]

    /// The mixed folder, made once: every case reads it.
    static let mixed: String? = try? GroupedAlignmentTests().mixedFolder()

    /// The rows of a folder at a tolerance, aligned once for every case that renders them.
    final class Rows: @unchecked Sendable {
        private var cache: [String: ([Comparison], Tolerance)] = [:]
        private let lock = NSLock()
        func rows(_ key: String, _ make: () throws -> ([Comparison], Tolerance)) rethrows -> ([Comparison], Tolerance) {
            lock.lock(); defer { lock.unlock() }
            if let known = cache[key] { return known }
            let made = try make()
            cache[key] = made
            return made
        }
    }
    static let aligned = Rows()

    /// The rows of the whole folder at once, filtered and rendered as `compare` did before it streamed.
    func allAtOnce(_ arguments: [String], reports: String) throws -> String {
        let invocation = try ArgumentParser.parse(arguments + ["--reports", reports], for: CompareCommand.spec)
        var context = Context(invocation: invocation, environment: ProcessEnvironment(workingDirectory: "/"),
                              output: StringOutput(), errors: StringOutput())
        let key = reports + "|" + (invocation.value(CompareCommand.tolerance) ?? "")
        let (rows, tolerance) = try Self.aligned.rows(key) { try CompareCommand.comparisons(&context) }
        let selection = CompareCommand.Selection(invocation)
        return CompareCommand.render(rows.filter(selection.accepts), tolerance: tolerance, context: context,
                                     explain: invocation.has(CompareCommand.explain))
    }

    /// Every run spilled to the temporary file (0 bytes in memory), and none.
    @Test(arguments: arguments, ["0", nil])
    func streamedEqualsAllAtOnce(arguments: [String], spill: String?) throws {
        let folder = try #require(Self.mixed)
        for reports in [Paths.reports, folder] {
            let streamed = runCLI(["compare"] + arguments, reports: reports, variables: spill.map { ["GWR_SPILL_BYTES": $0] } ?? [:])
            #expect(streamed.status == 0)
            #expect(streamed.output == (try allAtOnce(arguments, reports: reports)), "\(arguments) \(reports)")
        }
    }

    @Test func outputFileHoldsWhatStandardOutputShows() throws {
        let directory = temporaryDirectory()
        let shown = runCLI(["compare", "--format", "csv"], variables: ["GWR_SPILL_BYTES": "0"])
        let written = runCLI(["compare", "-o", directory + "/rows.csv"], variables: ["GWR_SPILL_BYTES": "0"])
        #expect(written.status == 0)
        #expect(written.output.isEmpty)
        #expect(try String(contentsOfFile: directory + "/rows.csv", encoding: .utf8) == shown.output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["rows.csv"])
    }

    /// A bad file in the folder, an unknown place or a temporary folder that cannot be written:
    /// nothing on standard output, the -o file as it was, no temporary file left.
    @Test(arguments: ["bad file", "unknown jurisdiction", "not a year", "temporary folder"])
    func aFailedRunWritesNothing(case name: String) throws {
        let reports = try GroupedAlignmentTests().copyOfBundled()
        if name == "bad file" { try "".write(toFile: reports + "/zz-empty.txt", atomically: true, encoding: .utf8) }
        var arguments = ["compare", "--format", "json"]
        if name == "unknown jurisdiction" { arguments += ["--jurisdiction", "nowhere"] }
        if name == "not a year" { arguments += ["20x1"] }
        let variables = ["GWR_SPILL_BYTES": "0", "TMPDIR": name == "temporary folder" ? "/nonexistent-gwr-folder" : temporaryDirectory()]
        let shown = runCLI(arguments, reports: reports, variables: variables)
        #expect(shown.status == (name == "bad file" || name == "temporary folder" ? 1 : 2))
        #expect(shown.output.isEmpty)
        #expect(shown.errors.hasPrefix("gwr: error: "))
        if name == "temporary folder" {
            #expect(shown.errors.contains("cannot keep the output in a temporary file in /nonexistent-gwr-folder"))
        }

        let directory = temporaryDirectory()
        try "before\n".write(toFile: directory + "/rows.json", atomically: true, encoding: .utf8)
        let written = runCLI(arguments + ["-o", directory + "/rows.json"], reports: reports, variables: variables)
        #expect(written.status == shown.status)
        #expect(written.errors == shown.errors)
        #expect(try String(contentsOfFile: directory + "/rows.json", encoding: .utf8) == "before\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["rows.json"])
        if let spills = variables["TMPDIR"], FileManager.default.fileExists(atPath: spills) {
            #expect(try FileManager.default.contentsOfDirectory(atPath: spills).isEmpty)
        }
    }

    /// `gwr compare | head`: the reader goes away while spilled runs are being copied out.
    @Test func pipeIntoHeadEndsQuietly() throws {
        let spills = temporaryDirectory()
        let (status, stderr) = try BinaryTests.readOneChunkAndHangUp(["compare", "--format", "json", "--reports", Paths.reports],
                                                                     environment: ["GWR_SPILL_BYTES": "0", "TMPDIR": spills])
        #expect(status == 0)
        #expect(stderr.isEmpty, "\(stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: spills).isEmpty)
    }
}
