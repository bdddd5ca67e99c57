/// Sentences (句) end at 。！？ and ；; clauses (分句) also at ，and ：. ASCII , and : end a
/// clause only when not between digits (12,700 and 1.8:30.3 stay whole), and a colon not when a
/// number follows it (分别上涨：3.5%、3.2%: the words before it name the figures).
public enum Clauses {
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";"]
    static let clauseEnds: Set<Unicode.Scalar> = sentenceEnds.union(["，", "："])

    /// Clause ranges (scalar indices, punctuation excluded) covering the text in order. A comma
    /// inside a short remark in brackets (（预计数，下同）) ends nothing.
    public static func clauses(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // Room for a clause every eight scalars, about what reports write: growing the array
        // scalar run by scalar run reallocated it several times a passage.
        ranges.reserveCapacity(s.count / 8 + 1)
        clauses(in: s, into: &ranges)
        return ranges
    }

    /// `clauses(in:)` into an array emptied first, whose memory a reader of one passage after
    /// another keeps (`DecodingRoom`).
    static func clauses(in s: [Unicode.Scalar], into ranges: inout [Range<Int>]) {
        // One loop, no closure: it runs over every scalar of every passage.
        ranges.removeAll(keepingCapacity: true)
        var closes = -1
        var start = 0
        for i in s.indices {
            let c = s[i]
            if c == "（" || c == "(", i > closes { closes = closing(s, from: i) ?? -1 }
            // Every clause end is one of these marks: most scalars are passed over here.
            guard c == "，" || c == "：" || c == ":" || c == "," || isSentenceEnd(c), i > closes, isClauseEnd(s, i) else { continue }
            ranges.append(start..<i)
            start = i + 1
        }
        ranges.append(start..<s.count)
    }

    /// The index of the bracket closing the one at `open`, if it closes within 30 scalars and
    /// before a sentence ends.
    static func closing(_ s: [Unicode.Scalar], from open: Int) -> Int? {
        var j = open + 1
        while j < s.count, j - open <= 30 {
            if s[j] == "）" || s[j] == ")" { return j }
            if isSentenceEnd(s[j]) || s[j] == "（" || s[j] == "(" { return nil }
            j += 1
        }
        return nil
    }

    public static func sentences(in s: [Unicode.Scalar]) -> [Range<Int>] { split(s) { s, i in isSentenceEnd(s[i]) } }

    /// `sentenceEnds.contains`, without hashing: it runs for every scalar of every passage.
    @inline(__always)
    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: return true
        default: return false
        }
    }

    /// `clauseEnds.contains`, without hashing.
    @inline(__always)
    static func isClauseEndMark(_ c: Unicode.Scalar) -> Bool { c == "，" || c == "：" || isSentenceEnd(c) }

    static func isClauseEnd(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let c = s[i]
        if c == ":" || c == "," || c == "：" {
            let betweenDigits = i > 0 && i + 1 < s.count && NumberScanner.isDigit(s[i - 1]) && NumberScanner.isDigit(s[i + 1])
            // 分别上涨：3.5%、3.2%: a colon that introduces the figures of the words before it.
            let beforeFigure = c != "," && i > 0 && i + 1 < s.count && NumberScanner.isDigit(s[i + 1]) && !NumberScanner.isDigit(s[i - 1])
            return !betweenDigits && !beforeFigure
        }
        return c == "，" || isSentenceEnd(c)
    }

    private static func split(_ s: [Unicode.Scalar], at isEnd: ([Unicode.Scalar], Int) -> Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for i in s.indices where isEnd(s, i) {
            ranges.append(start..<i)
            start = i + 1
        }
        ranges.append(start..<s.count)
        return ranges
    }
}
