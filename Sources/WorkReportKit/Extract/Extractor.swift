/// normalise → **extract**: every figure of every report becomes a `Statement` with its
/// provenance; every other number becomes an `AuditEntry` saying why it is not a figure.
public struct Extraction: Sendable {
    public var statements: [Statement]
    public var audit: [AuditEntry]
    /// Every number token the extractor classified (as a figure or a skip), by report and line,
    /// so the audit can check it against an independent count of the numbers in the text.
    public var classified: [String: [Int: Int]] = [:]
    /// The lines of the numbers classified while one report is read, one entry a number, counted
    /// into `classified` when the report is done: filing each number under its report's id and
    /// line as it was read hashed the id every time.
    var classifiedLines: [Int] = []

    public init(statements: [Statement], audit: [AuditEntry]) {
        self.statements = statements
        self.audit = audit
    }
}

public enum Extractor {
    public static func extract(_ reports: [Report], catalog: IndicatorCatalog) -> Extraction {
        var result = Extraction(statements: [], audit: [])
        for report in reports {
            let one = extract(report, catalog: catalog)
            result.statements += one.statements
            result.audit += one.audit
            result.classified.merge(one.classified) { a, _ in a }
        }
        return result
    }

    public static func extract(_ report: Report, catalog: IndicatorCatalog) -> Extraction {
        var out = Extraction(statements: [], audit: [])
        let file = report.metadata.file
        // Numbers on junk lines are listed, never read.
        // On the line's bytes: a page's furniture, or a report repeated whole, can be most of a file.
        for line in report.lines {
            guard case .junk = line.disposition else { continue }
            var text = line.text
            for token in text.withUTF8({ NumberScanner.texts(in: $0) }) {
                out.audit.append(AuditEntry(report: report.id, file: file, line: line.number, token: token, reason: .junkLine,
                                            context: line.text))
            }
        }
        if report.tasks.isEmpty {
            let readings = report.blocks.map { block in
                let section = report.sections[block.section]
                return Reading(passage: block.passage, section: section, period: section.period, skipItemNumber: block.kind == .item)
            }
            read(readings, report: report, catalog: catalog, into: &out)
            for table in report.tables { TableReader.read(table, report: report, catalog: catalog, into: &out) }
        } else {
            readTable(report, catalog: catalog, into: &out)
        }
        // Coverage is about digits: Chinese-numeral entries are listed but not counted against them.
        // By index: a `for … in` copied every entry, its strings retained, to read two fields.
        for i in out.audit.indices where out.audit[i].reason != .chineseNumeral { out.classifiedLines.append(out.audit[i].line) }
        if !out.classifiedLines.isEmpty {
            var lines: [Int: Int] = [:]
            // Sorted, the lines come in runs (they mostly are already): one entry a line, not a number.
            out.classifiedLines.sort()
            // Sized once for the runs: growing it a step at a time rehashed every line each step.
            lines.reserveCapacity(zip(out.classifiedLines, out.classifiedLines.dropFirst()).reduce(1) { $0 + ($1.0 != $1.1 ? 1 : 0) })
            var i = 0
            while i < out.classifiedLines.count {
                var j = i
                while j < out.classifiedLines.count, out.classifiedLines[j] == out.classifiedLines[i] { j += 1 }
                lines[out.classifiedLines[i]] = j - i
                i = j
            }
            out.classified[report.id] = lines
            out.classifiedLines = []
        }
        return out
    }

    /// One passage to read, with what `read` needs besides the report and the catalog.
    struct Reading: Sendable {
        let passage: Passage
        let section: Section
        let period: Period?
        let skipItemNumber: Bool
    }

    /// Text per run of passages read on one core.
    static let runBytes = 16_384

    /// Reads the passages in runs on every core, and puts the runs back in order, so that the
    /// extraction is the one a reading in order gives. A single large report (a task breakdown,
    /// a 50 MB file) would otherwise keep one core busy while the others wait.
    static func read(_ readings: [Reading], report: Report, catalog: IndicatorCatalog, into out: inout Extraction) {
        // The runs as ranges of the readings: a run made of copies retained every string of each.
        var runs: [Range<Int>] = []
        var start = 0, bytes = 0
        for k in readings.indices {
            if bytes >= runBytes { runs.append(start..<k); (start, bytes) = (k, 0) }
            bytes += readings[k].passage.text.utf8.count
        }
        runs.append(start..<readings.count)
        let parts = Parallel.map(runs) { run in
            var part = Extraction(statements: [], audit: [])
            let room = DecodingRoom()
            for k in run {
                read(readings[k].passage, section: readings[k].section, period: readings[k].period, report: report, catalog: catalog,
                     skipItemNumber: readings[k].skipItemNumber, room: room, into: &part)
            }
            return part
        }
        for part in parts {
            out.statements += part.statements
            out.audit += part.audit
            out.classifiedLines += part.classifiedLines
        }
    }

    /// A breakdown: task sentences and sub-tasks are read; numbers, deadlines and units are fields.
    static func readTable(_ report: Report, catalog: IndicatorCatalog, into out: inout Extraction) {
        var read: Set<Int> = []
        var readings: [Reading] = []
        for task in report.tasks {
            let section = report.sections.last { $0.firstLine <= task.text.firstLine && task.text.firstLine <= $0.lastLine }
                ?? Section(role: .tasks, heading: task.part, level: 1, firstLine: 0, lastLine: 0, period: task.period)
            if !task.text.text.isEmpty, read.insert(task.text.firstLine).inserted {
                readings.append(Reading(passage: task.text, section: section, period: task.period, skipItemNumber: false))
            }
            for subtask in task.subtasks where read.insert(subtask.text.firstLine).inserted {
                // A five-year task's sub-task due this year (12月) is this year's target.
                var period = task.period
                if let range = period, range.isRange, !subtask.deadline.includes("\(range.end)") {
                    period = Period(year: report.metadata.year)
                }
                readings.append(Reading(passage: subtask.text, section: section, period: period, skipItemNumber: true))
            }
        }
        Self.read(readings, report: report, catalog: catalog, into: &out)
        // Whatever else carries digits — task numbers, deadlines, units, headers — is a field of the table.
        let room = DecodingRoom()
        for block in report.blocks where !read.contains(block.passage.firstLine) && holdsDigit(block.passage.text) {
            let decoded = DecodedText(block.passage.text, room: room)
            let offsets = decoded.offsets
            for token in NumberScanner.tokens(in: decoded.scalars) {
                out.audit.append(AuditEntry(report: report.id, file: report.metadata.file,
                                            line: block.passage.line(atUTF8Offset: offsets[token.start]), token: token.text,
                                            reason: block.kind == .paragraph || block.kind == .heading(level: 1) ? .date : .tableField,
                                            context: block.passage.text))
            }
        }
    }

    /// Whether a text holds an ASCII digit, which every number token opens with: a table's
    /// cells of names and units, and passages outside the figures without a number, are not
    /// decoded only to find none.
    static func holdsDigit(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in b.contains { $0 >= 0x30 && $0 <= 0x39 } }
    }

    static func kind(for role: SectionRole) -> StatementKind? {
        switch role {
        case .review, .fiveYearReview: return .result
        case .progress: return .progress
        case .mainTargets, .tasks, .livelihood, .fiveYearGoals: return .target
        case .frontMatter, .closing: return nil
        }
    }

    static func read(_ passage: Passage, section: Section, period: Period?, report: Report, catalog: IndicatorCatalog,
                     skipItemNumber: Bool, room: DecodingRoom = DecodingRoom(), into out: inout Extraction) {
        let text = passage.text
        guard let kind = kind(for: section.role) else {
            guard holdsDigit(text) else { return }
            let decoded = DecodedText(text, room: room)
            let offsets = decoded.offsets
            for token in NumberScanner.tokens(in: decoded.scalars) {
                out.audit.append(AuditEntry(report: report.id, file: report.metadata.file,
                                            line: passage.line(atUTF8Offset: offsets[token.start]), token: token.text,
                                            reason: .outsideFigures, in: text, bytes: excerpt(offsets, around: token.start)))
            }
            return
        }
        let reader = FigureReader(text, kind: kind, skipItemNumber: skipItemNumber, room: room)
        let offsets = reader.offsets
        // Magnitudes in Chinese numerals are not read as figures; the audit lists them so none
        // vanishes unseen (they are not digits, so coverage does not count them).
        for run in chineseNumerals(reader.s) {
            out.audit.append(AuditEntry(report: report.id, file: report.metadata.file,
                                        line: passage.line(atUTF8Offset: offsets[run.lowerBound]), token: reader.text(run),
                                        reason: .chineseNumeral, in: text, bytes: excerpt(offsets, around: run.lowerBound)))
        }
        // Where a number already counted starts, by scalar: a set of them cost a hashing and, as
        // it grew, a rehashing for every figure.
        var seenStarts = reader.figures.isEmpty ? [] : [Bool](repeating: false, count: reader.s.count + 1)
        func firstSeen(_ start: Int) -> Bool {
            defer { seenStarts[start] = true }
            return !seenStarts[start]
        }
        // By index: a `for … in` over the figures copied each one, a dozen references retained.
        for i in reader.figures.indices where firstSeen(reader.figures[i].token.start) {
            out.classifiedLines.append(passage.line(atUTF8Offset: offsets[reader.figures[i].token.start]))
        }
        for (token, reason) in reader.skipped {
            out.audit.append(AuditEntry(report: report.id, file: report.metadata.file,
                                        line: passage.line(atUTF8Offset: offsets[token.start]), token: token.text,
                                        reason: reason, in: text, bytes: excerpt(offsets, around: token.start)))
        }
        // The statement each figure's sentence last gave a result, for the verdicts that follow it.
        var lastResult: (index: Int, sentence: Int)?
        var results: [(index: Int, start: Int)] = []
        // Figures of one clause share its text: one String for them all, not a copy each.
        var lastClause: (range: Range<Int>, text: String)?
        func clauseText(of figure: FigureReader.Figure) -> String {
            guard figure.clause.count <= 400 else { return Self.clauseText(reader, figure.clause, around: figure.token.start) }
            if let lastClause, lastClause.range == figure.clause { return lastClause.text }
            let text = reader.text(figure.clause)
            lastClause = (figure.clause, text)
            return text
        }
        func state(_ figure: FigureReader.Figure) {
            // A range's upper bound and a ratio's base are read with it. (Each on its own: an array
            // of the two was made for every figure, two allocations.)
            if let start = figure.upper?.start, firstSeen(start) {
                out.classifiedLines.append(passage.line(atUTF8Offset: offsets[start]))
            }
            for token in figure.alsoRead where firstSeen(token.start) {
                out.classifiedLines.append(passage.line(atUTF8Offset: offsets[token.start]))
            }
            let sentence = reader.sentenceStart(before: figure.token.start)
            if let reading = figure.stated, let previous = lastResult, previous.sentence == sentence,
               let amount = Double(figure.token.text), out.statements[previous.index].stated == nil {
                let result = out.statements[previous.index]
                let (stated, implied) = StatedVerdicts.verdict(reading, amount: amount, unit: figure.unit, text: figure.statedText, result: result)
                out.statements[previous.index].stated = stated
                if let implied, result.kind == .result {
                    var target = result
                    target.kind = .target
                    target.value = Format.number(implied, digits: 2)
                    target.comparator = .equal
                    target.qualifier = "推算"
                    target.stretch = false
                    target.stated = nil
                    target.implied = true
                    target.text = clauseText(of: figure)
                    out.statements.append(target)
                }
                return
            }
            let (indicator, id, measure) = indicatorID(figure, catalog: catalog)
            let signed = Signs.apply(figure, measure: measure)
            // 确保目标增长12%, 奋斗目标14%, 目标任务19家: a review (or a report of progress) restating the
            // year's target, a target of the year, not a result. (塌目标1.8个百分点, in points, is how far
            // a result fell short of it.)
            // (标 asked of the eight characters before the number first: most figures have none.)
            let restated = kind != .target
                && reader.s[max(figure.clause.lowerBound, figure.token.start - 8)..<figure.token.start].contains("标")
                && !figure.unit.endsWith("百分点")
                && targetWordBytes.contains { reader.linkContains($0, before: figure.token.start, clause: figure.clause) }
            if kind != .target, !figure.rank, !restated {
                lastResult = (out.statements.count, sentence)
                results.append((out.statements.count, figure.token.start))
            }
            let named = explicitYear(in: reader.s, before: figure.token.start, within: period) ?? period
            out.statements.append(Statement(
                report: report.id, file: report.metadata.file, line: passage.line(atUTF8Offset: offsets[figure.token.start]),
                jurisdiction: report.metadata.jurisdiction, kind: restated ? .target : kind,
                period: restated ? named.map { Period(year: $0.start) } : named,
                section: section.role, indicator: indicator, indicatorID: id, value: signed.value, upper: signed.upper, unit: figure.unit,
                comparator: signed.comparator, qualifier: Self.joined(figure.qualifiers), stretch: figure.stretch,
                text: clauseText(of: figure)))
        }
        for i in reader.figures.indices { state(reader.figures[i]) }
        // 超额完成, 完成年度目标, 未完成: a verdict without a number, on the result before it in its sentence.
        if kind != .target { statePhrases(reader, results: results, into: &out) }
        if kind == .target {
            for q in QualitativeReader.read(reader, section: section.role, catalog: catalog) {
                out.statements.append(Statement(
                    report: report.id, file: report.metadata.file, line: passage.line(atUTF8Offset: offsets[q.phraseStart]),
                    jurisdiction: report.metadata.jurisdiction, kind: kind, period: period, section: section.role,
                    indicator: q.indicator, indicatorID: q.indicatorID, value: nil, unit: "", comparator: .qualitative(q.phrase),
                    qualifier: "", stretch: q.stretch, text: q.clause))
            }
        }
    }

    /// The words before a number that say it is the year's target (目标, 目标任务, 目标值).
    static let targetWordBytes = ["目标", "目标任务", "目标值"].map { Array($0.utf8) }

    /// A figure's qualifiers as a statement writes them (达+余); most figures have none or one,
    /// which need no joining.
    static func joined(_ qualifiers: [String]) -> String {
        switch qualifiers.count {
        case 0: return ""
        case 1: return qualifiers[0]
        default: return qualifiers.joined(separator: "+")
        }
    }

    /// `StatedVerdicts.phrases` as scalars, made once rather than for every passage.
    static let verdictPhrases = StatedVerdicts.phrases.map { (Array($0.0.unicodeScalars), $0.1) }

    /// Attaches each verdict phrase without a number to the last result before it in its sentence
    /// that states no verdict yet. `results` are the statements this passage gave, with where their
    /// numbers stand.
    static func statePhrases(_ reader: FigureReader, results: [(index: Int, start: Int)], into out: inout Extraction) {
        guard !results.isEmpty else { return }
        let text = reader.s
        // Where each phrase stands, found in one pass over the passage (a phrase tried only where a
        // character opens one), then read phrase by phrase in the list's order as before.
        var places = [[Int]](repeating: [], count: verdictPhrases.count)
        for i in text.indices where verdictPhraseStarts.contains(text[i]) {
            for (index, (word, _)) in verdictPhrases.enumerated()
                where text[i] == word[0] && i + word.count <= text.count && text[i..<(i + word.count)].elementsEqual(word) {
                places[index].append(i)
            }
        }
        // 超额完成年度目标 is one phrase: the shorter ones inside it are not read again.
        var taken: [Range<Int>] = []
        for (index, (word, status)) in verdictPhrases.enumerated() {
            // A phrase's places are read left to right, each past the end of the one before.
            var next = 0
            for i in places[index] where i >= next {
                next = i + word.count
                // 完成年度目标的98% is read with its number.
                if i + word.count < text.count, text[i + word.count] == "的" { continue }
                guard !taken.contains(where: { $0.overlaps(i..<(i + word.count)) }) else { continue }
                taken.append(i..<(i + word.count))
                let sentence = reader.sentenceStart(before: i)
                guard let result = results.last(where: { $0.start < i && $0.start >= sentence && out.statements[$0.index].stated == nil })
                else { continue }
                out.statements[result.index].stated = StatedVerdict(status: status, gap: nil, gapUnit: "", text: String(scalars: word))
            }
        }
    }

    /// The first characters of `verdictPhrases`.
    static let verdictPhraseStarts = ScalarSet(verdictPhrases.map { $0.0[0] })

    /// 其中，2021年数字经济核心产业增加值增幅力争达到15%: a year named in the clause narrows a
    /// five-year period to that year.
    static func explicitYear(in s: [Unicode.Scalar], before end: Int, within period: Period?) -> Period? {
        guard let period, period.isRange else { return nil }
        var start = end
        // (Compared one by one: searching a string's scalars made an iterator for each character.)
        func ends(_ c: Unicode.Scalar) -> Bool { c == "。" || c == "；" || c == "！" || c == "？" }
        while start > 0, end - start < 200, !ends(s[start - 1]) { start -= 1 }
        var found: Period?
        for token in NumberScanner.tokens(in: Array(s[start..<end])) where token.length == 4 {
            let after = start + token.end
            if after < s.count, s[after] == "年", let year = Int(token.text), year >= period.start, year <= period.end {
                found = year == period.end && period.isRange ? nil : Period(year: year)
            }
        }
        return found
    }

    /// The catalog's id for a figure's wording; a ranking gets its indicator's id with `_rank`.
    /// The wording to report and its id: the figure's own words if the catalog knows them,
    /// else the first fuller wording it knows (数字经济核心产业增加值 for a bare 增加值).
    static func indicatorID(_ figure: FigureReader.Figure, catalog: IndicatorCatalog) -> (String, String, Measure?) {
        let indicator = figure.indicator
        if figure.rank {
            if let match = catalog.match(indicator, change: figure.change, unit: ""), match.measure == .rank { return (indicator, match.id, .rank) }
            if let base = catalog.match(indicator, change: figure.change, unit: "") { return (indicator, base.id + "_rank", .rank) }
            return (indicator, IndicatorCatalog.derivedID(indicator, growth: false) + "_rank", .rank)
        }
        // A member of a list of flows is looked up as a flow only: 个体工商户 there is not their total.
        let wordings = figure.listVerb.map { [$0 + indicator] } ?? [indicator]
        for wording in wordings {
            if let match = catalog.match(wording, change: figure.change, unit: figure.unit) { return (wording, match.id, match.measure) }
        }
        for wording in figure.alternatives.wordings {
            if let match = catalog.match(wording, change: figure.change, unit: figure.unit) { return (wording, match.id, match.measure) }
        }
        return (indicator, IndicatorCatalog.derivedID(indicator, growth: figure.growth), nil)
    }

    /// The clause a figure stands in; a clause of more than 400 characters (a damaged file) is
    /// cut to the 400 around the figure.
    static func clauseText(_ reader: FigureReader, _ clause: Range<Int>, around index: Int) -> String {
        guard clause.count > 400 else { return reader.text(clause) }
        let from = max(clause.lowerBound, index - 200), to = min(clause.upperBound, from + 400)
        return reader.text(from..<to)
    }

    /// 零一二两三四五六七八九十百千万亿半: the scalars of a magnitude written in Chinese numerals.
    @inline(__always)
    static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        // A bit a value of the low six bits rules most characters out before the switch, which
        // runs for every scalar of every passage.
        guard numeralBits & 1 << UInt64(c.value & 63) != 0 else { return false }
        switch c.value {
        case 0x96F6, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x534A:
            return true
        default: return false
        }
    }

    /// The low six bits of the numerals' values, one bit each (a literal, so the hot path reads no
    /// global; `ByteShortcutTests` checks it against the numerals).
    static let numeralBits: UInt64 = 0xC04028102810168B

    /// 百千万亿: the numerals that make a run a magnitude.
    static func isMagnitude(_ c: Unicode.Scalar) -> Bool { c == "百" || c == "千" || c == "万" || c == "亿" }

    /// Runs of Chinese numerals holding a magnitude (两万亿, 千万, 三百), and fractions (三分之二).
    static func chineseNumerals(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isNumeral(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, isNumeral(s[j]) || (s[j] == "分" && j + 1 < s.count && s[j + 1] == "之") || (s[j] == "之" && j > i && s[j - 1] == "分") {
                j += 1
            }
            let run = s[i..<j]
            // 3.5万亿元: after digits, 万亿 is the scale of a figure already read.
            let afterDigit = i > 0 && NumberScanner.isDigit(s[i - 1])
            if !afterDigit, run.count >= 2, run.contains(where: isMagnitude) || run.contains("分") { runs.append(i..<j) }
            i = j
        }
        return runs
    }

    /// Where the 12 scalars before a number and the 14 from it stand, as UTF-8 offsets.
    static func excerpt(_ offsets: [Int], around index: Int) -> Range<Int> {
        let from = max(0, index - 12), to = min(offsets.count - 1, index + 14)
        return offsets[from]..<offsets[to]
    }
}
