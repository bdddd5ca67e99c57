import Foundation
import Testing
@testable import WorkReportKit

/// The command line, run in-process: help, errors and exit statuses, formats, -o.
struct CLITests {
    @Test func helpAndVersion() {
        let general = runCLI(["--help"], reports: nil)
        #expect(general.status == 0)
        #expect(general.output.hasPrefix("OVERVIEW: gwr holds Chinese government work reports"))
        #expect(general.output.contains("COMMANDS:\n  overview"))
        #expect(general.output.contains("  reports "))
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

    /// A word a command would not read is an error, not ignored: a folder named without
    /// --reports would otherwise list the bundled reports as if they were the folder's.
    @Test func argumentsACommandDoesNotReadAreUsageErrors() {
        let folder = runCLI(["statements", "--format", "json", "my-reports"])
        #expect(folder.status == 2)
        #expect(folder.output.isEmpty)
        #expect(folder.errors.hasPrefix("gwr: error: 'gwr statements' takes no arguments; got 'my-reports' (a folder of reports goes after --reports)\nUsage: gwr statements [OPTIONS]"))
        for command in ["overview", "goals", "report"] {
            let result = runCLI([command, "2022"])
            #expect(result.status == 2, "\(command)")
            #expect(result.errors.contains("'gwr \(command)' takes no arguments; got '2022'"), "\(command)")
        }
        let tasks = runCLI(["tasks", "2021", "2022"])
        #expect(tasks.status == 2)
        #expect(tasks.errors.contains("'gwr tasks' takes at most 1 argument ([YEAR]); '2022' left over"))
        let diff = runCLI(["diff", "2020", "2022", "2025"])
        #expect(diff.status == 2)
        #expect(diff.errors.contains("'gwr diff' takes at most 2 arguments (A B); '2025' left over"))
        // After --, a word that starts with a dash is still a word, and still counted.
        #expect(runCLI(["statements", "--", "-x"]).errors.contains("got '-x'"))
        // Commands that read any number of words still do.
        #expect(runCLI(["reports", "2020", "2022", "2025"]).status == 0)
        #expect(runCLI(["compare", "2020", "2022"]).status == 0)
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

    /// Every command's JSON over all the bundled reports is JSON a parser reads: the breakdown's
    /// 土建完成±00 once gave `"value": 00`.
    @Test(arguments: [["statements"], ["audit"], ["compare"], ["goals"], ["tasks"], ["reports"], ["overview"], ["diff", "2020", "2022"]])
    func everyJSONOutputParses(command: [String]) throws {
        let result = runCLI(command + ["--format", "json"])
        #expect(result.status == 0)
        _ = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
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
        #expect(Set(section.keys) == ["role", "period", "level", "first_line", "last_line", "heading", "basis"])
    }

    @Test func csvAndMarkdown() {
        let csv = runCLI(["reports", "hangzhou-2025-work-report", "--format", "csv", "--bom"])
        #expect(csv.output.hasPrefix("\u{FEFF}report,role,period,level,first_line,last_line,heading,basis\r\n"))
        #expect(csv.output.contains("hangzhou-2025-work-report,main_targets,2025,3,51,51,2025年经济社会发展主要预期目标,paragraph\r\n"))
        let md = runCLI(["reports", "hangzhou-2025-work-report", "--format", "markdown"])
        #expect(md.output.hasPrefix("| report | role | period | level | first_line | last_line | heading | basis |\n"))
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

/// `gwr statements` and `gwr audit` through the command line.
struct ExtractionCommandTests {
    @Test func statementsJSONHasTheDocumentedKeysInOrder() throws {
        let result = runCLI(["statements", "--report", "hangzhou-2022-work-report", "--kind", "target", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let statements = try #require(object?["statements"] as? [[String: Any]])
        #expect(Set(statements[0].keys) == Set(StatementsCommand.keys))
        // Key order is part of the interface: the first statement's keys appear as documented.
        let first = try #require(result.output.range(of: "\"report\""))
        let last = try #require(result.output.range(of: "\"text\""))
        #expect(first.lowerBound < last.lowerBound)
        let gdp = try #require(statements.first { ($0["indicator_id"] as? String) == "gdp_growth" && ($0["period"] as? String) == "2022" })
        #expect(gdp["line"] as? Int == 280)
        #expect(gdp["value"] as? Double == 6.5)
        #expect(gdp["comparator"] as? String == ">=")
        #expect(gdp["qualifier"] as? String == "以上")
        #expect(gdp["section"] as? String == "main_targets")
        #expect(gdp["stretch"] as? Bool == false)
    }

    @Test func filtersCombine() {
        let result = runCLI(["statements", "--indicator", "rnd_intensity", "--format", "csv"])
        let rows = result.output.split(separator: "\r\n").dropFirst()
        // 2019 result? no: 2020 target 3.5, 2021 result 3.6, 2022 target 3.7, 2024 result 3.9, 2025 target 4, Xiaoshan 3.3 and 4 …
        for value in ["3.5", "3.6", "3.7", "3.9"] { #expect(rows.contains { $0.contains(",\(value),%,") }, "\(value)") }
        let xiaoshan = runCLI(["statements", "--indicator", "rnd_intensity", "--jurisdiction", "xiaoshan", "--format", "csv"])
        #expect(xiaoshan.output.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",xiaoshan,") })
        let year = runCLI(["statements", "--year", "2021", "--kind", "result", "--format", "csv"])
        #expect(year.output.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",result,2021,") || $0.contains(",result,2017-2021,") })
    }

    @Test func statementsUsageErrors() {
        let year = runCLI(["statements", "--year", "twenty"])
        #expect(year.status == 2)
        #expect(year.errors.contains("--year takes a year such as 2021; got 'twenty'"))
        let place = runCLI(["statements", "--jurisdiction", "xiaosan"])
        #expect(place.status == 2)
        #expect(place.errors.contains("did you mean 'xiaoshan'?"))
        let kind = runCLI(["statements", "--kind", "targets"])
        #expect(kind.status == 2)
        #expect(kind.errors.contains("did you mean 'target'?"))
    }

    @Test func auditPrintsCoverage() {
        let result = runCLI(["audit", "hangzhou-2020-work-report"])
        #expect(result.status == 0)
        #expect(result.output.contains("coverage: "))
        #expect(result.output.contains("numbers accounted for (100.0%)"))
        #expect(result.output.contains("“1+12”") || result.output.contains("code"))
        let codes = runCLI(["audit", "--reason", "code", "--format", "csv"])
        #expect(codes.output.hasPrefix("report,line,token,reason,context\r\n"))
        #expect(codes.output.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",code,") })
    }
}

/// `gwr`, `gwr compare`, `gwr goals` and `gwr tasks` through the command line.
struct AlignCommandTests {
    @Test func overviewIsTheDefault() {
        let result = runCLI([])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Main expected targets (主要预期目标), year by year:"))
        #expect(result.output.contains("Targets by year"))
        #expect(result.output.contains("hangzhou-2025-work-report:51"))
        #expect(result.output.contains("Five-year goals"))
        #expect(result.output.contains("tolerance for 左右 targets: 0.5 percentage points"))
    }

    @Test func compareFiltersAndExplains() {
        let missed = runCLI(["compare", "2021", "--status", "missed", "--explain", "--format", "csv"])
        #expect(missed.status == 0)
        let lines = missed.output.split(separator: "\r\n")
        #expect(lines.first == "period,jurisdiction,indicator,indicator_id,target,actual,status,gap,gap_unit,target_source,result_source,progress,rule,advice,official,target_url,result_url,paired_by")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("2021,") && $0.contains(",missed,") })
        #expect(lines.contains { $0.contains("digital_economy_core_growth") && $0.contains("below the target (11.5% vs 15%)") })
    }

    @Test func compareJSONKeys() throws {
        let result = runCLI(["compare", "2021", "--indicator", "new_listed_companies", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tolerance", "comparisons"])
        let rows = try #require(object["comparisons"] as? [[String: Any]])
        #expect(Set(rows[0].keys) == ["period", "jurisdiction", "indicator", "indicator_id", "target", "result", "reference",
                                      "progress", "status", "gap", "gap_unit", "rule", "advice", "official", "official_agrees", "conflicts", "paired_by", "pairing_score", "shared_words"])
        let target = try #require(rows[0]["target"] as? [String: Any])
        #expect((target["sources"] as? [Any])?.count == 4)
        #expect(rows[0]["status"] as? String == "exceeded")
    }

    @Test func toleranceIsChecked() {
        let bad = runCLI(["compare", "--tolerance", "lots"])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("--tolerance takes points such as 0.5 or a share of the target such as 5%; got 'lots'"))
        let percent = runCLI(["compare", "2021", "--tolerance", "5%"])
        #expect(percent.output.contains("tolerance for 左右 targets: 5% of the target"))
        let year = runCLI(["compare", "twenty"])
        #expect(year.status == 2)
    }

    @Test func tasksByUnitAndDeadline() {
        let result = runCLI(["tasks", "2021", "--unit", "市发改委", "--deadline", "5月", "--format", "csv"])
        #expect(result.status == 0)
        let rows = result.output.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("市发改委") && $0.contains("5月") })
        // 研究提出2021年优化营商环境工作任务清单: task 2 of part 二, due 5月, 市发改委 (line 113).
        #expect(rows.contains { $0.contains("研究提出2021年优化营商环境工作任务清单") && $0.hasSuffix(",113") })
        let listed = runCLI(["tasks", "2021", "--format", "csv"])
        #expect(listed.output.contains("25家 → 52家 exceeded"))
        let none = runCLI(["tasks", "2019"])
        #expect(none.status == 2)
        #expect(none.errors.contains("no task breakdown of 2019 is loaded (breakdowns: 2021)"))
    }

    @Test func goalsCommand() {
        let result = runCLI(["goals", "--report", "hangzhou-2022-work-report", "--format", "csv"])
        #expect(result.status == 0)
        // Only the 2022 report's goals, against the latest value of the whole folder: the figures
        // table's 2025 GDP (figures.csv), past the 2025 report's 2024 figure.
        #expect(result.output.contains("2026,hangzhou,全市生产总值,gdp,达到2.5万亿元,23011亿元,2025,92%"))
    }
}

struct DiffCommandTests {
    @Test func yearsResolveWithTheOtherNamesJurisdiction() {
        let result = runCLI(["diff", "2020", "2022"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("hangzhou-2020-work-report → hangzhou-2022-work-report"))
        let ambiguous = runCLI(["diff", "2022", "2022"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.errors.contains("'2022' names several reports (hangzhou-2022-work-report, xiaoshan-2022-summary)"))
        let picked = runCLI(["diff", "2022", "2025", "--jurisdiction", "hangzhou", "--format", "json"])
        #expect(picked.output.contains("\"before\": \"hangzhou-2022-work-report\""))
        #expect(runCLI(["diff", "2020"]).status == 2)
    }

    @Test func csvHasOnePartColumn() {
        let csv = runCLI(["diff", "2020", "2022", "--format", "csv"])
        #expect(csv.output.hasPrefix("part,kind,item,indicator_id,before,after,count_before,count_after,rate_before,rate_after,keyness,value_change,line_before,line_after\r\n"))
        #expect(csv.output.contains("\r\nterm,new,共同富裕,"))
        #expect(csv.output.contains("\r\nheading,kept,"))
        #expect(csv.output.contains("\r\ntarget,changed,"))
    }
}

/// Options every command takes work before the command as after it (`git -C DIR status`).
struct OptionPositionTests {
    static let cases: [(before: [String], value: [String])] = [
        (["--wide"], []),
        (["--reports", Paths.reports], []), (["--reports=\(Paths.reports)"], []), (["--format", "csv"], []), (["-f", "csv"], []),
        (["--format=csv"], []), (["-fcsv"], []), (["--lang", "zh"], []), (["--no-color"], []), (["--bom"], []), (["--excel"], []),
        (["--ambiguous-wide"], []),
    ]

    /// `gwr reports` reads the folder without extracting it: the cheapest command that prints in
    /// every format.
    @Test(arguments: cases.map(\.before))
    func aGlobalOptionBeforeTheCommand(option: [String]) {
        let before = runCLI(option + ["reports", "2022"])
        let after = runCLI(["reports", "2022"] + option)
        #expect(before.status == 0, "\(option): \(before.errors)")
        #expect(before.output == after.output, "\(option)")
    }

    @Test func outputAndHelpBeforeTheCommand() throws {
        let path = temporaryDirectory() + "/gdp.csv"
        // The command this issue named, once: its own options after the command still count.
        let compare = runCLI(["--reports", Paths.reports, "compare", "--indicator", "gdp_growth", "--jurisdiction", "hangzhou", "--format", "csv"])
        #expect(compare.status == 0 && compare.output.contains("2023,hangzhou,地区生产总值,gdp_growth"))
        let written = runCLI(["-o", path, "compare", "--indicator", "gdp_growth"])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("period,"))
        #expect(runCLI(["--format", "json", "help", "compare"]).output == runCLI(["help", "compare"]).output)
        // A command's own option before the command is not a global one: it still says so.
        let own = runCLI(["--indicator", "gdp_growth", "compare"])
        #expect(own.status == 2 && own.errors.contains("unknown option '--indicator'"))
    }
}

/// `gwr audit` and `gwr diff` read one report at a time, and only the reports they need: a broken
/// file of another place does not stop a diff of two reports, nor an audit of one.
struct StreamedReadingTests {
    static func folderWithABrokenReport() throws -> String {
        let folder = temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.reports) {
            try FileManager.default.copyItem(atPath: Paths.reports + "/" + name, toPath: folder + "/" + name)
        }
        var manifest = try String(contentsOfFile: folder + "/manifest.ini", encoding: .utf8)
        manifest += "\n[elsewhere-2022]\nfile = elsewhere-2022.txt\njurisdiction = elsewhere\nyear = 2022\nkind = work_report\ntitle = 别处2022年政府工作报告\n"
        try manifest.write(toFile: folder + "/manifest.ini", atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: folder + "/elsewhere-2022.txt", contents: Data([0x00, 0x01, 0x02, 0xFF, 0x00]))
        return folder
    }

    @Test func onlyTheReportsNeededAreRead() throws {
        let folder = try Self.folderWithABrokenReport()
        let diff = runCLI(["diff", "2020", "2025"], reports: folder)
        #expect(diff.status == 0, "\(diff.errors)")
        #expect(diff.output == runCLI(["diff", "2020", "2025"]).output)
        let audit = runCLI(["audit", "hangzhou-2022-work-report", "--format", "csv"], reports: folder)
        #expect(audit.status == 0, "\(audit.errors)")
        #expect(audit.output == runCLI(["audit", "hangzhou-2022-work-report", "--format", "csv"]).output)
        // The whole folder's audit reads the broken file, and says which it is.
        let all = runCLI(["audit"], reports: folder)
        #expect(all.status == 1 && all.errors.contains("elsewhere-2022.txt"))
    }
}
