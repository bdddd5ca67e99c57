import Testing
@testable import WorkReportKit

struct RowOrderTests {
    func row(_ section: SectionRole, report: String, line: Int, id: String) -> Comparison {
        let target = Statement(report: report, file: report + ".txt", line: line, jurisdiction: "hangzhou", kind: .target,
                               period: Period(year: 2021), section: section, indicator: id, indicatorID: id, value: "5",
                               unit: "%", comparator: .about, qualifier: "左右", stretch: false, text: "")
        return Comparison(jurisdiction: "hangzhou", period: Period(year: 2021), indicatorID: id, indicator: id, targets: [target],
                          results: [], reference: [], progress: [],
                          verdict: Verdict(status: .noResult, gap: nil, gapUnit: "", rule: ""), advice: nil)
    }

    /// The main targets lead, then report and line — however many reports the folder holds
    /// and however long the file (a key packed into one number let the 100th report or the
    /// 100,000th line outweigh the section).
    @Test func mainTargetsFirstInAnyFolder() {
        let order = ["a": 0, "b": 150]
        let task = RowOrder(row(.tasks, report: "a", line: 3, id: "x"), order)
        let main = RowOrder(row(.mainTargets, report: "b", line: 9, id: "y"), order)
        #expect(main < task)
        let early = RowOrder(row(.tasks, report: "a", line: 250_000, id: "z"), order)
        let later = RowOrder(row(.tasks, report: "b", line: 1, id: "z"), order)
        #expect(early < later)
    }
}
