import Testing
@testable import WorkReportKit

/// 分别 and 均 lists, members sharing a head or a prefix, and lists carried into the next clause.
/// The sentences are Golden/Phrasebook/lists.txt.
struct ListTests {
    @Test(arguments: Phrasebook.entries("lists"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}
