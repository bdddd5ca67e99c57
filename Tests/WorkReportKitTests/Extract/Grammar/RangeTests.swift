import Testing
@testable import WorkReportKit

/// Ranges of a target (5%—5.5%) against ranges that bound a noun (20万至60万群体).
/// The sentences are Golden/Phrasebook/ranges.txt.
struct RangeTests {
    @Test(arguments: Phrasebook.entries("ranges"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}
