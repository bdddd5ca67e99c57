import Testing
@testable import WorkReportKit

/// Rows without a result share their period's rule and their place's advice, made once: each row
/// gets the words it would get alone.
struct RowNotesTests {
    func target(_ id: String, year: Int, in place: String) -> Statement {
        Statement(report: "plan-\(place)-\(year)", file: "p.txt", line: 1, jurisdiction: place, kind: .target,
                  period: Period(year: year), section: .mainTargets, indicator: id, indicatorID: id,
                  value: "5", unit: "%", comparator: .about, qualifier: "左右", stretch: false, text: "")
    }

    @Test func rowsWithoutAResultGetTheirOwnPlacesWords() {
        // The 2022 report of 甲 reviews 2021 and gives no figure for these: its advice names it.
        let reviewer = ReportMetadata(id: "review-甲-2022", file: "r.txt", jurisdiction: "甲", year: 2022, reviews: [Period(year: 2021)],
                                      targets: [Period(year: 2022)], kind: .workReport, title: "", source: "")
        let aligner = Aligner(catalog: Bundled.catalog, reports: [reviewer])
        var statements: [Statement] = []
        for place in ["甲", "乙"] {
            for year in [2021, 2022] {
                for id in ["gdp_growth", "x_one", "x_two"] { statements.append(target(id, year: year, in: place)) }
            }
        }
        let rows = aligner.align(statements)
        #expect(rows.count == 12)
        for row in rows {
            #expect(row.verdict.status == .noResult)
            #expect(row.verdict.rule == "no loaded report states the \(row.period) result")
            #expect(row.advice == aligner.advice(for: row.period, jurisdiction: row.jurisdiction))
            // Judged alone, without the shared notes, a row reads the same.
            var alone = row
            alone.verdict = Verdict(status: .noResult, gap: nil, gapUnit: "", rule: "")
            alone.advice = nil
            aligner.judge(&alone, results: [:])
            #expect(alone.verdict.rule == row.verdict.rule)
            #expect(alone.advice == row.advice)
        }
        #expect(rows.contains { $0.advice == "review-甲-2022 reviews 2021 but states no result for this indicator" })
        #expect(rows.contains { $0.advice == "add a report that reviews 2021 for 乙, e.g. the 2022 work report" })
    }
}
