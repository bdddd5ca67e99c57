import Foundation
import Testing
@testable import WorkReportKit

/// Priorities diff on the bundled reports: the headline findings a reader who knows the period
/// expects, the headings matched, and the two properties: diff A A is empty, diff B A mirrors diff A B.
struct DiffTests {
    static let statements = StatementGoldenTests.extraction.statements
    static let terms: TermList = {
        var list = TermList()
        if let text = try? String(contentsOfFile: Paths.reports + "/" + TermList.fileName, encoding: .utf8) { list.add(text) }
        return list
    }()

    func diff(_ a: String, _ b: String, terms: TermList = DiffTests.terms) -> PrioritiesDiff {
        PrioritiesDiff.compare(Bundled.report(a), Bundled.report(b), statements: Self.statements, terms: terms)
    }

    func kind(_ term: String, in diff: PrioritiesDiff) -> TermChange.Kind? { diff.terms.first { $0.term == term }?.kind }

    @Test func from2020To2022() throws {
        let d = diff("hangzhou-2020-work-report", "hangzhou-2022-work-report")
        #expect(kind("共同富裕", in: d) == .new)
        #expect(kind("数字化改革", in: d) == .new)
        #expect(kind("脱贫", in: d) == .dropped)
        #expect(kind("小康", in: d) == .dropped)
        // Headings of the two work plans that say the same thing (read by hand):
        let kept = d.headings.filter { $0.kind == .kept }.map { "\($0.before!.firstLine)→\($0.after!.firstLine)" }
        // 同心合力推动经济复苏转稳 and 稳中求进推动经济高质量发展 share only 推动经济 (0.25): two headings.
        #expect(!kept.contains("101→304"))
        #expect(kept.contains("113→326"))   // 深化拥江发展，加快提升城市能级 → 乘势而上提升城市能级
        #expect(kept.contains("137→352"))   // 加强生态文明建设，努力打造美丽中国样本 → 加快建设新时代美丽中国样本
        #expect(d.headings.contains { $0.kind == .new && $0.after?.heading == "举全市之力办好亚运会" })
        #expect(d.headings.contains { $0.kind == .dropped && $0.before?.heading.hasPrefix("守牢“外防输入、内防反弹”底线") == true })
        // Targets: 研发投入…3.5%左右 → 研发投入强度3.7%左右.
        let rnd = try #require(d.targets.first { $0.indicatorID == "rnd_intensity" })
        #expect(rnd.kind == .changed)
        #expect(rnd.valueChange.map { abs($0 - 0.2) < 1e-9 } == true)
        #expect(d.targets.contains { $0.kind == .added && $0.indicatorID == "resident_income_growth" })
    }

    @Test func from2022To2025() throws {
        let d = diff("hangzhou-2022-work-report", "hangzhou-2025-work-report")
        #expect([.new, .rising].contains(kind("新质生产力", in: d)))
        #expect(kind("人工智能", in: d) == .rising)
        #expect(kind("亚运", in: d) == .falling)
        let gdp = try #require(d.targets.first { $0.indicatorID == "gdp_growth" })
        #expect(gdp.before.map(FigureText.of) == "6.5%以上")
        #expect(gdp.after.map(FigureText.of) == "5.5%左右")
        #expect(gdp.valueChange == -1)
        #expect(d.targets.contains { $0.kind == .added && $0.indicatorID == "cpi" })
    }

    @Test func foundTermsNeedNoList() {
        // Without the term list, the n-grams alone find the new themes of 2022.
        let d = diff("hangzhou-2020-work-report", "hangzhou-2022-work-report", terms: TermList())
        #expect(d.terms.contains { $0.term == "新天堂" && $0.kind == .new })
        #expect(d.terms.allSatisfy { !KeyTerms.stopWords.contains($0.term) })
        #expect(d.terms.allSatisfy { $0.term.count >= 3 || $0.source != "ngram" })
    }

    @Test func hangzhouAgainstXiaoshan() {
        let d = diff("hangzhou-2022-work-report", "xiaoshan-2022-summary")
        #expect(!d.headings.isEmpty)
        #expect(d.targets.contains { $0.indicatorID == "gdp_growth" && $0.before.map(FigureText.of) == "6.5%以上" && $0.after.map(FigureText.of) == "7%左右" })
    }

    static let ids = Bundled.corpus.reports.map(\.id)

    /// Every ordered pair of bundled reports, diffed once.
    static let pairs: [String: PrioritiesDiff] = {
        var out: [String: PrioritiesDiff] = [:]
        for a in ids { for b in ids where a != b {
            out["\(a)|\(b)"] = PrioritiesDiff.compare(Bundled.report(a), Bundled.report(b), statements: statements, terms: terms)
        } }
        return out
    }()

    @Test(arguments: ids)
    func diffWithItselfIsEmpty(id: String) {
        let d = diff(id, id)
        #expect(d.headings.allSatisfy { $0.kind == .kept && $0.similarity == 1 })
        #expect(d.terms.isEmpty)
        #expect(d.targets.allSatisfy { $0.kind == .unchanged })
    }

    @Test(arguments: ids)
    func diffMirrors(id: String) {
        for other in Self.ids where other != id {
            let forward = Self.pairs["\(id)|\(other)"]!, backward = Self.pairs["\(other)|\(id)"]!
            func flip(_ k: TermChange.Kind) -> TermChange.Kind {
                switch k { case .new: .dropped; case .dropped: .new; case .rising: .falling; case .falling: .rising }
            }
            let there = Set(forward.terms.map { "\($0.term)|\(flip($0.kind))|\($0.countAfter)|\($0.countBefore)" })
            let back = Set(backward.terms.map { "\($0.term)|\($0.kind)|\($0.countBefore)|\($0.countAfter)" })
            #expect(there == back, "\(id) ⇄ \(other)")
            let keptThere = Set(forward.headings.filter { $0.kind == .kept }.map { "\($0.before!.firstLine)|\($0.after!.firstLine)" })
            let keptBack = Set(backward.headings.filter { $0.kind == .kept }.map { "\($0.after!.firstLine)|\($0.before!.firstLine)" })
            #expect(keptThere == keptBack, "\(id) ⇄ \(other)")
            #expect(forward.headings.filter { $0.kind == .new }.count == backward.headings.filter { $0.kind == .dropped }.count)
            let changedThere = Set(forward.targets.filter { $0.kind == .changed }.map { "\($0.indicatorID)|\($0.before!.line)|\($0.after!.line)" })
            let changedBack = Set(backward.targets.filter { $0.kind == .changed }.map { "\($0.indicatorID)|\($0.after!.line)|\($0.before!.line)" })
            #expect(changedThere == changedBack, "\(id) ⇄ \(other)")
            #expect(Set(forward.targets.filter { $0.kind == .added }.map(\.indicatorID))
                    == Set(backward.targets.filter { $0.kind == .dropped }.map(\.indicatorID)))
        }
    }
}
