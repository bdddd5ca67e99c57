import Testing
@testable import WorkReportKit

/// A statement and a comparison keep their fields in a box their copies share: each must still
/// behave as a value, each copy changed alone, a statement equal by its fields whatever box holds them.
struct SharedFieldsTests {
    static let result = Statement(report: "hz-2022", file: "hz.txt", line: 12, jurisdiction: "hangzhou", kind: .result,
                                  period: Period(year: 2021), section: .review, indicator: "地区生产总值", indicatorID: "gdp_growth",
                                  value: "8.5", unit: "%", comparator: .equal, qualifier: "", stretch: false, text: "地区生产总值增长8.5%")

    @Test func aChangedCopyLeavesTheOriginalAlone() {
        var target = Self.result
        target.kind = .target
        target.value = "7"
        target.comparator = .about
        target.stated = StatedVerdict(status: .exceeded, gap: 1.5, gapUnit: "pp", text: "高于目标")
        #expect(Self.result.kind == .result)
        #expect(Self.result.value == "8.5")
        #expect(Self.result.comparator == .equal)
        #expect(Self.result.stated == nil)
        #expect(target.value == "7")
        #expect(target.stated?.gap == 1.5)
        #expect(target.text == Self.result.text)
    }

    @Test func equalByFieldsNotByBox() {
        var copy = Self.result
        #expect(copy == Self.result)
        copy.line = 13
        #expect(copy != Self.result)
        copy.line = 12
        #expect(copy == Self.result)
        var array = [Self.result, Self.result]
        array[1].implied = true
        #expect(array[0] == Self.result)
        #expect(array[1] != array[0])
        #expect(array[1].implied && !array[0].implied)
    }

    @Test func aChangedRowLeavesItsCopiesAlone() {
        let row = Comparison(jurisdiction: "hangzhou", period: Period(year: 2021), indicatorID: "gdp_growth", indicator: "地区生产总值",
                             targets: [], results: [Self.result], reference: [], progress: [],
                             verdict: Verdict(status: .noTarget, gap: nil, gapUnit: "", rule: "no target"), advice: nil)
        var judged = row
        judged.results.insert(Self.result, at: 0)
        judged.verdict.rule = "judged"
        judged.pairedBy = .catalog
        #expect(row.results.count == 1)
        #expect(row.verdict.rule == "no target")
        #expect(row.pairedBy == nil)
        #expect(judged.results.count == 2)
        #expect(judged.verdict.rule == "judged")
        var rows = [row, row]
        rows[0].advice = "add a report"
        #expect(rows[1].advice == nil && rows[0].advice == "add a report")
    }
}
