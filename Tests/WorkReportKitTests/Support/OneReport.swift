import Foundation
import Testing
@testable import WorkReportKit

/// One report of our own, loaded as gwr loads a folder: its text as `r.txt` and its manifest entry
/// (`targets` left out when nil).
func loadOneReport(_ text: String, kind: String, year: Int, reviews: String, targets: String?, title: String = "t") throws -> Report {
    let directory = temporaryDirectory()
    _ = FileManager.default.createFile(atPath: directory + "/r.txt", contents: Data(text.utf8))
    let manifest = "[r]\nfile = r.txt\njurisdiction = somewhere\nyear = \(year)\nreviews = \(reviews)\n"
        + (targets.map { "targets = \($0)\n" } ?? "") + "kind = \(kind)\ntitle = \(title)\n"
    _ = FileManager.default.createFile(atPath: directory + "/manifest.ini", contents: Data(manifest.utf8))
    return try #require(try Corpus.load(directory: directory).reports.first)
}

/// A report's statements with a number, one a line: `line kind period indicatorID value`.
func figureLines(_ report: Report) -> [String] {
    Extractor.extract(report, catalog: Bundled.catalog).statements.filter { $0.value != nil }
        .map { "\($0.line) \($0.kind) \($0.period?.description ?? "-") \($0.indicatorID) \($0.value ?? "")" }
}
