import Foundation
import Testing
@testable import WorkReportKit

/// Reports reposted in traditional characters read as the simplified reports they copy.
struct ScriptFoldingTests {
    @Test func tellsTheScriptsApart() {
        #expect(ScriptFolding.isTraditional(["全區實現地區生產總值520億元，同比增長6.1%；一般公共預算收入41億元，增長5.3%。"]))
        #expect(!ScriptFolding.isTraditional(["全区实现地区生产总值520亿元，同比增长6.1%；一般公共预算收入41亿元，增长5.3%。"]))
        // A few traditional characters in a simplified report (a quoted name) do not turn it.
        #expect(!ScriptFolding.isTraditional(["“臺灣”客商投资总额12亿元，经济发展稳中有进，全区实现地区生产总值520亿元。"]))
    }

    @Test func foldsCharacterForCharacter() {
        let line = "經濟增長6.5%左右，城鄉居民人均可支配收入分別增長7%和8%"
        let folded = ScriptFolding.simplified(line)
        #expect(folded == "经济增长6.5%左右，城乡居民人均可支配收入分别增长7%和8%")
        #expect(folded.utf8.count == line.utf8.count)
    }

    @Test func dropsPinyinPrintedAfterCharacters() {
        #expect(ScriptFolding.withoutPinyin("經(jīng)濟增長(zhǎng)7%") == "經濟增長7%")
        // Brackets that hold no pinyin stay: (R&D), (下同), (2).
        #expect(ScriptFolding.withoutPinyin("研發經費支出(R&D)占比(下同)") == "研發經費支出(R&D)占比(下同)")
    }

    @Test func aTraditionalReportGivesTheStatementsOfItsSimplifiedText() throws {
        let directory = temporaryDirectory()
        let text = "2024年政府工作報告\n\n一、2023年工作回顧\n\n全市實現地區生產總值3120億元，按可比價格計算，比上年增長5.8%；社會消費品零售總額1210億元，下降1.2%。\n\n二、2024年主要預期目標\n\n地區生產總值增長5.5%左右，城鎮調查失業率控制在5.5%以內。\n"
        _ = FileManager.default.createFile(atPath: directory + "/r.txt", contents: Data(text.utf8))
        let manifest = "[r]\nfile = r.txt\njurisdiction = somewhere\nyear = 2024\nreviews = 2023\ntargets = 2024\nkind = work_report\ntitle = t\n"
        _ = FileManager.default.createFile(atPath: directory + "/manifest.ini", contents: Data(manifest.utf8))
        let corpus = try Corpus.load(directory: directory)
        let statements = Extractor.extract(corpus.reports, catalog: Bundled.catalog).statements
        #expect(statements.map { "\($0.line) \($0.kind) \($0.indicatorID) \($0.value ?? "") \($0.unit) \($0.comparator)" } == [
            "5 result gdp 3120 亿元 =", "5 result gdp_growth 5.8 % =",
            "5 result retail_sales 1210 亿元 =", "5 result retail_sales_growth -1.2 % =",
            "9 target gdp_growth 5.5 % ~", "9 target surveyed_unemployment_rate 5.5 % <=",
        ])
    }
}
