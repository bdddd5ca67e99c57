import Foundation

/// 繁體: a report reposted by a site that prints traditional characters (經濟增長6.5%左右) is read
/// in simplified ones, the script of the catalog and of every word list, so that 地區生產總值 is 地区生产总值.
/// Foundation's ICU transliteration maps each character to one character of the same UTF-8 length,
/// so every cleaned line keeps its place; its clauses are cited in simplified characters, under the
/// original line number.
enum ScriptFolding {
    /// Characters common in reports that exist only in the traditional script, and their
    /// simplified forms: a file with more of the first than of the second is traditional.
    static let traditionalMarks = Array("們這經濟國發長業實與為會對時來說產總預財稅價資進億萬區縣鎮農計劃設規環數據點開關間項務衛醫學體術車運".unicodeScalars)
    static let simplifiedMarks = Array("们这经济国发长业实与为会对时来说产总预财税价资进亿万区县镇农计划设规环数据点开关间项务卫医学体术车运".unicodeScalars)

    static let traditionalSet = ScalarSet(traditionalMarks), simplifiedSet = ScalarSet(simplifiedMarks)

    /// Whether the text of a file is in traditional characters, judged on its first 400 lines, and
    /// as soon as 40 marks of one script outnumber the other's.
    static func isTraditional(_ lines: [String]) -> Bool {
        var t = 0, s = 0
        for line in lines.prefix(400) {
            for scalar in line.unicodeScalars where scalar.value >= 0x4E00 && scalar.value <= 0x9FFF {
                if traditionalSet.contains(scalar) { t += 1 } else if simplifiedSet.contains(scalar) { s += 1 }
            }
            if s >= 40, s > 2 * t { return false }
            if t >= 40, t > 2 * s { return true }
        }
        return t >= 5 && t > s
    }

    /// A line in simplified characters, without the pinyin some sites print after a character
    /// (經(jīng)濟 → 经济).
    static func simplified(_ line: String) -> String {
        let folded = line.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? line
        return withoutPinyin(folded)
    }

    static let toneMarks = ScalarSet("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".unicodeScalars)

    /// Drops a bracketed run of Latin letters holding a tone mark right after a Chinese character.
    static func withoutPinyin(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: toneMarks.contains) else { return line }
        let s = line.scalarArray
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if (s[i] == "(" || s[i] == "（"), i > 0, s[i - 1].value >= 0x4E00 {
                var j = i + 1
                var tone = false
                while j < s.count, j - i <= 8, s[j].properties.isAlphabetic, s[j].value < 0x2E80 {
                    if toneMarks.contains(s[j]) { tone = true }
                    j += 1
                }
                if tone, j < s.count, s[j] == ")" || s[j] == "）" {
                    i = j + 1
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }
}
