import Foundation
import Testing
@testable import WorkReportKit

/// `gwr statements` writes JSON, CSV and Markdown a report at a time and puts the runs in order at
/// the end; the text must be what rendering every statement at once gives, spilled or not.
struct StatementsStreamTests {
    static let arguments: [[String]] = [
        ["--format", "json"], ["--format", "json", "--report", "2021"], ["--format", "json", "--report", "figures"],
        ["--format", "json", "--kind", "progress", "--jurisdiction", "xiaoshan"],
        ["--format", "csv", "--bom", "--lang", "en"], ["--format", "csv", "--year", "2021"],
        ["--format", "markdown", "--lang", "zh"], ["--format", "markdown", "--indicator", "生产总值"],
    ]

    /// The mixed folder of GroupedAlignmentTests: several places, some files without a manifest entry.
    static let mixed: String? = try? GroupedAlignmentTests().mixedFolder()

    /// Every statement of the folder at once, filtered and rendered as `statements` did before it streamed.
    func allAtOnce(_ arguments: [String], reports: String) throws -> String {
        let invocation = try ArgumentParser.parse(arguments + ["--reports", reports], for: StatementsCommand.spec)
        let context = Context(invocation: invocation, environment: ProcessEnvironment(workingDirectory: "/"),
                              output: StringOutput(), errors: StringOutput())
        let pipeline = try Pipeline.run(directory: reports, catalog: try context.catalog())
        let filter = try StatementFilter(invocation, reports: pipeline.metadata, usage: "")
        let statements = pipeline.extraction.statements.filter(filter.accepts)
        if context.format == .json { return StatementsCommand.json(statements).rendered() + "\n" }
        return context.render(StatementsCommand.grid(statements, full: true))
    }

    /// Every run spilled to the temporary file (0 bytes in memory), and none.
    @Test(arguments: arguments, ["0", nil])
    func streamedEqualsAllAtOnce(arguments: [String], spill: String?) throws {
        let folder = try #require(Self.mixed)
        for reports in [Paths.reports, folder] {
            let streamed = runCLI(["statements"] + arguments, reports: reports, variables: spill.map { ["GWR_SPILL_BYTES": $0] } ?? [:])
            #expect(streamed.status == 0, "\(arguments): \(streamed.errors)")
            let expected = try allAtOnce(arguments, reports: reports)
            #expect(streamed.output == expected, "\(arguments) on \(reports): \(streamed.output.count) vs \(expected.count) characters")
        }
    }

    /// A bad option found once the folder is read still leaves the output empty.
    @Test func aBadOptionWritesNothing() {
        for option in [["--jurisdiction", "nowhere"], ["--report", "nope"], ["--year", "abc"]] {
            let run = runCLI(["statements", "--format", "json"] + option)
            #expect(run.status == 2 && run.output.isEmpty, "\(option): \(run.output.prefix(80))")
        }
    }
}
