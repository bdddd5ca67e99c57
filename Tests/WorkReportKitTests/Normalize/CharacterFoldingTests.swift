import Testing
@testable import WorkReportKit

struct CharacterFoldingTests {
    @Test(arguments: [
        ("全区地区生产总值增长 **8.7%**", "全区地区生产总值增长8.7%"),
        ("地区生产总值增长６．５％左右", "地区生产总值增长6.5%左右"),
        ("截至 4 月 23 日，企业复工率", "截至4月23日，企业复工率"),
        ("增长 6.8 %", "增长6.8%"),
        ("PM_2.5平均浓度", "PM2.5平均浓度"),
        ("PM₂.₅浓度", "PM2.5浓度"),
        ("PM_{2.5}浓度", "PM2.5浓度"),
        ("新增\u{00A0}2500\u{3000}家", "新增2500家"),
        ("#### (四)深化拥江发展", "(四)深化拥江发展"),
        ("- 数字化改革走在前列", "数字化改革走在前列"),
        ("APEC 工商领导人", "APEC工商领导人"),
        ("Swift Testing 测试", "Swift Testing测试"),
        ("  \t缩进的行\u{200B}  ", "缩进的行"),
        ("ＧＤＰ增长", "GDP增长"),
        ("第1。2024年", "第1。2024年"),
    ])
    func folds(input: String, expected: String) {
        #expect(CharacterFolding.fold(input) == expected)
    }

    /// The byte-level folding (the shortcuts for lines with nothing to fold or only white space
    /// at the ends, and the full path; from a String and from bytes) says what the
    /// scalar-by-scalar reference says: on every line of the bundled reports, and
    /// on lines built from every character folding touches.
    @Test func shortcutAgreesWithFullFolding() {
        var lines = Bundled.corpus.reports.flatMap { $0.lines.map(\.raw) }
        let tricky: [String] = ["\u{00A0}", "\u{0085}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{200B}", "\u{200D}", "\u{2022} ",
                                "\u{2028}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{FF05}", "\u{FF0B}", "\u{FF0E}", "\u{FF0F}",
                                "\u{FF10}", "\u{FF19}", "\u{FF21}", "\u{FF3A}", "\u{FF41}", "\u{FF5A}", "\u{2080}", "\u{2089}", "**", "_", "{",
                                " ", "\t", "\r", "# ", "- ", "* ", "，", "。", "、", "“", "”", "—", "（", "）", "PM", "pm", "P", "M", "}", "2.5", "增长", "６", "１", "．", "%", "a", "Z"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            lines.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in tricky.randomElement(using: &generator) ?? "" }.joined())
        }
        for line in lines {
            let expected = ReferenceFolding.fold(line)
            #expect(CharacterFolding.fold(line) == expected, "\(line.debugDescription)")
            #expect(Array(line.utf8).withUnsafeBufferPointer { CharacterFolding.fold($0) } == expected, "\(line.debugDescription)")
        }
    }

    @Test func junkLines() {
        #expect(LineClassifier.junkReason("更多数据尽在数据皮皮侠（http://www.ppmandata.cn/trade/list）") == .advertisement)
        #expect(LineClassifier.junkReason("关注公众号：数据皮皮侠") == .advertisement)
        #expect(LineClassifier.junkReason("时间：2025-05-2911:59 来源：杭州市政府研究室（市政府参事室） 浏览次数：9546") == .pageMetadata)
        #expect(LineClassifier.junkReason("---") == .separator)
        #expect(LineClassifier.junkReason("——这是杭州强化创新驱动、激发澎湃动能的五年。") == nil)
        #expect(LineClassifier.junkReason("全市生产总值18109亿元。") == nil)
        #expect(LineClassifier.junkReason("浏览次数：12 打印本页 www.hangzhou.gov.cn") == .advertisement)
        #expect(LineClassifier.junkReason("\t点击数：12\u{3000}") == .pageMetadata)
        #expect(LineClassifier.junkReason("全年新建5G基站1.2万个，详见市经信局网站https://www.hangzhou.gov.cn上的专项规划和年度计划。") == nil)
        #expect(LineClassifier.junkReason("详见https://www.hangzhou.gov.cn。") == .advertisement)
        #expect(LineClassifier.junkReason(" * * * ") == .separator)
        #expect(LineClassifier.junkReason("——-") == .separator)
        #expect(LineClassifier.junkReason("———") == nil)
        #expect(LineClassifier.junkReason("**") == nil)
        #expect(LineClassifier.junkReason("\u{3000}\t") == nil)
    }

    /// The markers found by their first two bytes are the markers a plain search finds, wherever
    /// they fall (first, last, cut off at the end, beside characters sharing their lead byte).
    @Test func junkMarkersAsAPlainSearchFindsThem() {
        let pieces = ["公众号", "公众", "更多数据尽在", "扫码关注", "浏览次数", "阅读次数", "点击数：", "字号：", "打印本页", "关闭窗口",
                      "http://", "https://", "www.", "ww", "htt", "公", "全市", "数据", "点击", "a", "1", " ", "关闭", "窗口"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let line = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let ad = LineClassifier.advertisementMarkers.contains { line.contains($0) }
            let page = LineClassifier.pageMarkers.contains { line.contains($0) }
            let expected: JunkReason? = ad ? .advertisement : page ? .pageMetadata : nil
            // Short lines of these pieces are never sentences or separators: the markers decide.
            #expect(LineClassifier.junkReason(line) == expected, "\(line)")
        }
    }
}
