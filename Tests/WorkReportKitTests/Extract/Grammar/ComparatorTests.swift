import Testing
@testable import WorkReportKit

/// The words before and after a number that bound it: 左右, 以上, 以内, 不低于, 控制在, 力争, 确保, 突破, 达到.
/// The sentences are Golden/Phrasebook/comparators.txt.
struct ComparatorTests {
    @Test(arguments: Phrasebook.entries("comparators"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}
