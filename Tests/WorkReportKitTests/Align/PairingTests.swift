import Foundation
import Testing
@testable import WorkReportKit

/// Pairing by what is measured: two reports of our own (Golden/Pairing), worded as a year's targets
/// and its review might be, in words no catalog has, read with an empty catalog.
struct PairingTests {
    static let folder = Paths.golden.appendingPathComponent("Pairing").path

    static func rows(_ mode: PairingMode, catalog: IndicatorCatalog = IndicatorCatalog()) throws -> [Comparison] {
        let pipeline = try Pipeline.run(directory: folder, catalog: catalog)
        return Aligner(catalog: catalog, reports: pipeline.metadata, pairing: mode).align(pipeline.extraction.statements)
            .filter { $0.period == Period(year: 2023) && !$0.targets.isEmpty }
    }

    @Test func pairsDoNotNeedTheCatalog() throws {
        let rows = try Self.rows(.wording)
        let expected = try TSV(path: URL(fileURLWithPath: Self.folder + "/expected-pairs.tsv")).rows
        for want in expected {
            let row = rows.first { $0.target?.line == Int(want["target_line"]!) && $0.target.map(FigureText.of) == want["target"] }
            let label = "\(want["target"]!) (line \(want["target_line"]!))"
            guard let row else { Issue.record("\(label): no row"); continue }
            let actual = row.result.map { "\(FigureText.of($0)) @\($0.line)" }
            if want["kind"] == "pair" {
                #expect(actual == "\(want["actual"]!) @\(want["result_line"]!)", "\(label)")
                #expect(row.verdict.status.rawValue == want["status"], "\(label): \(row.verdict.rule)")
                #expect(row.pairedBy != nil, "\(label)")
            } else {
                #expect(actual != "\(want["actual"]!) @\(want["result_line"]!)", "\(label) must not pair: \(want["status"]!)")
            }
        }
    }

    @Test func theCatalogAloneFindsFewer() throws {
        let judged = { (rows: [Comparison]) in rows.filter { $0.verdict.status.isMet || $0.verdict.status == .missed }.count }
        #expect(try judged(Self.rows(.wording)) == 10)
        #expect(try judged(Self.rows(.catalog)) < 3)
    }

    /// Every row says how it was paired, in every format; --explain the reasoning.
    @Test func everyRowSaysHowItWasPaired() throws {
        let csv = runCLI(["compare", "2023", "--explain", "--format", "csv"], reports: Self.folder)
        #expect(csv.output.split(separator: "\r\n").first?.hasSuffix(",paired_by") == true)
        #expect(csv.output.contains("paired by wording ("))
        #expect(csv.output.contains(",wording 1: 国际航线") || csv.output.contains(": 国际航线"))
        let json = runCLI(["compare", "2023", "--format", "json"], reports: Self.folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let rows = try #require(object["comparisons"] as? [[String: Any]])
        let paired = rows.filter { $0["paired_by"] as? String == "wording" }
        #expect(!paired.isEmpty)
        #expect(paired.allSatisfy { ($0["pairing_score"] as? Double ?? 0) >= WordingPairing.threshold && !($0["shared_words"] as? String ?? "").isEmpty })
        let strict = runCLI(["compare", "2023", "--pairing", "catalog", "--format", "csv"], reports: Self.folder)
        #expect(!strict.output.contains(",wording "))
    }

    /// Scope, measure and magnitude reject before any word is scored.
    @Test func scopeChecksReject() {
        func s(_ words: String, _ value: String, _ unit: String, kind: StatementKind = .result, id: String = "x") -> Statement {
            Statement(report: "r", file: "f", line: 1, jurisdiction: "j", kind: kind, period: Period(year: 2021), section: .review,
                      indicator: words, indicatorID: id, value: value, unit: unit, comparator: .equal, qualifier: "", stretch: false, text: words)
        }
        let catalog = IndicatorCatalog()
        let target = s("建设未来工厂", "6", "家", kind: .target)
        #expect(WordingPairing.match(target: target, result: s("新建未来工厂", "7", "家"), catalog: catalog) != nil)
        // 培育 is a stock; 326 is fifty times 6.
        #expect(WordingPairing.match(target: target, result: s("培育“未来工厂”企业", "326", "家"), catalog: catalog) == nil)
        #expect(WordingPairing.match(target: target, result: s("未来工厂", "30", "个"), catalog: catalog) == nil)
        // A growth does not answer a share; 营业收入 is not 增加值.
        #expect(WordingPairing.match(target: s("研发投入占比", "3", "%", kind: .target), result: s("研发投入", "12", "%", id: "x_growth"), catalog: catalog) == nil)
        #expect(WordingPairing.match(target: s("数字经济核心产业营业收入", "1.4", "万亿元", kind: .target),
                                     result: s("数字经济核心产业增加值", "4905", "亿元"), catalog: catalog) == nil)
        // The thing measured must be shared, not only what is measured of it.
        #expect(WordingPairing.match(target: s("文化产业增加值", "7", "%", kind: .target, id: "a_growth"),
                                     result: s("规模以上工业增加值", "0.3", "%", id: "b_growth"), catalog: catalog) == nil)
    }

    /// Two results that score the same go to the one the catalog would rank first (the year's own
    /// review before the five-year one), whatever their ids: the pool of results is kept in a
    /// dictionary, and its order changed with the thread count and the build.
    @Test func tiesGoToTheYearsOwnReview() {
        let catalog = IndicatorCatalog()
        let reports = [ReportMetadata(id: "r", file: "f", jurisdiction: "j", year: 2022, reviews: [Period(year: 2021)],
                                      targets: [Period(year: 2022)], kind: .workReport, title: "", source: "")]
        func s(_ words: String, _ value: String, kind: StatementKind, section: SectionRole, line: Int, id: String) -> Statement {
            Statement(report: "r", file: "f", line: line, jurisdiction: "j", kind: kind, period: Period(year: 2021), section: section,
                      indicator: words, indicatorID: id, value: value, unit: "个", comparator: .equal, qualifier: "", stretch: false, text: words)
        }
        for k in 0..<24 {
            let statements = [
                s("完成老旧小区综合改造", "200", kind: .target, section: .tasks, line: 1, id: "t_\(k)"),
                s("老旧小区改造", "714", kind: .result, section: .fiveYearReview, line: 10, id: "b_\(k)"),
                s("改造提升老旧小区", "211", kind: .result, section: .review, line: 20, id: "a_\(k)"),
            ]
            let row = Aligner(catalog: catalog, reports: reports, pairing: .wording).align(statements).first { $0.target != nil }
            #expect(row?.result?.value == "211", "ids t_\(k), a_\(k), b_\(k): \(row?.verdict.rule ?? "no row")")
        }
    }
}
