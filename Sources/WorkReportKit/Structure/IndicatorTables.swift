/// Finds tables of targets against results (表1 主要预期目标完成情况) in a report's lines, in every
/// layout copying produces: one cell a line (as web pages copy), cells on one line separated by tabs,
/// runs of spaces or `|` (Markdown), and a row wrapped onto the next line.
enum IndicatorTables {
    /// What a header cell says its column holds.
    static func column(_ header: String) -> IndicatorTable.Column {
        if ["序号", "编号"].contains(where: { header.sameBytes($0) }) { return .index }
        if ["完成情况", "完成状态", "是否完成", "评价"].contains(where: { header.sameBytes($0) }) { return .status }
        if ["属性", "性质", "类型", "类别"].contains(where: { header.includes($0) }) { return .attribute }
        if header.includes("单位") { return .unit }
        if ["实际", "完成", "执行", "实绩", "预计"].contains(where: { header.includes($0) }) { return .result }
        if ["目标", "预期", "计划"].contains(where: { header.includes($0) }) { return .target }
        if ["指标", "项目", "名称"].contains(where: { header.includes($0) }) { return .name }
        // A statistics table's columns: the level (绝对数) and its change (比上年增长(%)), both results,
        // each all of its cell (a row named 经济总量（亿元） stays a row).
        if isLevelHeader(header) || isChangeHeader(header) || isShareHeader(header) { return .result }
        return .other
    }

    /// 构成(%), 比重（%）: a statistics table's column of each row's share of the whole, all of its
    /// cell. Its figures are named by the row and the header together (第一产业构成).
    static func isShareHeader(_ header: String) -> Bool {
        guard header.includes("构成") || header.includes("比") || header.includes("结构") else { return false }
        let words = bracketedUnit(header).rest
        return ["构成", "比重", "占比", "结构"].contains { words.sameBytes($0) }
    }

    /// What a cell of a target or result column holds when the row has no figure there.
    static let emptyCells = ["—", "-", "--", "——", "－", "/", "／"]

    /// A header's or a row name's unit in brackets, and its words without it: 地区生产总值（亿元） →
    /// (亿元, 地区生产总值); 2019年目标增长(%) → (%, …).
    static func bracketedUnit(_ text: String) -> (unit: String?, rest: String) {
        let s = text.scalarArray
        guard let open = s.lastIndex(where: { $0 == "(" || $0 == "（" }), let close = s.lastIndex(where: { $0 == ")" || $0 == "）" }),
              open < close else { return (nil, text) }
        let inside = String(scalars: s[(open + 1)..<close]).trimmingWhitespace()
        guard !inside.isEmpty, inside.scalarCount <= 8 else { return (nil, text) }
        let rest = String(scalars: s[..<open] + s[(close + 1)...]).trimmingWhitespace()
        return (inside, rest)
    }

    /// 绝对数, 总量（亿元）, and a monthly release's 本月, 1-本月, 1-9月累计, 累计: a column of levels.
    static func isLevelHeader(_ header: String) -> Bool {
        guard header.includes("数") || header.includes("量") || header.includes("值") || header.includes("月") || header.includes("累计")
        else { return false }
        let words = bracketedUnit(header).rest
        return ["绝对数", "绝对值", "总量", "数值", "累计", "本年累计", "本月止累计", "自年初累计"].contains { words.sameBytes($0) }
            || isMonthHeader(words) != nil
    }

    /// A monthly release's column of months: true for one month (本月, 当月, 8月), false for months
    /// from January (1-本月, 1—9月, 1-9月累计); nil for any other header.
    static func isMonthHeader(_ words: String) -> Bool? {
        if words.sameBytes("本月") || words.sameBytes("当月") { return true }
        var s = words.scalarArray
        if s.count > 2, String(scalars: s.suffix(2)) == "累计" { s.removeLast(2) }
        if s.count >= 4, s[0] == "1", StatisticsOutline.monthDashes.contains(s[1]) {
            let rest = String(scalars: s[2...])
            if rest == "本月" { return false }
            if rest.hasSuffix("月"), rest.dropLast().unicodeScalars.allSatisfy(NumberScanner.isDigit), rest.count <= 3 { return false }
            return nil
        }
        if (2...3).contains(s.count), s.last == "月", s.dropLast().allSatisfy(NumberScanner.isDigit) { return true }
        return nil
    }

    /// 比上年增长(%), 同比增长（%）, 增速, a monthly release's 比去年同月增长(%), 累计增长%, 增减百分点: a
    /// column of changes, all of the header. (A row's name says what grows: 地区生产总值增长（%） is a row.)
    static func isChangeHeader(_ header: String) -> Bool {
        // Every one of them holds 增; most cells tried hold none.
        guard header.includes("增") else { return false }
        var words = bracketedUnit(header).rest
        for base in ["比上年同期", "比去年同期", "比上年同月", "比去年同月", "较上年同期", "较去年同期", "比上年", "比去年", "较上年", "同比", "累计", "比"]
            where words.startsWith(base) {
            words = String(words.dropFirst(base.count))
            break
        }
        for unit in ["%", "（%）", "百分点"] where words.hasSuffix(unit) && words.count > unit.count {
            words = String(words.dropLast(unit.count))
            break
        }
        return ["增长", "增速", "增幅", "增长率", "增减", "增长速度"].contains { words.sameBytes($0) }
    }

    /// A header's unit: in brackets (比上年增长(%)), or written after its words (增长%, 增减百分点).
    static func headerUnit(_ header: String) -> String? {
        if let unit = bracketedUnit(header).unit { return unit }
        if header.hasSuffix("%") { return "%" }
        if header.hasSuffix("百分点") { return header.hasSuffix("个百分点") ? "个百分点" : "百分点" }
        return nil
    }

    /// A column of one month's figures, or of their change on the same month a year before
    /// (本月, 8月, 比去年同月增长(%)): not the year's progress, which counts from January.
    static func isSingleMonth(_ header: String) -> Bool {
        let words = bracketedUnit(header).rest
        return isMonthHeader(words) == true || words.includes("同月") || words.includes("本月增")
    }

    /// A header: the name column first, and a column of results, with one of targets or with none
    /// (a statistics table's 绝对数 and 比上年增长(%)).
    static func isHeader(_ columns: [IndicatorTable.Column]) -> Bool {
        columns.first(where: { $0 != .index }) == .name && columns.contains(.result)
            && (columns.contains(.target) || !columns.contains(.other))
    }

    /// 单位:亿元, 单位：万元 over a statistics table: its unit; nil for any other cell, 单位 alone
    /// (a column of units) included.
    static func caption(_ cell: String) -> String? {
        for mark in ["单位:", "单位：", "计量单位:", "计量单位："] where cell.startsWith(mark) {
            let unit = String(cell.dropFirst(mark.count)).trimmingWhitespace()
            return unit.isEmpty || unit.scalarCount > 8 ? nil : unit
        }
        return nil
    }

    /// The cells of a line written as a row: split at tabs, `|`, full-width spaces and runs of two
    /// or more spaces; nil for a line that is not a row of at least two cells.
    static func cells(_ raw: String) -> [String]? {
        // A line with no separator is one cell: no row. Most lines are sentences; say so from the bytes.
        guard hasSeparator(raw) else { return nil }
        var cells: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        func close() {
            let cell = String(current).trimmingWhitespace()
            if !cell.isEmpty { cells.append(cell) }
            current = String.UnicodeScalarView()
        }
        for scalar in raw.unicodeScalars {
            if scalar == "\t" || scalar == "|" || scalar == "｜" || scalar == "\u{3000}" { close(); spaces = 0; continue }
            if scalar == " " {
                spaces += 1
                if spaces == 2 { close() }
                if spaces == 1 { current.append(scalar) }
                continue
            }
            spaces = 0
            current.append(scalar)
        }
        close()
        // A Markdown rule (|---|:--|) is no row.
        if cells.allSatisfy({ $0.unicodeScalars.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return nil }
        return cells.count >= 2 ? cells : nil
    }

    /// A line's cells apart by single spaces, as a PDF's table copies: nil for a line without a
    /// space. Only a header that names its columns, and the rows under it that fit it, are read so.
    static func spacedCells(_ raw: String) -> [String]? {
        // Most lines hold no space at all: said from the bytes.
        guard raw.utf8.contains(0x20) else { return nil }
        let cells = raw.split(separator: " ").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        return cells.count >= 2 ? cells : nil
    }

    /// `spacedCells` of a line whose first word names the column of names (指标, 项目名称) or of
    /// numbers (序号), as a header's does: most lines with a space are sentences, and are not split.
    static func spacedHeader(_ raw: String) -> [String]? {
        var raw = raw
        let names = raw.withUTF8 { b -> Bool in
            // The line up to its first space, by its bytes: this is asked of every line.
            guard let space = b.firstIndex(of: 0x20) else { return false }
            let first = UnsafeBufferPointer(rebasing: b[..<space])
            return headerWordBytes.contains { word in word.withUnsafeBufferPointer { firstOccurrence(of: $0, in: first) != nil } }
        }
        return names ? spacedCells(raw) : nil
    }

    static let headerWordBytes = ["指标", "项目", "名称", "序号", "编号"].map { Array($0.utf8) }

    /// A tab, |, ｜, an ideographic space or two spaces in a row, by the line's bytes.
    static func hasSeparator(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { b in
            var i = 0
            while i < b.count {
                switch b[i] {
                case 0x09, 0x7C: return true
                case 0x20: if i + 1 < b.count, b[i + 1] == 0x20 { return true }
                case 0xEF: if i + 2 < b.count, b[i + 1] == 0xBD, b[i + 2] == 0x9C { return true }
                case 0xE3: if i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { return true }
                // Any other character of three bytes (almost all of a Chinese line) is stepped over
                // whole: its last two bytes (80–BF) are none of the bytes looked for.
                case 0xE0...0xEF: i += 3; continue
                default: break
                }
                i += 1
            }
            return false
        }
    }

    /// A line written as a row whose cells hold a number alone (第一产业 | 59.44 | 25.6): a table's
    /// row of figures, whether or not its header was read.
    static func isFigureRow(_ text: String) -> Bool {
        guard let cells = cells(text) else { return false }
        return cells.contains { cell in
            cell.unicodeScalars.contains(where: NumberScanner.isDigit)
                && cell.unicodeScalars.allSatisfy { NumberScanner.isDigit($0) || $0 == "." || $0 == "-" || $0 == "%" || $0 == "," }
        }
    }

    static func isRule(_ raw: String) -> Bool {
        let kept = raw.unicodeScalars.filter { $0 != " " }
        return kept.count >= 3 && kept.contains("-") && kept.allSatisfy { $0 == "-" || $0 == "|" || $0 == ":" || $0 == "｜" }
    }

    /// A short line that can be one cell: no sentence in it.
    static func isCell(_ text: String) -> Bool {
        // Past 120 bytes a text has more than 30 characters, however they are encoded.
        guard text.utf8.count <= 120 else { return false }
        let count = text.scalarCount
        return count > 0 && count <= 30 && !text.includes("。") && !text.holdsClauseComma && !text.includes("；")
    }

    private static let rowBreak = String(HTMLText.rowBreak)

    static func find(_ lines: [SourceLine]) -> [IndicatorTable] {
        // A web page's table rows written on one line (U+2029 between them, HTMLText) are rows
        // of their own here, each with that line's number.
        let lines = !lines.contains(where: { $0.raw.includes(rowBreak) }) ? lines : lines.flatMap { line -> [SourceLine] in
            guard line.raw.includes(rowBreak) else { return [line] }
            return line.raw.split(separator: Character(HTMLText.rowBreak)).map {
                SourceLine(number: line.number, raw: String($0), text: CharacterFolding.fold(String($0)), disposition: line.disposition)
            }
        }
        let content = lines.indices.filter { lines[$0].disposition == .content }
        var tables: [IndicatorTable] = []
        var k = 0
        while k < content.count {
            let line = lines[content[k]]
            // A header on one line: 指标名称	2019年目标	2019年实际	指标属性; or, copied from a PDF, with single
            // spaces between its cells (指标 绝对值(万元) 比上年增长(%)), whose rows are split the same way.
            let separated = cells(line.raw)
            let spaced = separated == nil
            if let headerCells = separated ?? spacedHeader(line.raw), isHeader(headerCells.map(column)) {
                var table = IndicatorTable(headers: headerCells.map { .init(text: $0, line: line.number) },
                                           columns: headerCells.map(column), rows: [])
                table.unit = k > 0 ? caption(lines[content[k - 1]].text) : nil
                var next = k + 1
                var pending: [IndicatorTable.Cell] = []
                // |---|---|: the rule under a Markdown header.
                if next < content.count, isRule(lines[content[next]].raw) { next += 1 }
                while next < content.count,
                      let row = spaced ? spacedCells(lines[content[next]].raw)
                          : cells(lines[content[next]].raw) ?? (pending.isEmpty ? nil : [lines[content[next]].text]) {
                    pending += row.map { .init(text: $0, line: lines[content[next]].number) }
                    // A row wrapped onto the next line is read with it.
                    if pending.count >= table.columns.count {
                        guard isRow(pending.prefix(table.columns.count).map(\.text), table.columns) else { break }
                        table.rows.append(Array(pending.prefix(table.columns.count)))
                        pending = []
                    }
                    next += 1
                }
                if !table.rows.isEmpty { tables.append(table); k = next; continue }
            }
            // A header one cell a line, as web pages copy tables.
            if let (table, next) = cellPerLine(lines, content, from: k) {
                tables.append(table)
                k = next
                continue
            }
            k += 1
        }
        return tables
    }

    /// A table laid out one cell a line from content line `k`, and the content index after it.
    static func cellPerLine(_ lines: [SourceLine], _ content: [Int], from k: Int) -> (IndicatorTable, Int)? {
        // The header is the run of cells that each name a column (指标名称, 2019年目标, 指标属性).
        var size = 0
        while k + size < content.count, size < 8, isCell(lines[content[k + size]].text), column(lines[content[k + size]].text) != .other {
            size += 1
        }
        guard size >= 3 else { return nil }
        var header = (0..<size).map { lines[content[k + $0]] }
        var columns = header.map { column($0.text) }
        // 单位:亿元 | 绝对数 | 比上年增长(%): a statistics table whose caption stands over its column of
        // names, which has no header of its own; over a header that has one, the caption is no column.
        let unit = caption(header[0].text)
        var dropped = 0
        if unit != nil {
            if columns.dropFirst().contains(.name) {
                dropped = 1
                header.removeFirst()
                columns.removeFirst()
                size -= 1
            } else {
                columns[0] = .name
            }
        }
        guard size >= 2, isHeader(columns) else { return nil }
        var table = IndicatorTable(headers: header.map { .init(text: $0.text, line: $0.number) }, columns: columns, rows: [])
        table.unit = unit
        var next = k + dropped + size
        while next + size <= content.count {
            let row = (0..<size).map { lines[content[next + $0]] }
            guard row.allSatisfy({ isCell($0.text) }), isRow(row.map(\.text), columns) else { break }
            table.rows.append(row.map { .init(text: $0.text, line: $0.number) })
            next += size
        }
        return table.rows.isEmpty ? nil : (table, next)
    }

    /// A row fits its header when its name has words and its target and result cells each hold a
    /// figure or a short phrase (稳步提高, 完成省下达任务).
    static func isRow(_ cells: [String], _ columns: [IndicatorTable.Column]) -> Bool {
        guard cells.count == columns.count else { return false }
        for (cell, column) in zip(cells, columns) {
            switch column {
            case .name:
                guard cell.unicodeScalars.contains(where: { $0.value >= 0x4E00 }), !cell.includes("目标") else { return false }
            case .target, .result:
                let digits = cell.unicodeScalars.contains(where: NumberScanner.isDigit)
                guard digits || (cell.scalarCount <= 12 && cell.unicodeScalars.contains { $0.value >= 0x4E00 }) || emptyCells.contains(cell) else { return false }
            case .attribute:
                guard cell.includes("预期") || cell.includes("约束") || emptyCells.contains(cell) else { return false }
            case .index:
                guard cell.unicodeScalars.allSatisfy(NumberScanner.isDigit) else { return false }
            default: break
            }
        }
        return true
    }
}
