import Foundation
import Testing
@testable import WorkReportKit

/// Reports whose outline is not in heading lines: a plan-execution report's parts, headings
/// inside one long line, and texts with no heading at all (summaries, excerpts).
struct OutlineWithoutHeadingsTests {
    func load(_ text: String, kind: String = "work_report", year: Int, reviews: String, targets: String) throws -> Report {
        try loadOneReport(text, kind: kind, year: year, reviews: reviews, targets: targets)
    }

    func read(_ report: Report) -> [String] { figureLines(report) }

    @Test func aPlanReportReviewsTheYearItsHeadingNames() throws {
        let report = try load("""
        关于全市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告

        各位代表：

        一、2023年国民经济和社会发展计划执行情况

        全年地区生产总值增长6.1%，一般公共预算收入增长4.4%。

        二、2024年国民经济和社会发展计划草案

        2024年主要预期目标：地区生产总值增长5.5%左右。
        """, kind: "plan_execution", year: 2024, reviews: "2023", targets: "2024")
        #expect(report.sections.map { "\($0.role.rawValue) \($0.period?.description ?? "-")" } == ["front_matter -", "review 2023", "tasks 2024", "main_targets 2024"])
        #expect(read(report) == ["7 result 2023 gdp_growth 6.1", "7 result 2023 fiscal_revenue_growth 4.4", "11 target 2024 gdp_growth 5.5"])
    }

    @Test func aHeadingThatNamesAPastYearAndNoPartReviewsIt() throws {
        // 一、奋发有为，2023年迈出坚实步伐: no word of its part, a year before the report's.
        let report = try load("一、奋发有为，2023年迈出坚实步伐\n\n全年共实现地区生产总值362.7亿元，同比增长6.1%。\n\n二、2024年工作安排\n\n地区生产总值增长6%左右。\n",
                              year: 2024, reviews: "2023", targets: "2024")
        #expect(read(report) == ["3 result 2023 gdp 362.7", "3 result 2023 gdp_growth 6.1", "7 target 2024 gdp_growth 6"])
    }

    @Test func numberedPartsWithoutARoleStandUnderATitleLineThatNamesOne() throws {
        // 2025年和“十四五”工作回顾, then 一、经济运行量质齐升…: the numbered parts review too, until a title
        // that names another part (2026年工作安排).
        let report = try load("""
        2025年工作回顾

        一、经济运行量质齐升

        全年完成地区生产总值181.8亿元，同比增长7%。

        2026年工作安排

        一、着力扩大有效投资

        地区生产总值增长6%左右。
        """, year: 2026, reviews: "2025", targets: "2026")
        #expect(read(report) == ["5 result 2025 gdp 181.8", "5 result 2025 gdp_growth 7", "11 target 2026 gdp_growth 6"])
        #expect(Sectioner.namedRole("一、经济运行量质齐升", parent: nil) == nil)
    }

    @Test func aHeadingNamesItsOwnYearOverTheManifest() throws {
        // The manifest says the report reviews 2022; the heading says 2023, which wins.
        let report = try load("一、2023年工作回顾\n\n全区地区生产总值增长5.2%。\n", year: 2024, reviews: "2022", targets: "2024")
        #expect(read(report) == ["3 result 2023 gdp_growth 5.2"])
    }

    @Test func headingsInsideOneLongLine() throws {
        let report = try load("各位代表：现在我代表区人民政府报告工作。一、2024年工作回顾 全区生产总值达到862亿元、增长6.3%，一般公共预算收入58亿元。二、2025年工作安排 今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n",
                              year: 2025, reviews: "2024", targets: "2025")
        #expect(report.sections.map(\.role) == [.frontMatter, .review, .tasks, .mainTargets])
        #expect(read(report) == ["1 result 2024 gdp 862", "1 result 2024 gdp_growth 6.3", "1 result 2024 fiscal_revenue 58", "1 target 2025 gdp_growth 6"])
        // 一、二、三产业 inside a sentence is not a heading.
        #expect(EmbeddedHeadings.headingStarts("全年一、二、三产业增加值分别增长2%、5%、7%，工作回顾时再说。") == [])
    }

    @Test func aSummaryWithoutHeadingsTakesItsRolesFromItsSentences() throws {
        let report = try load("""
        某市政府工作报告摘登

        2020年，全市地区生产总值增长3.9%，一般公共预算收入增长6.5%。城乡居民人均可支配收入分别增长3.9%和6.7%。

        今年全市经济社会发展的主要预期目标是：地区生产总值增长6%以上，一般公共预算收入增长6%。
        """, kind: "summary", year: 2021, reviews: "2020", targets: "2021")
        #expect(read(report) == [
            "3 result 2020 gdp_growth 3.9", "3 result 2020 fiscal_revenue_growth 6.5",
            "3 result 2020 urban_income_growth 3.9", "3 result 2020 rural_income_growth 6.7",
            "5 target 2021 gdp_growth 6", "5 target 2021 fiscal_revenue_growth 6",
        ])
        #expect(report.sections.map(\.basis) == [.heading, .sentence, .sentence])
    }

    @Test func aParagraphTurnsWhereItsSentenceDoes() throws {
        // One paragraph: the review, then the targets, cut at the sentence that turns.
        let report = try load("过去一年，全县生产总值增长7.1%。今年的主要预期目标是：生产总值增长6.5%左右。\n",
                              kind: "summary", year: 2024, reviews: "2023", targets: "2024")
        #expect(read(report) == ["1 result 2023 gdp_growth 7.1", "1 target 2024 gdp_growth 6.5"])
    }

    @Test func withNoSentenceToSayTheManifestDecides() throws {
        let report = try load("全市地区生产总值增长4.2%，规上工业增加值增长5.0%。\n", kind: "summary", year: 2023, reviews: "2022", targets: "2023")
        #expect(read(report) == ["1 result 2022 gdp_growth 4.2", "1 result 2022 industrial_value_added_growth 5.0"])
        #expect(report.sections.map(\.basis) == [.manifest])
    }

    // Cues found on real pages nobody here had tuned on (a district's report in the news, a
    // December session, a news page with 小标题); the sentences below are our own.

    @Test func aYearOfWorkSinceItBeganIsAReviewCue() throws {
        // 一年以来 as well as 一年来, 过去的一年 as well as 过去一年: after a sentence of plans, the
        // review starts again.
        let report = try load("""
        区长在报告中说，今年要全力以赴稳增长。
        新区组建一年以来，全区地区生产总值增长7.3%，一般公共预算收入增长9%。
        过去的一年，城镇居民人均可支配收入增长6.1%。
        """, kind: "summary", year: 2019, reviews: "2018", targets: "2019")
        #expect(read(report) == ["2 result 2018 gdp_growth 7.3", "2 result 2018 fiscal_revenue_growth 9",
                                 "3 result 2018 urban_income_growth 6.1"])
    }

    @Test func aYearAfterTheSessionNamedFirstIsTheYearPlannedFor() throws {
        // A December session plans the next year; the year may open the sentence's second clause.
        let report = try load("""
        县第五届人民代表大会第三次会议12月20日开幕。
        大会提出，2022年，全县将力争地区生产总值增长8%以上，固定资产投资增长10%。
        """, kind: "summary", year: 2021, reviews: "2021", targets: "2022")
        #expect(read(report) == ["2 target 2022 gdp_growth 8", "2 target 2022 fixed_asset_investment_growth 10"])
        // A year the manifest does not say it plans for (a five-year horizon) decides nothing.
        let later = try load("大会提出，2025年，全县地区生产总值达到500亿元。\n", kind: "summary", year: 2021, reviews: "2021", targets: "2022")
        #expect(read(later) == ["1 result 2021 gdp 500"])
    }

    @Test func aPastYearAfterALeadClauseIsReviewed() throws {
        let report = try load("""
        今年将扎实推进项目建设年活动。
        经初步核算,2020年全市地区生产总值增长3.5%。
        """, kind: "summary", year: 2021, reviews: "2020", targets: "2021")
        #expect(read(report) == ["2 result 2020 gdp_growth 3.5"])
    }

    @Test func paragraphsOfFiguresBeforeTheFirstHeadingAreRead() throws {
        // A news page: its headline and date are front matter, but the paragraphs before its first
        // 小标题 hold the review and the targets, and are read by their sentences.
        let report = try load("""
        某区召开人代会 区长作政府工作报告
        发布时间：2021-01-10
        2020年，全区地区生产总值增长4.1%，一般公共预算收入增长5.2%。
        今年主要预期目标是：地区生产总值增长7%左右。
        一、全力抓好十项民生实事
        今年要新增城镇就业1.2万人。
        """, kind: "summary", year: 2021, reviews: "2020", targets: "2021")
        #expect(report.sections.first?.role == .frontMatter)
        let read = read(report)
        #expect(Array(read.prefix(3)) == ["3 result 2020 gdp_growth 4.1", "3 result 2020 fiscal_revenue_growth 5.2",
                                          "4 target 2021 gdp_growth 7"])
        #expect(read.count == 4 && read[3].hasPrefix("6 target 2021"))
    }

    @Test func theYearPlannedForOrThisYearWithAWordOfPlanningSetsTargets() throws {
        let report = try load("""
        某市政府工作报告新闻

        本报讯 记者某某 2025年，全市要实现地区生产总值增长5%左右，总量力争突破3000亿元。

        据悉，2024年，全市完成地区生产总值2917.85亿元、增长2.2%。

        报告指出，今年是收官之年，确保一般公共预算收入增长3%。
        """, kind: "summary", year: 2025, reviews: "2024", targets: "2025")
        #expect(read(report) == ["3 target 2025 gdp_growth 5", "3 target 2025 gdp 3000", "5 result 2024 gdp 2917.85",
                                 "5 result 2024 gdp_growth 2.2", "7 target 2025 fiscal_revenue_growth 3"])
        // 2025年目标：…, …提出了2025年发展指标安排：… name the year and plan it too.
        let more = try load("某区两会新闻\n\n2025年目标：地区生产总值增长6%左右。\n\n区长在报告中提出了2025年发展指标安排，具体为：一般公共预算收入增长4%。\n",
                            kind: "summary", year: 2025, reviews: "2024", targets: "2025")
        #expect(read(more) == ["3 target 2025 gdp_growth 6", "5 target 2025 fiscal_revenue_growth 4"])
        // 目标 far from the year (a title's 远景目标纲要) plans nothing.
        #expect(SentenceRoles.cue("2025年某区人民政府工作报告，请连同远景目标纲要一并审议。", metadata: report.metadata) == nil)
        // Without a word of planning, the year of the report is no cue: what came before decides.
        #expect(SentenceRoles.cue("2025年，全市地区生产总值增长5.5%。", metadata: report.metadata) == nil)
    }

    @Test func aTargetThatSaysWhatItIsAndLinesThatLookAheadOrBack() throws {
        // 目标 followed by what it is (：, 是, 为) plans, after the year planned for.
        let report = try load("""
        某区两会新闻

        回顾2023年，全区地区生产总值增长6.8%。

        2024年，全区确定的发展目标为：地区生产总值增长6%以上。

        展望2024年，一般公共预算收入增长4%。
        """, kind: "summary", year: 2024, reviews: "2023", targets: "2024")
        #expect(read(report) == ["3 result 2023 gdp_growth 6.8", "5 target 2024 gdp_growth 6", "7 target 2024 fiscal_revenue_growth 4"])
        let metadata = report.metadata
        #expect(SentenceRoles.cue("2024年，某镇给自己定下了小目标：工业产值增长10%", metadata: metadata)?.role == .mainTargets)
        // 目标 that says nothing of what it is plans nothing; 回顾 of no year reviews nothing by itself.
        #expect(SentenceRoles.cue("2024年，我们向着目标迈进，全区生产总值增长6%", metadata: metadata) == nil)
        // A lead that plans (提出, 要求, 明确) before the year planned for.
        #expect(SentenceRoles.cue("对于今年工作，会议提出，2024年全区生产总值增长6%", metadata: metadata)?.role == .mainTargets)
        #expect(SentenceRoles.cue("会议指出，2024年全区生产总值增长6%", metadata: metadata) == nil)
        #expect(SentenceRoles.cue("展望未来，我们信心满怀", metadata: metadata) == nil)
        // 展望未来 with figures after it: the year planned.
        #expect(SentenceRoles.cue("展望未来，报告提出：地区生产总值增长5.5%左右", metadata: metadata)
            == SentenceRoles.Decision(role: .mainTargets, period: Period(year: 2024), basis: .sentence))
    }

    @Test func aReviewRestatingTheYearsTargetGivesATarget() throws {
        // 确保目标增长12%, 奋斗目标14%, 目标任务19家 inside a review: the year's targets, each named by its
        // subject; how far a result fell short (塌目标1.8个百分点) is no target.
        let report = try load("""
        一、2023年计划执行情况

        规上工业增加值增速确保目标增长12%，奋斗目标14%，实际增长10.1%。新入规企业目标任务19家，已完成12家。地区生产总值增长3.2%，塌目标1.8个百分点。
        """, kind: "plan_execution", year: 2024, reviews: "2023", targets: "2024")
        let read = Extractor.extract(report, catalog: Bundled.catalog).statements.map { "\($0.kind) \($0.period?.description ?? "-") \($0.indicator) \($0.value ?? "")" }
        #expect(read.prefix(4) == ["target 2023 规上工业增加值 12", "target 2023 规上工业增加值 14", "result 2023 规上工业增加值 10.1",
                                   "target 2023 新入规企业 19"])
        #expect(!read.contains { $0.hasPrefix("target") && $0.hasSuffix(" 1.8") })
    }

    @Test func aMidYearReportsReviewIsProgress() throws {
        // A report that reviews part of a year only: its 运行情况 part is progress in that part.
        let report = try load("""
        区工信局2023年上半年工作总结和下半年工作打算

        一、主要经济指标运行情况

        （一）工业方面

        1-5月，全区完成工业投资29.3亿元，增速45.7%。
        """, kind: "summary", year: 2023, reviews: "2023Q2", targets: "2023")
        #expect(read(report).map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == ["7 progress 2023Q2", "7 progress 2023Q2"])
    }

    @Test func aPageInASCIIPunctuationHasSentences() throws {
        // 2017年,全区… is a sentence, not a title line, though its comma is ASCII; 1,234 is no comma between clauses.
        let report = try load("某区政府工作报告摘要\n\n2016年,全区地区生产总值增长7.1%,一般公共预算收入增长8%。\n",
                              kind: "summary", year: 2017, reviews: "2016", targets: "2017")
        #expect(read(report) == ["3 result 2016 gdp_growth 7.1", "3 result 2016 fiscal_revenue_growth 8"])
        #expect("2016年,全区".holdsClauseComma)
        #expect(!"生产总值1,234亿元".holdsClauseComma)
        #expect(SentenceRoles.isFrontMatter("2016年,全区地区生产总值增长7.1%") == false)
    }

    @Test func partOfAYearInAHeadingOrAtAParagraphsOpeningIsProgress() throws {
        // A plan report on the first half: its heading names 上半年, which is progress, not the year's results.
        let plan = try load("""
        关于2023年上半年计划执行情况的报告

        一、2023年上半年国民经济和社会发展计划执行情况

        （一）主要目标完成情况

        全区实现地区生产总值806亿元，同比增长3.2%。
        """, kind: "plan_execution", year: 2023, reviews: "2023Q2", targets: "2023")
        #expect(read(plan) == ["7 progress 2023Q2 gdp 806", "7 progress 2023Q2 gdp_growth 3.2"])
        // Under headings that say nothing of their part, a paragraph opening with part of the year
        // and comparing with the year before is progress; a deadline (上半年完成…) stays a task.
        let summary = try load("""
        关于2023年重点工作1-9月进展情况的通报

        一、主要经济指标方面

        1-9月，全区实现生产总值644.63亿元，同比增长4.1%。

        二、下一步工作

        上半年完成老旧小区改造100个。
        """, kind: "summary", year: 2023, reviews: "2023Q3", targets: "2023")
        #expect(Extractor.extract(summary, catalog: Bundled.catalog).statements.map { "\($0.line) \($0.kind) \($0.period?.description ?? "-") \($0.value ?? "")" }
            == ["5 progress 2023Q3 644.63", "5 progress 2023Q3 4.1", "9 target 2023 100"])
    }

    @Test func shortLinesThatLookBackAndAheadAreHeadings() throws {
        // A news page's sub-headings: 回顾2023年 over the results, 展望2024年 over the targets.
        let report = try load("回顾2023年\n全区生产总值增长6.8%\n展望2024年\n全区生产总值增长6%左右\n", kind: "summary", year: 2024, reviews: "2023", targets: "2024")
        #expect(read(report) == ["2 result 2023 gdp_growth 6.8", "4 target 2024 gdp_growth 6"])
        // 一、2023年重点项目完成情况: a year as it went.
        #expect(Sectioner.roleOfHeading("2023年重点项目完成情况", parent: nil) == .review)
        #expect(Sectioner.roleOfHeading("主要预期目标完成情况", parent: nil) == .review)
        // A 解读's background to the plan: the year behind it.
        #expect(Sectioner.roleOfHeading("制定背景和依据", parent: nil) == .review)
    }

    @Test func aTermReviewedOrPlannedAndPartOfTheYearSaySoInTheirSentences() throws {
        let report = try load("""
        某县政府工作报告摘要

        过去五年，全县地区生产总值年均增长7.2%。

        今后五年，全县地区生产总值年均增长6%以上。

        县长表示，到2035年，人均地区生产总值达到10万元。

        上半年，全县规模以上工业增加值增长5.1%。
        """, kind: "summary", year: 2021, reviews: "2020, 2016-2020", targets: "2021, 2021-2025, 2035")
        let read = Extractor.extract(report, catalog: Bundled.catalog).statements.map { "\($0.line) \($0.kind) \($0.period?.description ?? "-") \($0.value ?? "")" }
        #expect(read == ["3 result 2016-2020 7.2", "5 target 2021-2025 6", "7 target 2035 10", "9 progress 2021Q2 5.1"])
        // Within a review, the quarters are those of the year reviewed.
        let review = try load("某市经济社会发展情况\n\n2024年，全市经济持续回升向好。一季度、上半年、前三季度全市GDP分别增长6.7%、6.6%、6.2%。\n",
                              kind: "summary", year: 2025, reviews: "2024", targets: "2025")
        #expect(Extractor.extract(review, catalog: Bundled.catalog).statements.map { "\($0.kind) \($0.period?.description ?? "-")" }
            == ["result 2024", "result 2024", "result 2024"])
        #expect(SentenceRoles.horizon(of: "市长表示，到“十四五”末，全市生产总值达到300亿元") == 2025)
        #expect(SentenceRoles.horizon(of: "从2011年增加到2016年的2243亿元") == nil)
        #expect(SentenceRoles.horizon(of: "确定的主要发展指标是：到2020年，生产总值达到800亿元") == 2020)
    }

    @Test func aPageOnAFiveYearPlanAloneGivesItsGoals() throws {
        // The manifest names only the term: what no sentence places is a goal for it, not set aside.
        let report = try load("某市绘就“十三五”蓝图\n\n会议明确，经济总量突破1000亿元，城镇化率达到65%。\n",
                              kind: "summary", year: 2016, reviews: "", targets: "2016-2020")
        #expect(Extractor.extract(report, catalog: Bundled.catalog).statements.map { "\($0.line) \($0.kind) \($0.period?.description ?? "-") \($0.value ?? "")" }
            == ["3 target 2016-2020 1000", "3 target 2016-2020 65"])
    }
}
