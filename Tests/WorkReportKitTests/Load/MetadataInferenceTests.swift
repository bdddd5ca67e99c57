import Foundation
import Testing
@testable import WorkReportKit

/// A report dropped in without a manifest entry still loads, and says what was guessed.
struct MetadataInferenceTests {
    @Test func infersFromTheTitleLine() {
        let lines = ["更多数据尽在数据皮皮侠（http://www.ppmandata.cn/trade/list）", "", "2021年杭州市政府工作报告", "", "各位代表："]
        let m = MetadataInference.infer(file: "hz2021.txt", lines: lines)
        #expect(m.year == 2021)
        #expect(m.jurisdiction == "hangzhou")
        #expect(m.kind == .workReport)
        #expect(m.reviews == [Period(year: 2020)])
        #expect(m.targets == [Period(year: 2021)])
        #expect(m.id == "hz2021")
        #expect(m.inferred.contains("year"))
    }

    @Test func districtAndBreakdownKinds() {
        #expect(MetadataInference.infer(file: "a.txt", lines: ["萧山区2023年政府工作报告"]).jurisdiction == "xiaoshan")
        let breakdown = MetadataInference.infer(file: "b.txt", lines: ["2022年市政府工作报告重点工作责任分解具体项目清单"])
        #expect(breakdown.kind == .taskBreakdown)
        #expect(breakdown.reviews.isEmpty)
        #expect(MetadataInference.infer(file: "c.txt", lines: ["图解政府工作报告", "2023年主要目标"]).kind == .summary)
    }

    @Test func droppedInFileLoadsWithANote() throws {
        let directory = temporaryDirectory()
        let text = "2023年杭州市政府工作报告\n\n各位代表：\n\n一、2022年工作回顾\n\n全市生产总值增长4.5%。\n"
        _ = FileManager.default.createFile(atPath: directory + "/hz-2023.txt", contents: Data(text.utf8))
        let result = runCLI(["reports", "--format", "json"], reports: directory)
        #expect(result.status == 0)
        #expect(result.errors.contains("hz-2023.txt: note: [inferred] no manifest entry; inferred id hz-2023, year 2023, jurisdiction hangzhou, kind work_report"))
        #expect(result.output.contains("\"inferred\": ["))
        let corpus = try Corpus.load(directory: directory)
        let review = try #require(corpus.reports.first?.sections.first { $0.role == .review })
        #expect(review.period == Period(year: 2022))
        #expect(review.firstLine == 5)
    }

    /// A file with no manifest entry is read twice in a grouped run (its metadata first, its figures
    /// later): the second read takes what the first guessed, and the run says the same as before.
    @Test func theSecondReadKeepsWhatTheFirstGuessed() throws {
        let directory = temporaryDirectory()
        let text = "2023年杭州市政府工作报告\n\n各位代表：\n\n一、2022年工作回顾\n\n全市生产总值增长4.5%。\n"
        _ = FileManager.default.createFile(atPath: directory + "/hz-2023.txt", contents: Data(text.utf8))
        let source = try #require(ReportLoader.sources(directory: directory).first)
        let guessed = try ReportLoader.read(source).file.metadata
        var again = source
        var earlier = guessed
        earlier.title = "an earlier guess"
        again.inferred = earlier
        #expect(try ReportLoader.read(again).file.metadata.title == "an earlier guess")
        let run = try Pipeline.grouped(directory: directory, catalog: Bundled.catalog) { $0.statements }
        #expect(run.metadata.map(\.id) == [guessed.id])
        #expect(run.values.flatMap { $0 }.map(\.period) == [Period(year: 2022)])
        #expect(run.findings.contains { $0.category == "inferred" })
    }

    /// The first read of a file with no manifest entry cuts only the lines it needs; it must guess
    /// what reading the whole file guesses, and fail as that read fails. Files of our own: a title
    /// after blank and junk lines, CR line ends, a saved web page, a title past forty lines of
    /// text, a bad byte far past the title.
    @Test func readingTheHeadGuessesWhatReadingItAllGuesses() throws {
        let directory = temporaryDirectory()
        let filler = (1...45).map { "第\($0)段：全市生产总值增长\($0)%。" }.joined(separator: "\n")
        let files: [(String, [UInt8])] = [
            ("a.txt", Array("\n\n更多数据尽在数据皮皮侠（http://www.ppmandata.cn/）\n\n2024年宁波市政府工作报告\n各位代表：\n".utf8)),
            ("b.txt", Array("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\r\r萧山区发展和改革局\r".utf8)),
            ("c.html", Array("<html><head><title>图解</title></head><body><p>图解2022年温州市政府工作报告</p><p>增长6%</p></body></html>".utf8)),
            ("d.txt", Array((filler + "\n2025年杭州市政府工作报告\n").utf8)),
            ("e.txt", Array("2023年绍兴市政府工作报告\n".utf8) + [UInt8](repeating: 0x20, count: 5_000) + [0xC3, 0x28]),
            // Past the first window of bytes read for a title: 70 KB of blank and junk lines first.
            ("f.txt", Array((String(repeating: "\n \n浏览次数：12\n", count: 3_500) + "2021年嘉兴市政府工作报告\n各位代表：\n").utf8)),
            ("g.txt", Array("2022年湖州市政府工作报告\r各位代表：\r".utf8)),
            // GB18030: 2020年金华市政府工作报告.
            ("h.txt", [0x32, 0x30, 0x32, 0x30, 0xC4, 0xEA, 0xBD, 0xF0, 0xBB, 0xAA, 0xCA, 0xD0, 0xD5, 0xFE, 0xB8, 0xAE, 0xB9, 0xA4, 0xD7, 0xF7,
                       0xB1, 0xA8, 0xB8, 0xE6, 0x0A]),
            ("i.txt", Array("2023年温州市政府工作报告\n".utf8) + [0x01, 0x0A]),
            ("j.txt", Array("\u{FEFF}2023年温州市政府工作报告\n".utf8)),
            ("k.txt", Array("  \n\t\n".utf8)),
        ]
        for (name, bytes) in files { _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes)) }
        for source in try ReportLoader.sources(directory: directory) {
            let whole = Result { () throws(LoadError) in try ReportLoader.read(source).file.metadata }
            let head = Result { () throws(LoadError) in try ReportLoader.metadata(of: source) }
            switch (whole, head) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(source.name)")
            case (.failure(let a), .failure(let b)): #expect(a.description == b.description, "\(source.name)")
            default: Issue.record("\(source.name): \(whole) against \(head)")
            }
        }
    }
}
