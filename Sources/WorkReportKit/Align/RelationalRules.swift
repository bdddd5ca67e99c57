/// Targets stated as relations, judged when both sides are known:
/// 城乡居民人均可支配收入高于GDP增速 (income growth against GDP growth of the same year),
/// 居民收入增长与经济增长基本同步, 收入倍差持续缩小 (against the previous known ratio),
/// 固定资产投资实现正增长. Others (稳步提高, 完成国家和省下达的…) are not evaluable.
enum RelationalRules {
    typealias Key = Aligner.Key

    static func judge(_ row: inout Comparison, phrase: String, results all: [Key: [Statement]], catalog: IndicatorCatalog,
                      tolerance: Tolerance, advice: String) {
        guard let target = row.target else { return }
        let jurisdiction = row.jurisdiction, period = row.period
        func results(_ id: String) -> [Statement] {
            all[Key(jurisdiction: jurisdiction, period: period, indicatorID: id)] ?? []
        }
        // The side the target speaks of: resident income, or both urban and rural when only those are reported.
        var own = results(target.indicatorID)
        if own.isEmpty, target.indicatorID == "resident_income_growth" {
            own = [results("urban_income_growth").first, results("rural_income_growth").first].compactMap { $0 }
        }
        row.results = own

        switch phrase {
        case "高于", "快于", "基本同步", "同步":
            guard let referenceID = reference(of: target, phrase: phrase, catalog: catalog) else {
                row.verdict = Verdict(status: .notEvaluable, gap: nil, gapUnit: "", rule: "the other side of '\(phrase)' is not an indicator gwr knows")
                return
            }
            let other = results(referenceID)
            row.reference = Array(other.prefix(1))
            guard let ref = other.first?.number, !own.isEmpty else {
                row.verdict = Verdict(status: .noResult, gap: nil, gapUnit: "pp",
                                      rule: "needs both \(target.indicatorID) and \(referenceID) for \(row.period)")
                row.advice = advice
                return
            }
            let actuals = own.compactMap(\.number)
            guard let lowest = actuals.min() else { return }
            let gap = lowest - ref
            let shown = actuals.map { Format.number($0) }.joined(separator: ", ") + " vs \(Format.number(ref))"
            if phrase == "高于" || phrase == "快于" {
                row.verdict = Verdict(status: gap > 0 ? .met : .missed, gap: gap, gapUnit: "pp",
                                      rule: "every side must grow faster than \(referenceID) (\(shown))")
            } else {
                let allowed = tolerance.absolute(for: ref, percentUnit: true)
                row.verdict = Verdict(status: gap >= -allowed ? .met : .missed, gap: gap, gapUnit: "pp",
                                      rule: "in step: no more than the tolerance \(Format.number(allowed)) points behind \(referenceID) (\(shown))")
            }
        case "持续缩小":
            guard let now = own.first?.number else {
                row.verdict = Verdict(status: .noResult, gap: nil, gapUnit: "", rule: "no \(row.period) value of \(target.indicatorID)")
                row.advice = advice
                return
            }
            row.verdict = Verdict(status: .notEvaluable, gap: nil, gapUnit: "", rule: "no earlier value of \(target.indicatorID) to compare with")
            var previous: Statement?
            for (key, found) in all where key.jurisdiction == jurisdiction && key.indicatorID == target.indicatorID && key.period < period {
                if let first = found.first, previous.map({ ($0.period ?? key.period) < key.period }) ?? true { previous = first }
            }
            if let previous, let before = previous.number {
                row.reference = [previous]
                row.verdict = Verdict(status: now < before ? .met : .missed, gap: now - before, gapUnit: "",
                                      rule: "must be below the previous known value (\(Format.number(now)) vs \(Format.number(before)) in \(previous.period?.description ?? ""))")
            }
        case "正增长":
            guard let value = own.first?.number else {
                row.verdict = Verdict(status: .noResult, gap: nil, gapUnit: "", rule: "no \(row.period) growth of \(target.indicatorID)")
                row.advice = advice
                return
            }
            row.verdict = Verdict(status: value > 0 ? .met : .missed, gap: value, gapUnit: "pp", rule: "growth must be above zero")
        default:
            // 完成省下达任务 against a result in words (完成, 未完成): as the words say.
            if case .qualitative(let words)? = own.first?.comparator, let status = statedInWords(words) {
                row.verdict = Verdict(status: status, gap: nil, gapUnit: "", rule: "the result is stated in words: \(words)")
                return
            }
            row.verdict = Verdict(status: .notEvaluable, gap: nil, gapUnit: "",
                                  rule: phrase == "完成下达" ? "set by higher levels of government; not stated as a figure"
                                                            : "a qualitative target ('\(phrase)') with no figure to check")
        }
    }

    /// What a result in words says: 未完成 missed; 完成, 实现, 达到 met; anything else nothing.
    static func statedInWords(_ words: String) -> Status? {
        if words.includes("未") || words.includes("没有") { return .missed }
        if words.includes("超额") { return .exceeded }
        if ["完成", "实现", "达到", "达标", "同步", "提高", "改善", "缩小", "下降"].contains(where: { words.includes($0) }) { return .met }
        return nil
    }

    /// The other side of a relation, from the clause: 高于GDP增速 → gdp_growth;
    /// 居民收入增长与经济增长基本同步 → gdp_growth.
    static func reference(of target: Statement, phrase: String, catalog: IndicatorCatalog) -> String? {
        let text = target.text
        var other = ""
        if phrase == "高于" || phrase == "快于", let range = text.range(of: phrase) {
            other = String(text[range.upperBound...])
        } else if let with = text.range(of: "与"), let end = text.range(of: phrase) {
            other = String(text[with.upperBound..<end.lowerBound])
        }
        guard !other.isEmpty else { return nil }
        if other.includes("GDP") || other.includes("经济增长") || other.includes("生产总值") { return "gdp_growth" }
        return catalog.match(other, growth: true, unit: "%")?.id
    }
}
