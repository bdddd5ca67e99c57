import Testing
@testable import WorkReportKit

struct RendererTests {
    let grid = Grid(columns: [.init("indicator", "指标"), .init("value", "value", .right), .init("note", "note")],
                    rows: [["全市生产总值", "18109", "“预计”"], ["GDP growth", "-0.3", "Ⅲ ① ℃ ‰"], ["研发投入强度", "3.7", "=SUM(A1), \"x\""]])

    @Test func displayWidths() {
        let w = DisplayWidth()
        #expect(w.of("杭州") == 4)
        #expect(w.of("GDP") == 3)
        #expect(w.of("６．５％") == 8)
        #expect(w.of("“”①Ⅲ℃") == 5)
        #expect(DisplayWidth(ambiguousIsWide: true).of("“”①Ⅲ℃") == 10)
        #expect(w.of("e\u{301}") == 1)
    }

    /// The shortcut for Han characters and full-width forms gives what the category lookup and
    /// the width tables give, for every scalar of the blocks around them.
    @Test func widthShortcutAgreesWithTheTables() {
        for ambiguousIsWide in [false, true] {
            let w = DisplayWidth(ambiguousIsWide: ambiguousIsWide)
            for value in UInt32(0x2E80)...0xFFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let expected = DisplayWidth.isZeroWidth(scalar) ? 0 : DisplayWidth.isWide(value) ? 2
                    : DisplayWidth.isAmbiguous(value) ? (ambiguousIsWide ? 2 : 1) : 1
                #expect(w.of(scalar) == expected, "U+\(String(value, radix: 16))")
            }
        }
        #expect(DisplayWidth().of("\u{4DC0}") == 1)
    }

    @Test func everyTableLineHasTheSameDisplayWidth() {
        for ambiguousIsWide in [false, true] {
            let width = DisplayWidth(ambiguousIsWide: ambiguousIsWide)
            let text = TableRenderer(width: width).render(grid)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.count == 5)
            #expect(Set(lines.map { width.of($0) }).count == 1, "\(text)")
        }
        // Right-aligned numbers end in the same column.
        let lines = TableRenderer().render(grid).split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("全市生产总值  "))
    }

    @Test func cutToTheTerminal() {
        let text = TableRenderer(maxWidth: 30).render(grid)
        for line in text.split(separator: "\n") { #expect(DisplayWidth().of(String(line)) <= 30, "\(line)") }
        #expect(text.contains("…"))
    }

    /// Padding, right alignment, colour codes and the cut, on a table whose cells are wider than
    /// the padding string.
    @Test func linesPadAlignAndColour() {
        let wide = Grid(columns: [.init("a", "a"), .init("n", "n", .right), .init("b", "b")],
                        rows: [[String(repeating: "x", count: 300), "1", "杭州"], ["y", "12345", ""]])
        var renderer = TableRenderer()
        renderer.maxCellWidth = nil
        renderer.colour = { column, text in column == 1 && text == "1" ? "\u{1B}[32m" : nil }
        let lines = renderer.render(wide).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "a" + String(repeating: " ", count: 299) + "  " + "    n" + "  " + "b   ")
        #expect(lines[2] == String(repeating: "x", count: 300) + "  " + "\u{1B}[32m" + "    1" + "\u{1B}[0m" + "  " + "杭州")
        #expect(lines[3] == "y" + String(repeating: " ", count: 299) + "  " + "12345" + "  " + "    ")
        renderer.maxCellWidth = 5
        let cut = renderer.render(wide).split(separator: "\n").map(String.init)
        #expect(cut[2].hasPrefix("xxxx…  "))
        #expect(DisplayWidth(ambiguousIsWide: true).of("…") == 2)
        var wideRenderer = TableRenderer(width: DisplayWidth(ambiguousIsWide: true))
        wideRenderer.maxCellWidth = 5
        let wideCut = wideRenderer.render(wide).split(separator: "\n").map(String.init)
        #expect(wideCut[2].hasPrefix("xxx…  "))
    }

    @Test func csvQuotesAndNeutralisesFormulas() {
        let csv = CSVRenderer().render(grid)
        #expect(csv == "indicator,value,note\r\n全市生产总值,18109,“预计”\r\nGDP growth,-0.3,Ⅲ ① ℃ ‰\r\n研发投入强度,3.7,\"'=SUM(A1), \"\"x\"\"\"\r\n")
        #expect(CSVRenderer(byteOrderMark: true).render(grid).hasPrefix("\u{FEFF}indicator"))
        #expect(CSVRenderer().field("+86 571") == "'+86 571")
        #expect(CSVRenderer().field("-12.5") == "-12.5")
        #expect(CSVRenderer().field("=") == "=")
        #expect(CSVRenderer().field("=1+1") == "'=1+1")
    }

    @Test func markdownEscapesPipes() {
        let md = MarkdownRenderer().render(Grid(columns: [.init("a", "a")], rows: [["x|y"]]))
        #expect(md == "| a |\n| --- |\n| x\\|y |\n")
    }

    @Test func jsonIsDeterministicAndEscaped() {
        let value = JSONValue.object([("b", .int(1)), ("a", .string("引号\"\n")), ("c", .array([.null, .bool(true), .number("6.5")]))])
        #expect(value.rendered() == "{\n  \"b\": 1,\n  \"a\": \"引号\\\"\\n\",\n  \"c\": [\n    null,\n    true,\n    6.5\n  ]\n}")
    }

    @Test func jsonEscapesControlsAndLeavesOtherTextAlone() {
        let value = JSONValue.array([.string("a\u{01}\t\r\\b\u{1F}"), .string("增长6.5%（左右）€"), .string(""), .object([])])
        #expect(value.rendered() == "[\n  \"a\\u0001\\t\\r\\\\b\\u001f\",\n  \"增长6.5%（左右）€\",\n  \"\",\n  {}\n]")
    }

    /// 土建完成±00 in the 2021 breakdown gave `"value": 00`, which no JSON parser reads.
    @Test func jsonNumbersNeverHaveLeadingZeros() {
        let numbers = ["00", "05", "007.50", "0.5", "-012", "6.5", "18109", "0", "1e5", "", "6.", "1e"]
        let value = JSONValue.array(numbers.map(JSONValue.number))
        #expect(value.rendered() == "[\n  0,\n  5,\n  7.50,\n  0.5,\n  -12,\n  6.5,\n  18109,\n  0,\n  1e5,\n  \"\",\n  \"6.\",\n  \"1e\"\n]")
    }

    /// A value that writes itself sits in a tree at any depth with the tree's own layout.
    @Test func writtenValuesNestLikeTheTree() {
        let row = JSONValue.written(.init { w in
            w.object { w in
                w.key("a"); w.array { _ in }
                w.key("b"); w.object { w in w.key("c"); w.optional(nil) }
                w.key("d"); w.number("05")
            }
        })
        let value = JSONValue.object([("rows", .array([row, .object([])]))])
        #expect(value.rendered() == "{\n  \"rows\": [\n    {\n      \"a\": [],\n      \"b\": {\n        \"c\": null\n      },\n      \"d\": 5\n    },\n    {}\n  ]\n}")
    }

    /// The JSON writer's buffer holds every byte appended, in order, across its growth (from a
    /// room of 16 bytes to megabytes), and gives them back at their exact size.
    @Test func byteBufferKeepsEveryByteAcrossGrowth() {
        let buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for n in 0..<5000 {
            let piece = Array("第\(n)项🎯".utf8)
            buffer.append(piece); expected += piece
            buffer.append(UInt8(n & 0x7F)); expected.append(UInt8(n & 0x7F))
            if n % 100 == 0 { buffer.append(String(repeating: "长", count: n)); expected += Array(String(repeating: "长", count: n).utf8) }
            buffer.append([])
        }
        buffer.reserve(1_000_000)
        #expect(buffer.count == expected.count)
        #expect(buffer.bytes == expected)
        #expect(buffer.bytes.capacity < expected.count + 64)
    }

    /// Keys written from literals: a one-character literal (held as a scalar, with no bytes to
    /// point at), a long one, and a key made at run time, which is escaped.
    @Test func jsonKeysFromLiteralsAndAtRunTime() {
        var w = JSONWriter(depth: 0)
        w.object { w in
            w.key("x"); w.int(1)
            w.key("indicator_id"); w.array { w in w.element(); w.string("gdp") }
            w.runtimeKey("a\"b"); w.object { _ in }
        }
        #expect(String(decoding: w.bytes, as: UTF8.self) == "{\n  \"x\": 1,\n  \"indicator_id\": [\n    \"gdp\"\n  ],\n  \"a\\\"b\": {}\n}")
        #expect(JSONValue.object([("年", .int(2)), ("", .null)]).rendered() == "{\n  \"年\": 2,\n  \"\": null\n}")
    }

    /// Strings quoted after the eight-byte search as a byte-by-byte escaper quotes them: every
    /// byte that needs escaping, at every place of a word, among Chinese text and bytes of 0x80 up.
    @Test func jsonStringsEscapedAsByteByByte() {
        func plain(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", "1", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "é", "增", "长", "😀", "!", "#", "[", "]", "^", "|"]
        for length in 0..<40 {
            for _ in 0..<60 {
                var text = String.UnicodeScalarView()
                for _ in 0..<length { text.append(Bool.random(using: &generator) ? "增" : pool.randomElement(using: &generator)!) }
                let s = String(text)
                let buffer = ByteBuffer()
                JSONValue.appendQuoted(s, to: buffer)
                #expect(String(decoding: buffer.bytes, as: UTF8.self) == plain(s), "\(Array(s.unicodeScalars))")
            }
        }
        for w in [UInt64(0x2020_2020_2020_2020), 0x7E7E_7E7E_7E7E_7E7E, 0xFFFF_FFFF_FFFF_FFFF, 0x8080_8080_8080_8080] {
            #expect(!JSONValue.mayNeedEscape(w))
        }
        for k in 0..<8 {
            for byte: UInt64 in [0x00, 0x1F, 0x22, 0x5C] {
                let w = (0x4141_4141_4141_4141 & ~(0xFF << (8 * UInt64(k)))) | byte << (8 * UInt64(k))
                #expect(JSONValue.mayNeedEscape(w), "\(String(w, radix: 16))")
            }
        }
    }

    /// Cells that test each rule of CSV and Markdown: separators, quotes, line ends, formula
    /// openers and numbers, pipes and backslashes, empty cells, a lone comparator.
    static let awkwardCells = ["", "=", "=SUM(A1)", "-0.3", "+5", "-", "@x", "\tx", "\r", "\r\n", "a,b", "引号\"内\"", "第一行\n第二行",
                               "a|b", "a\\b", "全市生产总值", "18109", "\r\nx", "-1.2.3", "1+12", "“预计”", "🎯,\"", "|", "\\|\n"]

    /// A row written into the buffer is the line the fields joined as Strings made.
    @Test func rowsWrittenAsBytesAreTheJoinedLines() {
        var generator = SystemRandomNumberGenerator()
        let csv = CSVRenderer(), markdown = MarkdownRenderer()
        for count in [0, 1, 2, 5] {
            for _ in 0..<300 {
                let row = (0..<count).map { _ in Self.awkwardCells.randomElement(using: &generator)! }
                #expect(csv.line(row) == row.map(csv.field).joined(separator: ",") + "\r\n", "\(row)")
                #expect(markdown.line(row) == "| " + row.map(markdown.escape).joined(separator: " | ") + " |\n", "\(row)")
            }
        }
    }

    /// Quoting and escaping that skip Foundation's replacement when there is nothing to replace
    /// say what the plain replacements say.
    @Test func fieldsAndCellsAsThePlainReplacementsHaveThem() {
        let csv = CSVRenderer(), markdown = MarkdownRenderer()
        for cell in Self.awkwardCells + ["a,b,c", "a\"\u{301},b", "\u{301}\"", "x\r\n|y\\", "\n\n"] {
            var text = cell
            if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !CSVRenderer.isNumber(text),
               text.unicodeScalars.count > 1 {
                text = "'" + text
            }
            let quoted = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            #expect(csv.field(cell) == (quoted ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text), "\(cell)")
            let escaped = cell.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
            #expect(markdown.escape(cell) == escaped, "\(cell)")
        }
    }

    /// Each column of `gwr statements` reads the field the dictionary of every field gave it.
    @Test func statementCellsAreTheFieldsTheyName() {
        var s = Statement(report: "r", file: "r.txt", line: 12, jurisdiction: "hangzhou", kind: .result, period: Period(year: 2021),
                          section: .review, indicator: "地区生产总值", indicatorID: "gdp_growth", value: "8.5", upper: "9", unit: "%",
                          comparator: .atLeast, qualifier: "以上", stretch: true, text: "全市生产总值增长8.5%以上")
        s.stated = StatedVerdict(status: .exceeded, gap: 2, gapUnit: "pp", text: "高于目标2个百分点")
        s.implied = true
        s.attribute = "预期性"
        s.citation = Citation(title: "摘登", url: "https://example.org/a", published: "2024-01-31", location: "表1")
        var plain = s
        plain.stated = nil; plain.citation = nil; plain.attribute = nil; plain.upper = nil; plain.value = nil; plain.period = nil
        plain.stretch = false; plain.qualifier = ""
        for full in [true, false] {
            let grid = StatementsCommand.grid([s, plain], full: full)
            for (row, statement) in zip(grid.rows, [s, plain]) {
                let all: [String: String] = [
                    "report": statement.report, "file": statement.file, "line": String(statement.line), "jurisdiction": statement.jurisdiction,
                    "kind": statement.kind.rawValue, "period": statement.period?.description ?? "", "section": statement.section.rawValue,
                    "indicator": statement.indicator, "indicator_id": statement.indicatorID, "value": statement.value ?? "", "unit": statement.unit,
                    "comparator": statement.comparator.description,
                    "qualifier": statement.qualifier + (statement.stretch && !full ? (statement.qualifier.isEmpty ? "力争" : "+力争") : ""),
                    "stretch": statement.stretch ? "true" : "false", "text": statement.text, "upper": statement.upper ?? "",
                    "stated": statement.stated.map { "\($0.status.rawValue): \($0.text)" } ?? "", "implied": statement.implied ? "true" : "false",
                    "attribute": statement.attribute ?? "", "url": statement.citation?.url ?? "",
                    "citation": statement.citation.map(StatementsCommand.citationText) ?? "",
                ]
                #expect(row == grid.columns.map { all[$0.key] ?? "" })
                #expect(grid.columns.allSatisfy { all[$0.key] != nil }, "every column is a field")
            }
        }
    }
}
