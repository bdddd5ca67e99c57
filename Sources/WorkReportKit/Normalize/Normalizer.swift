/// load → **normalise**: turns a loaded file into a `Report` — lines classified and folded,
/// junk set aside (and kept, for the audit), broken sentences rejoined, outline built.
public enum Normalizer {
    public static func normalize(_ file: LoadedFile) -> Report {
        let traditional = ScriptFolding.isTraditional(file.lines)
        var lines: [SourceLine] = file.lines.enumerated().map { offset, raw in
            let number = offset + 1
            if WhiteSpace.isBlank(raw) {
                return SourceLine(number: number, raw: raw, text: "", disposition: .blank)
            }
            let text = CharacterFolding.fold(traditional ? ScriptFolding.simplified(raw) : raw)
            if let reason = LineClassifier.junkReason(raw) {
                return SourceLine(number: number, raw: raw, text: text, disposition: .junk(reason))
            }
            return SourceLine(number: number, raw: raw, text: text, disposition: .content)
        }

        var report = Report(metadata: file.metadata, path: file.path, encoding: file.encoding, lines: [],
                            blocks: [], sections: [], tasks: [], joins: [], findings: [])
        if TaskTable.isTable(lines) {
            let table = TaskTable.parse(lines, metadata: file.metadata, path: file.path)
            report.blocks = table.blocks
            report.sections = table.sections
            report.tasks = table.tasks
            report.joins = table.joins
            report.findings = table.findings
        } else {
            var headings: [Int: Heading] = [:]
            for (index, line) in lines.enumerated() where line.disposition == .content {
                if let heading = Heading.parse(line.text, raw: line.raw) { headings[index] = heading }
            }
            RepeatedSections.mark(&lines, headings: headings)
            // Tables of targets against results are read as tables; their lines join no sentence.
            report.tables = IndicatorTables.find(lines)
            let tableLines = Set(report.tables.flatMap(\.lines))
            var prose = lines
            for index in prose.indices where tableLines.contains(prose[index].number) { prose[index].disposition = .blank }
            let joined = LineJoiner.join(prose, headings: headings)
            var blocks = EmbeddedHeadings.split(joined.blocks.map { TextBlock(passage: $0.0, kind: $0.1, section: 0) })
            let byLine = Dictionary(uniqueKeysWithValues: headings.map { (lines[$0.key].number, $0.value) })
            report.sections = Sectioner.sections(blocks: &blocks, headings: byLine, metadata: file.metadata)
            report.blocks = blocks
            report.joins = joined.joins
        }
        report.lines = lines
        return report
    }
}
