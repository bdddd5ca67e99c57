import Foundation

/// The grammar of the words that name a figure, as the catalog reads them: what is measured
/// (the head of the noun phrase, which Chinese puts last), whether it is a flow or a stock
/// (新增 X against 累计 / 总数 X), and shares of a whole (X占Y比重).
enum IndicatorWording {
    /// What a figure states about its indicator: a level, or a change by a rise or a fall.
    enum Change: Sendable, Equatable {
        case none, rise, fall
    }

    /// Whether a wording counts what is added in the period (a flow: 新增, 新认定, 净增) or what
    /// there is at its end (a stock: 累计, 总数, 保有量); neutral when it says neither.
    enum Scope: Sendable, Equatable {
        case neutral, flow, stock
    }

    /// 新增 and its kin, before the thing (新增上市公司) or after it (市场主体净增).
    static let flowWords = ["新增", "新认定", "新设", "新引进", "新培育", "新建", "新开工", "净增", "新上", "新获批"]
    /// Words that name the total of a thing named before (新增上市公司10家、总数达310家).
    static let totalWords = ["总数", "总量", "总计", "合计"]
    /// 累计 and its kin: a total at a date.
    static let stockWords = ["累计", "总数", "总量", "总计", "保有量", "拥有量", "存量", "拥有", "年末", "余额", "存栏"]
    /// Nouns that end an indicator's name as a kind of amount, after which a wording still names
    /// the same thing: 出口额, 进出口总额, 上市公司数量.
    static let headSuffixes = ["总额", "总量", "总值", "总数", "规模", "数量", "水平", "额", "数", "值", "的",
                               "增长速度", "增长率", "增速", "增幅", "涨幅", "降幅", "增长", "下降", "名义", "实际", "首次", "累计", "全年", "合计"]
    /// Nouns that, right after a catalog wording, make that wording a modifier of another head:
    /// 万元GDP用水量, 常住人口出生率, 单位地区生产总值二氧化碳排放.
    static let otherHeads = ["率", "量", "能耗", "排放", "比重", "比例", "占比", "强度", "面积", "人数", "密度", "增加值", "产值", "投资",
                             "支出", "企业", "人口", "价格", "利润", "税收", "收入", "用水", "用电", "用地", "用能", "二氧化碳", "化学需氧量",
                             "城镇化", "出生", "死亡", "贷款", "存款", "缺口", "差距", "结构", "贡献", "弹性", "成本", "费用"]
    /// Modifiers that narrow the population a wording counts: 规上工业企业总数 is not 企业总数.
    static let narrowing = ["规上", "规模以上", "限上", "限额以上", "国有", "民营", "外资", "外商投资", "私营", "跨境电商", "高新技术",
                            "高技术", "战略性新兴", "海洋", "工业", "制造业", "建筑业", "农业", "文化", "金融", "房地产", "人均", "港澳台",
                            "城镇", "农村", "乡村", "户籍", "日均", "月均"]
    /// Long forms the catalog reads as their short forms: 规模以上工业增加值 is 规上工业增加值.
    static let shortForms = [("规模以上", "规上"), ("限额以上", "限上")]

    /// A wording with its long forms shortened (`shortForms`).
    static func shortened(_ wording: String) -> String {
        // Every long form ends with 以上: one search rules most wordings out.
        guard wording.includes("以上") else { return wording }
        var text = wording
        for (long, short) in shortForms where text.includes(long) { text = text.replacingOccurrences(of: long, with: short) }
        return text
    }
    /// Jurisdiction and time words that restrict nothing: 全市经济增长 is 经济增长.
    static let plainPrefixes = ["全市", "全区", "全县", "全省", "全国", "全社会", "我市", "本市", "全年", "今年", "当年", "其中", "实现", "完成"]
    static let plainPrefixBytes = plainPrefixes.map { Array($0.utf8) }

    /// The scope a wording states. 累计新增 is a flow: the additions of the period, summed.
    static func scope(of wording: String) -> Scope {
        // One pass over the bytes: at each character that opens a scope word, the words it opens.
        // A flow word anywhere wins over a stock word anywhere.
        var wording = wording
        return wording.withUTF8 { b -> Scope in
            var stock = false
            var i = 0
            while i + 3 <= b.count {
                // Every scope word opens with a three-byte character.
                guard b[i] >= 0xE0, b[i] < 0xF0 else { i += 1; continue }
                let key = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
                if scopeLeadBits[Int(key >> 6 & 63)] & 1 << UInt64(key & 63) != 0, let words = scopeWordsByLead[key] {
                    for (bytes, isFlow) in words where (isFlow || !stock) && i + bytes.count <= b.count
                        && bytes.withUnsafeBufferPointer({ bytesEqual(UnsafeBufferPointer(rebasing: b[i..<(i + bytes.count)]), $0) }) {
                        if isFlow { return .flow }
                        stock = true
                    }
                }
                i += 3
            }
            return stock ? .stock : .neutral
        }
    }

    /// One bit per value of a lead key's low 12 bits, set when some scope word opens with it: most
    /// characters are ruled out without hashing their key.
    static let scopeLeadBits: [UInt64] = scopeWordsByLead.keys.reduce(into: [UInt64](repeating: 0, count: 64)) { bits, key in
        bits[Int(key >> 6 & 63)] |= 1 << UInt64(key & 63)
    }

    /// The flow and stock words by the UTF-8 bytes of their first character.
    static let scopeWordsByLead: [UInt32: [(bytes: [UInt8], isFlow: Bool)]] = {
        let words: [(bytes: [UInt8], isFlow: Bool)] = flowWords.map { (Array($0.utf8), true) } + stockWords.map { (Array($0.utf8), false) }
        return Dictionary(grouping: words) { word -> UInt32 in
            let b = word.bytes
            return UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2])
        }
    }()

    /// The scope an indicator of the catalog measures, from its id and its wordings.
    static func scope(of indicator: Indicator) -> Scope {
        if indicator.id.hasSuffix("_total") || indicator.aliases.contains(where: { scope(of: $0) == .stock }) { return .stock }
        if indicator.id.hasPrefix("new_") || indicator.aliases.contains(where: { a in flowWords.contains { a.startsWith($0) || a.endsWith($0) } }) {
            return .flow
        }
        return .neutral
    }

    /// A wording without the jurisdiction and time words in front of it.
    static func withoutPlainPrefixes(_ wording: String) -> String {
        let start = plainPrefixLength(wording)
        return start == 0 ? wording : String(Substring(wording.utf8.dropFirst(start)))
    }

    /// How many bytes of plain prefixes a wording opens with. On the contiguous bytes: walking a
    /// Substring's UTF-8 view for each prefix showed in the profile.
    static func plainPrefixLength(_ wording: String) -> Int {
        var wording = wording
        return wording.withUTF8 { b -> Int in
            var lo = 0
            var changed = true
            while changed {
                changed = false
                // Byte by byte, the first ones first: most prefixes differ at the first character,
                // and a slice compared whole for each of them cost about 900 instructions a wording.
                for prefix in plainPrefixBytes where b.count - lo > prefix.count && b[lo] == prefix[0] && b[lo + 1] == prefix[1]
                    && b[lo + 2] == prefix[2] && prefix.indices.allSatisfy({ b[lo + $0] == prefix[$0] }) {
                    lo += prefix.count
                    changed = true
                }
            }
            return lo
        }
    }

    /// `flowWords` as bytes, in the list's order.
    static let flowWordBytes = flowWords.map { Array($0.utf8) }
    /// The first characters of `flowWords` as three-byte keys (every one is a three-byte character).
    static let flowWordLeads: [UInt32] = Array(Set(flowWordBytes.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) }))

    /// The flow word a wording opens with once its plain prefixes are off (新增 of 全市新增上市公司),
    /// the first of `flowWords` that fits; found on the bytes, no String made.
    static func openingFlowWord(_ wording: String) -> String? {
        let start = plainPrefixLength(wording)
        var wording = wording
        return wording.withUTF8 { b -> String? in
            // Every flow word opens with 新 or 净: a wording that opens otherwise is passed at once.
            guard b.count - start >= 3, flowWordLeads.contains(UInt32(b[start]) << 16 | UInt32(b[start + 1]) << 8 | UInt32(b[start + 2]))
            else { return nil }
            for (index, word) in flowWordBytes.enumerated() where b.count - start >= word.count
                && word.withUnsafeBufferPointer({ bytesEqual(UnsafeBufferPointer(rebasing: b[start..<(start + word.count)]), $0) }) {
                return flowWords[index]
            }
            return nil
        }
    }

    /// Whether a catalog wording found at `range` of `wording` names the head of the wording, not
    /// a modifier of some other head or a narrower population.
    static func isHead(_ wording: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var after = range.upperBound
        // Each suffix list is longest first where one word begins another (增长速度 before 增长), so
        // the table's longest word at a place is the one the list would take there.
        while after < wording.count, let suffix = headSuffixTable.longest(in: wording, at: after) { after += headSuffixTable.length(suffix) }
        // Another head after it, right away or a word later (万元GDP综合能耗).
        for at in after..<min(wording.count, after + 3) where otherHeadTable.longest(in: wording, at: at) != nil { return false }
        return narrowingTable.first(in: wording, range: max(0, range.lowerBound - 6)..<range.lowerBound) == nil
    }

    static let headSuffixTable = WordTable(headSuffixes)
    static let otherHeadTable = WordTable(otherHeads)
    static let narrowingTable = WordTable(narrowing)

    /// The same for a word already made scalars, as the hot lists keep them.
    static func matches(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], at index: Int) -> Bool {
        index >= 0 && index + word.count <= s.count && s[index..<(index + word.count)].elementsEqual(word)
    }

    static func matches(_ s: [Unicode.Scalar], _ word: String, at index: Int) -> Bool {
        var i = index
        for scalar in word.unicodeScalars {
            guard i < s.count, s[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// X占Y比重, X占Y的, X相当于Y的比例, X与Y之比: a share of Y; `part` may be empty when the clause
    /// leaves it to the figure before (…，占GDP比重27.1%).
    struct ShareFrame: Equatable {
        let part: String
        let whole: String

        /// Whether the bytes hold 占 (E5 8D A0), 相 (E7 9B B8) or 之 (E4 B9 8B), the first characters
        /// of the frames' markers, in one pass: every catalog lookup asks, and most wordings hold none.
        static func mayHoldMarker(_ wording: String) -> Bool {
            var text = wording
            return text.withUTF8 { b in
                var i = 0
                while i + 2 < b.count {
                    switch (b[i], b[i + 1], b[i + 2]) {
                    case (0xE5, 0x8D, 0xA0), (0xE7, 0x9B, 0xB8), (0xE4, 0xB9, 0x8B): return true
                    default: i += 1
                    }
                }
                return false
            }
        }

        static let ends = ["的比重", "的比例", "的份额", "比重", "比例", "份额", "之比", "的"]

        init?(_ wording: String) {
            guard Self.mayHoldMarker(wording),
                  wording.includes("占") || wording.includes("相当于") || wording.includes("之比") else { return nil }
            let s = wording.scalarArray
            func text(_ r: Range<Int>) -> String { String(scalars: s[r]) }
            var marker: (at: Int, length: Int)?
            for (index, c) in s.enumerated() {
                if c == "占", index + 1 < s.count, s[index + 1] != "比" { marker = (index, 1); break }
                if c == "相", IndicatorWording.matches(s, "相当于", at: index) { marker = (index, 3); break }
            }
            if marker == nil, let with = s.lastIndex(of: "与"), IndicatorWording.matches(s, "之比", at: s.count - 2), with < s.count - 2 {
                marker = (with, 1)
            }
            guard let (at, length) = marker else { return nil }
            var end = s.count
            for word in Self.ends where end - word.scalarCount > at + length
                && IndicatorWording.matches(s, word, at: end - word.scalarCount) {
                end -= word.scalarCount
                break
            }
            var part = text(0..<at)
            for adverb in ["约", "近", "超过", "已"] where part.endsWith(adverb) { part.removeLast(adverb.count) }
            let whole = text((at + length)..<end)
            guard !whole.isEmpty, whole.count <= 20 else { return nil }
            self.part = part
            self.whole = whole
        }
    }
}
