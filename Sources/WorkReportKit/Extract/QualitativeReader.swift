import Foundation

/// Targets without a number: 城乡居民人均可支配收入高于GDP增速, 收入倍差持续缩小,
/// 全员劳动生产率稳步提高, 完成国家和省下达的能源环境指标计划目标.
enum QualitativeReader {
    struct Found {
        let indicator: String
        let indicatorID: String
        let phrase: String
        let phraseStart: Int
        let stretch: Bool
        let clause: String
    }

    static let phraseTable = WordTable(Lexicon.qualitative)

    /// Clauses of a target passage that hold no figure but a relation word. In the main
    /// targets and five-year goals every such clause counts; elsewhere only when it names a
    /// catalogued indicator, so that 营商环境持续优化 in a task paragraph does not.
    static func read(_ reader: FigureReader, section: SectionRole, catalog: IndicatorCatalog) -> [Found] {
        let s = reader.s
        // Most passages hold no relation word anywhere: one pass of the word table over the whole
        // passage rules them out before any clause is cut (a word inside a clause is a word inside
        // the passage).
        guard phraseTable.first(in: s, range: 0..<s.count) != nil else { return [] }
        var found: [Found] = []
        // Starts of figures and of numbers that rule a clause out, sorted, for binary search.
        let figureStarts = reader.figures.map(\.token.start)
        let skipStarts = reader.skipped.filter { $0.reason != .date && $0.reason != .code }.map(\.token.start).sorted()
        func holds(_ starts: [Int], _ range: Range<Int>) -> Bool {
            var low = 0, high = starts.count
            while low < high { let mid = (low + high) / 2; if starts[mid] < range.lowerBound { low = mid + 1 } else { high = mid } }
            return low < starts.count && starts[low] < range.upperBound
        }
        var start = 0
        let strict = section == .mainTargets || section == .fiveYearGoals
        // One buffer for every clause's pending sub-clauses: an array made a clause, grown as it
        // filled, showed in the profile for every passage.
        var pending: [Range<Int>] = []
        while start < s.count {
            let whole = reader.clauseRange(around: start)
            defer { start = whole.upperBound + 1 }
            guard !whole.isEmpty else { continue }
            // Sub-clauses between 、: 项目投资增速快于…、制造业投资增速快于… holds two relations, and
            // 确保粮食播种面积稳步提升、产量在120亿斤以上 one beside a figure. Sub-clauses with no relation
            // of their own share the next one's: 生产安全事故起数、死亡人数明显下降.
            pending.removeAll(keepingCapacity: true)
            var sub = whole.lowerBound
            while sub < whole.upperBound {
                let part = subClause(s, around: sub, within: whole)
                defer { sub = part.upperBound + 1 }
                if holds(figureStarts, part) || holds(skipStarts, part) {
                    pending.removeAll(keepingCapacity: true)
                    continue
                }
                guard let (phrase, at) = firstPhrase(s, in: part, reader: reader) else {
                    pending.append(part)
                    continue
                }
                let from = pending.first?.lowerBound ?? part.lowerBound
                pending.removeAll(keepingCapacity: true)
                let clauseText = reader.text(whole.lowerBound..<min(whole.upperBound, whole.lowerBound + 400))
                var before = reader.text(from..<at)
                if let with = before.lastRange(of: "与") { before = String(before[..<with.lowerBound]) }
                var indicator = reader.stripped(before)
                if indicator.isEmpty {
                    indicator = reader.stripped(reader.text((at + phrase.scalarCount)..<part.upperBound))
                }
                guard !indicator.isEmpty, indicator.count <= 30 else { continue }
                let growth = clauseText.includes("增长") || clauseText.includes("增速")
                let parts = indicator.includes("、") && !indicator.startsWith("区域")
                    ? FigureReader.sharingWords(reader.listParts(indicator)) : [indicator]
                for name in parts {
                    let match = catalog.match(name, growth: growth, unit: "") ?? catalog.match(name, growth: !growth, unit: "")
                    if match == nil && !strict { continue }
                    found.append(Found(indicator: name, indicatorID: match?.id ?? IndicatorCatalog.derivedID(name, growth: growth),
                                       phrase: phrase.startsWith("完成") ? "完成下达" : phrase, phraseStart: at,
                                       stretch: clauseText.includes("力争"), clause: clauseText))
                }
            }
        }
        return found
    }

    private static func subClause(_ s: [Unicode.Scalar], around index: Int, within clause: Range<Int>) -> Range<Int> {
        var start = index
        while start > clause.lowerBound, s[start - 1] != "、" { start -= 1 }
        var end = index
        while end < clause.upperBound, s[end] != "、" { end += 1 }
        return start..<end
    }

    private static func firstPhrase(_ s: [Unicode.Scalar], in clause: Range<Int>, reader: FigureReader) -> (String, Int)? {
        phraseTable.first(in: s, range: clause).map { (phraseTable.words[$0.word], $0.at) }
    }
}
