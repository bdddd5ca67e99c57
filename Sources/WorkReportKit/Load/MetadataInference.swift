/// Guesses a report's metadata from its own text, for a file dropped into the reports folder
/// without a manifest entry. Every guessed field is listed in `inferred` and reported.
public enum MetadataInference {
    /// Place names gwr knows the pinyin id of; any other place keeps its Chinese name as id.
    static let places: [(name: String, id: String)] = [
        ("萧山", "xiaoshan"), ("余杭", "yuhang"), ("临平", "linping"), ("钱塘", "qiantang"), ("富阳", "fuyang"),
        ("临安", "linan"), ("桐庐", "tonglu"), ("淳安", "chunan"), ("建德", "jiande"), ("上城", "shangcheng"),
        ("拱墅", "gongshu"), ("西湖区", "xihu"), ("滨江", "binjiang"), ("杭州", "hangzhou"), ("宁波", "ningbo"),
        ("温州", "wenzhou"), ("绍兴", "shaoxing"), ("嘉兴", "jiaxing"), ("湖州", "huzhou"), ("金华", "jinhua"),
        ("浙江", "zhejiang"), ("上海", "shanghai"), ("北京", "beijing"), ("深圳", "shenzhen"), ("广州", "guangzhou"),
        ("南京", "nanjing"), ("苏州", "suzhou"), ("成都", "chengdu"), ("武汉", "wuhan"),
    ]

    /// The first lines of a file that hold text, folded: all that inference reads.
    struct Head {
        static let size = 40
        private(set) var lines: [(number: Int, text: String)] = []
        private var taken = 0

        var isFull: Bool { lines.count >= Self.size }

        /// Takes the file's next line; false once the head is full and no more are needed.
        mutating func take(_ line: String) -> Bool {
            taken += 1
            if !line.trimmingWhitespace().isEmpty && LineClassifier.junkReason(line) == nil {
                // A title is short: a damaged file's first "line" may be megabytes.
                lines.append((taken, CharacterFolding.fold(line.scalarPrefix(200))))
            }
            return lines.count < Self.size
        }
    }

    public static func infer(file: String, lines: [String]) -> ReportMetadata {
        var head = Head()
        for line in lines {
            guard head.take(line) else { break }
        }
        return infer(file: file, head: head)
    }

    static func infer(file: String, head: Head) -> ReportMetadata {
        let head = head.lines
        let title = head.first(where: { $0.text.includes("报告") || $0.text.includes("清单") || $0.text.includes("图解") })?.text
            ?? head.first?.text ?? file
        let headText = head.map(\.text).joined(separator: "\n")

        let kind: ReportKind
        if title.includes("分解") || title.includes("清单") { kind = .taskBreakdown }
        else if title.includes("执行情况") || title.includes("计划草案") { kind = .planExecution }
        else if isStatistics(title) { kind = .statistics }
        else if title.includes("图解") || title.includes("摘要") || title.includes("要点") || title.includes("摘登") { kind = .summary }
        else { kind = .workReport }

        var year = firstYear(in: title) ?? firstYear(in: headText) ?? 0
        // 关于2023年…计划执行情况与2024年…计划草案的报告: the plan of one year reviewed, the next drafted,
        // delivered in the second.
        let years = allYears(in: title)
        if kind == .planExecution, years.count >= 2, years[1] == years[0] + 1 { year = years[1] }
        var jurisdiction = "unknown"
        for place in places where title.includes(place.name) || headText.includes(place.name + "区") {
            jurisdiction = place.id
            break
        }
        if jurisdiction == "unknown", let place = places.first(where: { headText.includes($0.name) }) {
            jurisdiction = place.id
        }
        var reviews = kind == .taskBreakdown || year == 0 ? [] : [Period(year: year - 1)]
        var targets = year == 0 ? [] : [Period(year: year)]
        if kind == .statistics, year != 0 {
            // The year a bulletin names is the year it reviews, published the next spring; a release
            // on part of a year (2024年前三季度…) is published within it.
            let part = StatisticsOutline.partOfYear(title)
            reviews = [part.map { $0 == 0 ? Period(year: year) : Period(year: year, quarter: $0) } ?? Period(year: year)]
            targets = []
            if part == nil { year += 1 }
        }
        var id = String(file.split(separator: "/").last ?? Substring(file))
        if let dot = id.lastIndex(of: ".") { id = String(id[..<dot]) }
        id = String(id.lowercased().unicodeScalars.map { Manifest.isValidID(String($0)) ? Character($0) : "-" })
        return ReportMetadata(
            id: id, file: file, jurisdiction: jurisdiction, year: year, reviews: reviews, targets: targets,
            kind: kind, title: title, source: "no manifest entry: metadata inferred from the text",
            inferred: ["year", "jurisdiction", "kind", "reviews", "targets", "title"])
    }

    /// 统计公报, 统计快报, 经济运行情况, or a title that opens with part of a year and is no report
    /// (上半年全市经济稳中向好): a statistics document.
    static func isStatistics(_ title: String) -> Bool {
        if title.includes("统计公报") || title.includes("统计快报") || title.includes("经济运行") { return true }
        guard !title.includes("报告"), StatisticsOutline.partOfYear(title.scalarPrefix(12)) != nil else { return false }
        return title.includes("经济") || title.includes("生产总值")
    }

    /// Every 19xx/20xx written before 年 in a text, in order.
    static func allYears(in text: String) -> [Int] {
        var years: [Int] = []
        var rest = text
        while let year = firstYear(in: rest) {
            years.append(year)
            guard let at = rest.firstRange(of: "\(year)年") else { break }
            rest = String(rest[at.upperBound...])
        }
        return years
    }

    /// The first 19xx/20xx written before 年 in a text.
    static func firstYear(in text: String) -> Int? {
        let scalars = text.scalarArray
        var i = 0
        while i + 4 < scalars.count {
            let window = scalars[i..<(i + 4)]
            if window.allSatisfy({ ("0"..."9").contains($0) }),
               scalars[i + 4] == "年", i == 0 || !("0"..."9").contains(scalars[i - 1]) {
                let value = window.reduce(0) { $0 * 10 + Int($1.value - 48) }
                if (1949...2200).contains(value) { return value }
            }
            i += 1
        }
        return nil
    }
}
