import Foundation
import Testing
@testable import WorkReportKit

/// The phrasebook (Golden/Phrasebook, format in its README): sentences written by hand with the
/// figures a reader takes from them, read through the same extractor the commands use.
enum Phrasebook {
    struct Figure: Sendable, CustomStringConvertible {
        let indicatorID: String
        let value: String
        let unit: String
        let comparator: String
        let upper: String?
        var description: String { "\(indicatorID) \(value)\(unit) \(comparator)\(upper.map { " " + $0 } ?? "")" }
    }

    struct Entry: Sendable, CustomTestStringConvertible {
        let file: String
        let line: Int
        let role: SectionRole
        let sentence: String
        let figures: [Figure]
        var testDescription: String { "\(file):\(line) \(sentence)" }
    }

    static let folder = Paths.golden.appendingPathComponent("Phrasebook")

    /// The ids the catalog had when the sentences were written: `-` accepts any id not among them.
    static let idsAtWriting: Set<String> = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("catalog-ids-at-writing.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map(String.init))
    }()

    /// The entries of one file (`signs`, `held-out/own`).
    static func entries(_ name: String) -> [Entry] {
        let url = folder.appendingPathComponent(name + ".txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var entries: [Entry] = []
        var current: (line: Int, role: SectionRole, sentence: String, figures: [Figure])?
        func flush() {
            if let c = current { entries.append(Entry(file: name, line: c.line, role: c.role, sentence: c.sentence, figures: c.figures)) }
            current = nil
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("@ ") {
                flush()
                let parts = line.dropFirst(2).split(separator: "\t", maxSplits: 1).map(String.init)
                guard parts.count == 2, let role = SectionRole(rawValue: parts[0]) else {
                    Issue.record("\(name):\(index + 1): not an entry line"); continue
                }
                current = (index + 1, role, parts[1], [])
            } else if line == "-" {
                continue
            } else {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard cells.count == 4 || cells.count == 5 else { Issue.record("\(name):\(index + 1): 4 or 5 cells expected"); continue }
                current?.figures.append(Figure(indicatorID: cells[0], value: cells[1], unit: cells[2], comparator: cells[3],
                                               upper: cells.count == 5 ? cells[4] : nil))
            }
        }
        flush()
        return entries
    }

    static func kind(_ role: SectionRole) -> StatementKind {
        switch role {
        case .review, .fiveYearReview: return .result
        case .progress: return .progress
        default: return .target
        }
    }

    /// The statements with a number that one sentence yields, read as the given section of a
    /// 2022 report of one city.
    static func read(_ entry: Entry) -> [Statement] {
        let metadata = ReportMetadata(id: "p", file: "p.txt", jurisdiction: "somewhere", year: 2022, reviews: [Period(year: 2021)],
                                      targets: [Period(year: 2022)], kind: .workReport, title: "p", source: "")
        let period = kind(entry.role) == .result ? Period(year: 2021) : Period(year: 2022)
        let section = Section(role: entry.role, heading: "", level: 1, firstLine: 1, lastLine: 1, period: period)
        let report = Report(metadata: metadata, path: "p.txt", encoding: .utf8,
                            lines: [SourceLine(number: 1, raw: entry.sentence, text: entry.sentence, disposition: .content)],
                            blocks: [TextBlock(passage: Passage(text: CharacterFolding.fold(entry.sentence), line: 1), kind: .paragraph, section: 0)],
                            sections: [section], tasks: [], joins: [], findings: [])
        return Extractor.extract(report, catalog: Bundled.catalog).statements.filter { $0.value != nil }
    }

    /// How each expected figure was read: nil fields are right, or why not.
    struct Scored {
        var found = false
        var kind = false, id = false, value = false, comparator = false
        var allRight: Bool { found && kind && id && value && comparator }
    }

    /// Scores an entry: one result per expected figure (matched to a statement by the magnitude of
    /// its value, in order), the statements nobody expected, and a line per fault.
    static func score(_ entry: Entry) -> (scored: [Scored], extra: [Statement], faults: [String]) {
        var pool = read(entry)
        var scored: [Scored] = []
        var faults: [String] = []
        let kind = kind(entry.role)
        for figure in entry.figures {
            let magnitude = abs(Double(figure.value) ?? .nan)
            guard let at = pool.firstIndex(where: { abs($0.number ?? .nan) == magnitude }) else {
                scored.append(Scored())
                faults.append("missed \(figure)")
                continue
            }
            let s = pool.remove(at: at)
            var one = Scored(found: true)
            one.kind = s.kind == kind
            one.id = figure.indicatorID == "-" ? !idsAtWriting.contains(s.indicatorID) : s.indicatorID == figure.indicatorID
            one.value = s.number == Double(figure.value) && s.unit == figure.unit
            one.comparator = s.comparator.description == figure.comparator && (s.upper.flatMap(Double.init) == figure.upper.flatMap(Double.init))
            if !one.allRight {
                faults.append("want \(figure), got \(s.indicatorID) (\(s.indicator)) \(s.value ?? "")\(s.unit) \(s.comparator)\(s.upper.map { " " + $0 } ?? "") \(s.kind)")
            }
            scored.append(one)
        }
        faults += pool.map { "extra \($0.indicatorID) (\($0.indicator)) \($0.value ?? "")\($0.unit) \($0.comparator)" }
        return (scored, pool, faults)
    }

    /// Expects every figure of the entry read right and nothing else read.
    static func expectReadRight(_ entry: Entry) {
        let (_, _, faults) = score(entry)
        let detail = faults.joined(separator: "\n  ")
        #expect(faults.isEmpty, "\(entry.sentence)\n  \(detail)")
    }
}
