import Foundation
import Testing
@testable import WorkReportKit

/// The held-out sentences (Golden/Phrasebook/held-out): never tuned on, only scored. Prints the
/// accuracy of kind, indicator id, value and comparator, and the statements nobody expected.
struct HeldOutPhrasebookTests {
    static let files = ProcessInfo.processInfo.environment["PB_FILES"].map { $0.split(separator: ",").map(String.init) } ?? ["held-out/own", "held-out/independent"]

    @Test func accuracyOnSentencesTheRulesWereNotTunedOn() throws {
        var figures = 0, found = 0, kind = 0, id = 0, value = 0, comparator = 0, all = 0, extra = 0, entries = 0
        var faults: [String] = []
        for file in Self.files {
            for entry in Phrasebook.entries(file) {
                entries += 1
                let result = Phrasebook.score(entry)
                for s in result.scored {
                    figures += 1
                    if s.found { found += 1 }
                    if s.kind { kind += 1 }
                    if s.id { id += 1 }
                    if s.value { value += 1 }
                    if s.comparator { comparator += 1 }
                    if s.allRight { all += 1 }
                }
                extra += result.extra.count
                if !result.faults.isEmpty { faults.append("\(entry.file):\(entry.line) \(entry.sentence)\n    " + result.faults.joined(separator: "\n    ")) }
            }
        }
        func share(_ n: Int) -> String { String(format: "%.1f%%", Double(n) / Double(max(figures, 1)) * 100) }
        let summary = "held-out phrasebook: \(entries) sentences, \(figures) figures; found \(share(found)), kind \(share(kind)), "
            + "indicator id \(share(id)), value \(share(value)), comparator \(share(comparator)), all four \(share(all)) (\(all)/\(figures)); "
            + "\(extra) statements nobody expected"
        print(summary)
        try? (summary + "\n\n" + faults.joined(separator: "\n")).write(toFile: NSTemporaryDirectory() + "gwr-held-out.txt", atomically: true, encoding: .utf8)
        #expect(figures > 100)
        for (name, n) in [("kind", kind), ("indicator id", id), ("value", value), ("comparator", comparator)] {
            #expect(Double(n) >= 0.95 * Double(figures), "\(name): \(share(n)); \(summary)")
        }
    }
}
