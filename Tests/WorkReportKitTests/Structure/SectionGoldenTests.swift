import Testing
@testable import WorkReportKit

/// The outline of each bundled report against the hand-written Golden/Sections files.
struct SectionGoldenTests {
    @Test(arguments: ["hangzhou-2020-work-report", "hangzhou-2021-task-breakdown", "hangzhou-2022-work-report",
                      "xiaoshan-2022-summary", "hangzhou-2025-work-report"])
    func sectionsMatchGolden(id: String) throws {
        let golden = try TSV(path: Paths.golden.appendingPathComponent("Sections/\(id).tsv"))
        let sections = Bundled.report(id).sections
        #expect(sections.count == golden.rows.count, "\(id): \(sections.count) sections, golden has \(golden.rows.count)")
        for (expected, actual) in zip(golden.rows, sections) {
            let place = "\(id) section at line \(expected["first_line"]!)"
            #expect(actual.role.rawValue == expected["role"], "\(place)")
            #expect((actual.period?.description ?? "") == expected["period"], "\(place)")
            #expect(String(actual.firstLine) == expected["first_line"], "\(place)")
            #expect(String(actual.lastLine) == expected["last_line"], "\(place)")
            #expect(actual.heading.hasPrefix(expected["heading"]!), "\(place): \(actual.heading)")
        }
    }

    @Test func everyContentLineBelongsToOneSection() {
        for report in Bundled.corpus.reports {
            for (a, b) in zip(report.sections, report.sections.dropFirst()) {
                #expect(a.lastLine < b.firstLine, "\(report.id): \(a.heading) overlaps \(b.heading)")
            }
            let covered = report.sections.map { $0.firstLine...$0.lastLine }
            for line in report.lines where line.disposition == .content {
                #expect(covered.contains { $0.contains(line.number) }, "\(report.id):\(line.number) is in no section")
            }
        }
    }

    @Test func headingForms() throws {
        let h1 = try #require(Heading.parse("一、2019年工作回顾", raw: "## 一、2019 年工作回顾"))
        #expect(h1.level == 1 && h1.ordinal == 1 && h1.title == "2019年工作回顾")
        let h2 = try #require(Heading.parse("（一）全力以赴稳增长，经济运行稳中有进。政策效应有力释放。", raw: ""))
        #expect(h2.level == 2 && h2.title == "全力以赴稳增长，经济运行稳中有进" && !h2.standsAlone)
        let ascii = try #require(Heading.parse("(十)实施萧山精神弘扬行动", raw: "(十) 实施萧山精神弘扬行动"))
        #expect(ascii.ordinal == 10)
        let spaced = try #require(Heading.parse("一抓改革、优服务，社会活力持续增强", raw: "一 抓改革、优服务，社会活力持续增强"))
        #expect(spaced.level == 2)
        #expect(Heading.parse("一年来重点做了以下七方面工作", raw: "一年来重点做了以下七方面工作") == nil)
        #expect(Heading.parse("十件民生实事圆满完成", raw: "十件民生实事圆满完成") == nil)
        #expect(Heading.parse("主要目标", raw: "主要目标")?.ordinal == nil)
    }
}
