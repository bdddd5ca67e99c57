import Testing
@testable import WorkReportKit

/// A figure's subject across clause boundaries, and the comparison base (比上年, 同比, 按可比价格计算) between subject and figure.
/// The sentences are Golden/Phrasebook/clauses.txt.
struct ClauseTests {
    @Test(arguments: Phrasebook.entries("clauses"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}
