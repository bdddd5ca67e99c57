import Foundation

/// Which numbers are not figures, and why: dates, codes, names, ordinals, thresholds, ages, ranges.
extension FigureReader {
    /// What follows 日 when it is a day of the month: 上午, 下午, 晚, 凌晨, 中午, 电, 讯.
    static let dayFollowers: ScalarSet = ["上", "下", "晚", "凌", "中", "电", "讯"]

    /// 完成GDP2917.85亿元, LNG600万吨: a number after an indicator's capital letters (two or more) that
    /// an amount or a rate follows, which a name (PM2.5年均浓度, G60科创走廊, IPv6) never has.
    func followsAcronym(_ t: NumberToken) -> Bool {
        var i = t.start, capitals = 0
        while i > 0, s[i - 1].value >= 0x41 && s[i - 1].value <= 0x5A { i -= 1; capitals += 1 }
        guard capitals >= 2, i == 0 || !(isASCIILetter(s[i - 1]) || NumberScanner.isDigit(s[i - 1])) else { return false }
        let unit = readUnit(from: t.end).0
        return unit.includes("元") || unit.sameBytes("%") || unit.sameBytes("个百分点") || unit.startsWith("万") || unit.startsWith("亿")
    }

    /// 9:30, 21:00: a time of day, whose minutes are two digits and no point; not a ratio whose
    /// first member has two digits or fewer (调整为21:37.9:41.1, 三次产业结构为9:38:53).
    func isClockTime(_ t: NumberToken, next: NumberToken?) -> Bool {
        guard let next, next.start == t.end + 1 else { return true }
        if next.length != 2 || next.text.utf8.contains(0x2E) { return false }
        return !holdsAny(Self.sectorWordBytes, in: sentenceStart(before: t.start)..<t.start)
    }

    static let sectorWordBytes = sectorWords.map { Array($0.utf8) }

    /// Why a number is not a figure, judged by the characters around it; nil for a figure.
    func skipReason(_ t: NumberToken, previous: NumberToken?, next: NumberToken?) -> SkipReason? {
        if t.length > 24 { return .overlong }
        let before = t.start > 0 ? s[t.start - 1] : " "
        let after = t.end < s.count ? s[t.end] : " "
        if isASCIILetter(after) || before == "_" || isASCIILetter(before) && !followsAcronym(t) { return .name }
        if (before == "[" || before == "［") && (after == "]" || after == "］"), t.length <= 2 { return .footnote }
        if after == "+" || before == "+" || after == "×" { return .code }
        if insideShortQuote(t) { return .code }
        // Words are tried only where the character after the number opens one: most numbers open none.
        if after == "版" || after == "号" || (after == "期" && before == "第")
            || (after == "国" || after == "省") && (matches("国道", at: t.end) || matches("省道", at: t.end)) {
            return .name
        }
        let value = Int(t.text)
        if let value, t.length == 4, (1900...2100).contains(value) {
            if after == "年" || after == "-" || after == "—" || after == "～" || after == "~" || after == "/" || after == "." { return .date }
            if after == "至" || after == "到", let next, next.start == t.end + 1, next.length == 4 { return .date }
        }
        if after == "年" || after == "周" && matches("周年", at: t.end) { return .duration }
        if after == "月" || (after == "日" && before == "月") || (after == "号" && before == "月") { return .date }
        // 13日上午, 20日电: a news item's day of the month, its month left unsaid.
        if after == "日", t.length <= 2, t.end + 1 < s.count, Self.dayFollowers.contains(s[t.end + 1]) { return .date }
        if after == "时" || after == ":" && t.length <= 2 && isClockTime(t, next: next) { return .date }
        // 35岁以下大学生, 3岁以下婴幼儿: an age bounding a noun; 期望寿命83.1岁 is a figure.
        // 从78.3岁提高到80.3岁: the earlier value of a change, which a verb follows, is no age.
        if after == "岁", t.end + 1 < s.count, isNounStart(s[t.end + 1]) || matches("以下", at: t.end + 1) || matches("以上", at: t.end + 1),
           before != "从", Self.changeVerbTable.longest(in: s, at: t.end + 1) == nil {
            return .age
        }
        // 表1, 附表2, 图3: a table's or a figure's number, not the 表 of 代表334名.
        if before == "表" || before == "图", t.start < 2 || s[t.start - 2] == "附" || !(0x4E00...0x9FFF).contains(s[t.start - 2].value) {
            return .ordinal
        }
        if before == "第" {
            return rankContext(at: t.start - 1) ? nil : .ordinal
        }
        if before == "前" || before == "后" && after == "位" { return .ordinal }
        if after == "强" { return .name }   // 世界500强, 民企500强
        if before == "连" || precededBy("连续", t.start) { return .duration }
        // A range: 20万至60万群体, 5-10个.
        let (unit, unitEnd) = readUnit(from: t.end)
        // 2.0 on its own after a name is a version (小镇2.0, 综试区2.0); alone in a table's cell (-4.0)
        // it is a figure. A bare four-digit year is a date (教育现代化2035).
        if unit.isEmpty, t.text.endsWith(".0"), t.start > 0, (0x4E00...0x9FFF).contains(before.value) || isASCIILetter(before) || "”’》」".unicodeScalars.contains(before) {
            return .name
        }
        if unit.isEmpty, Self.programmeStarts.contains(after), Lexicon.programmeWords.contains(where: { matches($0, at: t.end) }) { return .code }
        if unit.sameBytes("条"), Lexicon.policyWords.contains(where: { precededBy($0, t.start) }) { return .code }
        // (2000多个项目 counts: 多 and 余 stand between a number and its unit.)
        if unit.isEmpty, t.length == 4, let year = value, (1990...2100).contains(year), !(after == "∶" || after == ":"),
           after != "多", after != "余" {
            return .date
        }
        if unitEnd < s.count, s[unitEnd] == "至" || s[unitEnd] == "-" || s[unitEnd] == "～" || s[unitEnd] == "~",
           let next, next.start == unitEnd + 1 { return .range }
        if let previous {
            let (_, previousEnd) = readUnit(from: previous.end)
            if previousEnd + 1 == t.start, "至-～~".unicodeScalars.contains(s[previousEnd]) { return .range }
        }
        // A threshold: 10亿元以上产业项目, 3万元以下低效企业.
        var j = unitEnd
        for word in ["以上", "以下", "以内"] where j < s.count && s[j] == "以" && matches(word, at: j) {
            j += word.scalarCount
            guard j < s.count, isNounStart(s[j]) else { break }
            let counts = unit.unicodeScalars.last.map { Lexicon.countClassifiers.contains($0) } ?? false
            let clause = clauseRange(around: t.start)
            let counted = (j..<min(clause.upperBound, j + Self.reach)).contains { NumberScanner.isDigit(s[$0]) }
            if !counts || counted { return .threshold }
        }
        return nil
    }


    /// The first characters of `Lexicon.programmeWords`.
    static let programmeStarts = ScalarSet(Lexicon.programmeWords.compactMap(\.unicodeScalars.first))

    /// A number inside a short quotation (“1612”体系, “15分钟品质文化生活圈”, “三个15%”) names a programme.
    func insideShortQuote(_ t: NumberToken) -> Bool {
        var open = t.start - 1
        while open >= 0, t.start - open <= 8, s[open] != "“", s[open] != "”", s[open] != "「" { open -= 1 }
        guard open >= 0, t.start - open <= 8, s[open] == "“" || s[open] == "「" else { return false }
        var close = t.end
        while close < s.count, close - t.end <= 12, s[close] != "”", s[close] != "“", s[close] != "」", s[close] != "。" { close += 1 }
        guard close < s.count && (s[close] == "”" || s[close] == "」") else { return false }
        // “6%左右”, “7%以上”: a figure quoted whole, its unit and bound and nothing else, is a figure.
        if open + 1 == t.start {
            let (unit, unitEnd) = readUnit(from: t.end)
            var end = unitEnd
            if let found = Self.afterTable.longest(in: s, at: end) { end += Self.afterTable.length(found) }
            if !unit.isEmpty, end == close { return false }
        }
        return true
    }


    func rankContext(at index: Int) -> Bool {
        let clause = clauseRange(around: index)
        let from = max(clause.lowerBound, index - 10)
        let window = text(from..<index)
        return Lexicon.rankContext.contains { window.includes($0) }
    }
}
