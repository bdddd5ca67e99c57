import Foundation
import Testing
@testable import WorkReportKit

/// Tables of targets against results (表1 主要预期目标完成情况), in every layout copying makes.
/// The tables are our own: made-up figures for a made-up district.
struct IndicatorTableTests {
    static let plan = """
    关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告

    一、2023年国民经济和社会发展计划执行情况

    %TABLE%

    二、2024年国民经济和社会发展计划草案

    2024年主要预期目标：地区生产总值增长6%左右。
    """

    /// The same four rows in each layout.
    static let layouts: [(String, String)] = [
        ("one cell a line", "表1 2023年主要预期目标完成情况\n指标名称\n2023年目标\n2023年实际\n指标属性\n地区生产总值增长（%）\n6.5左右\n5.9\n预期性\n一般公共预算收入（亿元）\n58\n60.2\n预期性\n城镇调查失业率（%）\n5.5以内\n4.8\n预期性\n单位地区生产总值能耗降低\n完成市下达任务\n完成\n约束性"),
        ("tabs", "指标名称\t2023年目标\t2023年实际\t指标属性\n地区生产总值增长（%）\t6.5左右\t5.9\t预期性\n一般公共预算收入（亿元）\t58\t60.2\t预期性\n城镇调查失业率（%）\t5.5以内\t4.8\t预期性\n单位地区生产总值能耗降低\t完成市下达任务\t完成\t约束性"),
        ("spaces", "指标名称    2023年目标    2023年实际    指标属性\n地区生产总值增长（%）    6.5左右    5.9    预期性\n一般公共预算收入（亿元）    58    60.2    预期性\n城镇调查失业率（%）    5.5以内    4.8    预期性\n单位地区生产总值能耗降低    完成市下达任务    完成    约束性"),
        ("markdown", "| 指标名称 | 2023年目标 | 2023年实际 | 指标属性 |\n|---|---|---|---|\n| 地区生产总值增长（%） | 6.5左右 | 5.9 | 预期性 |\n| 一般公共预算收入（亿元） | 58 | 60.2 | 预期性 |\n| 城镇调查失业率（%） | 5.5以内 | 4.8 | 预期性 |\n| 单位地区生产总值能耗降低 | 完成市下达任务 | 完成 | 约束性 |"),
        ("a row wrapped", "指标名称\t2023年目标\t2023年实际\t指标属性\n地区生产总值增长（%）\t6.5左右\n5.9\t预期性\n一般公共预算收入（亿元）\t58\t60.2\t预期性\n城镇调查失业率（%）\t5.5以内\t4.8\t预期性\n单位地区生产总值能耗降低\t完成市下达任务\t完成\t约束性"),
    ]

    func load(_ table: String) throws -> (Report, [Statement]) {
        let directory = temporaryDirectory()
        let text = Self.plan.replacingOccurrences(of: "%TABLE%", with: table)
        _ = FileManager.default.createFile(atPath: directory + "/p.txt", contents: Data(text.utf8))
        let manifest = "[p]\nfile = p.txt\njurisdiction = somewhere\nyear = 2024\nreviews = 2023\ntargets = 2024\nkind = plan_execution\ntitle = t\n"
        _ = FileManager.default.createFile(atPath: directory + "/manifest.ini", contents: Data(manifest.utf8))
        let report = try #require(try Corpus.load(directory: directory).reports.first)
        return (report, Extractor.extract(report, catalog: Bundled.catalog).statements)
    }

    @Test(arguments: layouts.map(\.0))
    func everyLayoutGivesEachRowsTargetAndResult(layout: String) throws {
        let table = try #require(Self.layouts.first { $0.0 == layout }?.1)
        let (report, statements) = try load(table)
        #expect(report.tables.count == 1)
        let rows = statements.filter { $0.period == Period(year: 2023) }
            .map { "\($0.kind) \($0.indicatorID) \($0.value ?? "") \($0.unit) \($0.comparator) \($0.attribute ?? "-")" }
        #expect(rows == [
            "target gdp_growth 6.5 % ~ expected", "result gdp_growth 5.9 % = expected",
            "target fiscal_revenue 58 亿元 = expected", "result fiscal_revenue 60.2 亿元 = expected",
            "target surveyed_unemployment_rate 5.5 % <= expected", "result surveyed_unemployment_rate 4.8 % = expected",
            "target energy_intensity_decline   完成市下达任务 binding", "result energy_intensity_decline   完成 binding",
        ], "\(layout)")
        // Every number of the table is accounted for, each statement on the line of its cell.
        let extraction = Extractor.extract([report], catalog: Bundled.catalog)
        let coverage = Coverage.measure([report], extraction: extraction)
        #expect(coverage.accounted == coverage.seen, "\(layout): \(coverage.gaps)")
        if layout == "one cell a line" {
            #expect(statements.first { $0.kind == .result && $0.indicatorID == "gdp_growth" }?.line == 12)
        }
    }

    @Test func theTableIsJudgedRowByRow() throws {
        let (report, statements) = try load(Self.layouts[0].1)
        let rows = Aligner(catalog: Bundled.catalog, reports: [report.metadata]).align(statements)
            .filter { $0.period == Period(year: 2023) && !$0.targets.isEmpty }
        #expect(rows.map { "\($0.indicatorID) \($0.verdict.status.rawValue)" } == [
            "gdp_growth missed", "fiscal_revenue met", "surveyed_unemployment_rate met", "energy_intensity_decline met",
        ])
    }

    @Test func aSentenceWithCommasIsNoHeader() {
        #expect(IndicatorTables.cells("地区生产总值增长6%，一般公共预算收入增长5%") == nil)
        #expect(IndicatorTables.column("2019年目标增长(%)") == .target)
        #expect(IndicatorTables.column("2019年实际增长(%)") == .result)
        #expect(IndicatorTables.column("完成情况") == .status)
    }
}
