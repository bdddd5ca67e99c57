import Testing
@testable import WorkReportKit

/// `gwr compare --format json` is written row by row; it must be the text the JSON tree renders.
struct CompareJSONTests {
    @Test(arguments: [Tolerance.standard, Tolerance(amount: 5, kind: .percentOfTarget)])
    func rowByRowEqualsTheTree(tolerance: Tolerance) {
        let rows = Aligner(catalog: Bundled.catalog, tolerance: tolerance, reports: Bundled.corpus.reports.map(\.metadata))
            .align(Extractor.extract(Bundled.corpus.reports, catalog: Bundled.catalog).statements)
        #expect(rows.count > 10)
        for some in [rows, Array(rows.prefix(1)), []] {
            #expect(CompareCommand.jsonText(some, tolerance: tolerance) == CompareCommand.json(some, tolerance: tolerance).rendered())
        }
    }
}
