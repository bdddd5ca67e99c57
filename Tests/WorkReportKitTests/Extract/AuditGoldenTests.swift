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

    @Test func everyNumberOfTheFiveFilesIsAccountedFor() {
        let coverage = Coverage.measure(Bundled.corpus.reports, extraction: StatementGoldenTests.extraction)
        #expect(coverage.seen > 3000)
        #expect(coverage.accounted == coverage.seen, "\(coverage.gaps)")
    }
}
