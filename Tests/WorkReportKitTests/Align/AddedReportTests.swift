import Foundation
import Testing
@testable import WorkReportKit

/// A user drops in the report that reviews 2020 (and one that reviews 2022), written here in
/// the reports' own phrasing, and the bundled targets of those years get their results.
struct AddedReportTests {
    /// Hand-written stand-ins for the 2021 and 2023 Hangzhou work reports (their review paragraphs).
    static let report2021 = """
    2021年杭州市人民政府工作报告

    各位代表：

    一、2020年工作回顾

    2020年，我们统筹推进疫情防控和经济社会发展，全市地区生产总值16106亿元、增长3.9%，一般公共预算收入2093亿元、增长6.5%，全社会研发投入经费支出与地区生产总值之比3.6%，城乡居民人均可支配收入分别增长3.8%和6.9%。

    二、2021年目标任务

    2021年全市经济社会发展主要预期目标是：地区生产总值增长7%以上，一般公共预算收入增长6%。
    """

    static let report2023 = """
    2023年杭州市人民政府工作报告

    各位代表：

    一、2022年工作回顾

    2022年，全市生产总值18753亿元、增长1.5%，研发投入强度3.8%，城乡居民人均可支配收入分别增长4.1%和6.1%，社会消费品零售总额增长2.5%。
    """

    /// The 2021 report as a year-review section is ordinarily worded (issue 14): the subject in
    /// one clause and its growth in the next, 比上年 / 同比 / 按可比价格计算 between them, a fall, a
    /// share, a flow and its total, and the main targets in the words 经济增长 and 涨幅.
    static let ordinaryReview2021 = """
    2021年杭州市人民政府工作报告

    一、2020年工作回顾

    2020年，全市实现地区生产总值16106亿元，按可比价格计算，比上年增长3.9%。一般公共预算收入2093亿元，同比增长6.5%。城镇居民人均可支配收入68666元，增长3.9%；农村居民人均可支配收入38700元，增长6.7%。社会消费品零售总额6055亿元，下降2.0%。规上工业增加值4221亿元，增长4.9%。研发经费支出占地区生产总值比重达到3.6%。居民消费价格上涨2.3%。全年新增境内外上市公司52家，累计达262家。

    二、2021年工作安排

    2021年经济社会发展主要预期目标是：经济增长6%左右，居民消费价格涨幅2%左右。
    """

    @Test func anOrdinaryReviewIsReadAsWritten() throws {
        let directory = try folderWithBundledReportsAnd(["hz-2021.txt": Self.ordinaryReview2021])
        let corpus = try Corpus.load(directory: directory)
        let catalog = try CatalogLoader.load(directories: [directory])
        let statements = Extractor.extract(corpus.reports, catalog: catalog).statements.filter { $0.report == "hz-2021" }
        let read = statements.map { "\($0.kind) \($0.indicatorID) \($0.value ?? "") \($0.unit) \($0.comparator)" }
        #expect(read == [
            "result gdp 16106 亿元 =", "result gdp_growth 3.9 % =",
            "result fiscal_revenue 2093 亿元 =", "result fiscal_revenue_growth 6.5 % =",
            "result urban_income 68666 元 =", "result urban_income_growth 3.9 % =",
            "result rural_income 38700 元 =", "result rural_income_growth 6.7 % =",
            "result retail_sales 6055 亿元 =", "result retail_sales_growth -2.0 % =",
            "result industrial_value_added 4221 亿元 =", "result industrial_value_added_growth 4.9 % =",
            "result rnd_intensity 3.6 % =", "result cpi 2.3 % =",
            "result new_listed_companies 52 家 =", "result listed_companies_total 262 家 =",
            "target gdp_growth 6 % ~", "target cpi 2 % ~",
        ])
        // The fall keeps its verb in the clause it cites.
        #expect(statements.first { $0.indicatorID == "retail_sales_growth" }?.text == "下降2.0%")
        let rows = try comparisons(directory)
        func status(_ id: String) -> Status? {
            rows.first { $0.period == Period(year: 2020) && $0.indicatorID == id && $0.jurisdiction == "hangzhou" && !$0.targets.isEmpty }?.verdict.status
        }
        #expect(status("gdp_growth") == .missed)                    // 6.5%左右 vs 3.9%
        #expect(status("fiscal_revenue_growth") == .metWithinTolerance)   // 7%左右 vs 6.5%
        #expect(status("urban_income_growth") == .missed)           // 7.5% vs 3.9%
        #expect(status("rural_income_growth") == .missed)           // 8.5% vs 6.7%
        #expect(status("rnd_intensity") == .met)                    // 3.5%左右 vs 3.6%
    }

    func folderWithBundledReportsAnd(_ extra: [String: String]) throws -> String {
        let directory = temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.reports) {
            try FileManager.default.copyItem(atPath: Paths.reports + "/" + name, toPath: directory + "/" + name)
        }
        for (name, text) in extra {
            _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(text.utf8))
        }
        return directory
    }

    func comparisons(_ directory: String) throws -> [Comparison] {
        let corpus = try Corpus.load(directory: directory)
        let catalog = try CatalogLoader.load(directories: [directory])
        let statements = Extractor.extract(corpus.reports, catalog: catalog).statements
        return Aligner(catalog: catalog, reports: corpus.reports.map(\.metadata)).align(statements)
    }

    @Test func the2020TargetsGetTheirResults() throws {
        let rows = try comparisons(try folderWithBundledReportsAnd(["hz-2021.txt": Self.report2021]))
        func status(_ id: String) -> Status? {
            rows.first { $0.period == Period(year: 2020) && $0.indicatorID == id && $0.jurisdiction == "hangzhou" && !$0.targets.isEmpty }?.verdict.status
        }
        // 地区生产总值增长6.5%左右 vs 3.9%: short by 2.6 points, beyond the 0.5 tolerance.
        #expect(status("gdp_growth") == .missed)
        // 一般公共预算收入增长7%左右 vs 6.5%: short by exactly the tolerance.
        #expect(status("fiscal_revenue_growth") == .metWithinTolerance)
        // 研发投入…之比3.5%左右 vs 3.6%.
        #expect(status("rnd_intensity") == .met)
        // 城镇、农村居民人均可支配收入分别增长7.5%和8.5% vs 3.8% and 6.9%.
        #expect(status("urban_income_growth") == .missed)
        #expect(status("rural_income_growth") == .missed)
        let gdp = try #require(rows.first { $0.period == Period(year: 2020) && $0.indicatorID == "gdp_growth" && !$0.targets.isEmpty })
        #expect(gdp.result?.report == "hz-2021")
        #expect(gdp.result?.line == 7)
        #expect(gdp.target?.line == 85)
        // The new report's own 2021 targets join the breakdown's.
        #expect(rows.contains { $0.period == Period(year: 2021) && $0.indicatorID == "gdp_growth" && $0.target?.report == "hz-2021" })
    }

    @Test func relationalTargetsOf2022AreJudgedWhenBothSidesAreKnown() throws {
        let rows = try comparisons(try folderWithBundledReportsAnd(["hz-2023.txt": Self.report2023]))
        let hz2022 = rows.filter { $0.period == Period(year: 2022) && $0.jurisdiction == "hangzhou" && !$0.targets.isEmpty }
        func row(_ id: String) throws -> Comparison { try #require(hz2022.first { $0.indicatorID == id }, "\(id)") }
        #expect(try row("gdp_growth").verdict.status == .missed)              // 6.5%以上 vs 1.5%
        #expect(try row("rnd_intensity").verdict.status == .met)              // 3.7%左右 vs 3.8%
        #expect(try row("retail_sales_growth").verdict.status == .missed)     // 7% vs 2.5%
        // 城乡居民人均可支配收入高于GDP增速: 4.1% and 6.1% against 1.5%.
        let income = try row("resident_income_growth")
        #expect(income.verdict.status == .met)
        #expect(income.results.map(\.value) == ["4.1", "6.1"])
        #expect(income.reference.first?.value == "1.5")
        #expect(income.verdict.gap.map { abs($0 - 2.6) < 1e-9 } == true)
        // 收入倍差持续缩小: no 2022 ratio in the stand-in report.
        #expect(try row("urban_rural_income_ratio").verdict.status == .noResult)
        // Xiaoshan's 2022 targets stay without results: the new report is Hangzhou's.
        #expect(rows.filter { $0.period == Period(year: 2022) && $0.jurisdiction == "xiaoshan" && $0.indicatorID == "gdp_growth" }
            .allSatisfy { $0.verdict.status == .noResult })
    }
}
