import Foundation

/// The figures table, `figures.csv` in the reports folder: figures published outside the loaded
/// reports (a 统计公报, news of a work report, 表1 of a plan-execution report), one a row with the
/// source it was read in. Its rows become statements of the report `figures`, so that a year
/// whose target or result no loaded report states can still be judged. Layout: Reports/README.md.
public struct FiguresTable: Sendable {
    public static let fileName = "figures.csv"
    /// The report id its statements carry (`gwr statements --report figures`).
    public static let reportID = "figures"

    /// Columns a table must have, and those it may have.
    static let required = ["jurisdiction", "period", "kind", "indicator", "value", "unit", "comparator", "source_title", "url", "snippet"]
    static let optional = ["indicator_id", "upper", "qualifier", "published", "location", "note"]
    /// A quote is the figure's own clause, not a paragraph of someone else's text.
    static let longestSnippet = 60

    public var statements: [Statement]

    /// One metadata entry per jurisdiction the table speaks of, all with the id `figures`:
    /// the years it gives results for (reviews) and targets for.
    public var metadata: [ReportMetadata] {
        let byPlace = Dictionary(grouping: statements, by: \.jurisdiction)
        return byPlace.keys.sorted().map { place in
            let rows = byPlace[place] ?? []
            func periods(_ kind: StatementKind) -> [Period] {
                Array(Set(rows.filter { $0.kind == kind }.compactMap(\.period))).sorted()
            }
            return ReportMetadata(id: Self.reportID, file: Self.fileName, jurisdiction: place,
                                  year: rows.compactMap { $0.period?.end }.max() ?? 0,
                                  reviews: periods(.result), targets: periods(.target), kind: .figures,
                                  title: "published figures (\(Self.fileName))", source: "")
        }
    }

    /// The table of a reports folder, or nil when it has none.
    public static func load(directory: String, catalog: IndicatorCatalog) throws(LoadError) -> FiguresTable? {
        let path = ReportLoader.join(directory, fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let text: String
        do { text = try TextDecoding.decode(try ReportLoader.readBytes(path), path: path).text } catch .emptyFile { return FiguresTable(statements: []) }
        return try parse(text, path: path, catalog: catalog)
    }

    /// Reads a table's text; every bad row is an error naming its line and column.
    public static func parse(_ text: String, path: String, catalog: IndicatorCatalog) throws(LoadError) -> FiguresTable {
        let records: [CSVReader.Record]
        do { records = try CSVReader.records(text) } catch {
            switch error {
            case .unterminatedQuote(let line):
                throw .figures(path: path, line: line, column: nil, message: "a quoted field opens here and never closes; add the closing \"")
            case .textAfterQuote(let line):
                throw .figures(path: path, line: line, column: nil, message: "text after a closing quote; a quote inside a quoted field is written twice (\"\")")
            }
        }
        guard let header = records.first else { return FiguresTable(statements: []) }
        let names = header.fields.map { $0.trimmingWhitespace() }
        for name in names where !required.contains(name) && !optional.contains(name) {
            var message = "unknown column '\(name)'"
            if let guess = Suggestion.closest(to: name, among: required + optional) { message += "; did you mean '\(guess)'?" }
            throw .figures(path: path, line: header.line, column: nil, message: message + " (columns: Reports/README.md)")
        }
        if let missing = required.first(where: { !names.contains($0) }) {
            throw .figures(path: path, line: header.line, column: nil, message: "the header has no column '\(missing)'; it needs \(required.joined(separator: ", "))")
        }
        var column: [String: Int] = [:]
        for (i, name) in names.enumerated() where column[name] == nil { column[name] = i }
        var statements: [Statement] = []
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw .figures(path: path, line: record.line, column: nil,
                               message: "\(record.fields.count) fields where the header has \(names.count); quote a field that holds a comma")
            }
            let row = FigureRow(record: record, column: column, path: path)
            statements.append(try row.statement(catalog: catalog))
        }
        return FiguresTable(statements: statements)
    }
}

/// One row of the table, read cell by cell into a statement.
private struct FigureRow {
    let record: CSVReader.Record
    let column: [String: Int]
    let path: String

    func cell(_ name: String) -> String {
        column[name].map { record.fields[$0].trimmingWhitespace() } ?? ""
    }

    func fail(_ name: String, _ message: String) -> LoadError {
        .figures(path: path, line: record.line, column: name, message: message)
    }

    func statement(catalog: IndicatorCatalog) throws(LoadError) -> Statement {
        let jurisdiction = cell("jurisdiction")
        guard !jurisdiction.isEmpty, jurisdiction.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F }) else {
            throw fail("jurisdiction", "'\(jurisdiction)' is not a place id; write it as the manifest does, in lower-case pinyin (hangzhou)")
        }
        guard let period = Period(cell("period")), period.quarter == nil else {
            throw fail("period", "'\(cell("period"))' is not a year or a span of years (2021, 2021-2025)")
        }
        guard let kind = StatementKind(rawValue: cell("kind")) else {
            throw fail("kind", "'\(cell("kind"))' is not a kind; write target, result or progress")
        }
        let indicator = cell("indicator")
        guard !indicator.isEmpty else { throw fail("indicator", "empty; write the indicator as the source words it (地区生产总值)") }

        let value = cell("value"), upper = cell("upper"), unit = cell("unit"), written = cell("comparator")
        if !value.isEmpty, !Self.isNumber(value) { throw fail("value", "'\(value)' is not a number; write digits only (61879, -3.5), without 万 or thousands separators") }
        if !upper.isEmpty, !Self.isNumber(upper) { throw fail("upper", "'\(upper)' is not a number") }
        let comparator: Comparator
        if value.isEmpty {
            guard !written.isEmpty, Self.symbols[written] == nil else {
                throw fail(written.isEmpty ? "comparator" : "value",
                           "a row needs a value, or for a target in words (与经济增长同步) the words in comparator")
            }
            // The phrase gwr's rules know (基本同步 of 与经济增长基本同步), as a report's clause gives it.
            let known = Lexicon.qualitative.filter { written.includes($0) }.max { $0.count < $1.count }
            // Every 完成…下达 (国家和省, 省, 上级) is one phrase, as the extractor files it.
            comparator = .qualitative(known.map { $0.hasPrefix("完成") ? "完成下达" : $0 } ?? written)
        } else {
            guard let known = Self.symbols[written] else {
                throw fail("comparator", "'\(written)' is not a comparator; write = ~ >= <= or between (左右 is ~, 以上 is >=, 以内 is <=)")
            }
            comparator = known
        }
        if comparator == .between, upper.isEmpty { throw fail("upper", "a range (between) needs its upper bound") }
        if comparator != .between, !upper.isEmpty { throw fail("comparator", "an upper bound is given, so the comparator is between") }

        let url = cell("url")
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.includes(" ") else {
            throw fail("url", url.isEmpty ? "empty; every figure needs the address of the page it was read on"
                                          : "'\(url)' is not a web address (http:// or https://)")
        }
        let title = cell("source_title")
        guard !title.isEmpty else { throw fail("source_title", "empty; name the source (its page title)") }
        let published = cell("published")
        guard published.isEmpty || Self.isDate(published) else {
            throw fail("published", "'\(published)' is not a date; write YYYY-MM-DD (or leave it empty when the page gives none)")
        }
        let snippet = cell("snippet")
        guard !snippet.isEmpty else { throw fail("snippet", "empty; copy the figure's own clause so that a reader can find it") }
        guard snippet.count <= FiguresTable.longestSnippet else {
            throw fail("snippet", "\(snippet.count) characters; quote only the figure's own clause (about 40 characters)")
        }

        var id = cell("indicator_id")
        if !id.isEmpty {
            guard catalog.indicator(id) != nil else {
                var message = "'\(id)' is not in the indicator catalog"
                if let guess = Suggestion.closest(to: id, among: catalog.indicators.map(\.id)) { message += "; did you mean '\(guess)'?" }
                throw fail("indicator_id", message + ", or leave it empty to match the indicator's words")
            }
        } else {
            // The source's words, as the extractor reads them: a % figure of a level (地区生产总值 6.5%)
            // is its growth; of a share or an intensity it is the figure itself.
            let plain = catalog.match(indicator, growth: false, unit: unit)
            let rise = catalog.match(indicator, growth: true, unit: unit)
            let percent = unit == "%" || unit == "percent"
            let chosen = percent && (plain == nil || plain?.measure == .level || plain?.measure == .count) ? (rise ?? plain) : (plain ?? rise)
            id = chosen?.id ?? IndicatorCatalog.derivedID(CharacterFolding.fold(indicator), growth: percent && plain == nil)
        }
        let qualifier = cell("qualifier")
        let section: SectionRole
        switch kind {
        case .target: section = period.isSingleYear ? .mainTargets : .fiveYearGoals
        case .result: section = period.isSingleYear ? .review : .fiveYearReview
        case .progress: section = .progress
        }
        var statement = Statement(report: FiguresTable.reportID, file: FiguresTable.fileName, line: record.line, jurisdiction: jurisdiction,
                                  kind: kind, period: period, section: section, indicator: indicator, indicatorID: id,
                                  value: value.isEmpty ? nil : value, unit: unit, comparator: comparator, qualifier: qualifier,
                                  stretch: qualifier.includes("力争"), text: snippet)
        statement.upper = upper.isEmpty ? nil : upper
        statement.citation = Citation(title: title, url: url, published: published, location: cell("location"))
        return statement
    }

    static let symbols: [String: Comparator] = ["": .equal, "=": .equal, "~": .about, ">=": .atLeast, "<=": .atMost, "between": .between]

    /// -3.5, 18109, 0.04: a sign, digits and one decimal point, nothing else.
    static func isNumber(_ text: String) -> Bool {
        var digits = text.utf8[...]
        if digits.first == 0x2D { digits = digits.dropFirst() }
        let parts = digits.split(separator: 0x2E, omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }
    }

    /// 2024, 2024-01, 2024-01-31.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ Int($0) != nil && $0.allSatisfy(\.isASCII) }) else { return false }
        if parts.count > 1 { guard parts[1].count == 2, (1...12).contains(Int(parts[1])!) else { return false } }
        if parts.count > 2 { guard parts[2].count == 2, (1...31).contains(Int(parts[2])!) else { return false } }
        return true
    }
}
