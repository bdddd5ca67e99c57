import Testing
@testable import WorkReportKit

/// Verdicts on the figures the grammar of issue 14 reads: falls as negative numbers, ranges with
/// two bounds, and indicators the catalog does not know.
struct SignedAndRangeVerdictTests {
    func statement(_ kind: StatementKind, _ id: String, _ value: String, _ unit: String = "%", _ comparator: Comparator = .equal,
                   upper: String? = nil, year: Int = 2021) -> Statement {
        Statement(report: kind == .target ? "plan" : "review", file: "f.txt", line: 1, jurisdiction: "somewhere", kind: kind,
                  period: Period(year: year), section: kind == .target ? .mainTargets : .review, indicator: id, indicatorID: id,
                  value: value, upper: upper, unit: unit, comparator: comparator, qualifier: "", stretch: false, text: "")
    }

    func status(_ target: Statement, _ result: Statement) -> Status? {
        let rows = Aligner(catalog: Bundled.catalog, reports: []).align([target, result])
        return rows.first { !$0.targets.isEmpty }?.verdict.status
    }

    @Test(arguments: [
        ("5.2", Status.met), ("5", .met), ("4.9", .missed), ("6.5", .met), ("7.6", .exceeded),
    ])
    func aGrowthRangeIsAFloorAtItsLowerBound(actual: String, expected: Status) {
        let target = statement(.target, "gdp_growth", "5", .percent, .between, upper: "5.5")
        #expect(status(target, statement(.result, "gdp_growth", actual)) == expected, "\(actual)")
    }

    @Test(arguments: [("2.9", Status.met), ("3", .met), ("3.2", .missed)])
    func aPriceRangeIsACeilingAtItsUpperBound(actual: String, expected: Status) {
        let target = statement(.target, "cpi", "2", .percent, .between, upper: "3")
        #expect(status(target, statement(.result, "cpi", actual)) == expected, "\(actual)")
    }

    @Test func aRangeOfCountsComparesWithItsScale() {
        // 25万-28万人 against 26.4万人.
        let target = statement(.target, "new_urban_jobs", "25", "万人", .between, upper: "28")
        #expect(status(target, statement(.result, "new_urban_jobs", "26.4", "万人")) == .met)
    }

    @Test func aFallAskedForIsMetByALargerFall() {
        // 下降20% against 下降28.6%, of an indicator the catalog does not know: the target points down.
        let id = IndicatorCatalog.derivedID("信访总量", growth: true)
        #expect(status(statement(.target, id, "-20"), statement(.result, id, "-28.6")) == .met)
        #expect(status(statement(.target, id, "-20"), statement(.result, id, "-12")) == .missed)
        // 下降3%以上 reads as at most −3%.
        #expect(status(statement(.target, id, "-3", .percent, .atMost), statement(.result, id, "-3.5")) == .met)
    }

    @Test func aGrowthTargetMissedByAFall() {
        // 社会消费品零售总额增长8%左右 against 下降2.0%.
        #expect(status(statement(.target, "retail_sales_growth", "8", .percent, .about), statement(.result, "retail_sales_growth", "-2.0")) == .missed)
    }

    @Test func rangesAreWrittenBackAsReportsWriteThem() {
        #expect(FigureText.of(statement(.target, "gdp_growth", "6", .percent, .between, upper: "6.5")) == "6%—6.5%")
        #expect(FigureText.of(statement(.target, "new_urban_jobs", "25", "万人", .between, upper: "28")) == "25—28万人")
        #expect(FigureText.of(statement(.result, "retail_sales_growth", "-2.0")) == "-2.0%")
    }

    @Test func statementsCarryTheUpperBoundInEveryFormat() throws {
        let s = statement(.target, "gdp_growth", "6", .percent, .between, upper: "6.5")
        let json = StatementsCommand.json([s]).rendered()
        #expect(json.contains("\"upper\": 6.5"))
        #expect(StatementsCommand.keys.suffix(6) == ["upper", "stated", "implied", "attribute", "url", "citation"])
        let plain = StatementsCommand.json([statement(.result, "gdp", "16106", "亿元")]).rendered()
        #expect(plain.contains("\"upper\": null"))
    }
}

private extension String {
    static let percent = "%"
}
