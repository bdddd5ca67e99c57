import Foundation

/// Lists of figures and of nouns: 分别增长8.8%和10.3%, 均增长10%, 401公里城市轨道交通网、801公里高速公路网.
extension FigureReader {
    /// 形成总长401公里城市轨道交通网、801公里高速公路网: the noun follows each number.
    mutating func nounsAfterNumbers() {
        guard figures.count > 1 else { return }
        for i in 0..<(figures.count - 1) where figures[i].clause == figures[i + 1].clause {
            let gapEnd = figures[i + 1].token.start
            guard figures[i].end < gapEnd, s[gapEnd - 1] == "、" else { continue }
            guard gapEnd - 1 - figures[i].end <= 40 else { continue }
            let gap = text(figures[i].end..<(gapEnd - 1))
            let noun = stripped(gap)
            guard !noun.isEmpty, noun.scalarCount >= 2, !gap.unicodeScalars.contains(where: NumberScanner.isDigit) else { continue }
            figures[i].indicator = noun
            var stop = figures[i + 1].end
            while stop < figures[i + 1].clause.upperBound, stop - figures[i + 1].end < 40, s[stop] != "、", !NumberScanner.isDigit(s[stop]) { stop += 1 }
            let next = stripped(text(figures[i + 1].end..<stop))
            if !next.isEmpty { figures[i + 1].indicator = next }
        }
    }

    mutating func distributeLists() {
        nounsAfterNumbers()
        // Members are changed in place. Only a figure read as several (均增长10%) makes the list
        // anew, from there on, so that a passage of thousands of figures stays linear; copying
        // every figure of every passage into a new list showed in the profile.
        var out: [Figure]? = nil
        var i = 0
        while i < figures.count {
            var j = i
            while j + 1 < figures.count, figures[j + 1].clause == figures[i].clause,
                  isListGap(figures[j].end, figures[j + 1].token.start) {
                j += 1
            }
            if j > i {
                // Qualifiers written once for the whole list apply to every member.
                let first = figures[i], last = figures[j]
                for k in i...j {
                    if figures[k].unit.isEmpty { figures[k].unit = last.unit }
                    // 分别拉动1.7个、3.2个、4.0个百分点: the classifier each member keeps is the last's unit cut short.
                    if figures[k].unit == "个", last.unit.startsWith("个"), last.unit.scalarCount > 1 { figures[k].unit = last.unit }
                    if figures[k].qualifiers.isEmpty, k > i, !first.qualifiers.isEmpty, first.comparator != .equal || kind != .target {
                        figures[k].qualifiers = first.qualifiers.filter { !Lexicon.after.map(\.word).contains($0) }
                        figures[k].comparator = first.comparator
                    }
                    if let afterWord = last.qualifiers.last, Lexicon.after.contains(where: { $0.word == afterWord }),
                       !figures[k].qualifiers.contains(afterWord) {
                        figures[k].qualifiers.append(afterWord)
                        figures[k].comparator = last.comparator
                    }
                    figures[k].growth = first.growth || figures[k].growth
                    figures[k].stretch = first.stretch || figures[k].stretch
                }
                // 城镇居民…68120元、农村居民…42310元，分别增长4.6%和6.2%: a list with no subject of its
                // own takes, member by member, the subjects of as many figures before it.
                // (The figures read so far, as one expression: a slice of `figures` kept alive while
                // the members change would copy the whole list.)
                let before = first.carried == .whole
                    ? precedingSubjects(in: out.map { $0[...] } ?? figures[..<i], before: first, count: j - i + 1) : nil
                if let before {
                    for k in i...j { figures[k].indicator = before[k - i] }
                } else {
                    let names = splitList(first.indicator, count: j - i + 1)
                    for k in i...j { figures[k].indicator = names[k - i] }
                }
                out?.append(contentsOf: figures[i...j])
            } else if linkContains(Self.evenlyBytes, before: figures[i].token.start, clause: figures[i].clause)
                        || (figures[i].growth && (figures[i].indicator.includes("和") || figures[i].indicator.includes("、")))
                        || (Self.isRate(figures[i].unit) && figures[i].indicator.containsScalar(where: Self.isListMark)
                            && Self.allRates(listParts(figures[i].indicator))) {
                // 登记交易规模和上架产品数均增长10%: one figure, several indicators.
                let parts = Self.sharingWords(listParts(figures[i].indicator))
                if parts.count > 1 {
                    if out == nil { out = Array(figures[..<i]) }
                    for part in parts {
                        var copy = figures[i]
                        copy.indicator = part
                        out!.append(copy)
                    }
                } else {
                    out?.append(figures[i])
                }
            } else {
                out?.append(figures[i])
            }
            i = j + 1
        }
        if let out { figures = out }
    }

    /// The subjects of the last `count` figures read, if they stand in the sentence of `figure`
    /// and name different things.
    func precedingSubjects(in read: ArraySlice<Figure>, before figure: Figure, count: Int) -> [String]? {
        guard read.count >= count else { return nil }
        let opening = sentenceStart(before: figure.clause.lowerBound)
        let before = read.suffix(count)
        guard before.allSatisfy({ $0.token.start >= opening && !$0.rank }) else { return nil }
        let names = before.map(\.indicator)
        return Set(names).count == count ? names : nil
    }

    /// 城镇调查失业率和登记失业率稳定在4.3%左右: one rate said of every member of the subject.
    static func isRate(_ unit: String) -> Bool { unit.sameBytes("%") || unit.sameBytes("‰") }

    /// Members that each name a rate (失业率, 比重, 占比): not one phrase with 和 inside it
    /// (有劳动能力和就业愿望的…就业率).
    static func allRates(_ parts: [String]) -> Bool {
        parts.count > 1 && sharingWords(parts).allSatisfy { part in ["率", "比重", "比例", "占比", "指数"].contains { part.endsWith($0) } }
    }

    func isListGap(_ from: Int, _ to: Int) -> Bool {
        to - from == 1 && Self.isSeparator(s[from])
    }

    /// 城乡居民人均可支配收入 → 城镇居民…, 农村居民…; 企业复工率、产能恢复率 → the two rates.
    func splitList(_ indicator: String, count: Int) -> [String] {
        var text = indicator
        for word in ["分别", "均"] where text.endsWith(word) { text.removeLast(word.count) }
        // (Found by bytes and spliced: Foundation's search and replace went through NSString.)
        if count == 2, let range = text.firstRange(of: "城乡") {
            return [text[..<range.lowerBound] + "城镇" + text[range.upperBound...], text[..<range.lowerBound] + "农村" + text[range.upperBound...]]
        }
        var parts = listParts(text)
        // 城、乡居民人均可支配收入: the one-character forms of 城镇 and 农村.
        if parts.count == 2, parts[0] == "城", parts[1].hasPrefix("乡") { parts = ["城镇", "农村" + parts[1].dropFirst()] }
        guard parts.count == count else { return Array(repeating: text, count: count) }
        return Self.sharingWords(parts)
    }

    /// Completes list members that share words with a neighbour: 城镇、农村居民人均可支配收入
    /// (the last carries the head) and 生产安全事故起数、死亡人数 (the first carries the prefix).
    /// (Suffixes and prefixes compared by bytes, as everywhere on folded text: `hasSuffix` compares
    /// by canonical equivalence, and cost tens of thousands of instructions a list.)
    static func sharingWords(_ parts: [String]) -> [String] {
        guard parts.count > 1 else { return parts }
        let first = parts[0], last = parts[parts.count - 1]
        // The head is shared by short modifiers (城镇、农村), not by names of their own
        // (地区生产总值、一般公共预算收入).
        if first.count <= 4, parts.dropLast().allSatisfy({ $0.count == first.count }), last.count > first.count + 1 {
            let head = String(last.dropFirst(first.count))
            return parts.dropLast().map { $0 + head } + [last]
        }
        // 应届高校毕业生和退役军人就业率: the rate the last names is each member's rate.
        if last.endsWith("率"), last.count >= 4, !parts.contains(where: { $0.includes("的") }),
           parts.dropLast().allSatisfy({ !$0.endsWith("率") && !$0.isEmpty }) {
            let head = String(last.suffix(3))
            return parts.dropLast().map { $0 + head } + [last]
        }
        // 安全生产事故、道路交通事故、火灾死亡人数: what the last counts, each of the others counts too.
        if let head = Self.eventMeasures.first(where: { last.endsWith($0) && last.count > $0.count }),
           parts.dropLast().allSatisfy({ part in !measureNouns.contains { part.endsWith($0) } }) {
            return parts.dropLast().map { $0 + head } + [last]
        }
        // 生产安全事故起数、死亡人数: the others are measures of the first's thing, which they share.
        if let head = Self.measureNouns.first(where: { first.endsWith($0) && first.count > $0.count + 1 }),
           parts.dropFirst().allSatisfy({ part in Self.measureNouns.contains { part.startsWith($0) } }) {
            let prefix = String(first.dropLast(head.count))
            return [first] + parts.dropFirst().map { prefix + $0 }
        }
        return parts
    }

    /// Nouns that measure a thing named before them: 事故起数、死亡人数, 项目数量、投资额.
    static let measureNouns = ["死亡人数", "受伤人数", "人数", "起数", "件数", "户数", "金额", "数量", "播种面积", "种植面积", "面积", "总产量",
                               "产量", "总量", "总额", "规模", "增加值", "总产值", "产值", "营业收入", "收入", "利润", "投资额", "余额", "增速", "比重"]
        .sorted { $0.count > $1.count }

    /// What a list's last member counts that the members before it leave unsaid.
    static let eventMeasures = ["死亡人数", "受伤人数", "起数", "件数", "增加值"]

    func listParts(_ text: String) -> [String] {
        var trimmed = text
        for word in ["分别", "均"] where trimmed.endsWith(word) { trimmed.removeLast(word.count) }
        // Split on scalars: comparing Characters costs a grapheme break test each.
        return trimmed.unicodeScalars.split(whereSeparator: Self.isListMark).map { String(scalars: $0) }.filter { !$0.isEmpty }
    }

    /// 、和及: what `listParts` splits on. A wording with none of them is one part, never a list
    /// (`allRates` asks for two), so rate figures are not split only to find that out.
    @inline(__always)
    static func isListMark(_ c: Unicode.Scalar) -> Bool { c == "、" || c == "和" || c == "及" }
}
