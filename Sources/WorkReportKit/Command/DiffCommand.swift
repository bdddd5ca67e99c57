/// `gwr diff A B`: what a government stressed one year against another — work-plan headings
/// kept, new and dropped; key terms new, dropped, rising and falling; targets changed.
enum DiffCommand {
    static let top = OptionSpec("top", value: "N", help: "How many terms of each kind (new, dropped, rising, falling) to list (default 20).")
    static let part = OptionSpec("part", value: "PART", choices: KeyTerms.Scope.allCases.map(\.rawValue),
        help: "Key terms from the plan (targets, tasks, livelihood projects, five-year goals; the default), the review of past years, or all of each report.")
    /// The older name of --part.
    static let scope = OptionSpec("scope", value: "PART", choices: KeyTerms.Scope.allCases.map(\.rawValue),
        help: "The same as --part (its older name).")
    static let explain = OptionSpec("explain", help: "Say what the heading similarity compares and the threshold of a kept heading.")

    static func chosenPart(_ context: Context) -> KeyTerms.Scope {
        (context.invocation.value(part) ?? context.invocation.value(scope)).flatMap(KeyTerms.Scope.init(rawValue:)) ?? .plan
    }
    static let spec = CommandSpec(
        name: "diff",
        summary: "Diff two reports' priorities: headings, key terms, targets.",
        overview: "Compare two loaded reports (named by year, id or file; --jurisdiction picks among a year's reports): the work plan's numbered headings matched by similarity (kept / new / dropped), the key terms whose weight changed most (new / dropped / rising / falling, by log-likelihood), and the targets of indicators in both (old → new, value and wording) or added to / dropped from the main targets.",
        arguments: "A B",
        maximumArguments: 2,
        options: [StatementFilter.jurisdiction, top, part, scope, explain],
        examples: ["gwr diff 2020 2022", "gwr diff 2022 2025 --top 10", "gwr diff hangzhou-2022-work-report xiaoshan-2022-summary",
                   "gwr diff 2022 2025 --format json", "gwr diff 2020 2022 --part review --explain"])

    static func run(_ context: inout Context) throws -> String {
        let names = context.invocation.positionals
        guard names.count == 2 else {
            throw UsageError(message: "diff takes two reports (by year, id or file); got \(names.count)", usage: spec.usage)
        }
        var count = 20
        if let text = context.invocation.value(top) {
            guard let value = Int(text), value > 0, value <= 10_000 else {
                throw UsageError(message: "--top takes a whole number such as 10; got '\(text)'", usage: spec.usage)
            }
            count = value
        }
        // Only the two reports and the others of their places are read: the rest of a folder of any
        // size is named, not loaded.
        let directory = ReportsLocation.resolve(option: context.invocation.value(.reports), environment: context.environment)
        let sources = try ReportLoader.sources(directory: directory)
        let (metadata, _) = try Pipeline.listedOrInferred(sources)
        let (first, second) = try resolve(names[0], names[1], among: metadata, jurisdiction: context.invocation.value(StatementFilter.jurisdiction))
        let places = [first.jurisdiction, second.jurisdiction]
        let read = sources.indices.filter { places.contains(metadata[$0].jurisdiction) }
        let loaded = Parallel.map(read) { index -> Result<(Report, [Finding]), LoadError> in
            do throws(LoadError) {
                let (file, findings) = try ReportLoader.read(sources[index])
                let report = Normalizer.normalize(file)
                return .success((report, findings + report.findings))
            } catch { return .failure(error) }
        }
        var background: [Report] = []
        for result in loaded {
            let (report, findings) = try result.get()
            for finding in findings { context.errors.write("\(finding)\n") }
            background.append(report)
        }
        guard let a = background.first(where: { $0.id == first.id }), let b = background.first(where: { $0.id == second.id }) else {
            throw UsageError(message: "diff found no report '\(first.id)' or '\(second.id)'", usage: spec.usage)
        }
        let catalog = try context.catalog()
        let terms = try context.termList()
        let statements = Extractor.extract([a, b], catalog: catalog).statements
        let diff = PrioritiesDiff.compare(a, b, statements: statements, terms: terms, top: count, scope: chosenPart(context),
                                          background: background, catalog: catalog)
        switch context.format {
        case .json: return json(diff).rendered() + "\n"
        case .csv: return context.render(flat(diff))
        case .table, .markdown:
            var text = "\(a.id) → \(b.id)\n\nWork-plan headings:\n" + context.render(headingsGrid(diff))
            if context.invocation.has(explain) {
                text += "similarity: the Dice coefficient of the two headings' pairs of neighbouring characters (punctuation left out), "
                    + "0 to 1; a pair at \(Format.number(HeadingMatch.threshold, digits: 2)) or more is kept, below it one heading is dropped and the other new\n"
            }
            text += "\nKey terms of the \(partName(chosenPart(context))) (per 10,000 characters; keyness is log-likelihood G², 6.63 = p < 0.01):\n"
                + context.render(termsGrid(diff))
            text += "\nTargets:\n" + context.render(targetsGrid(diff))
            return text
        }
    }

    static func partName(_ part: KeyTerms.Scope) -> String {
        switch part {
        case .plan: return "plan (targets, tasks, livelihood projects, five-year goals)"
        case .review: return "review of past years"
        case .all: return "whole reports"
        }
    }

    /// Names to reports; a year naming several reports is settled by --jurisdiction or by the other name's.
    static func resolve(_ first: String, _ second: String, among metadata: [ReportMetadata], jurisdiction: String?) throws
        -> (ReportMetadata, ReportMetadata) {
        func candidates(_ name: String) throws -> [ReportMetadata] {
            let ids = Corpus.select([name], among: metadata).ids
            var found = ids.compactMap { id in metadata.first { $0.id == id } }
            if let jurisdiction { found = found.filter { $0.jurisdiction == jurisdiction } }
            guard !found.isEmpty else {
                var message = "no report named '\(name)'" + (jurisdiction.map { " in \($0)" } ?? "")
                if let guess = Suggestion.closest(to: name, among: metadata.map(\.id)) { message += "; did you mean '\(guess)'?" }
                throw UsageError(message: message, usage: spec.usage)
            }
            return found
        }
        var x = try candidates(first), y = try candidates(second)
        if x.count == 1, y.count > 1 { y = y.filter { $0.jurisdiction == x[0].jurisdiction } }
        if y.count == 1, x.count > 1 { x = x.filter { $0.jurisdiction == y[0].jurisdiction } }
        for (name, list) in [(first, x), (second, y)] where list.count != 1 {
            throw UsageError(message: "'\(name)' names \(list.isEmpty ? "no" : "several") reports (\(list.map(\.id).joined(separator: ", "))); name one by id or add --jurisdiction",
                             usage: spec.usage)
        }
        return (x[0], y[0])
    }

    static func headingsGrid(_ diff: PrioritiesDiff) -> Grid {
        Grid(columns: [.init("kind", "change"), .init("before", "before"), .init("line_before", "line", .right),
                       .init("after", "after"), .init("line_after", "line", .right), .init("similarity", "similarity", .right)],
             rows: diff.headings.map { h in
                [h.kind.rawValue, h.before?.heading ?? "", h.before.map { String($0.firstLine) } ?? "", h.after?.heading ?? "",
                 h.after.map { String($0.firstLine) } ?? "", h.similarity.map { Format.number($0, digits: 2) } ?? ""]
             })
    }

    static func termsGrid(_ diff: PrioritiesDiff) -> Grid {
        Grid(columns: [.init("kind", "change"), .init("term", "term"), .init("count_before", "before", .right),
                       .init("count_after", "after", .right), .init("rate_before", "per10k_before", .right),
                       .init("rate_after", "per10k_after", .right), .init("keyness", "keyness", .right), .init("source", "source")],
             rows: diff.terms.map { t in
                [t.kind.rawValue, t.term, String(t.countBefore), String(t.countAfter), Format.number(t.rateBefore, digits: 2),
                 Format.number(t.rateAfter, digits: 2), Format.number(t.keyness, digits: 1), t.source]
             })
    }

    static func targetsGrid(_ diff: PrioritiesDiff) -> Grid {
        Grid(columns: [.init("kind", "change"), .init("indicator_id", "indicator_id"), .init("indicator", "indicator"),
                       .init("before", "before", .right), .init("after", "after", .right), .init("value_change", "value_change", .right),
                       .init("line_before", "line", .right), .init("line_after", "line", .right)],
             rows: diff.targets.map { t in
                [t.kind.rawValue, t.indicatorID, t.indicator, t.before.map(FigureText.of) ?? "", t.after.map(FigureText.of) ?? "",
                 t.valueChange.map { Format.signed($0) } ?? "", t.before.map { String($0.line) } ?? "", t.after.map { String($0.line) } ?? ""]
             })
    }

    /// One CSV table: a `part` column says which of the three a row belongs to.
    static func flat(_ diff: PrioritiesDiff) -> Grid {
        let columns: [Grid.Column] = ["part", "kind", "item", "indicator_id", "before", "after", "count_before", "count_after",
                                      "rate_before", "rate_after", "keyness", "value_change", "line_before", "line_after"].map { Grid.Column($0, $0) }
        var rows: [[String]] = []
        for h in diff.headings {
            rows.append(["heading", h.kind.rawValue, h.after?.heading ?? h.before?.heading ?? "", "", h.before?.heading ?? "",
                         h.after?.heading ?? "", "", "", "", "", h.similarity.map { Format.number($0, digits: 4) } ?? "", "",
                         h.before.map { String($0.firstLine) } ?? "", h.after.map { String($0.firstLine) } ?? ""])
        }
        for t in diff.terms {
            rows.append(["term", t.kind.rawValue, t.term, "", "", "", String(t.countBefore), String(t.countAfter),
                         Format.number(t.rateBefore, digits: 4), Format.number(t.rateAfter, digits: 4), Format.number(t.keyness, digits: 4), "", "", ""])
        }
        for t in diff.targets {
            rows.append(["target", t.kind.rawValue, t.indicator, t.indicatorID, t.before.map(FigureText.of) ?? "", t.after.map(FigureText.of) ?? "",
                         "", "", "", "", "", t.valueChange.map { Format.number($0, digits: 4) } ?? "",
                         t.before.map { String($0.line) } ?? "", t.after.map { String($0.line) } ?? ""])
        }
        return Grid(columns: columns, rows: rows)
    }

    static func json(_ diff: PrioritiesDiff) -> JSONValue {
        func section(_ s: Section?) -> JSONValue {
            guard let s else { return .null }
            return .object([("heading", .string(s.heading)), ("first_line", .int(s.firstLine)), ("last_line", .int(s.lastLine))])
        }
        func target(_ s: Statement?) -> JSONValue {
            guard let s else { return .null }
            return .object([("text", .string(FigureText.of(s))), ("value", s.value.map(JSONValue.number) ?? .null), ("unit", .string(s.unit)),
                            ("comparator", .string(s.comparator.description)), ("qualifier", .string(s.qualifier)), ("line", .int(s.line))])
        }
        return .object([
            ("before", .string(diff.before.id)), ("after", .string(diff.after.id)),
            ("headings", .array(diff.headings.map { h in
                .object([("kind", .string(h.kind.rawValue)), ("before", section(h.before)), ("after", section(h.after)),
                         ("similarity", h.similarity.map { .number(Format.number($0, digits: 4)) } ?? .null)])
            })),
            ("terms", .array(diff.terms.map { t in
                .object([("kind", .string(t.kind.rawValue)), ("term", .string(t.term)), ("count_before", .int(t.countBefore)),
                         ("count_after", .int(t.countAfter)), ("rate_before", .number(Format.number(t.rateBefore, digits: 4))),
                         ("rate_after", .number(Format.number(t.rateAfter, digits: 4))), ("keyness", .number(Format.number(t.keyness, digits: 4))),
                         ("source", .string(t.source))])
            })),
            ("targets", .array(diff.targets.map { t in
                .object([("kind", .string(t.kind.rawValue)), ("indicator_id", .string(t.indicatorID)), ("indicator", .string(t.indicator)),
                         ("before", target(t.before)), ("after", target(t.after)),
                         ("value_change", t.valueChange.map { .number(Format.number($0, digits: 4)) } ?? .null)])
            })),
        ])
    }
}
