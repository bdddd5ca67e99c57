import Testing
@testable import WorkReportKit

struct ClauseEndTests {
    /// The switch that replaced the set lookups says the same as the sets, for every scalar of
    /// the Basic Multilingual Plane.
    @Test func switchAgreesWithTheSets() {
        for value in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(value) else { continue }
            #expect(Clauses.isSentenceEnd(c) == Clauses.sentenceEnds.contains(c))
            #expect(Clauses.isClauseEndMark(c) == Clauses.clauseEnds.contains(c))
            if c != ":" && c != "," && c != "：" {
                #expect(Clauses.isClauseEnd([c], 0) == Clauses.clauseEnds.contains(c))
            }
        }
    }
}
