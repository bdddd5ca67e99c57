import Testing
@testable import WorkReportKit

/// Units with their scale, counts, ratios without a unit, percentage points.
/// The sentences are Golden/Phrasebook/units.txt.
struct UnitTests {
    @Test(arguments: Phrasebook.entries("units"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}
