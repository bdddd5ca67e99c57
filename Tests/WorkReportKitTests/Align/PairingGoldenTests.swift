import Foundation
import Testing
@testable import WorkReportKit

/// Every pair a careful reader makes between the 2021 task breakdown and the 2022 report's review
/// of 2021 (Golden/Pairing/hangzhou-2021-pairs.tsv, written by reading both texts), and the
/// near-misses that must not pair (hangzhou-2021-near-misses.tsv). Prints precision and recall.
struct PairingGoldenTests {
    /// (target line, target value, result line, actual value): what a pair is made of.
    struct Pair: Hashable, CustomStringConvertible {
        let targetLine: Int, target: Double?, resultLine: Int, actual: Double
        var description: String { "\(targetLine):\(target.map { "\($0)" } ?? "-") ↔ \(resultLine):\(actual)" }
        func same(as other: Pair) -> Bool {
            targetLine == other.targetLine && resultLine == other.resultLine && abs(abs(actual) - abs(other.actual)) < 1e-9
                && abs(abs(target ?? 0) - abs(other.target ?? 0)) < 1e-9
        }
    }

    static func golden(_ name: String) throws -> [[String: String]] {
        try TSV(path: Paths.golden.appendingPathComponent("Pairing/\(name)")).rows
    }

    /// The first number of a figure as written (52家 → 52, 48.3万人 → 48.3).
    static func number(_ text: String) -> Double? {
        let digits = text.unicodeScalars.drop { !CharacterSet.decimalDigits.contains($0) }
            .prefix { CharacterSet.decimalDigits.contains($0) || $0 == "." }
        return Double(String(String.UnicodeScalarView(digits)))
    }

    static func pair(_ row: [String: String]) -> Pair? {
        guard let t = Int(row["target_line"] ?? ""), let r = Int(row["result_line"] ?? ""), let a = number(row["actual"] ?? "") else { return nil }
        return Pair(targetLine: t, target: number(row["target"] ?? ""), resultLine: r, actual: a)
    }

    /// gwr's pairs between the two reports, each target line of a row with the result it uses.
    static func made(_ rows: [Comparison]) -> [Pair: Comparison] {
        var made: [Pair: Comparison] = [:]
        for row in rows where row.period == Period(year: 2021) && row.jurisdiction == "hangzhou" {
            guard let result = row.result, result.report == "hangzhou-2022-work-report", let actual = result.number else { continue }
            for target in row.targets where target.report == "hangzhou-2021-task-breakdown" {
                made[Pair(targetLine: target.line, target: target.number, resultLine: result.line, actual: actual)] = row
            }
        }
        return made
    }

    static func score(_ rows: [Comparison]) throws -> (recall: Double, precision: Double, statuses: Int, found: Int, paired: [Pair], missed: [Pair]) {
        let expected = try golden("hangzhou-2021-pairs.tsv")
        let made = Self.made(rows)
        var found = 0, statuses = 0
        var missed: [Pair] = []
        for want in expected {
            guard let pair = pair(want) else { continue }
            if let row = made.first(where: { $0.key.same(as: pair) })?.value {
                found += 1
                if row.verdict.status.rawValue == want["status"] { statuses += 1 }
            } else {
                missed.append(pair)
            }
        }
        let golden = expected.compactMap(pair)
        let right = made.keys.filter { m in golden.contains { $0.same(as: m) } }.count
        return (Double(found) / Double(expected.count), made.isEmpty ? 0 : Double(right) / Double(made.count), statuses, found,
                Array(made.keys), missed)
    }

    @Test func precisionAndRecallOnTheBundledReports() throws {
        let wording = try Self.score(AlignGoldenTests.rows)
        let strict = try Self.score(Aligner(catalog: Bundled.catalog, reports: Bundled.corpus.reports.map(\.metadata), pairing: .catalog)
            .align(StatementGoldenTests.extraction.statements))
        func percent(_ x: Double) -> String { Format.number(x * 100, digits: 1) + "%" }
        print("pairing 2021 breakdown ↔ 2022 review: recall \(percent(wording.recall)), precision \(percent(wording.precision)), "
              + "status right \(wording.statuses)/\(wording.found); catalog only: recall \(percent(strict.recall)), precision \(percent(strict.precision))")
        print("not paired: \(wording.missed.map(\.description).joined(separator: ", "))")
        #expect(wording.recall >= 0.83)
        #expect(wording.precision >= 0.9)
        #expect(wording.statuses == wording.found)
        #expect(wording.recall > strict.recall)
    }

    @Test func nearMissesStayApart() throws {
        let made = Self.made(AlignGoldenTests.rows)
        for miss in try Self.golden("hangzhou-2021-near-misses.tsv") {
            guard let pair = Self.pair(miss) else { continue }
            #expect(!made.keys.contains { $0.same(as: pair) }, "\(miss["target_words"]!) ↔ \(miss["result_words"]!): \(miss["why"]!)")
        }
    }

    /// The pairs the issue named, and the one it rejected.
    @Test func theNamedPairs() throws {
        let made = Self.made(AlignGoldenTests.rows)
        func paired(_ t: Int, _ v: Double, _ r: Int, _ a: Double) -> Bool {
            made.keys.contains { $0.same(as: Pair(targetLine: t, target: v, resultLine: r, actual: a)) }
        }
        #expect(paired(2647, 4, 132, 4) && paired(2647, 133, 132, 133))     // 建设高速公路4条、133公里 ↔ 建成高速公路4条133公里
        #expect(paired(504, 55, 130, 56))                                    // 55个竞赛场馆 ↔ 56个竞赛场馆及亚运村基本完工
        #expect(paired(1977, 75, 132, 94))                                   // 新增地铁运营里程75公里 ↔ 地铁新开通94公里
        #expect(!paired(2477, 6, 152, 326))                                  // 未来工厂6家 ↔ 培育“未来工厂”企业326家
    }
}
