import Testing
@testable import WorkReportKit

/// Which lines are junk and which broken sentences are rejoined, written down by reading
/// the files (line numbers of the originals).
struct NormalizeGoldenTests {
    func junk(_ id: String) -> [Int: JunkReason] {
        var result: [Int: JunkReason] = [:]
        for line in Bundled.report(id).lines { if case .junk(let reason) = line.disposition { result[line.number] = reason } }
        return result
    }

    @Test func advertisingLinesOf2022() {
        // 更多数据尽在数据皮皮侠 on every odd line 1-77, 关注公众号：数据皮皮侠 between paragraphs.
        var expected: [Int: JunkReason] = [:]
        for line in stride(from: 1, through: 77, by: 2) { expected[line] = .advertisement }
        for line in [81, 124, 166, 214, 234, 252, 270, 294, 314, 338, 364, 386, 404] { expected[line] = .advertisement }
        #expect(junk("hangzhou-2022-work-report") == expected)
    }

    @Test func junkOfTheOtherReports() {
        #expect(junk("hangzhou-2020-work-report") == [131: .separator, 202: .separator])
        #expect(junk("hangzhou-2025-work-report") == [3: .pageMetadata])
        #expect(junk("hangzhou-2021-task-breakdown") == [:])
        // (二) 实施数字化改革攻坚行动 stands alone at 116, then with its body at 118-124, then again at 168-174.
        #expect(junk("xiaoshan-2022-summary") == [116: .repeatedSection, 168: .repeatedSection, 170: .repeatedSection,
                                                   172: .repeatedSection, 174: .repeatedSection])
    }

    func joins(_ id: String) -> Set<String> {
        Set(Bundled.report(id).joins.map { "\($0.line)→\($0.next)" })
    }

    @Test func brokenSentencesOf2020() {
        // 连续 | 9 年成为…, “移动办 | 事之城”, 北影(杭 | 州)电影, 着力补短 | 板、堵漏洞, 加强药品、 | 特种设备
        #expect(joins("hangzhou-2020-work-report") == ["27→29", "49→51", "63→65", "81→83", "151→153"])
    }

    @Test func brokenSentencesOf2022() {
        let found = joins("hangzhou-2022-work-report")
        // The opening paragraph is wrapped at 40 characters: 96 … 104 全市生产总值 | 106 18109亿元.
        for pair in ["96→98", "98→100", "100→102", "102→104", "104→106"] { #expect(found.contains(pair), "\(pair)") }
        // Across an advertising line: 提升 | (166 关注公众号) | 行动深入开展。
        #expect(found.contains("160→168"))
        #expect(found.contains("208→216"))
        // 临安… 全 | 市土地流转率达65%
        #expect(found.contains("134→136"))
        #expect(found.contains("398→406"))
        // Headings and title lines are never joined.
        for line in [83, 84, 88, 94, 108, 244, 276] { #expect(!found.contains { $0.hasPrefix("\(line)→") }, "\(line)") }
    }

    @Test func figuresSplitAcrossLinesReadWholeAndCiteTheirLine() throws {
        let report = Bundled.report("hangzhou-2022-work-report")
        let block = try #require(report.blocks.first { $0.passage.text.contains("全市生产总值18109亿元、增长8.5%") })
        let offset = try #require(block.passage.text.utf8.firstRange(of: "18109".utf8)).lowerBound
        let utf8Offset = block.passage.text.utf8.distance(from: block.passage.text.utf8.startIndex, to: offset)
        #expect(block.passage.line(atUTF8Offset: utf8Offset) == 106)
        #expect(block.passage.firstLine == 96)
        #expect(block.passage.lines == [96, 98, 100, 102, 104, 106])
    }

    /// Every byte of a passage joined from lines maps to the line it came from, and a slice keeps
    /// the map: checked byte by byte against the lines as they were joined.
    @Test func joinedPassagesMapEveryByteToItsLine() {
        let parts = [("全市生产总", 7), ("值18109亿元、", 9), ("", 10), ("增长8.5%𠀀", 12)]
        var passage = Passage(text: parts[0].0, line: parts[0].1)
        for (text, line) in parts.dropFirst() { passage.append(text, line: line) }
        var expected: [Int] = []
        for (text, line) in parts { expected += Array(repeating: line, count: text.utf8.count) }
        #expect(passage.text == parts.map(\.0).joined())
        #expect((0..<expected.count).map { passage.line(atUTF8Offset: $0) } == expected)
        #expect(passage.firstLine == 7 && passage.lastLine == 12)
        #expect(passage.lines == [7, 9, 10, 12])
        #expect(passage.pieces.map(\.offset) == [0, 15, 32, 32])
        let one = Passage(text: "增长8.5%", line: 3)
        #expect(one.lines == [3] && one.lastLine == 3 && one.line(atUTF8Offset: 5) == 3)
        // 值18109亿元、增长 cut out: it starts on line 9 and its last characters are line 12's.
        let slice = passage.slice(15..<38)
        #expect(slice.text == "值18109亿元、增长")
        #expect(slice.firstLine == 9 && slice.lastLine == 12)
        #expect((0..<slice.text.utf8.count).map { slice.line(atUTF8Offset: $0) } == Array(expected[15..<38]))
    }

    @Test func summaryLinesAreNotGluedTogether() {
        // Lines 11-14 of the Xiaoshan summary are four figures, one a line, with no punctuation.
        #expect(joins("xiaoshan-2022-summary").isEmpty)
        let texts = Bundled.report("xiaoshan-2022-summary").blocks.map(\.passage.text)
        #expect(texts.contains("全区地区生产总值增长8.7%"))
        #expect(texts.contains("城镇和农村居民人均可支配收入分别增长8.5%和9.5%"))
    }

    @Test func everyJoinedLineWasUnfinished() {
        for report in Bundled.corpus.reports where report.tasks.isEmpty {
            for join in report.joins {
                let text = report.lines[join.line - 1].text
                #expect(!(text.hasSuffix("。") || text.hasSuffix("；") || text.hasSuffix("！")), "\(report.id):\(join.line)")
            }
        }
    }
}
