import Foundation
import Testing
@testable import WorkReportKit

/// The HTML scorecard's structure: a chart per headline indicator with data, every figure's
/// provenance on the page, nothing fetched from anywhere.
struct HTMLReportTests {
    static func html(_ language: String? = nil) -> String {
        runCLI(["report"] + (language.map { ["--lang", $0] } ?? [])).output
    }
    static let english = html()

    @Test func oneChartPerHeadlineIndicatorWithData() {
        let page = Self.english
        // Hangzhou's main expected targets recurring in several years, from the reports (2020, 2022,
        // 2025) and the figures table (2019 表1, 2023 and 2024 news of the reports): GDP growth,
        // R&D intensity, and fiscal revenue, urban and rural income growth (2019 and 2020).
        #expect(page.components(separatedBy: "<svg ").count - 1 == 5)
        #expect(page.contains("aria-label=\"GDP growth\""))
        #expect(page.contains("aria-label=\"R&amp;D intensity (R&amp;D spending / GDP)\""))
        #expect(page.contains("aria-label=\"General public budget revenue growth\""))
        // Actuals of the years the figures table fills: 2019 from the 2020 report, 2020 from the
        // 2021 report's review (figures.csv), 2023 from the statistics bureau's release (figures.csv).
        #expect(page.contains("<title>2019: 6.8%</title>"))
        #expect(page.contains("<title>2020: 3.9%</title>"))
        #expect(page.contains("<title>2023: 5.6%</title>"))
        // The 2021 and 2024 actuals between the targets are drawn: 8.5% (2022 report:106) and 4.7% (2025 report:17).
        #expect(page.contains("<title>2021: 8.5%</title>"))
        #expect(page.contains("<title>2024: 4.7%</title>"))
        // A 左右 target is a band, an 以上 target a floor tick.
        #expect(page.contains("class=\"band\""))
        #expect(page.contains("class=\"floor\""))
    }

    @Test func everyFigureLinksToItsSourceLine() throws {
        let page = Self.english
        let links = page.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count > 100)
        for link in Set(links) { #expect(page.contains("<dt id=\"\(link)\">"), "\(link) has no source entry") }
        // The 2021 pair of the breakdown and the 2022 review, with both clauses on the page.
        #expect(page.contains("<dt id=\"src-hangzhou-2021-task-breakdown-1623\">hangzhou-2021-task-breakdown.txt:1623</dt><dd>1.全年新增上市企业25家</dd>"))
        #expect(page.contains("id=\"src-hangzhou-2022-work-report-114\""))
    }

    @Test func selfContained() {
        let page = Self.english
        // Addresses only as links a reader follows to a figure's page, never as something fetched.
        let addresses = page.components(separatedBy: "http").dropFirst()
        #expect(addresses.count == page.components(separatedBy: "class=\"page\" href=\"http").count - 1)
        #expect(!page.contains("<script") && !page.contains("<link") && !page.contains("@import") && !page.contains("url("))
        #expect(!page.contains("src=\""))
        #expect(page.contains("\"Noto Sans CJK SC\""))
        #expect(page.contains("gwr \(CLI.version)"))
    }

    @Test func fiveYearGoalsAndPriorities() {
        let page = Self.english
        #expect(page.contains("Five-year goals: progress to date"))
        // The latest published value: 2025's GDP from the figures table (figures.csv), past the 2025 report's 2024.
        #expect(page.contains("23011亿元 (2025) of 达到2.5万亿元 · 92%"))
        #expect(page.contains("Priorities: hangzhou-2022-work-report → hangzhou-2025-work-report"))
        #expect(page.contains("<li>亚运 <span class=\"id\">18 → 4</span></li>"))
    }

    @Test func chineseLabels() {
        let page = Self.html("zh")
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(page.contains("逐年完成情况"))
        #expect(page.contains(">超额完成<"))
        #expect(page.contains("aria-label=\"地区生产总值\""))
    }

    @Test func writtenAtomicallyToAFile() throws {
        let path = temporaryDirectory() + "/scorecard.html"
        let result = runCLI(["report", "-o", path])
        #expect(result.status == 0)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(written.hasSuffix("</html>\n"))
    }
}
