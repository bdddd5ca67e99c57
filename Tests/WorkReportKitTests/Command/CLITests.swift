import Foundation
import Testing
@testable import WorkReportKit

/// The command line, run in-process: help, errors and exit statuses, formats, -o.
struct CLITests {
    @Test func helpAndVersion() {
        let general = runCLI(["--help"], reports: nil)
        #expect(general.status == 0)
        #expect(general.output.hasPrefix("OVERVIEW: gwr holds Chinese government work reports"))
        #expect(general.output.contains("COMMANDS:\n  reports"))
        let command = runCLI(["help", "reports"], reports: nil)
        #expect(command.output.contains("USAGE: gwr reports [OPTIONS] [REPORT …]"))
        #expect(command.output.contains("EXAMPLES:"))
        #expect(runCLI(["reports", "--help"], reports: nil).output == command.output)
        #expect(runCLI(["--version"], reports: nil).output == "gwr \(CLI.version)\n")
    }

    @Test func unknownCommandSuggests() {
        let result = runCLI(["reprots"], reports: nil)
        #expect(result.status == 2)
        #expect(result.errors == "gwr: error: unknown command 'reprots'; did you mean 'reports'?\nUsage: gwr [COMMAND] [OPTIONS]\nSee 'gwr --help'.\n")
    }

    @Test func badOptionsAreUsageErrors() {
        let format = runCLI(["reports", "--format", "jsno"])
        #expect(format.status == 2)
        #expect(format.errors.hasPrefix("gwr: error: 'jsno' is not a valid value for --format (choose from table, csv, json, markdown); did you mean 'json'?\nUsage: gwr reports"))
        let option = runCLI(["reports", "--fromat", "json"])
        #expect(option.status == 2)
        #expect(option.errors.contains("unknown option '--fromat' for 'gwr reports'; did you mean '--format'?"))
        let missing = runCLI(["reports", "--format"], reports: nil)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("option '--format' needs a value (FORMAT)"))
        let report = runCLI(["reports", "hangzhou-2022-work-reprot"])
        #expect(report.status == 2)
        #expect(report.errors.contains("no report named 'hangzhou-2022-work-reprot'; did you mean 'hangzhou-2022-work-report'?"))
    }

    @Test func reportsTableShowsAllFive() {
        let result = runCLI(["reports"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        for id in ["hangzhou-2020-work-report", "hangzhou-2021-task-breakdown", "hangzhou-2022-work-report",
                   "xiaoshan-2022-summary", "hangzhou-2025-work-report"] {
            #expect(result.output.contains(id))
        }
        #expect(result.output.split(separator: "\n").contains { $0.hasPrefix("main_targets") && $0.contains(" 2022 ") && $0.contains(" 280 ") })
    }

    @Test func reportsJSONHasTheDocumentedKeys() throws {
        let result = runCLI(["reports", "2022", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let reports = try #require(object?["reports"] as? [[String: Any]])
        #expect(reports.count == 2)
        let keys = ["id", "file", "path", "jurisdiction", "year", "kind", "reviews", "targets", "title", "source", "encoding",
                    "inferred", "line_count", "sections", "junk", "joins", "task_count", "subtask_count"]
        #expect(Set(reports[0].keys) == Set(keys))
        let section = try #require((reports[0]["sections"] as? [[String: Any]])?.first)
        #expect(Set(section.keys) == ["role", "period", "level", "first_line", "last_line", "heading"])
    }

    @Test func csvAndMarkdown() {
        let csv = runCLI(["reports", "hangzhou-2025-work-report", "--format", "csv", "--bom"])
        #expect(csv.output.hasPrefix("\u{FEFF}report,role,period,level,first_line,last_line,heading\r\n"))
        #expect(csv.output.contains("hangzhou-2025-work-report,main_targets,2025,3,51,51,2025年经济社会发展主要预期目标\r\n"))
        let md = runCLI(["reports", "hangzhou-2025-work-report", "--format", "markdown"])
        #expect(md.output.hasPrefix("| report | role | period | level | first_line | last_line | heading |\n"))
    }

    @Test func outputFileIsWrittenWholeWithFormatFromExtension() throws {
        let directory = temporaryDirectory()
        let result = runCLI(["reports", "-o", directory + "/sections.json"])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let written = try String(contentsOfFile: directory + "/sections.json", encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"reports\": ["))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["sections.json"])
        let failed = runCLI(["reports", "-o", directory + "/missing/out.csv"])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("out.csv: cannot write the output (folder"))
    }

    @Test func findsTheBundledReportsFromAnyDirectory() {
        let result = runCLI(["reports", "--format", "csv"], reports: nil, workingDirectory: "/tmp")
        #expect(result.status == 0)
        #expect(result.output.contains("hangzhou-2021-task-breakdown"))
    }

    @Test func noArgumentsRunsTheDefault() {
        let result = runCLI([], reports: nil)
        #expect(result.status == 0)
        #expect(result.output.contains("hangzhou-2025-work-report"))
    }
}
