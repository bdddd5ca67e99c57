import Foundation
import Testing
@testable import WorkReportKit

/// Text copied from a PDF breaks lines anywhere, figures included: a figure cut in two is joined
/// again, in a page with no heading or salutation too, and nothing else is. Sentences of our own.
struct CutFigureTests {
    func statements(_ text: String) throws -> [String] {
        let report = try loadOneReport(text, kind: "summary", year: 2024, reviews: "2023", targets: "2024")
        return Extractor.extract(report, catalog: Bundled.catalog).statements
            .map { "\($0.line) \($0.indicator) \($0.value ?? "") \($0.unit)" }
    }

    @Test func aNumberAndItsUnitOnTwoLines() throws {
        #expect(try statements("某区政府工作报告摘要\n2023年,全区进出口总额 28.6\n亿元,增长 4.1%。\n")
            == ["2 全区进出口总额 28.6 亿元", "3 全区进出口总额 4.1 %"])
    }

    @Test func aUnitCutAfterItsScale() throws {
        #expect(try statements("某区政府工作报告摘要\n2023年,全区完成固定资产投资 412 亿\n元,增长 6.2%。\n")
            == ["2 全区完成固定资产投资 412 亿元", "3 全区完成固定资产投资 6.2 %"])
    }

    @Test func aVerbAndItsNumberOnTwoLines() throws {
        #expect(try statements("某区政府工作报告摘要\n2023年,全区地区生产总值 530 亿元,增长\n5.8%。\n")
            == ["2 全区地区生产总值 530 亿元", "3 全区地区生产总值 5.8 %"])
    }

    @Test func linesThatEndedAreNotJoined() {
        // A figure's line that ends with its unit, a title, a count of one character (个 may open
        // a line of its own), a date.
        #expect(!LineJoiner.cutsFigure("全区地区生产总值增长8.7%", "城镇居民人均可支配收入增长6%"))
        #expect(!LineJoiner.cutsFigure("某区政府工作报告", "2024年1月5日"))
        #expect(!LineJoiner.cutsFigure("新建学校 3", "个人所得税改革"))
        #expect(!LineJoiner.cutsFigure("2024", "年1月5日在区人民代表大会上"))
        #expect(LineJoiner.cutsFigure("人均可支配收入达到", "52000元"))
        #expect(LineJoiner.cutsFigure("常住人口增加 1.2", "万人"))
    }
}
