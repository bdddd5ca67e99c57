import Foundation
import Testing
@testable import WorkReportKit

/// One scorecard in every format, with Chinese, ASCII, full-width and ambiguous-width text.
/// The golden files are recorded with RECORD_GOLDEN=1 and reviewed in diffs like code.
struct ScorecardGoldenTests {
    static let scorecard = Grid(
        columns: [.init("period", "period"), .init("indicator", "indicator"), .init("target", "target", .right),
                  .init("actual", "actual", .right), .init("status", "status"), .init("gap", "gap", .right), .init("note", "note")],
        rows: [
            ["2021", "服务业增加值", "8%", "8.7%", "met", "+0.7", "ＧＤＰ口径（全角）"],
            ["2021", "新增上市企业", "25家", "52家", "exceeded", "+108", "“凤凰行动”2.0, 1+12"],
            ["2021", "城镇登记失业率", "控制在3.5%以内", "2.3%", "met", "-1.2", "Ⅲ类 ① ℃ ‰"],
            ["2025", "CPI", "2%左右", "", "no-result", "", "a|b, \"quoted\"\nsecond line"],
            ["2022", "=SUM(A1)", "-5", "@user", "missed", "-0.3", "+86 571"],
        ],
        footer: ["5 row(s)", "tolerance for 左右 targets: 0.5 percentage points"])

    static let outputs: [(String, String)] = [
        ("scorecard.table.txt", TableRenderer().render(scorecard)),
        ("scorecard.ambiguous-wide.txt", TableRenderer(width: DisplayWidth(ambiguousIsWide: true)).render(scorecard)),
        ("scorecard.csv", CSVRenderer(byteOrderMark: true).render(scorecard)),
        ("scorecard.md", MarkdownRenderer().render(scorecard)),
        ("scorecard.json", JSONValue.object([("rows", .array(scorecard.rows.map { row in
            .object(zip(scorecard.columns, row).map { ($0.key, JSONValue.string($1)) })
        }))]).rendered() + "\n"),
    ]

    @Test(arguments: outputs.map(\.0))
    func matchesGolden(name: String) throws {
        let text = try #require(Self.outputs.first { $0.0 == name }?.1)
        let url = Paths.golden.appendingPathComponent("Render/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        // Bytes, not strings: the CSV's byte-order mark and CRLF are part of what is checked.
        let golden = try Data(contentsOf: url)
        #expect(Data(text.utf8) == golden, "\(name) differs from its golden; re-record with RECORD_GOLDEN=1 and review the diff")
    }

    /// A real CSV parser (Python's csv module) reads back exactly the cells written.
    @Test func csvReadsBackWithPythonsCSVModule() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else {
            Issue.record("python3 is needed to check the CSV with a real parser")
            return
        }
        let directory = temporaryDirectory()
        let csvPath = directory + "/s.csv"
        try CSVRenderer(byteOrderMark: true).render(Self.scorecard).write(toFile: csvPath, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    print(json.dumps(list(csv.reader(f)), ensure_ascii=False))", csvPath]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let cells = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        #expect(cells.first == Self.scorecard.columns.map(\.key))
        let expected = Self.scorecard.rows.map { row in
            row.map { cell in
                // Formula-like cells come back with the apostrophe that neutralised them.
                (cell.hasPrefix("=") || cell.hasPrefix("@") || cell.hasPrefix("+")) && !CSVRenderer.isNumber(cell) ? "'" + cell : cell
            }
        }
        #expect(Array(cells.dropFirst()) == expected)
    }
}
