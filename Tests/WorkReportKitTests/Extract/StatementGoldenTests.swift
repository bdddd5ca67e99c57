import Foundation
import Testing
@testable import WorkReportKit

/// The extractor against the hand-written Golden/Statements files: recall and precision over
/// the passages the goldens cover, then field by field.
struct StatementGoldenTests {
    static let ids = ["hangzhou-2020-work-report", "hangzhou-2021-task-breakdown", "hangzhou-2022-work-report",
                      "xiaoshan-2022-summary", "hangzhou-2025-work-report"]

    struct Key: Hashable { let line: String; let value: String; let unit: String }

    static let extraction: Extraction = Extractor.extract(Bundled.corpus.reports, catalog: Bundled.catalog)

    /// The golden rows, the lines they cover in full, and lines covered only in part
    /// (`# partial-lines: 35`): there only the golden's own numbers count for precision.
    static func golden(_ id: String) throws -> (rows: [[String: String]], covered: Set<String>, partial: [String: Set<String>]) {
        let url = Paths.golden.appendingPathComponent("Statements/\(id).tsv")
        let rows = try TSV(path: url).rows
        let skipped = try TSV(path: Paths.golden.appendingPathComponent("Statements/\(id).skipped.tsv")).rows
        var partial: [String: Set<String>] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where line.hasPrefix("# partial-lines:") {
            for number in line.dropFirst("# partial-lines:".count).split(separator: ",") {
                let n = number.trimmingCharacters(in: .whitespaces)
                // What the golden says of that line: its rows' value+unit, and its skipped tokens as written.
                partial[n] = Set(rows.filter { $0["line"] == n }.map { $0["value"]! + $0["unit"]! }
                                 + skipped.filter { $0["line"] == n }.map { $0["token"]! })
            }
        }
        return (rows, Set(rows.map { $0["line"]! } + skipped.map { $0["line"]! }), partial)
    }

    /// The catalog's headline indicators (README of the goldens): on these every golden row
    /// found must carry the same id — the pairing of targets and results depends on it.
    static let headline: Set<String> = [
        "gdp", "gdp_growth", "gdp_per_capita", "fiscal_revenue", "fiscal_revenue_growth", "tax_share", "rnd_intensity",
        "resident_income", "resident_income_growth", "urban_income", "urban_income_growth", "rural_income", "rural_income_growth",
        "urban_rural_income_ratio", "cpi", "registered_unemployment_rate", "surveyed_unemployment_rate", "new_urban_jobs",
        "fixed_asset_investment_growth", "industrial_investment_growth", "manufacturing_investment_growth", "retail_sales",
        "retail_sales_growth", "digital_economy_core_value_added", "digital_economy_core_growth", "digital_economy_core_share",
        "services_value_added_growth", "industrial_value_added_growth", "trade_total", "trade_growth", "exports", "exports_growth",
        "foreign_investment", "new_listed_companies", "listed_companies_total", "new_high_tech_enterprises", "labour_productivity",
        "energy_intensity_decline", "energy_environment_targets", "new_young_graduates",
    ]

    @Test func headlineIndicatorsGetTheirIDs() throws {
        var wrong: [String] = []
        var checked = 0
        for id in Self.ids {
            let (rows, _, _) = try Self.golden(id)
            for row in rows where Self.headline.contains(row["indicator_id"]!) {
                let candidates = Self.extraction.statements.filter {
                    $0.report == id && String($0.line) == row["line"] && ($0.value ?? "") == row["value"] && $0.unit == row["unit"]
                        && $0.comparator.description == row["comparator"]
                }
                guard !candidates.isEmpty else { continue }   // a miss is counted by recallAndPrecision
                checked += 1
                if !candidates.contains(where: { $0.indicatorID == row["indicator_id"] }) {
                    wrong.append("\(id):\(row["line"]!) \(row["indicator"]!) \(row["value"]!): got \(candidates.map(\.indicatorID)) want \(row["indicator_id"]!)")
                }
            }
        }
        print("Headline indicator ids: \(checked - wrong.count)/\(checked) agree")
        #expect(checked > 60)
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func recallAndPrecision() throws {
        var totalGolden = 0, totalFound = 0, totalTool = 0, totalCorrect = 0, idAgree = 0
        var report = ""
        for id in Self.ids {
            let (rows, covered, partial) = try Self.golden(id)
            let tool = Self.extraction.statements.filter { s in
                guard s.report == id, covered.contains(String(s.line)) else { return false }
                guard let numbers = partial[String(s.line)] else { return true }
                return numbers.contains((s.value ?? "") + s.unit)
            }
            var pool: [Key: [Statement]] = [:]
            for s in tool { pool[Key(line: String(s.line), value: s.value ?? "", unit: s.unit), default: []].append(s) }
            var found = 0, correct = 0, ids = 0
            var misses: [String] = []
            var idNotes: [String] = []
            for row in rows {
                let key = Key(line: row["line"]!, value: row["value"]!, unit: row["unit"]!)
                guard var candidates = pool[key], !candidates.isEmpty else {
                    misses.append("  missed \(id):\(row["line"]!) \(row["indicator"]!) \(row["value"]!)\(row["unit"]!) \(row["comparator"]!)")
                    continue
                }
                // Prefer the candidate naming the same indicator, then the one with the same comparator.
                let index = candidates.firstIndex { $0.indicatorID == row["indicator_id"] }
                    ?? candidates.firstIndex { $0.comparator.description == row["comparator"] } ?? 0
                let s = candidates.remove(at: index)
                pool[key] = candidates
                found += 1
                let fields = [
                    ("kind", s.kind.rawValue, row["kind"]!), ("period", s.period?.description ?? "", row["period"]!),
                    ("comparator", s.comparator.description, row["comparator"]!), ("stretch", s.stretch ? "1" : "0", row["stretch"]!),
                ]
                let wrong = fields.filter { $0.1 != $0.2 }
                if wrong.isEmpty { correct += 1 } else {
                    misses.append("  wrong  \(id):\(row["line"]!) \(row["value"]!)\(row["unit"]!) " + wrong.map { "\($0.0)=\($0.1) want \($0.2)" }.joined(separator: ", "))
                }
                if s.indicatorID == row["indicator_id"] || row["indicator_id"] == "-" { ids += 1 } else {
                    idNotes.append("  id     \(id):\(row["line"]!) \(row["indicator"]!) \(row["value"]!): \(s.indicatorID) (\(s.indicator)) want \(row["indicator_id"]!)")
                }
            }
            let extra = pool.values.flatMap { $0 }.map { "  extra  \(id):\($0.line) \($0.indicator) \($0.value ?? "")\($0.unit) \($0.comparator)" }
            report += "\(id): golden \(rows.count), found \(found), correct \(correct), tool \(tool.count), indicator_id agrees \(ids)\n"
            report += (misses + extra.sorted() + idNotes).joined(separator: "\n") + "\n"
            totalGolden += rows.count; totalFound += found; totalTool += tool.count; totalCorrect += correct; idAgree += ids
        }
        let recall = Double(totalCorrect) / Double(totalGolden)
        let precision = Double(totalCorrect) / Double(max(totalTool, 1))
        let summary = String(format: "recall %.1f%% (%d/%d), precision %.1f%% (%d/%d), indicator_id agreement %.1f%%",
                             recall * 100, totalCorrect, totalGolden, precision * 100, totalCorrect, totalTool,
                             Double(idAgree) / Double(max(totalFound, 1)) * 100)
        print("Extraction against goldens: \(summary)")
        try? report.write(toFile: NSTemporaryDirectory() + "gwr-golden-report.txt", atomically: true, encoding: .utf8)
        #expect(recall >= 0.98, "\(summary)\n\(report)")
        #expect(precision >= 0.98, "\(summary)")
    }
}
