import Foundation

/// The whole command line as a library function: arguments and environment in, text on
/// the given streams, an exit status out (0 ok, 1 data error, 2 usage error).
public enum CLI {
    public static let version = "0.1.0"

    static let commands: [CommandSpec] = [OverviewCommand.spec, CompareCommand.spec, GoalsCommand.spec, TasksCommand.spec, DiffCommand.spec,
                                          ReportCommand.spec,
                                          StatementsCommand.spec, AuditCommand.spec, ReportsCommand.spec]

    public static func run(arguments: [String], environment: ProcessEnvironment, output: TextOutput, errors: TextOutput) -> Int32 {
        var arguments = arguments
        if arguments.first == "--version" {
            output.write("gwr \(version)\n")
            return 0
        }
        if arguments.isEmpty || arguments.first == "-h" || arguments.first == "--help" {
            if arguments.isEmpty {
                arguments = [OverviewCommand.spec.name]
            } else {
                output.write(Help.general(commands: commands))
                return 0
            }
        }
        // Hidden: the man page and completions, for Scripts/generate-docs.
        if arguments.first == "__docs", arguments.count == 2 {
            switch arguments[1] {
            case "man": output.write(Docs.manPage(commands)); return 0
            case "bash": output.write(Docs.bash(commands)); return 0
            case "zsh": output.write(Docs.zsh(commands)); return 0
            default: break
            }
        }
        // Hidden: Scripts/bench times normalise + extract on one core, files already in memory.
        // `__bench DIR 0` loads and does no extraction: callgrind's count of a run with 0 rounds,
        // taken from that of a run with 1, is the cost of the numbers the first run prints.
        if arguments.first == "__bench", arguments.count == 2 || arguments.count == 3 {
            do {
                let rounds = arguments.count == 3 ? Int(arguments[2]) ?? 1 : 1
                let catalog = try CatalogLoader.load(directories: [ReportsLocation.resolve(option: nil, environment: environment), arguments[1]])
                let loaded = try ReportLoader.load(directory: arguments[1])
                let bytes = loaded.files.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.utf8.count + 1 } }
                let clock = ContinuousClock()
                var statements = 0, numbers = 0
                let elapsed = clock.measure {
                    for _ in 0..<rounds {
                        for file in loaded.files { statements += Extractor.extract(Normalizer.normalize(file), catalog: catalog).statements.count }
                    }
                }
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                if rounds > 0 {
                    // Outside the clock: the numbers seen, as the audit counts them.
                    for file in loaded.files {
                        let report = Normalizer.normalize(file)
                        numbers += Coverage.measure([report], extraction: Extractor.extract(report, catalog: catalog)).seen
                    }
                }
                output.write("bytes \(bytes * rounds) seconds \(seconds) statements \(statements) numbers \(numbers)\n")
                return 0
            } catch {
                errors.write("gwr: error: \(error)\n")
                return 1
            }
        }
        arguments = commandFirst(arguments)
        if arguments.first == "help" {
            guard arguments.count > 1 else { output.write(Help.general(commands: commands)); return 0 }
            guard let spec = commands.first(where: { $0.name == arguments[1] }) else {
                return usageError(unknownCommand(arguments[1]), errors: errors)
            }
            output.write(Help.command(spec))
            return 0
        }
        let name = arguments.removeFirst()
        guard let spec = commands.first(where: { $0.name == name }) else {
            if name.hasPrefix("-") {
                // Options with no command go to the default command.
                return run(arguments: [OverviewCommand.spec.name, name] + arguments, environment: environment, output: output, errors: errors)
            }
            return usageError(unknownCommand(name), errors: errors)
        }
        let invocation: Invocation
        do { invocation = try ArgumentParser.parse(arguments, for: spec) } catch {
            return usageError(error, errors: errors)
        }
        if invocation.has(.help) {
            output.write(Help.command(spec))
            return 0
        }
        var context = Context(invocation: invocation, environment: environment, output: output, errors: errors)
        do {
            let text: String
            switch spec.name {
            case ReportsCommand.spec.name: text = try ReportsCommand.run(&context)
            case AuditCommand.spec.name: text = try AuditCommand.run(&context)
            // Write their output themselves, in pieces.
            case StatementsCommand.spec.name: return try StatementsCommand.run(&context)
            case CompareCommand.spec.name: return try CompareCommand.run(&context)
            case GoalsCommand.spec.name: text = try GoalsCommand.run(&context)
            case TasksCommand.spec.name: text = try TasksCommand.run(&context)
            case OverviewCommand.spec.name: text = try OverviewCommand.run(&context)
            case DiffCommand.spec.name: text = try DiffCommand.run(&context)
            case ReportCommand.spec.name: text = try ReportCommand.run(&context)
            default: text = ""
            }
            return try context.emit(text)
        } catch let error as UsageError {
            return usageError(error, errors: errors)
        } catch let error as LoadError {
            errors.write("gwr: error: \(error)\n")
            return 1
        } catch {
            errors.write("gwr: error: \(error)\n")
            return 1
        }
    }

    /// `gwr --reports DIR compare …` as `gwr compare --reports DIR …`: options every command takes
    /// may come before the command, as `git -C DIR status` has it. Only those: a command's own
    /// option before it (`gwr --indicator x compare`) still goes to the default command and is
    /// reported there.
    static func commandFirst(_ arguments: [String]) -> [String] {
        var i = 0
        while i < arguments.count, arguments[i].hasPrefix("-"), arguments[i] != "--" {
            let word = arguments[i]
            let name = word.hasPrefix("--") ? String(word.dropFirst(2).prefix { $0 != "=" }) : nil
            let option = OptionSpec.common.first { spec in
                name.map { spec.long == $0 } ?? (word.count >= 2 && spec.short == word[word.index(after: word.startIndex)])
            }
            guard let option else { return arguments }
            let inline = word.contains("=") || (name == nil && word.count > 2)
            i += option.isFlag || inline ? 1 : 2
        }
        guard i > 0, i < arguments.count, commands.contains(where: { $0.name == arguments[i] }) || arguments[i] == "help" else { return arguments }
        // After what follows the command, so that `help`'s own word stays next to it.
        return [arguments[i]] + arguments[(i + 1)...] + arguments[..<i]
    }

    static func unknownCommand(_ name: String) -> UsageError {
        var message = "unknown command '\(name)'"
        if let guess = Suggestion.closest(to: name, among: commands.map(\.name) + ["help"]) {
            message += "; did you mean '\(guess)'?"
        }
        return UsageError(message: message, usage: "gwr [COMMAND] [OPTIONS]")
    }

    static func usageError(_ error: UsageError, errors: TextOutput) -> Int32 {
        errors.write("gwr: error: \(error.message)\nUsage: \(error.usage)\nSee 'gwr --help'.\n")
        return 2
    }
}

/// What a running command needs: its parsed arguments, the environment and the streams.
struct Context {
    let invocation: Invocation
    let environment: ProcessEnvironment
    let output: TextOutput
    let errors: TextOutput
    /// Loaded once per run: several commands need the catalog more than once.
    private let cache = Cache()

    final class Cache {
        var catalog: IndicatorCatalog?
        var corpus: Corpus?
        var pipeline: PipelineResult?
        var readAhead: ReadAhead?
    }

    init(invocation: Invocation, environment: ProcessEnvironment, output: TextOutput, errors: TextOutput) {
        self.invocation = invocation; self.environment = environment; self.output = output; self.errors = errors
    }

    var language: Language? { invocation.value(.lang).flatMap(Language.init(rawValue:)) }

    var format: OutputFormat {
        OutputFormat.resolve(option: invocation.value(.format), outputPath: invocation.value(.output))
    }

    var width: DisplayWidth { DisplayWidth(ambiguousIsWide: invocation.has(.ambiguousWide)) }

    /// `TMPDIR`, else the system's temporary folder.
    var temporaryDirectory: String {
        if let folder = environment.variables["TMPDIR"], !folder.isEmpty { return folder }
        return FileManager.default.temporaryDirectory.path
    }

    /// Loads and normalises the reports folder, printing its findings on stderr.
    func corpus() throws(LoadError) -> Corpus {
        if let corpus = cache.corpus { return corpus }
        let directory = ReportsLocation.resolve(option: invocation.value(.reports), environment: environment)
        let corpus = try Corpus.load(directory: directory)
        for finding in corpus.findings { errors.write("\(finding)\n") }
        cache.corpus = corpus
        return corpus
    }

    /// Statements and audit of the whole folder, read one report at a time on every core;
    /// task breakdowns are kept whole for `gwr tasks`.
    func pipeline() throws(LoadError) -> PipelineResult {
        if let pipeline = cache.pipeline { return pipeline }
        let directory = ReportsLocation.resolve(option: invocation.value(.reports), environment: environment)
        // The folder's first reports are read on another core while the catalog is read.
        let ahead = cache.catalog == nil ? ReadAhead(directory: directory, plan: .whole) : nil
        let result = try Pipeline.run(directory: directory, catalog: try catalog(), readAhead: ahead) { $0.kind == .taskBreakdown }
        for finding in result.findings { errors.write("\(finding)\n") }
        cache.pipeline = result
        return result
    }

    /// The folder one jurisdiction at a time (`Pipeline.grouped`), for commands that need less
    /// than every statement at once; prints the findings on stderr as `pipeline()` does.
    func grouped<Value: Sendable>(eachReport: Bool = false, _ consume: @escaping @Sendable (ReportGroup) -> Value) throws(LoadError) -> GroupedRun<Value> {
        let directory = ReportsLocation.resolve(option: invocation.value(.reports), environment: environment)
        let catalog = try catalog()
        // Taken, not kept: what it holds is the run's to use once.
        let ahead = cache.readAhead
        cache.readAhead = nil
        let run = try Pipeline.grouped(directory: directory, catalog: catalog, eachReport: eachReport, readAhead: ahead, consume)
        for finding in run.findings { errors.write("\(finding)\n") }
        return run
    }

    /// Begins listing the folder and reading its first reports on another core, for a command
    /// that goes on to read the catalog and then `grouped` (with the same `eachReport`).
    func readAhead(eachReport: Bool = false) {
        guard cache.readAhead == nil, cache.catalog == nil else { return }
        let directory = ReportsLocation.resolve(option: invocation.value(.reports), environment: environment)
        cache.readAhead = ReadAhead(directory: directory, plan: .grouped(batchBytes: Pipeline.batchBytes, eachReport: eachReport))
    }

    /// The terms `gwr diff` always tracks: the reports folder's terms.list, else the bundled one.
    func termList() throws(LoadError) -> TermList {
        var terms = TermList()
        let chosen = ReportsLocation.resolve(option: invocation.value(.reports), environment: environment)
        let bundled = ReportsLocation.resolve(option: nil, environment: ProcessEnvironment(
            workingDirectory: environment.workingDirectory, executablePath: environment.executablePath))
        for directory in [chosen, bundled] {
            let path = ReportLoader.join(directory, TermList.fileName)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            terms.add(try TextDecoding.decode(try ReportLoader.readBytes(path), path: path).text)
            break
        }
        return terms
    }

    /// The indicator catalog: the bundled one, extended by `indicators.tsv` in the reports folder.
    func catalog() throws(LoadError) -> IndicatorCatalog {
        if let catalog = cache.catalog { return catalog }
        let bundled = ReportsLocation.resolve(option: nil, environment: ProcessEnvironment(
            variables: [:], workingDirectory: environment.workingDirectory, executablePath: environment.executablePath))
        let chosen = ReportsLocation.resolve(option: invocation.value(.reports), environment: environment)
        let catalog = try CatalogLoader.load(directories: [bundled, chosen])
        if catalog.indicators.isEmpty {
            errors.write("\(chosen): warning: [catalog] no \(IndicatorCatalog.fileName) found; every indicator gets a derived id\n")
        }
        cache.catalog = catalog
        return catalog
    }

    /// Colour is for a person at a terminal: never into a file or pipe, never with NO_COLOR or --no-color.
    var useColour: Bool {
        invocation.value(.output) == nil && output.isTerminal && !invocation.has(.noColor)
            && (environment.variables["NO_COLOR"] ?? "").isEmpty && environment.variables["TERM"] != "dumb"
    }

    /// Renders a grid in the chosen format (JSON is built by each command itself). A status
    /// column is coloured on a terminal: green met, red missed, yellow within tolerance.
    func render(_ grid: Grid, statusColumn: Int? = nil) -> String {
        var grid = grid
        if let language, format != .json {
            let keys = grid.columns.map(\.key)
            grid = language.localized(grid, catalog: try? catalog())
            // CSV keeps its fixed, documented header.
            if format == .csv { for i in grid.columns.indices { grid.columns[i].title = keys[i] } }
        }
        let statusValues = Set(Status.allCases.map { language?.status($0.rawValue) ?? $0.rawValue })
        switch format {
        case .table:
            let toTerminal = invocation.value(.output) == nil && output.isTerminal
            let columns = toTerminal ? (environment.terminalColumns ?? Int(environment.variables["COLUMNS"] ?? "")) : nil
            var renderer = TableRenderer(width: width, maxWidth: columns)
            if invocation.has(.wide) { renderer.maxCellWidth = nil }
            if useColour, let statusColumn {
                let language = self.language
                renderer.colour = { column, cell in
                    guard column == statusColumn, statusValues.contains(cell) else { return nil }
                    let raw = Status.allCases.first { (language?.status($0.rawValue) ?? $0.rawValue) == cell }
                    switch raw {
                    case .exceeded?, .met?: return "\u{1B}[32m"
                    case .metWithinTolerance?: return "\u{1B}[33m"
                    case .missed?: return "\u{1B}[31m"
                    case .some: return "\u{1B}[2m"
                    case nil: return nil
                    }
                }
            }
            return renderer.render(grid)
        case .csv: return CSVRenderer(byteOrderMark: invocation.has(.bom) || invocation.has(.excel)).render(grid)
        case .markdown: return MarkdownRenderer().render(grid)
        case .json: return JSONValue.array([]).rendered() + "\n"
        }
    }

    /// Sends the result to stdout or, atomically, to the -o file.
    func emit(_ text: String) throws -> Int32 {
        if let path = invocation.value(.output) {
            let target = ReportsLocation.absolute(path, in: environment.workingDirectory)
            try AtomicFile.write(text, to: target)
        } else {
            output.write(text)
        }
        return 0
    }

    /// The same for text made in pieces: `body` hands each to the `write` it is given.
    func emit(_ body: (([UInt8]) throws -> Void) throws -> Void) throws -> Int32 {
        if let path = invocation.value(.output) {
            try AtomicFile.write(to: ReportsLocation.absolute(path, in: environment.workingDirectory), body)
        } else {
            try body { output.write(bytes: $0) }
        }
        return 0
    }
}
