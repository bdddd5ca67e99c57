/// A heading of the report's outline: 一、 (level 1), （一） (level 2), or an unnumbered
/// title line such as 主要目标 in the illustrated summaries.
public struct Heading: Sendable, Equatable {
    public let level: Int
    /// 一、 → 1; nil for unnumbered headings.
    public let ordinal: Int?
    /// The heading's words: up to the first 。 when a paragraph opens with its heading.
    public let title: String
    /// True when the line holds nothing but the heading.
    public let standsAlone: Bool

    static let numerals: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
    /// Words that make a short unnumbered line a heading.
    static let headingWords = ["回顾", "展望", "主要目标", "总体要求", "重点工作", "工作安排", "十大行动", "政府自身建设", "指导思想", "发展目标", "目标任务"]

    /// Parses a folded line (markdown hashes already stripped). `raw` is the line before
    /// folding, needed for the summaries' "一 抓改革" form whose space folding removes.
    public static func parse(_ text: String, raw: String) -> Heading? {
        guard let first = text.unicodeScalars.first else { return nil }
        // Most lines are paragraphs: neither numbered nor short, and told apart without
        // copying their scalars.
        let numbered = first == "（" || first == "(" || numerals[first] != nil
        guard numbered else {
            // An unnumbered title: short, no clause marks, a heading word. Its length is counted
            // on the bytes (more than 96 bytes is more than 24 scalars); no scalars are made.
            guard text.utf8.count <= 96, text.scalarCount <= 24, !text.holdsClauseComma, !text.includes("。"), !text.includes("："),
                  !text.includes("；"), headingWords.contains(where: { text.includes($0) }) else { return nil }
            return Heading(level: 1, ordinal: nil, title: text, standsAlone: true)
        }
        let scalars = text.scalarArray
        if first == "（" || first == "(" {
            var i = 1
            var value = 0
            while i < scalars.count, let n = numerals[scalars[i]] { value = combine(value, n); i += 1 }
            guard i > 1, i < scalars.count, scalars[i] == "）" || scalars[i] == ")" else { return nil }
            return make(level: 2, ordinal: value, body: Array(scalars[(i + 1)...]))
        }
        // A Chinese numeral first.
        var i = 0
        var value = 0
        while i < scalars.count, i < 3, let n = numerals[scalars[i]] { value = combine(value, n); i += 1 }
        if i < scalars.count, scalars[i] == "、" {
            return make(level: 1, ordinal: value, body: Array(scalars[(i + 1)...]))
        }
        // "一 抓改革、优服务，…": numeral, a space in the original, a short line. The
        // summaries use this form under an unnumbered title, so it ranks as level 2.
        let rawScalars = Array(CharacterFolding.stripMarkup(raw.scalarArray))
        if rawScalars.count > i, rawScalars[i] == " " || rawScalars[i] == "\u{3000}", scalars.count <= 30, !text.includes("。") {
            return make(level: 2, ordinal: value, body: Array(scalars[i...]))
        }
        return nil
    }

    private static func combine(_ value: Int, _ n: Int) -> Int {
        // 十一 = 11, 二十 = 20, 二十一 = 21
        if n == 10 { return value == 0 ? 10 : value * 10 }
        return value + n
    }

    private static func make(level: Int, ordinal: Int, body: [Unicode.Scalar]) -> Heading {
        var body = body
        while let f = body.first, f == " " { body.removeFirst() }
        if let stop = body.firstIndex(of: "。") {
            let rest = body[(stop + 1)...]
            return Heading(level: level, ordinal: ordinal, title: String(scalars: body[..<stop]), standsAlone: rest.isEmpty)
        }
        return Heading(level: level, ordinal: ordinal, title: String(scalars: body), standsAlone: true)
    }
}
