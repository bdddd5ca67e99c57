import Foundation
import Testing
@testable import WorkReportKit

/// A report's own verdict on a result, as plan-execution reports state it: never a figure of an
/// indicator named 低于目标任务, always the verdict on the result before it, with the target it implies.
struct StatedVerdictTests {
    func read(_ sentence: String) -> [Statement] {
        let entry = Phrasebook.Entry(file: "-", line: 1, role: .review, sentence: sentence, figures: [])
        return Phrasebook.read(entry)
    }

    @Test(arguments: [
        ("全县地区生产总值增长2.4%，低于目标任务4.6个百分点。", "gdp_growth", Status.missed, -4.6, "7"),
        ("规上工业增加值增长9.3%，高于年度目标1.3个百分点。", "industrial_value_added_growth", .exceeded, 1.3, "8"),
        ("一般公共预算收入增长3.5%，比预期目标低2.5个百分点。", "fiscal_revenue_growth", .missed, -2.5, "6"),
        ("社会消费品零售总额增长10.2%，超过预期目标2.2个百分点。", "retail_sales_growth", .exceeded, 2.2, "8"),
    ])
    func aGapToTheTargetIsTheVerdictOnTheResultBeforeIt(sentence: String, id: String, status: Status, gap: Double, implied: String) {
        let statements = read(sentence)
        let result = statements.first { $0.kind == .result }
        #expect(result?.indicatorID == id)
        #expect(result?.stated?.status == status)
        #expect(result?.stated?.gap == gap)
        #expect(result?.stated?.gapUnit == "pp")
        // The target it implies is a target of the same indicator, marked as worked out.
        let target = statements.first { $0.kind == .target }
        #expect(target?.indicatorID == id)
        #expect(target?.value == implied)
        #expect(target?.implied == true)
        #expect(target?.qualifier == "推算")
        // Nothing else: no indicator named 低于目标任务.
        #expect(statements.count == 2)
    }

    @Test func aShareOfTheTargetCompleted() {
        let statements = read("全区固定资产投资完成286亿元，完成年度目标的96%。")
        #expect(statements.first?.stated?.status == .missed)
        #expect(statements.first?.stated?.gap == -4)
        #expect(statements.first { $0.implied }?.value == "297.92")
    }

    @Test(arguments: [("外贸进出口总额增长12%，超额完成年度目标。", Status.exceeded), ("实际利用外资增长3%，未完成年度目标。", .missed),
                      ("城镇新增就业5.2万人，完成年度目标。", .met)])
    func aVerdictInWords(sentence: String, status: Status) {
        let statements = read(sentence)
        #expect(statements.count == 1)
        #expect(statements.first?.stated?.status == status)
    }

    /// Several verdicts in words in one passage: each on the result before it in its own sentence,
    /// and a phrase inside a longer one (完成年度目标 in 超额完成年度目标) never read twice.
    @Test func verdictsInWordsEachOnItsOwnResult() {
        let statements = read("外贸进出口总额增长12%，超额完成年度目标；实际利用外资增长3%，未完成年度目标。"
            + "城镇新增就业5.2万人，完成年度目标，完成年度目标。")
        #expect(statements.count == 3)
        #expect(statements.map { $0.stated?.status } == [.exceeded, .missed, .met])
        #expect(statements.map { $0.stated?.text } == ["超额完成", "未完成", "完成年度目标"])
    }

    @Test func theRowShowsTheReportsVerdictBesideGwrs() throws {
        // 6.8% against 7%左右 is within the tolerance for gwr; the report says it missed.
        let plan = Statement(report: "plan", file: "p.txt", line: 1, jurisdiction: "somewhere", kind: .target, period: Period(year: 2019),
                             section: .mainTargets, indicator: "地区生产总值", indicatorID: "gdp_growth", value: "7", unit: "%",
                             comparator: .about, qualifier: "左右", stretch: false, text: "")
        var result = read("2019年全市地区生产总值增长6.8%，低于预期目标0.2个百分点。").first { $0.kind == .result }!
        result.jurisdiction = "somewhere"
        result.period = Period(year: 2019)
        let row = try #require(Aligner(catalog: Bundled.catalog, reports: []).align([plan, result]).first)
        #expect(row.verdict.status == .metWithinTolerance)
        #expect(row.official?.status == .missed)
        #expect(row.officialAgrees == false)
        #expect(CompareCommand.officialText(row) == "missed: 低于预期目标0.2个百分点 (gwr: met-within-tolerance)")
    }
}
