import Foundation
import Testing
@testable import WorkReportKit

/// Target against actual on the bundled reports, with pairs written down by reading the
/// 2021 breakdown and the 2022 report's review of 2021.
struct AlignGoldenTests {
    static let rows: [Comparison] = Aligner(catalog: Bundled.catalog, reports: Bundled.corpus.reports.map(\.metadata))
        .align(StatementGoldenTests.extraction.statements)

    func row(_ period: Int, _ id: String, target value: String, stretch: Bool = false, jurisdiction: String = "hangzhou") throws -> Comparison {
        try #require(Self.rows.first {
            $0.period == Period(year: period) && $0.indicatorID == id && $0.jurisdiction == jurisdiction
                && $0.target?.value == value && $0.target?.stretch == stretch
        }, "no \(period) \(id) \(value) row")
    }

    @Test func the2021PairsOfTheBreakdownAndThe2022Review() throws {
        // 服务业增加值增长8% (breakdown 1622) vs 服务业增加值增长8.7% (2022 report 116): met.
        let services = try row(2021, "services_value_added_growth", target: "8")
        #expect(services.verdict.status == .met)
        #expect(services.targets.map(\.line) == [1622])
        #expect(services.result?.value == "8.7")
        #expect(services.result?.line == 116)
        #expect(services.verdict.gap.map { abs($0 - 0.7) < 1e-9 } == true)
        // 数字经济核心产业增加值增长15% (2477) vs 11.5% (116): missed; also the stretch 力争达到15% of line 897.
        let digital = try row(2021, "digital_economy_core_growth", target: "15")
        #expect(digital.verdict.status == .missed)
        #expect(digital.targets.map(\.line) == [2477])
        #expect(digital.result?.value == "11.5")
        #expect(try row(2021, "digital_economy_core_growth", target: "15", stretch: true).verdict.status == .missed)
        // 新增上市企业25家, repeated in four rows, vs 新增上市公司52家 (114): exceeded, one row with every source.
        let listed = try row(2021, "new_listed_companies", target: "25")
        #expect(listed.verdict.status == .exceeded)
        #expect(Set(listed.targets.map(\.line)) == [1623, 1677, 1820, 1827])
        #expect(listed.result?.value == "52")
        #expect(listed.result?.line == 114)
        #expect(listed.verdict.gap.map { abs($0 - 108) < 1e-9 } == true)   // (52 − 25) / 25
        // 城镇登记失业率控制在3.5%以内 (4172, 4191) vs 2.3% (202): met, a ceiling.
        let jobless = try row(2021, "registered_unemployment_rate", target: "3.5")
        #expect(jobless.verdict.status == .met)
        #expect(Set(jobless.targets.map(\.line)) == [4172, 4191])
        #expect(jobless.result?.line == 202)
    }

    @Test func neverAcrossJurisdictions() {
        for row in Self.rows {
            for s in row.results + row.reference { #expect(s.jurisdiction == row.jurisdiction, "\(row.indicatorID) \(row.period)") }
        }
        // Xiaoshan's 2022 GDP target of 7%左右 is not Hangzhou's 6.5%以上.
        let gdp2022 = Self.rows.filter { $0.period == Period(year: 2022) && $0.indicatorID == "gdp_growth" && !$0.targets.isEmpty }
        #expect(Set(gdp2022.map(\.jurisdiction)) == ["hangzhou", "xiaoshan"])
    }

    @Test func targetsWithoutAResultSayWhichReportWouldAnswer() throws {
        let gdp = try row(2020, "gdp_growth", target: "6.5")
        #expect(gdp.verdict.status == .noResult)
        #expect(gdp.advice == "add a report that reviews 2020 for hangzhou, e.g. the 2021 work report")
        // A 2021 task the 2022 report's review does not mention: the report is loaded, the figure is not in it.
        let projects = try #require(Self.rows.first { $0.indicatorID == "key_rnd_projects" && $0.period == Period(year: 2021) })
        #expect(projects.verdict.status == .noResult)
        #expect(projects.advice == "hangzhou-2022-work-report reviews 2021 but states no result for this indicator")
        // 新增地铁运营里程75公里 is answered in other words: 地铁新开通94公里 (paired by wording).
        let metro = try #require(Self.rows.first { $0.indicatorID == "new_metro_mileage" && $0.period == Period(year: 2021) })
        #expect(metro.verdict.status == .exceeded)
        #expect(metro.result.map(FigureText.of) == "94公里")
        let labour = try #require(Self.rows.first { $0.indicatorID == "labour_productivity" && $0.period == Period(year: 2020) })
        #expect(labour.verdict.status == .notEvaluable)
        let energy = try #require(Self.rows.first { $0.indicatorID == "energy_environment_targets" && $0.period == Period(year: 2022) && $0.jurisdiction == "hangzhou" })
        #expect(energy.verdict.status == .notEvaluable)
    }

    @Test func inYearProgressIsShownAsProgressNeverAsAResult() throws {
        let gdp = try row(2025, "gdp_growth", target: "5.5")
        #expect(gdp.verdict.status == .noResult)
        #expect(gdp.results.isEmpty)
        #expect(gdp.progress.map(\.value) == ["5.2"])
        #expect(gdp.progress.first?.period == Period(year: 2025, quarter: 1))
    }

    @Test func fiveYearGoalsOfThe2022ReportAgainstThe2024Figures() throws {
        let goals = GoalProgress.measure(StatementGoldenTests.extraction.statements, catalog: Bundled.catalog)
            .filter { $0.goal.report == "hangzhou-2022-work-report" }
        func goal(_ id: String) throws -> GoalProgress { try #require(goals.first { $0.goal.indicatorID == id }, "\(id)") }
        // 到2026年，全市生产总值达到2.5万亿元 (254) vs 全市地区生产总值21860亿元 in 2024 (2025 report, 17): 87.44%.
        let gdp = try goal("gdp")
        #expect(gdp.goal.line == 254)
        #expect(gdp.latest?.value == "21860")
        #expect(gdp.latest?.period == Period(year: 2024))
        #expect(gdp.latest?.report == "hangzhou-2025-work-report")
        #expect(gdp.share.map { abs($0 - 87.44) < 1e-9 } == true)
        #expect(gdp.state == .inProgress)
        // 研发投入强度4%以上 vs 全社会研发经费投入强度达3.9% (2024).
        let rnd = try goal("rnd_intensity")
        #expect(rnd.latest?.value == "3.9")
        #expect(rnd.state == .inProgress)
        // 城乡居民收入倍差缩小至1.7以内 vs 缩小至1.64 (2024): achieved.
        let ratio = try goal("urban_rural_income_ratio")
        #expect(ratio.latest?.value == "1.64")
        #expect(ratio.state == .achieved)
    }
}
