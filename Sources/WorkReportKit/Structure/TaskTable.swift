/// Reads a 重点工作责任分解 table flattened to text: each cell a tab-indented line, rows of
/// five cells (序号 | 重点工作任务 | 细化具体项目任务 | 完成时间 | 责任单位) between blank lines,
/// blank cells meaning "same as above", and cells that spill onto untabbed lines.
enum TaskTable {
    /// A file is a table when many of its lines are tab-indented cells.
    static func isTable(_ lines: [SourceLine]) -> Bool {
        var content = 0, cells = 0
        for line in lines where line.disposition != .blank {
            content += 1
            if line.raw.utf8.first == 0x09 { cells += 1 }
        }
        return cells >= 20 && cells * 5 >= content
    }

    private enum Event {
        case blank
        case cell(Passage)
        case heading(Passage, Heading)
        case free(Passage)
    }

    struct Output {
        var blocks: [TextBlock] = []
        var sections: [Section] = []
        var tasks: [BreakdownTask] = []
        var joins: [Report.Join] = []
        var findings: [Finding] = []
    }

    static func parse(_ lines: [SourceLine], metadata: ReportMetadata, path: String) -> Output {
        var out = Output()
        let events = scan(lines, joins: &out.joins)
        // At most a block an event (a cell, a heading, a free passage).
        out.blocks.reserveCapacity(events.count)

        var part = ""
        var group = ""
        var partPeriod: Period? = nil
        var record: [Passage] = []
        var pending: [Passage] = []

        func startSection(_ role: SectionRole, _ heading: String, level: Int, line: Int) {
            let period = role == .frontMatter ? nil : Sectioner.period(for: .tasks, heading: heading, metadata: metadata)
            out.sections.append(Section(role: role, heading: heading, level: level, firstLine: line, lastLine: line, period: period))
        }
        func add(_ passage: Passage, _ kind: TextBlock.Kind) {
            if out.sections.isEmpty { startSection(.frontMatter, passage.text, level: 0, line: passage.firstLine) }
            out.blocks.append(TextBlock(passage: passage, kind: kind, section: out.sections.count - 1))
            out.sections[out.sections.count - 1].lastLine = max(out.sections[out.sections.count - 1].lastLine, passage.lastLine)
        }
        func flushPending(reason: String?) {
            guard !pending.isEmpty else { return }
            if let reason, pending.count < 3, let first = pending.first {
                out.findings.append(Finding(path: path, line: first.firstLine, severity: .warning, category: "table",
                                            message: "a row with \(pending.count) of 5 cells (\(reason)); its cells are kept as text"))
            }
            while pending.count < 5 { pending.append(Passage(text: "", line: pending.last?.lastLine ?? 0)) }
            emitRow(Array(pending.prefix(5)))
            pending.removeAll(keepingCapacity: true)
        }
        func emitRow(_ cells: [Passage]) {
            for cell in cells where !cell.text.isEmpty { add(cell, .cell) }
            let (number, starred) = taskNumber(cells[0].text)
            if number != nil || out.tasks.isEmpty || !cells[1].text.isEmpty {
                out.tasks.append(BreakdownTask(part: part, group: group, number: number ?? (out.tasks.last?.number ?? 0),
                                               starred: starred, text: cells[1], period: partPeriod, subtasks: []))
            }
            guard !cells[2].text.isEmpty else { return }
            let previous = out.tasks[out.tasks.count - 1].subtasks.last
            let (units, lead) = splitUnits(cells[4].text)
            let subtask = Subtask(
                number: ordinal(cells[2].text), text: cells[2], deadline: cells[3].text, deadlineLine: cells[3].firstLine,
                units: units.isEmpty ? (previous?.units ?? []) : units,
                unitsLine: units.isEmpty ? (previous?.unitsLine ?? cells[4].firstLine) : cells[4].firstLine,
                provincialLead: units.isEmpty ? previous?.provincialLead : lead)
            out.tasks[out.tasks.count - 1].subtasks.append(subtask)
        }
        func endRecord() {
            defer { record.removeAll(keepingCapacity: true) }
            guard !record.isEmpty else { return }
            if record[0].text.sameBytes("序号") {
                for cell in record where !cell.text.isEmpty { add(cell, .cell) }
                return
            }
            if record.count == 1, let heading = Heading.parse(record[0].text, raw: record[0].text), heading.level == 2 {
                flushPending(reason: "cut short by a group heading")
                group = record[0].text
                startSection(.tasks, record[0].text, level: 2, line: record[0].firstLine)
                out.sections[out.sections.count - 1].period = partPeriod
                add(record[0], .heading(level: 2))
                return
            }
            if !pending.isEmpty, record.count == 5 || taskNumber(record[0].text).number != nil {
                flushPending(reason: "the next row starts")
            }
            pending.append(contentsOf: record)
            while pending.count >= 5 {
                emitRow(Array(pending.prefix(5)))
                pending.removeFirst(5)
            }
        }

        // By index: a `for … in` copied every event, its passage's text and pieces retained.
        for i in events.indices {
            switch events[i] {
            case .blank: endRecord()
            case .cell(let passage): record.append(passage)
            case .heading(let passage, let heading):
                endRecord()
                flushPending(reason: "cut short by a part heading")
                part = heading.title
                group = ""
                startSection(.tasks, passage.text, level: 1, line: passage.firstLine)
                partPeriod = out.sections[out.sections.count - 1].period
                add(passage, .heading(level: 1))
            case .free(let passage):
                endRecord()
                add(passage, .paragraph)
            }
        }
        endRecord()
        flushPending(reason: "end of file")
        return out
    }

    /// Turns lines into cells, headings and free text, appending spilled lines to the
    /// cell (or note) they continue.
    private static func scan(_ lines: [SourceLine], joins: inout [Report.Join]) -> [Event] {
        var events: [Event] = []
        // At most one event a line: sized once, not grown (an event holds a passage, and each
        // growth moved them all).
        events.reserveCapacity(lines.count)
        for line in lines {
            switch line.disposition {
            case .junk: continue
            case .blank:
                if line.raw.includes("\t") { events.append(.cell(Passage(text: "", line: line.number))) }
                else { events.append(.blank) }
                continue
            case .content: break
            }
            if line.raw.startsWith("\t") {
                events.append(.cell(Passage(text: line.text, line: line.number)))
                continue
            }
            if let heading = Heading.parse(line.text, raw: line.raw), heading.level == 1, heading.ordinal != nil {
                events.append(.heading(Passage(text: line.text, line: line.number), heading))
                continue
            }
            switch events.last {
            case .cell(var passage)?, .free(var passage)?:
                let wasCell: Bool
                if case .cell = events.last! { wasCell = true } else { wasCell = false }
                joins.append(Report.Join(line: passage.lastLine, next: line.number))
                passage.append(line.text, line: line.number)
                events[events.count - 1] = wasCell ? .cell(passage) : .free(passage)
            default:
                events.append(.free(Passage(text: line.text, line: line.number)))
            }
        }
        return events
    }

    /// `12`, `1*` → (12, false), (1, true); anything else → nil.
    static func taskNumber(_ text: String) -> (number: Int?, starred: Bool) {
        var digits = text
        let starred = digits.endsWith("*") || digits.endsWith("＊")
        if starred { digits.removeLast() }
        guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return (nil, false) }
        return (value, starred)
    }

    /// The leading `3.` of a sub-task. Digits are one byte each, so the first four characters
    /// start with as many digit bytes.
    static func ordinal(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { b in
            var value = 0, count = 0
            while count < min(b.count, 4), (0x30...0x39).contains(b[count]) { value = value * 10 + Int(b[count] - 0x30); count += 1 }
            guard (1...2).contains(count), count < b.count else { return nil }
            let next = b[count]
            let isMark = next == 0x2E || starts(b, at: count, 0xEF, 0xBC, 0x8E) || starts(b, at: count, 0xE3, 0x80, 0x81)   // . ． 、
            return isMark ? value : nil
        }
    }

    private static let leadMarker = Array("省牵头单位".utf8)

    /// 市发改委、市经信局 省牵头单位:省发展改革委 → (["市发改委", "市经信局"], "省发展改革委").
    /// Split on the bytes: the separators are whole UTF-8 sequences.
    static func splitUnits(_ text: String) -> (units: [String], lead: String?) {
        var text = text
        return text.withUTF8 { b in
            var body = b.count
            var lead: String?
            if let marker = leadMarker.withUnsafeBufferPointer({ firstOccurrence(of: $0, in: b) }) {
                // The colons go as Characters, as before: a mark combining with one keeps it.
                var rest = Substring(String(decoding: UnsafeBufferPointer(rebasing: b[(marker + leadMarker.count)...]), as: UTF8.self))
                while let first = rest.first, first == ":" || first == "：" { rest = rest.dropFirst() }
                lead = String(rest).trimmingWhitespace()
                body = marker
            }
            var units: [String] = []
            var start = 0, i = 0
            func cut(at end: Int) {
                let unit = UnsafeBufferPointer(rebasing: b[start..<end])
                let kept = WhiteSpace.trimmed(unit)
                if !kept.isEmpty { units.append(String(decoding: UnsafeBufferPointer(rebasing: unit[kept]), as: UTF8.self)) }
            }
            while i < body {
                // , 、 ， ；
                let width = b[i] == 0x2C ? 1
                    : b[i] >= 0xE3 && (starts(b, at: i, 0xE3, 0x80, 0x81) || starts(b, at: i, 0xEF, 0xBC, 0x8C) || starts(b, at: i, 0xEF, 0xBC, 0x9B)) ? 3 : 0
                if width == 0 { i += 1; continue }
                cut(at: i)
                i += width
                start = i
            }
            cut(at: body)
            return (units, lead)
        }
    }

    /// Whether the three bytes of a character stand at `i`: an array of them, made for each byte
    /// of every cell, cost more than the whole split.
    @inline(__always)
    private static func starts(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ c0: UInt8, _ c1: UInt8, _ c2: UInt8) -> Bool {
        i + 3 <= b.count && b[i] == c0 && b[i + 1] == c1 && b[i + 2] == c2
    }
}
