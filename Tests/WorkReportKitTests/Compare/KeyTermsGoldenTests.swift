import Foundation
import Testing
@testable import WorkReportKit

/// Key terms are words: learnt word boundaries, the catalog's and terms.list's words winning, one
/// indicator's names folded into one term (Golden/Terms/expected.tsv, written by reading the plans).
struct KeyTermsGoldenTests {
    static func terms(_ before: String, _ after: String) -> [[String: Any]] {
        let result = runCLI(["diff", before, after, "--top", "40", "--format", "json"])
        let object = (try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) as? [String: Any]
        return object?["terms"] as? [[String: Any]] ?? []
    }

    @Test func readersTermsListedAndNoFragments() throws {
        let expected = try TSV(path: Paths.golden.appendingPathComponent("Terms/expected.tsv")).rows
        var fragmentsListed = 0, fragmentsChecked = 0
        for (pair, rows) in Dictionary(grouping: expected, by: { "\($0["before"]!) \($0["after"]!)" }) {
            let parts = pair.split(separator: " ").map(String.init)
            let listed = Self.terms(parts[0], parts[1])
            func kind(_ term: String) -> String? { listed.first { $0["term"] as? String == term }?["kind"] as? String }
            for row in rows {
                let term = row["term"]!, expect = row["expect"]!
                switch expect {
                case "fragment":
                    fragmentsChecked += 1
                    let shown = kind(term)
                    if shown == "new" || shown == "dropped" { fragmentsListed += 1 }
                    #expect(shown != "new" && shown != "dropped", "\(pair): \(term) is listed \(shown ?? "")")
                case "listed": #expect(kind(term) != nil, "\(pair): \(term) not listed")
                default: #expect(kind(term) == expect, "\(pair): \(term) is \(kind(term) ?? "not listed"), not \(expect)")
                }
            }
        }
        print("key terms: \(fragmentsListed) of \(fragmentsChecked) hand-listed fragments among the top 40 new and dropped terms")
    }

    /// A term of the n-grams is free on both sides across the loaded reports.
    @Test func wordBoundariesFromTheReports() {
        let texts = ["要办好亚运会。全力办好亚运，抓好亚运场馆。用好亚运遗产。办好民生实事，抓好安全生产，用好专项债券。",
                     "办好教育，抓好落实，用好人才。杭州亚运会、亚运村。保障亚运。服务亚运会。亚运会。"]
        func gram(_ s: String) -> KeyTerms.Gram { KeyTerms.gram(s)! }
        let boundaries = Boundaries([gram("好亚运"), gram("亚运会"), gram("城遗址")], in: texts)
        // 好亚运 is met after 办, 抓 and 用, but 办好, 抓好 and 用好 are words of their own.
        #expect(!boundaries.isFree(gram("好亚运")))
        // 亚运会 after 杭州: 州亚 is no word (always 杭州亚运).
        #expect(boundaries.isFree(gram("亚运会")))
    }

    @Test func namesOfOneIndicatorFold() {
        let lexicon = TermLexicon(catalog: Bundled.catalog, terms: TermList())
        let counts = lexicon.foldedCounts("全市生产总值增长6.5%，全市生产总值达到2万亿元", "地区生产总值增长5.5%")
        let gdp = counts.first { $0.value == (2, 1) }
        #expect(gdp != nil, "\(counts)")
    }

    @Test func headingsBelowTheThresholdAreDroppedAndNew() throws {
        let result = runCLI(["diff", "2020", "2022", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let headings = try #require(object["headings"] as? [[String: Any]])
        func heading(_ side: String, _ text: String) -> [String: Any]? {
            headings.first { (($0[side] as? [String: Any])?["heading"] as? String)?.contains(text) == true }
        }
        // 0.25: only 推动经济 in common.
        #expect(heading("before", "同心合力推动经济复苏转稳")?["kind"] as? String == "dropped")
        #expect(heading("after", "稳中求进推动经济高质量发展")?["kind"] as? String == "new")
        #expect(heading("before", "深化拥江发展")?["kind"] as? String == "kept")
        let explained = runCLI(["diff", "2020", "2022", "--explain"]).output
        #expect(explained.contains("similarity: the Dice coefficient of the two headings' pairs of neighbouring characters"))
        let review = runCLI(["diff", "2020", "2022", "--part", "review"]).output
        #expect(review.contains("Key terms of the review of past years"))
    }
}
