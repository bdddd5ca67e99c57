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
}
