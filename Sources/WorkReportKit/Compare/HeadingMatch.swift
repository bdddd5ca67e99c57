/// The work plans' numbered headings (（一）… of this year's work) matched across two reports
/// by the similarity of their words: kept, new or dropped.
public struct HeadingChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case kept, new, dropped }
    public var kind: Kind
    public var before: Section?
    public var after: Section?
    /// Dice coefficient of the two headings' character pairs, 0…1 (kept only).
    public var similarity: Double?
}

enum HeadingMatch {
    /// A kept heading shares at least this much; below it, a heading is new or dropped. 0.35 keeps
    /// 深化拥江发展，加快提升城市能级 → 乘势而上提升城市能级 (0.45) and drops 同心合力推动经济复苏转稳 →
    /// 稳中求进推动经济高质量发展 (0.25: only 推动经济 in common).
    static let threshold = 0.35

    static func workPlan(_ report: Report) -> [Section] {
        report.sections.filter { ($0.role == .tasks || $0.role == .livelihood) && $0.level == 2 }
    }

    static func compare(_ a: Report, _ b: Report) -> [HeadingChange] {
        let before = workPlan(a), after = workPlan(b)
        var pairs: [(Double, Int, Int)] = []
        for (i, x) in before.enumerated() {
            for (j, y) in after.enumerated() {
                let score = similarity(x.heading, y.heading)
                if score >= threshold { pairs.append((score, i, j)) }
            }
        }
        // Greedy by similarity; ties broken by the texts, so diff B A mirrors diff A B.
        pairs.sort { l, r in
            if l.0 != r.0 { return l.0 > r.0 }
            return (before[l.1].heading + after[l.2].heading) < (before[r.1].heading + after[r.2].heading)
        }
        var usedA: Set<Int> = [], usedB: Set<Int> = []
        var changes: [HeadingChange] = []
        for (score, i, j) in pairs where !usedA.contains(i) && !usedB.contains(j) {
            usedA.insert(i); usedB.insert(j)
            changes.append(HeadingChange(kind: .kept, before: before[i], after: after[j], similarity: score))
        }
        changes.sort { ($0.before?.firstLine ?? 0) < ($1.before?.firstLine ?? 0) }
        for (i, x) in before.enumerated() where !usedA.contains(i) { changes.append(HeadingChange(kind: .dropped, before: x, after: nil, similarity: nil)) }
        for (j, y) in after.enumerated() where !usedB.contains(j) { changes.append(HeadingChange(kind: .new, before: nil, after: y, similarity: nil)) }
        return changes
    }

    /// Dice coefficient over character bigrams (single characters for one-character texts).
    static func similarity(_ a: String, _ b: String) -> Double {
        func grams(_ s: String) -> [String: Int] {
            let chars = Array(s.filter { !$0.isPunctuation && !$0.isWhitespace })
            var out: [String: Int] = [:]
            if chars.count < 2 { for c in chars { out[String(c), default: 0] += 1 }; return out }
            for i in 0..<(chars.count - 1) { out[String(chars[i...(i + 1)]), default: 0] += 1 }
            return out
        }
        let x = grams(a), y = grams(b)
        let total = x.values.reduce(0, +) + y.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}
