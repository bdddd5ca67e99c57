import Testing
@testable import WorkReportKit

/// The numbers the goldens call "not a figure" (the .skipped.tsv files) are listed by the
/// audit, and every number of the five files is accounted for.
struct AuditGoldenTests {
    @Test func skippedNumbersAreAuditedNotStated() throws {
        var checked = 0
        var problems: [String] = []
        for id in StatementGoldenTests.ids {
            let rows = try TSV(path: Paths.golden.appendingPathComponent("Statements/\(id).skipped.tsv")).rows
            for row in rows {
                let token = row["token"]!
                guard var digits = token.split(whereSeparator: { !($0.isASCII && ($0.isNumber || $0 == ".")) }).first.map(String.init),
                      digits.first?.isNumber == true, let line = Int(row["line"]!) else { continue }
                while digits.hasSuffix(".") { digits.removeLast() }   // the item mark of "1."
                checked += 1
                let audited = StatementGoldenTests.extraction.audit.contains { $0.report == id && $0.line == line && $0.token == digits }
                if !audited { problems.append("\(id):\(line) \(token) (\(row["reason"] ?? "")) is not in the audit") }
            }
        }
        print("Golden non-figures listed by the audit: \(checked - problems.count)/\(checked)")
        #expect(checked > 140)
        // The few left are judgement calls the goldens' readers made from meaning (7省 as a
        // set of partners, 打造2万亿… as a slogan); they are listed when the test prints.
        #expect(Double(checked - problems.count) / Double(checked) >= 0.95, "\(problems.joined(separator: "\n"))")
    }

    /// An entry's context is cut from its passage when asked for: the 12 characters before the
    /// number and the 14 from it, as the audit prints them, whatever their width in bytes.
    @Test func contextIsCutFromThePassageWhenAskedFor() throws {
        let passage = CharacterFolding.fold("𠀀前言：全市生产总值增长8.5%，其中2021年第三产业增加值占比达到55.2%，高于全国平均水平🎯。")
        let metadata = ReportMetadata(id: "p", file: "p.txt", jurisdiction: "somewhere", year: 2022, reviews: [Period(year: 2021)],
                                      targets: [Period(year: 2022)], kind: .workReport, title: "p", source: "")
        let report = Report(metadata: metadata, path: "p.txt", encoding: .utf8,
                            lines: [SourceLine(number: 1, raw: passage, text: passage, disposition: .content)],
                            blocks: [TextBlock(passage: Passage(text: passage, line: 1), kind: .paragraph, section: 0)],
                            sections: [Section(role: .review, heading: "", level: 1, firstLine: 1, lastLine: 1, period: Period(year: 2021))],
                            tasks: [], joins: [], findings: [])
        let reading = Extractor.extract(report, catalog: Bundled.catalog)
        let entry = try #require(reading.audit.first { $0.token == "2021" })
        let scalars = Array(passage.unicodeScalars)
        let at = try #require(scalars.indices.first { String(String.UnicodeScalarView(scalars[$0..<($0 + 4)])) == "2021" })
        #expect(entry.context == String(String.UnicodeScalarView(scalars[max(0, at - 12)..<min(scalars.count, at + 14)])))
        var changed = entry
        changed.context = "另写的上下文"
        #expect(changed.context == "另写的上下文" && changed != entry)
        changed.context = entry.context
        #expect(changed == entry)
        #expect(entry.detached == entry && entry.detached.context == entry.context)
    }

    @Test func everyNumberOfTheFiveFilesIsAccountedFor() {
        let coverage = Coverage.measure(Bundled.corpus.reports, extraction: StatementGoldenTests.extraction)
        #expect(coverage.seen > 3000)
        #expect(coverage.accounted == coverage.seen, "\(coverage.gaps)")
    }
}
