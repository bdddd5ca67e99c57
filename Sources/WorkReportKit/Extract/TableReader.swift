/// Reads a table of targets against results (表1 主要预期目标完成情况): each row gives its indicator's
/// target and result as statements of their own, with the line of each cell, the unit of the header
/// or of the name (2019年目标增长(%), 地区生产总值（亿元）), and the row's 指标属性.
enum TableReader {
    static func read(_ table: IndicatorTable, report: Report, catalog: IndicatorCatalog, into out: inout Extraction) {
        guard let nameColumn = table.column(.name) else { return }
        let metadata = report.metadata
        var consumed: [Int: Int] = [:]
        // A statistics document's tables before its first sentence stand in no part of its outline:
        // they give what its body does (results of the year, or progress).
        let body = metadata.kind == .statistics ? report.sections.first { $0.role == .review || $0.role == .progress }
            ?? StatisticsOutline.bodySection(of: report) : nil
        // The unit the last row named (社会消费品零售总额(亿元)), which its parts (# 批发零售业, 其中:…, and
        // the rows after them) share.
        var lastNamedUnit: String?
        var inParts = false
        for row in table.rows {
            var name = row[nameColumn].text
            var (nameUnit, cleanName) = IndicatorTables.bracketedUnit(Self.withoutMarks(name))
            if nameUnit != nil {
                lastNamedUnit = nameUnit
                inParts = false
            } else {
                inParts = inParts || Self.isPart(name)
                if inParts { nameUnit = lastNamedUnit }
            }
            name = cleanName
            let attribute = table.column(.attribute).flatMap { index -> String? in
                let text = row[index].text
                return text.includes("约束") ? "binding" : text.includes("预期") ? "expected" : nil
            }
            let rowUnit = table.column(.unit).map { row[$0].text }.flatMap { $0.isEmpty || $0 == "—" ? nil : $0 }
            let text = row.map(\.text).joined(separator: " | ")
            // 完成情况: the table's own verdict, on the row's result.
            let stated = table.column(.status).flatMap { index -> StatedVerdict? in
                RelationalRules.statedInWords(row[index].text).map { StatedVerdict(status: $0, gap: nil, gapUnit: "", text: row[index].text) }
            }
            if let index = table.column(.index) { consumed[row[index].line, default: 0] += 1 }
            var section = report.sections.last { $0.firstLine <= row[0].line } ?? report.sections.first
            if let body, section.map({ $0.role == .frontMatter || $0.role == .closing }) ?? true { section = body }
            for (index, column) in table.columns.enumerated() where column == .target || column == .result {
                let header = table.headers[index].text
                // 构成(%): the row's share of the whole, not the row's own level. 本月, 比去年同月增长(%): one
                // month's figure, named so, and no indicator of the catalog's, which are the year's.
                let singleMonth = IndicatorTables.isSingleMonth(header)
                let name = IndicatorTables.isShareHeader(header) ? name + IndicatorTables.bracketedUnit(header).rest
                    : singleMonth ? name + "（" + IndicatorTables.bracketedUnit(header).rest + "）" : name
                let cell = row[index]
                // A statistics release on part of a year (上半年): its table's results are progress.
                let kind: StatementKind = column == .target ? .target : section?.role == .progress ? .progress : .result
                let year = MetadataInference.firstYear(in: header) ?? MetadataInference.firstYear(in: table.headers.map(\.text).joined())
                let period = year.map { Period(year: $0) } ?? section?.period
                let growth = ["增长", "增速", "增幅", "涨幅"].contains { header.includes($0) || cleanName.hasSuffix($0) }
                let headerUnit = IndicatorTables.headerUnit(header)
                let reader = FigureReader(cell.text, kind: kind, skipItemNumber: false)
                consumed[cell.line, default: 0] += reader.figures.count + reader.skipped.count
                guard let figure = reader.figures.first else {
                    // 稳步提高, 完成省下达任务: a target or a result in words.
                    guard cell.text.unicodeScalars.contains(where: { $0.value >= 0x4E00 }) else { continue }
                    // 单位地区生产总值能耗降低: the name's own word of change finds an indicator that is one.
                    let stated: IndicatorWording.Change = ["降低", "下降", "压减"].contains { name.hasSuffix($0) } ? .fall : growth ? .rise : .none
                    let match = catalog.match(name, change: stated, unit: "") ?? catalog.match(name, change: .none, unit: "")
                    var statement = Statement(report: report.id, file: metadata.file, line: cell.line, jurisdiction: metadata.jurisdiction,
                                              kind: kind, period: period, section: section?.role ?? .review, indicator: name,
                                              indicatorID: match?.id ?? IndicatorCatalog.derivedID(name, growth: growth), value: nil, unit: "",
                                              comparator: .qualitative(cell.text), qualifier: "", stretch: false, text: text)
                    statement.attribute = attribute
                    out.statements.append(statement)
                    continue
                }
                var reading = figure
                // The caption's unit (单位:亿元) is the levels', never a change's.
                let tableUnit = growth ? nil : table.unit
                let unit = figure.unit.isEmpty ? (headerUnit ?? nameUnit ?? rowUnit ?? tableUnit ?? "") : figure.unit
                reading.unit = unit
                let percent = unit.sameBytes("%") || unit.sameBytes("个百分点") || unit.sameBytes("‰")
                if growth, percent, reading.change == .none { reading.change = .rise; reading.growth = true }
                // A header's 增长 speaks of the rows that grow; a rate (失业率) under it is a level.
                var match = singleMonth ? nil : catalog.match(name, change: reading.change, unit: unit)
                if match == nil, !singleMonth, growth, figure.change == .none, let level = catalog.match(name, change: .none, unit: unit) {
                    match = level
                    reading.change = .none
                    reading.growth = false
                }
                let signed = Signs.apply(reading, measure: match?.measure)
                var statement = Statement(report: report.id, file: metadata.file, line: cell.line, jurisdiction: metadata.jurisdiction,
                                          kind: kind, period: period, section: kind == .target ? .mainTargets : kind == .progress ? .progress : .review,
                                          indicator: name,
                                          indicatorID: match?.id ?? IndicatorCatalog.derivedID(name, growth: reading.growth),
                                          value: signed.value, upper: signed.upper, unit: unit, comparator: signed.comparator,
                                          qualifier: figure.qualifiers.joined(separator: "+"), stretch: figure.stretch, text: text)
                statement.attribute = attribute
                if kind == .result { statement.stated = stated }
                out.statements.append(statement)
            }
        }
        // Every number on the table's lines is accounted for: the figures read, and the rest
        // (years in the header, numbers in names) as fields of the table.
        let tableLines = Set(table.lines)
        for line in report.lines where tableLines.contains(line.number) {
            let tokens = NumberScanner.tokens(in: line.text.scalarArray)
            let read = min(tokens.count, consumed[line.number] ?? 0)
            out.classifiedLines += repeatElement(line.number, count: read)
            for token in tokens.dropFirst(read) {
                out.audit.append(AuditEntry(report: report.id, file: metadata.file, line: line.number, token: token.text,
                                            reason: .tableField, context: line.text))
            }
        }
    }

    /// 其中: and #, as statistics tables mark a row that is a part of the one above.
    static let partMarks = ["其中:", "其中：", "#", "＃"]

    static func isPart(_ name: String) -> Bool {
        let name = name.trimmingWhitespace()
        return partMarks.contains { name.startsWith($0) }
    }

    /// A row's name without the marks around it: 其中: before a part of the row above, a footnote's
    /// number after it (第一产业[2]).
    static func withoutMarks(_ name: String) -> String {
        var name = name.trimmingWhitespace()
        for lead in partMarks where name.startsWith(lead) { name = String(name.dropFirst(lead.count)).trimmingWhitespace() }
        let s = name.scalarArray
        if s.count > 3, s.last == "]" || s.last == "］", let open = s.lastIndex(where: { $0 == "[" || $0 == "［" }), open > 0,
           s[(open + 1)..<(s.count - 1)].allSatisfy(NumberScanner.isDigit) {
            name = String(scalars: s[..<open])
        }
        return name.trimmingWhitespace()
    }
}
