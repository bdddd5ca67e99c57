import Foundation
import Testing
@testable import WorkReportKit

/// Every kind of document a user brings (Golden/Documents: a plan-execution report with 表1 one cell
/// a line, a news summary and a 摘登 page without headings, a saved web page, a report on one line),
/// dropped in beside the bundled reports: their figures against goldens written by reading them,
/// and the rows they make with the bundled reports.
struct DocumentKindsTests {
    static let folder = Paths.golden.appendingPathComponent("Documents").path

    /// The bundled reports and the documents in one folder, with one manifest.
    static let corpus: (reports: [Report], statements: [Statement], rows: [Comparison]) = {
        let directory = temporaryDirectory()
        let fm = FileManager.default
        var manifest = ""
        for source in [Paths.reports, folder] {
            for name in (try? fm.contentsOfDirectory(atPath: source)) ?? [] where !name.hasSuffix(".tsv") || name == "indicators.tsv" {
                if name == "manifest.ini" {
                    manifest += ((try? String(contentsOfFile: source + "/" + name, encoding: .utf8)) ?? "") + "\n"
                } else if !name.hasSuffix(".md") {
                    try? fm.copyItem(atPath: source + "/" + name, toPath: directory + "/" + name)
                }
            }
        }
        _ = fm.createFile(atPath: directory + "/manifest.ini", contents: Data(manifest.utf8))
        guard let corpus = try? Corpus.load(directory: directory) else { return ([], [], []) }
        let statements = Extractor.extract(corpus.reports, catalog: Bundled.catalog).statements
        let rows = Aligner(catalog: Bundled.catalog, reports: corpus.reports.map(\.metadata)).align(statements)
        return (corpus.reports, statements, rows)
    }()

    static let documents: Set<String> = ["hangzhou-2020-plan-execution", "hangzhou-2021-summary", "hangzhou-2021-zhaideng",
                                         "hangzhou-2021-page", "hangzhou-2023-one-line"]

    func expected() throws -> [[String: String]] {
        try TSV(path: URL(fileURLWithPath: Self.folder + "/expected.tsv")).rows
    }

    @Test func everyFigureWithItsKindAndPeriod() throws {
        let rows = try expected()
        let tool = Self.corpus.statements.filter { Self.documents.contains($0.report) }
        func key(_ s: Statement) -> String {
            "\(s.report) \(s.line) \(s.kind.rawValue) \(s.period?.description ?? "-") \(s.indicatorID) \(s.value ?? "") \(s.unit) \(s.comparator)"
        }
        let want = rows.map { "\($0["report"]!) \($0["line"]!) \($0["kind"]!) \($0["period"]!) \($0["indicator_id"]!) \($0["value"]!) \($0["unit"]!) \($0["comparator"]!)" }
        let got = tool.filter { $0.value != nil || $0.report == "hangzhou-2020-plan-execution" }.map(key)
        #expect(Set(want).subtracting(got).isEmpty, "missed: \(Set(want).subtracting(got).sorted())")
        #expect(Set(got).subtracting(want).isEmpty, "not expected: \(Set(got).subtracting(want).sorted())")
    }

    @Test func noResultOfAPastYearIsReadAsATarget() throws {
        // Whatever the golden calls a result, gwr calls a result; and every target of these documents is
        // for the year its report sets targets for, or one its table or its verdict names.
        let results = Set(try expected().filter { $0["kind"] == "result" }.map { "\($0["report"]!) \($0["line"]!) \($0["value"]!)" })
        for s in Self.corpus.statements where Self.documents.contains(s.report) && results.contains("\(s.report) \(s.line) \(s.value ?? "")") {
            if s.kind == .target { #expect(s.implied || s.line != s.line, "\(s.report):\(s.line) \(s.value ?? "") read as a target") }
        }
        let targets = Self.corpus.statements.filter { Self.documents.contains($0.report) && $0.kind == .target && !$0.implied }
        for t in targets {
            let report = try #require(Self.corpus.reports.first { $0.id == t.report })
            let fromTable = report.tables.contains { $0.lines.contains(t.line) }
            #expect(fromTable || (t.period?.start ?? 0) >= report.metadata.year, "\(t.report):\(t.line) target for \(t.period?.description ?? "-")")
        }
    }

    @Test func theRowsTheyMakeWithTheBundledReports() throws {
        let pairs = try TSV(path: URL(fileURLWithPath: Self.folder + "/pairs.tsv")).rows
        for pair in pairs {
            let period = try #require(Period(pair["period"]!))
            let row = Self.corpus.rows.first {
                $0.period == period && $0.jurisdiction == "hangzhou" && $0.indicatorID == pair["indicator_id"]
                    && $0.targets.contains { $0.report == pair["target_report"] }
            }
            #expect(row?.verdict.status.rawValue == pair["status"], "\(pair): \(row.map { "\($0.verdict.status) \($0.verdict.rule)" } ?? "no row")")
            #expect((row?.official?.status.rawValue ?? "-") == pair["official"], "\(pair)")
        }
    }

    @Test func theOutlineSaysWhatDecided() throws {
        let summary = try #require(Self.corpus.reports.first { $0.id == "hangzhou-2021-summary" })
        #expect(summary.sections.filter { $0.role == .review || $0.role == .mainTargets }.allSatisfy { $0.basis == .sentence || $0.basis == .manifest })
        // The audit lists them, with the rule: 过去一年 and 今年…主要预期目标 are sentences.
        let decided = AuditCommand.decided([summary]).map { "\($0.section.firstLine) \($0.section.role.rawValue) \($0.section.basis.rawValue)" }
        #expect(decided.contains("5 review sentence") && decided.contains("7 main_targets sentence"))
        let plan = try #require(Self.corpus.reports.first { $0.id == "hangzhou-2020-plan-execution" })
        #expect(plan.sections.first { $0.role == .review }?.period == Period(year: 2019))
        #expect(plan.tables.count == 1)
    }
}
