import Foundation
import Testing
@testable import WorkReportKit

/// The figures table: rows become statements with their citation; a bad row is an error naming
/// file, line and column (exit 1); an empty table is fine.
struct FiguresTableTests {
    static let header = "jurisdiction,period,kind,indicator,indicator_id,value,upper,unit,comparator,qualifier,source_title,url,published,location,snippet"
    static let row = "anytown,2023,result,地区生产总值,gdp_growth,5.2,,%,=,,某市统计局发布,https://example.org/a.html,2024-01-20,第1段,全市生产总值增长5.2%"

    func parse(_ text: String) throws(LoadError) -> FiguresTable {
        try FiguresTable.parse(text, path: "figures.csv", catalog: Bundled.catalog)
    }

    @Test func aRowIsAStatementWithItsCitation() throws {
        let table = try parse(Self.header + "\n" + Self.row + "\n")
        let s = try #require(table.statements.first)
        #expect(s.report == "figures" && s.file == "figures.csv" && s.line == 2)
        #expect(s.kind == .result && s.period == Period(year: 2023) && s.section == .review)
        #expect(s.indicatorID == "gdp_growth" && s.value == "5.2" && s.unit == "%" && s.comparator == .equal)
        #expect(s.text == "全市生产总值增长5.2%")
        #expect(s.citation == Citation(title: "某市统计局发布", url: "https://example.org/a.html", published: "2024-01-20", location: "第1段"))
        #expect(table.metadata.map(\.jurisdiction) == ["anytown"])
        #expect(table.metadata.first?.reviews == [Period(year: 2023)])
    }

    @Test func targetsInWordsRangesAndStretch() throws {
        let text = Self.header + "\n"
            + "anytown,2024,target,一般公共预算收入,fiscal_revenue_growth,,,,与经济增长基本同步,,报告摘登,https://example.org/b,,主要预期目标,一般公共预算收入与经济增长基本同步\n"
            + "anytown,2024,target,地区生产总值,,5,5.5,%,between,,报告摘登,https://example.org/b,,主要预期目标,地区生产总值增长5%—5.5%\n"
            + "anytown,2024,target,新增上市公司,,30,,家,>=,力争,报告摘登,https://example.org/b,,重点工作,力争新增上市公司30家\n"
            + "anytown,2024,target,研发投入强度,,3.7,,%,~,左右,报告摘登,https://example.org/b,,主要预期目标,研发投入强度3.7%左右\n"
            + "anytown,2024,target,城镇调查失业率,,5.5,,%,<=,以内,报告摘登,https://example.org/b,,主要预期目标,城镇调查失业率5.5%以内\n"
        let s = try parse(text).statements
        // A share or a rate in % is the figure itself, not a growth.
        #expect(s[3].indicatorID == "rnd_intensity" && s[3].comparator == .about)
        #expect(s[4].indicatorID == Bundled.catalog.match("城镇调查失业率", growth: false, unit: "%")?.id && !s[4].indicatorID.hasSuffix("_growth"))
        // The phrase the rules know, from the words as published.
        #expect(s[0].comparator == .qualitative("基本同步") && s[0].value == nil && s[0].section == .mainTargets)
        // No id given: the indicator's words are matched as a report's are; a % of a level is its growth.
        #expect(s[1].indicatorID == "gdp_growth" && s[1].comparator == .between && s[1].upper == "5.5")
        #expect(s[2].stretch && s[2].comparator == .atLeast)
    }

    @Test func anEmptyTableIsFine() throws {
        #expect(try parse("").statements.isEmpty)
        #expect(try parse(Self.header + "\n").statements.isEmpty)
        let folder = temporaryDirectory()
        _ = FileManager.default.createFile(atPath: folder + "/figures.csv", contents: Data())
        #expect(try FiguresTable.load(directory: folder, catalog: Bundled.catalog)?.statements.isEmpty == true)
        #expect(try FiguresTable.load(directory: temporaryDirectory(), catalog: Bundled.catalog) == nil)
    }

    /// Each bad cell, and the column and words the error must name.
    static let badRows: [(String, String, String)] = [
        ("anytown,2023,outcome,", "kind", "'outcome' is not a kind; write target, result or progress"),
        ("anytown,2023,result,地区生产总值,gdp_growth,5.2%,", "value", "'5.2%' is not a number"),
        ("anytown,2023,result,地区生产总值,gdp_growth,5.2,,%,=,,某市统计局发布,,2024-01-20,", "url", "every figure needs the address of the page"),
        ("anytown,2023,result,地区生产总值,gdp_growth,5.2,,%,=,,某市统计局发布,example.org,", "url", "is not a web address"),
        ("anytown,2023,result,地区生产总值,gdp_growth,5.2,,%,=,,某市统计局发布,https://example.org/a b,", "url", "is not a web address"),
        ("anytown,2023,result,地区生产总值,gdp_growth,5.2,,%,左右,", "comparator", "write = ~ >= <= or between"),
        ("anytown,2023,result,地区生产总值,gdp_growth,5,,%,between,", "upper", "needs its upper bound"),
        ("anytown,2023,result,地区生产总值,gdp_grwth,5.2,", "indicator_id", "did you mean 'gdp_growth'?"),
        ("anytown,二〇二三,result,", "period", "is not a year"),
        ("Any Town,2023,result,", "jurisdiction", "lower-case pinyin"),
        ("anytown,2023,result,地区生产总值,gdp_growth,5.2,,%,=,,某市统计局发布,https://example.org/a,20.1.2024,", "published", "write YYYY-MM-DD"),
        ("anytown,2023,result,地区生产总值,gdp_growth,,,%,,", "comparator", "a row needs a value"),
    ]

    @Test(arguments: badRows)
    func aBadRowNamesItsLineAndColumn(start: String, column: String, words: String) {
        // The rest of the good row after the fields the case gives.
        let given = start.split(separator: ",", omittingEmptySubsequences: false).count - 1
        let rest = Self.row.split(separator: ",", omittingEmptySubsequences: false).dropFirst(given).joined(separator: ",")
        let text = Self.header + "\n" + Self.row + "\n" + start + rest + "\n"
        do {
            _ = try parse(text)
            Issue.record("no error for \(start)")
        } catch {
            let message = error.description
            #expect(message.hasPrefix("figures.csv:3: " + (column.isEmpty ? "" : "column '\(column)': ")), "\(message)")
            #expect(message.contains(words), "\(message)")
        }
    }

    @Test func aBadHeaderOrQuoteNamesTheLine() {
        #expect(throws: LoadError.figures(path: "figures.csv", line: 1, column: nil, message: "unknown column 'valeu'; did you mean 'value'? (columns: Reports/README.md)")) {
            try parse(Self.header.replacingOccurrences(of: ",value,", with: ",valeu,") + "\n")
        }
        #expect(throws: LoadError.self) { try parse(Self.header.replacingOccurrences(of: ",url", with: "") + "\n") }
        #expect(throws: LoadError.figures(path: "figures.csv", line: 2, column: nil, message: "a quoted field opens here and never closes; add the closing \"")) {
            try parse(Self.header + "\n\"anytown,2023\n")
        }
        // 61,879 unquoted is two fields.
        #expect(throws: LoadError.figures(path: "figures.csv", line: 2, column: nil,
                                          message: "16 fields where the header has 15; quote a field that holds a comma")) {
            try parse(Self.header + "\n" + Self.row.replacingOccurrences(of: ",5.2,", with: ",61,879,") + "\n")
        }
        let long = Self.row.replacingOccurrences(of: "全市生产总值增长5.2%", with: String(repeating: "长", count: 61))
        #expect(throws: LoadError.self) { try parse(Self.header + "\n" + long + "\n") }
    }

    @Test func theCommandLineExitsOneAndNamesTheRow() throws {
        let folder = temporaryDirectory()
        try Data("甲市2023年政府工作报告\n一、2022年工作回顾\n全市生产总值增长5.2%。\n".utf8).write(to: URL(fileURLWithPath: folder + "/anytown-2023.txt"))
        try Data((Self.header + "\n" + Self.row.replacingOccurrences(of: ",result,", with: ",outcome,") + "\n").utf8)
            .write(to: URL(fileURLWithPath: folder + "/figures.csv"))
        for command in [["statements"], ["compare"], ["goals"], ["report"]] {
            let result = runCLI(command, reports: folder)
            #expect(result.status == 1)
            #expect(result.errors.contains("figures.csv:2: column 'kind': 'outcome' is not a kind"), "\(command): \(result.errors)")
            #expect(result.output.isEmpty)
        }
    }

    /// Excel in China saves CSV as GB18030; the table is read as any report is.
    @Test func aTableSavedAsGB18030() throws {
        let folder = temporaryDirectory()
        let text = Self.header + "\r\n" + Self.row + "\r\n"
        let bytes = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        _ = FileManager.default.createFile(atPath: folder + "/figures.csv", contents: bytes)
        let table = try #require(try FiguresTable.load(directory: folder, catalog: Bundled.catalog))
        #expect(table.statements.first?.text == "全市生产总值增长5.2%")
    }
}
