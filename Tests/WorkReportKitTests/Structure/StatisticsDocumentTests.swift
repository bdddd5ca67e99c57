import Foundation
import Testing
@testable import WorkReportKit

/// Statistics documents (`statistics`): a 统计公报's topic headings are no parts of the year's work,
/// and a release on part of a year gives progress, not the year's results. Sentences of our own.
struct StatisticsDocumentTests {
    func load(_ text: String, year: Int, reviews: String, title: String = "t") throws -> Report {
        try loadOneReport(text, kind: "statistics", year: year, reviews: reviews, targets: nil, title: title)
    }

    func read(_ report: Report) -> [String] { figureLines(report) }

    @Test func aBulletinsTopicHeadingsGiveResultsNotTargets() throws {
        let report = try load("""
        某市2023年国民经济和社会发展统计公报

        一、综合

        全年全市地区生产总值2150.3亿元，按可比价格计算，比上年增长6.2%。

        二、农业

        全年粮食播种面积40.2万亩，粮食总产量15.6万吨。

        注：1.本公报中部分数据为初步统计数。
        """, year: 2024, reviews: "2023")
        #expect(report.sections.map { "\($0.role.rawValue) \($0.period?.description ?? "-")" }
            == ["front_matter -", "review 2023", "review 2023", "closing -"])
        #expect(read(report).filter { $0.contains("gdp") } == ["5 result 2023 gdp 2150.3", "5 result 2023 gdp_growth 6.2"])
        #expect(read(report).allSatisfy { $0.contains(" result 2023 ") })
        #expect(read(report).count == 4)
        // The note's item number is no figure, and is listed.
        let audit = Extractor.extract(report, catalog: Bundled.catalog).audit
        #expect(audit.contains { $0.line == 11 && $0.token == "1" && $0.reason == .outsideFigures })
    }

    @Test func aReleaseOnPartOfAYearGivesProgress() throws {
        let report = try load("""
        上半年全市经济运行情况

        上半年，全市地区生产总值1088.6亿元，同比增长5.9%。规模以上工业增加值增长7.1%。
        """, year: 2024, reviews: "2024")
        #expect(read(report) == ["3 progress 2024Q2 gdp 1088.6", "3 progress 2024Q2 gdp_growth 5.9", "3 progress 2024Q2 industrial_value_added_growth 7.1"])
    }

    @Test func monthsThatEndNoQuarterStillMeanProgressInTheYear() throws {
        let report = try load("1—5月全市经济运行简况\n\n全市规模以上工业增加值同比增长6.4%。\n", year: 2024, reviews: "2024")
        #expect(read(report) == ["3 progress 2024 industrial_value_added_growth 6.4"])
        #expect(StatisticsOutline.partOfYear("1-9月") == 3)
        #expect(StatisticsOutline.partOfYear("前三季度") == 3)
        #expect(StatisticsOutline.partOfYear("2023年1—12月") == nil)
        #expect(StatisticsOutline.partOfYear("全年粮食总产量") == nil)
        // 11—12月 is no span from January.
        #expect(StatisticsOutline.partOfYear("11—12月") == nil)
    }

    @Test func aQuarterInTheManifestDecidesWhateverTheTitleSays() throws {
        let report = try load("全市经济运行情况\n\n全市地区生产总值增长5.3%。\n", year: 2024, reviews: "2024Q3", title: "全市经济运行情况")
        #expect(read(report) == ["3 progress 2024Q3 gdp_growth 5.3"])
    }

    @Test func aReleaseWithNoYearKnownGetsNoPeriod() throws {
        let directory = temporaryDirectory()
        _ = FileManager.default.createFile(atPath: directory + "/r.txt", contents: Data("上半年全市经济稳中向好\n\n上半年，全市生产总值增长5.1%。\n".utf8))
        let report = try #require(try Corpus.load(directory: directory).reports.first)
        #expect(report.metadata.kind == .statistics)
        #expect(read(report) == ["3 progress - gdp_growth 5.1"])
    }

    /// 单位:亿元 | 绝对数 | 比上年增长(%), one cell a line, the names' column without a header; and
    /// the same with cells apart by tabs, or by single spaces, under a header of its own.
    static let tables = [
        "2023年全市生产总值及增长速度\n单位:亿元\n绝对数\n比上年增长(%)\n地区生产总值\n812.4\n5.6\n其中:第一产业[1]\n40.2\n3.1\n工业\n301.5\n6.8\n",
        "2023年全市生产总值及增长速度\n单位：亿元\n指标\t绝对数\t比上年增长（%）\n地区生产总值\t812.4\t5.6\n其中:第一产业[1]\t40.2\t3.1\n工业\t301.5\t6.8\n",
        // Copied from a PDF: single spaces between the cells.
        "2023年全市生产总值及增长速度\n单位:亿元\n指标 绝对数 比上年增长(%)\n地区生产总值 812.4 5.6\n其中:第一产业[1] 40.2 3.1\n工业 301.5 6.8\n",
    ]

    @Test(arguments: tables)
    func aStatisticsTableGivesEachRowsLevelAndChange(table: String) throws {
        let report = try load("某市2023年国民经济和社会发展统计公报\n\n一、综合\n\n全年经济平稳运行。\n\n" + table + "\n注：[1]第一产业含农林牧渔服务业。\n",
                              year: 2024, reviews: "2023")
        #expect(report.tables.count == 1)
        let statements = Extractor.extract(report, catalog: Bundled.catalog).statements
        #expect(statements.map { "\($0.kind) \($0.period?.description ?? "-") \($0.indicator) \($0.value ?? "") \($0.unit)" } == [
            "result 2023 地区生产总值 812.4 亿元", "result 2023 地区生产总值 5.6 %",
            "result 2023 第一产业 40.2 亿元", "result 2023 第一产业 3.1 %",
            "result 2023 工业 301.5 亿元", "result 2023 工业 6.8 %",
        ])
        #expect(statements.first?.indicatorID == "gdp")
        #expect(statements.dropFirst().first?.indicatorID == "gdp_growth")
        // The footnote's number and the caption's year are fields of the table and the text, accounted for.
        let coverage = Coverage.measure([report], extraction: Extractor.extract(report, catalog: Bundled.catalog))
        #expect(coverage.accounted == coverage.seen, "\(coverage.gaps)")
    }

    @Test func aTableWithRowsOfDashesAndAColumnOfSharesReadsEveryRow() throws {
        // 分产业 | -- | -- | --: a row of dashes heads the rows after it; 构成(%) names each row's share.
        let table = "指标 | 绝对数(万元) | 增长(%) | 构成(%) |\n地区生产总值 | 612040 | 5.4 | 100 |\n分产业 | -- | -- | -- |\n第一产业 | 98311 | 3.6 | 16.1 |\n第三产业 | 301228 | -1.07 | 49.2 |\n"
        let report = try load("某县2023年国民经济和社会发展统计公报\n\n一、综合\n\n全年经济平稳运行。\n\n" + table, year: 2024, reviews: "2023")
        #expect(report.tables.count == 1)
        let statements = Extractor.extract(report, catalog: Bundled.catalog).statements
        #expect(statements.map { "\($0.indicator) \($0.value ?? "") \($0.unit)" } == [
            "地区生产总值 612040 万元", "地区生产总值 5.4 %", "地区生产总值构成 100 %",
            "第一产业 98311 万元", "第一产业 3.6 %", "第一产业构成 16.1 %",
            "第三产业 301228 万元", "第三产业 -1.07 %", "第三产业构成 49.2 %",
        ])
    }

    @Test func rowsOfFiguresAreNoTitleAndANoteBetweenTablesEndsNoMore() throws {
        // A release of tables whose headers gwr does not read: the rows are still read, as prose,
        // before a note (注:) and after it.
        let report = try load("1-6月主要指标 | |||\n工业 | |||\n规模以上工业增加值 | 88.21 | 6.5 |\n注:相对数按可比价格计算。 | |||\n投资 | |||\n固定资产投资 | 120.4 | 3.1 |\n",
                              year: 2024, reviews: "2024Q2")
        #expect(read(report).map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
            == ["3 progress 2024Q2", "3 progress 2024Q2", "6 progress 2024Q2", "6 progress 2024Q2"])
        #expect(SentenceRoles.isFrontMatter("第一产业|59.44|25.6|") == false)
        #expect(SentenceRoles.isFrontMatter("1-6月主要指标||||"))
    }

    @Test func aMonthlyReleasesTableGivesTheMonthApartFromTheYearSoFar() throws {
        // A statistics bureau's monthly table: one month and the months from January, each with its
        // change; # marks a part of the row above, which shares its unit.
        let report = try load("""
        2024年5月全市工业生产情况
        指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) |
        规模以上工业增加值(亿元) | 120.6 | 5.2 | 560.3 | 6.1 |
        # 轻工业 | 40.2 | -3.0 | 190.4 | 2.2 |
        """, year: 2024, reviews: "2024", title: "2024年5月全市工业生产情况")
        #expect(report.tables.count == 1)
        let statements = Extractor.extract(report, catalog: Bundled.catalog).statements
        #expect(statements.map { "\($0.kind) \($0.period?.description ?? "-") \($0.indicator) \($0.value ?? "") \($0.unit)" } == [
            "progress 2024 规模以上工业增加值（本月） 120.6 亿元", "progress 2024 规模以上工业增加值（比去年同月增长） 5.2 %",
            "progress 2024 规模以上工业增加值 560.3 亿元", "progress 2024 规模以上工业增加值 6.1 %",
            "progress 2024 轻工业（本月） 40.2 亿元", "progress 2024 轻工业（比去年同月增长） -3.0 %",
            "progress 2024 轻工业 190.4 亿元", "progress 2024 轻工业 2.2 %",
        ])
        // The months from January are the year's progress, the catalog's indicator; one month is not.
        #expect(statements[3].indicatorID == "industrial_value_added_growth")
        #expect(statements[1].indicatorID.hasPrefix("x_"))
        #expect(IndicatorTables.isMonthHeader("1—9月累计") == false)
        #expect(IndicatorTables.isMonthHeader("8月") == true)
        #expect(IndicatorTables.isMonthHeader("月度目标") == nil)
        #expect(IndicatorTables.isChangeHeader("累计增长%"))
        #expect(IndicatorTables.isChangeHeader("增减百分点"))
        #expect(IndicatorTables.headerUnit("增减百分点") == "百分点")
        #expect(StatisticsOutline.monthOfYear("2023年8月社会消费品零售总额") == 0)
        #expect(StatisticsOutline.monthOfYear("2023年12月全市经济") == nil)
        #expect(StatisticsOutline.monthOfYear("2023年8月15日召开") == nil)
    }

    @Test func aRowNamedForALevelOrAChangeIsNoHeader() {
        #expect(IndicatorTables.column("绝对数") == .result)
        #expect(IndicatorTables.column("总量（亿元）") == .result)
        #expect(IndicatorTables.column("比上年增长(%)") == .result)
        #expect(IndicatorTables.column("经济总量（亿元）") == .other)
        #expect(IndicatorTables.column("地区生产总值增长（%）") == .other)
        // A column of shares is all of its cell too.
        #expect(IndicatorTables.column("构成（%）") == .result)
        #expect(IndicatorTables.column("比重(%)") == .result)
        #expect(IndicatorTables.column("产业结构调整") == .other)
    }

    @Test func aTableOfAReleaseOnPartOfAYearGivesProgress() throws {
        let report = try load("上半年全市经济运行情况\n\n上半年，全市经济稳中有进，主要指标好于预期。\n\n单位:亿元\n绝对数\n同比增长(%)\n地区生产总值\n402.7\n5.1\n",
                              year: 2024, reviews: "2024")
        let statements = Extractor.extract(report, catalog: Bundled.catalog).statements
        #expect(statements.map { "\($0.kind) \($0.period?.description ?? "-") \($0.indicatorID) \($0.value ?? "") \($0.unit)" }
            == ["progress 2024Q2 gdp 402.7 亿元", "progress 2024Q2 gdp_growth 5.1 %"])
    }

    @Test func inferredFromTheTitle() {
        let bulletin = MetadataInference.infer(file: "b.txt", lines: ["杭州市2023年国民经济和社会发展统计公报", "", "2023年，全市…"])
        #expect(bulletin.kind == .statistics)
        #expect(bulletin.reviews == [Period(year: 2023)])
        #expect(bulletin.year == 2024)
        #expect(bulletin.targets.isEmpty)
        let release = MetadataInference.infer(file: "r.txt", lines: ["2024年前三季度全市经济运行情况"])
        #expect(release.kind == .statistics)
        #expect(release.reviews == [Period(year: 2024, quarter: 3)])
        #expect(release.year == 2024)
        #expect(MetadataInference.infer(file: "n.txt", lines: ["上半年全市经济稳中向好", "2021年上半年，全市生产总值…"]).kind == .statistics)
        // A work report that speaks of the first half of a year is still a work report.
        #expect(MetadataInference.infer(file: "w.txt", lines: ["上半年工作总结和下半年工作安排的报告"]).kind == .workReport)
    }
}
