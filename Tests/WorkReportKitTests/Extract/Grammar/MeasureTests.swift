import Testing
@testable import WorkReportKit

/// Measure words in and out of the catalog's wordings, shares of a whole, flows against stocks.
/// The sentences are Golden/Phrasebook/measures.txt.
struct MeasureTests {
    @Test(arguments: Phrasebook.entries("measures"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}
