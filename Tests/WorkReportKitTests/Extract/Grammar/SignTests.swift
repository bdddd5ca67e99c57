import Testing
@testable import WorkReportKit

/// Falls stated by their verb are negative; levels reached by a fall are not; indicators that are a fall keep it positive.
/// The sentences are Golden/Phrasebook/signs.txt.
struct SignTests {
    @Test(arguments: Phrasebook.entries("signs"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}
