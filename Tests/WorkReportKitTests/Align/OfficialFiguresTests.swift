import Foundation
import Testing
@testable import WorkReportKit

/// The bundled figures table (Reports/figures.csv) with the bundled reports: Hangzhou's main
/// expected targets judged year by year against goldens written by reading the sources
/// (Golden/Figures/verdicts.tsv), every row of the table checked against its page
/// (Golden/Figures/checked.tsv), and what happens when sources meet.
struct OfficialFiguresTests {
    static let pipeline: PipelineResult? = try? Pipeline.run(directory: Paths.reports, catalog: Bundled.catalog)
    static let rows: [Comparison] = pipeline.map {
        Aligner(catalog: Bundled.catalog, reports: $0.metadata).align($0.extraction.statements)
    } ?? []

    static func golden(_ name: String) throws -> [[String: String]] {
        try TSV(path: Paths.golden.appendingPathComponent("Figures/\(name)")).rows
    }

    @Test func mainTargetsJudgedYearByYear() throws {
        let expected = try Self.golden("verdicts.tsv")
        #expect(expected.count == 23)
        for want in expected {
            let period = try #require(Int(want["period"]!))
            let row = Self.rows.first {
                $0.jurisdiction == "hangzhou" && $0.period == Period(year: period) && $0.indicatorID == want["indicator_id"]
                    && $0.targets.contains { $0.section == .mainTargets }
            }
            let label = "\(period) \(want["indicator_id"]!)"
            guard let row else { Issue.record("\(label): no row"); continue }
            #expect(row.target.map(FigureText.of) == want["target"], "\(label)")
            #expect((row.result.map(FigureText.of) ?? "-") == want["actual"], "\(label)")
            #expect(row.verdict.status.rawValue == want["status"], "\(label): \(row.verdict.rule)")
            #expect(FigureText.source(Array(row.targets.prefix(1))) == want["target_source"], "\(label)")
            let resultSource = row.result.map { FigureText.source([$0]) } ?? "-"
            #expect(resultSource == want["result_source"], "\(label)")
        }
    }

    /// Issue 16's test of done: every year of GDP growth with a target and a result is judged.
    @Test func gdpGrowthEveryYearWithBothSides() throws {
        let result = runCLI(["compare", "--indicator", "gdp_growth", "--jurisdiction", "hangzhou", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\r\n").map(String.init)
        let judged = lines.dropFirst().filter { !$0.contains(",no-result,") }.map { String($0.prefix(4)) }
        #expect(judged == ["2019", "2020", "2022", "2023", "2024"])
        // Each side's page, when it comes from the table.
        #expect(lines[0].hasSuffix(",official,target_url,result_url,paired_by"))
        let year2023 = try #require(lines.first { $0.hasPrefix("2023,") })
        #expect(year2023.contains(",met,") && year2023.hasSuffix(
            ",https://gaoloumi.cc./forum.php?extra=page%3D1&mod=viewthread&tid=3312773,https://z.hangzhou.com.cn/2024/hzslh/content/content_8680247.html,catalog"))
    }

    @Test func everyFormatCarriesTheSourceOfEachSide() throws {
        let json = runCLI(["compare", "2023", "--indicator", "gdp_growth", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let row = try #require((object["comparisons"] as? [[String: Any]])?.first)
        let source = try #require(((row["result"] as? [String: Any])?["sources"] as? [[String: Any]])?.first)
        #expect(source["file"] as? String == "figures.csv" && source["line"] as? Int == 87)
        #expect(source["url"] as? String == "https://z.hangzhou.com.cn/2024/hzslh/content/content_8680247.html")
        let markdown = runCLI(["compare", "2023", "--indicator", "gdp_growth", "--format", "markdown"]).output
        #expect(markdown.contains("figures.csv:87") && markdown.contains("https://z.hangzhou.com.cn/2024/hzslh/content/content_8680247.html"))
        let statements = runCLI(["statements", "--report", "figures", "--format", "json"])
        let list = try #require((try JSONSerialization.jsonObject(with: Data(statements.output.utf8)) as? [String: Any])?["statements"] as? [[String: Any]])
        #expect(list.count == 116)
        // A year names the reports of that year, not the table (whose figures span years).
        let year = runCLI(["statements", "--report", "2025", "--format", "csv"]).output
        #expect(!year.contains("\r\nfigures,") && year.contains("\r\nhangzhou-2025-work-report,"))
        #expect(runCLI(["statements", "--report", "figures.csv"]).output.contains("116 statement(s)"))
        let citation = try #require(list.first?["citation"] as? [String: Any])
        #expect(citation["url"] as? String == "http://drc.hangzhou.gov.cn/art/2020/5/29/art_1568489_43925323.html")
        #expect(citation["published"] as? String == "2020-05-29")
    }

    /// A result the report states and the table repeats is one result with two sources, the report
    /// first; where they differ the row shows both and says conflict.
    @Test func sourcesThatMeet() throws {
        let gdp2019 = try #require(Self.rows.first { $0.period == Period(year: 2019) && $0.indicatorID == "gdp_growth" && !$0.targets.isEmpty })
        #expect(gdp2019.results.map { FigureText.source([$0]) }.prefix(2) == ["hangzhou-2020-work-report:21", "figures.csv:10"])
        #expect(!gdp2019.verdict.rule.contains("conflict"))
        // 18109亿元 in the 2022 report (and two pages), 18247亿元 in a page a year later.
        let gdp2021 = try #require(Self.rows.first { $0.period == Period(year: 2021) && $0.indicatorID == "gdp" })
        #expect(gdp2021.result.map { FigureText.source([$0]) } == "hangzhou-2022-work-report:106")
        #expect(CompareCommand.actual(gdp2021) == "18109亿元 / 18247亿元")
        #expect(gdp2021.verdict.rule.contains("conflict: figures.csv:53 states 18247亿元; judged on hangzhou-2022-work-report:106, 18109亿元"))
    }

    /// A report dropped in later comes before the table, whatever the table says; where they differ
    /// the row says so. (A made-up 2024 news summary, in our own words, with 2023's growth at 5.5%.)
    @Test func aReportAddedLaterNeverLosesToTheTable() throws {
        let folder = temporaryDirectory()
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: Paths.reports) {
            try fm.copyItem(atPath: Paths.reports + "/" + name, toPath: folder + "/" + name)
        }
        try Data("""
            杭州市2024年政府工作报告摘要
            过去一年，全市地区生产总值增长5.5%，一般公共预算收入增长6.1%。
            """.utf8).write(to: URL(fileURLWithPath: folder + "/hangzhou-2024-summary.txt"))
        let result = runCLI(["compare", "2023", "--indicator", "gdp_growth", "--explain", "--format", "csv"], reports: folder)
        #expect(result.status == 0)
        let row = try #require(result.output.split(separator: "\r\n").first { $0.hasPrefix("2023,") })
        #expect(row.contains(",5.5% / 5.6%,met,"))
        #expect(row.contains("hangzhou-2024-summary:2"))
        #expect(row.contains("conflict: figures.csv:87 states 5.6%; judged on hangzhou-2024-summary:2, 5.5%"))
        // The 2023 fiscal target (与经济增长基本同步) now has its result: 6.1% against 5.5%.
        let fiscal = runCLI(["compare", "2023", "--indicator", "fiscal_revenue_growth", "--format", "csv"], reports: folder)
        #expect(fiscal.output.contains(",met,"), "\(fiscal.output)")
    }

    /// Rounded figures of English news agree with the exact ones; a real difference does not.
    @Test func roundingIsNamedAsSuch() {
        func result(_ value: String, _ unit: String, url: String?) -> Statement {
            var s = Statement(report: url == nil ? "r" : "figures", file: "f", line: 1, jurisdiction: "j", kind: .result, period: Period(year: 2020),
                              section: .review, indicator: "GDP", indicatorID: "gdp", value: value, unit: unit, comparator: .equal,
                              qualifier: "", stretch: false, text: "")
            s.citation = url.map { Citation(title: "t", url: $0, published: "", location: "") }
            return s
        }
        let found = Conflicts.of([result("16106", "亿元", url: nil), result("1.61", "trillion yuan", url: "https://a"), result("1.62", "万亿元", url: "https://b")])
        #expect(found.map(\.rounding) == [true, false])
        #expect(Conflicts.of([result("16106", "亿元", url: nil), result("1610.6", "billion yuan", url: "https://a")]).isEmpty)
        // Two figures of one report under one id are two things it counts, not a conflict.
        #expect(Conflicts.of([result("148", "个", url: nil), result("48", "个", url: nil)]).isEmpty)
    }

    /// Each row of the table was checked once against its page: the clause seen there holds the
    /// row's figure. A row added without a check fails here.
    @Test func everyRowCheckedAgainstItsPage() throws {
        let checked = try Self.golden("checked.tsv")
        let table = try #require(try FiguresTable.load(directory: Paths.reports, catalog: Bundled.catalog))
        #expect(table.statements.count == checked.count)
        let byLine = Dictionary(checked.map { (Int($0["line"]!)!, $0) }) { a, _ in a }
        for s in table.statements {
            guard let entry = byLine[s.line] else { Issue.record("figures.csv:\(s.line) was never checked"); continue }
            #expect(entry["url"] == s.citation?.url, "figures.csv:\(s.line)")
            if let value = s.value {
                let seen = entry["seen"]!.replacingOccurrences(of: ",", with: "")
                #expect(seen.contains(value.hasPrefix("-") ? String(value.dropFirst()) : value), "figures.csv:\(s.line): \(value) not in \(seen)")
            }
        }
    }

    /// `gwr goals` takes the latest published value: 2025's GDP from the table.
    @Test func goalsUseTheLatestPublishedValue() {
        let goals = runCLI(["goals", "--format", "csv"]).output
        #expect(goals.contains("2026,hangzhou,全市生产总值,gdp,达到2.5万亿元,23011亿元,2025,92%"))
    }
}

/// A goal that sums its years is set against the sum of the years reported, never one year's figure.
struct SummedGoalTests {
    @Test func aFiveYearSumAgainstTheSumOfItsYears() throws {
        let csv = runCLI(["goals", "--format", "csv"]).output
        // 3.5万亿元 of retail sales over 2021-2025 against 6744 + 7294 + 7671 亿元 (2021-2023), not 6744亿元 alone.
        let retail = try #require(csv.split(separator: "\r\n").first { $0.contains(",retail_sales,") })
        #expect(retail.contains(",达到3.5万亿元,Σ 2.17万亿元,2021-2023,62%,"), "\(retail)")
        // 新认定国家高新技术企业5000家 over five years: 2022 and 2023 unknown, so no sum and no share.
        let firms = try #require(csv.split(separator: "\r\n").first { $0.contains(",new_high_tech_enterprises,") })
        #expect(firms.contains(",not-evaluable,") && firms.contains("no result for 2022, 2023"), "\(firms)")
        // A level goal of one year (2.5万亿元 of GDP in 2026) is not a sum.
        #expect(csv.contains("2026,hangzhou,全市生产总值,gdp,达到2.5万亿元,23011亿元,2025,92%"))
    }

    @Test func sharesAndGrowthNeverSum() {
        func s(_ words: String, _ value: String, _ unit: String, _ period: Period, id: String) -> Statement {
            Statement(report: "r", file: "f", line: 1, jurisdiction: "j", kind: .target, period: period, section: .fiveYearGoals,
                      indicator: words, indicatorID: id, value: value, unit: unit, comparator: .atLeast, qualifier: "", stretch: false, text: words)
        }
        let range = Period(from: 2021, to: 2025)
        #expect(!GoalProgress.sumsYears(s("研发投入强度", "4", "%", range, id: "rnd_intensity"),
                                        latest: s("研发投入强度", "3.6", "%", Period(year: 2021), id: "rnd_intensity"), catalog: Bundled.catalog))
        #expect(GoalProgress.sumsYears(s("新增城镇就业", "120", "万人", range, id: "new_urban_jobs"),
                                       latest: s("新增城镇就业", "30", "万人", Period(year: 2021), id: "new_urban_jobs"), catalog: Bundled.catalog))
        #expect(!GoalProgress.sumsYears(s("地区生产总值", "2.5", "万亿元", Period(year: 2026), id: "gdp"),
                                        latest: s("地区生产总值", "21860", "亿元", Period(year: 2024), id: "gdp"), catalog: Bundled.catalog))
    }
}
