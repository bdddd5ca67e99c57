/// Writes a statement's figure back the way the reports write it: 6.5%以上, 控制在5%以内,
/// 力争1050亿元, 高于GDP增速; and a statement's source as report:line.
public enum FigureText {
    static let afterWords: Set<String> = ["左右", "以上", "以内", "以下", "余", "多"]

    public static func of(_ s: Statement) -> String {
        guard let value = s.value else {
            // A qualitative target: the phrase and what follows it in the clause (高于GDP增速).
            guard case .qualitative(let phrase) = s.comparator else { return "" }
            // A table's cell is its phrase, whole.
            if s.text.includes(" | ") { return phrase }
            if let range = s.text.range(of: phrase) ?? (phrase == "完成下达" ? s.text.range(of: "完成") : nil) {
                // 与经济增长基本同步: the other side stands before the phrase, after 与 / 同.
                let before = s.text[..<range.lowerBound].suffix(8)
                let start = before.lastIndex(where: { $0 == "与" || $0 == "同" }) ?? range.lowerBound
                return String(String(s.text[start...]).prefix(14 + s.text.distance(from: start, to: range.lowerBound)))
            }
            return phrase
        }
        let words = s.qualifier.split(separator: "+").map(String.init)
        var before = words.filter { !afterWords.contains($0) }.joined()
        let after = words.filter { afterWords.contains($0) && $0 != "余" && $0 != "多" }.joined()
        if s.stretch, !before.includes("力争") { before = "力争" + before }
        var unit = s.unit
        // 18万余家: the mark sits inside the unit.
        for mark in ["余", "多"] where words.contains(mark) {
            if let scale = ["万亿", "亿", "万"].first(where: { unit.hasPrefix($0) }) {
                unit = scale + mark + unit.dropFirst(scale.count)
            } else {
                unit = mark + unit
            }
        }
        // 6%—6.5%, 25—28万人: a range writes its bounds around one dash, the unit once at the end
        // (twice for %, as reports write it).
        if let upper = s.upper {
            return before + value + (unit == "%" ? "%" : "") + "—" + upper + unit + after
        }
        return before + value + unit + after
    }

    public static func source(_ statements: [Statement]) -> String {
        guard let first = statements.first else { return "" }
        let more = statements.count > 1 ? " (+\(statements.count - 1))" : ""
        // A figures-table row is named by its file (figures.csv:12), whose id is not a report's.
        return "\(first.citation == nil ? first.report : first.file):\(first.line)" + more
    }
}
