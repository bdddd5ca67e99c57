/// One command-line option, defined once: its spellings, its value, its help and the
/// values it accepts. Help text and parsing both read these definitions.
public struct OptionSpec: Sendable, Equatable {
    public let long: String
    public let short: Character?
    /// Name of the value in help (`DIR`, `FORMAT`); nil for a flag.
    public let valueName: String?
    public let help: String
    /// Accepted values, when the set is closed.
    public let choices: [String]

    public init(_ long: String, short: Character? = nil, value: String? = nil, choices: [String] = [], help: String) {
        self.long = long; self.short = short; self.valueName = value; self.help = help; self.choices = choices
    }

    public var isFlag: Bool { valueName == nil }

    public var synopsis: String {
        var text = short.map { "-\($0), " } ?? "    "
        text += "--\(long)"
        if let valueName { text += " \(valueName)" }
        return text
    }

    /// Options every command takes.
    public static let reports = OptionSpec("reports", value: "DIR",
        help: "Folder of report texts and manifest.ini (default: the bundled Reports/, or $GWR_REPORTS).")
    public static let format = OptionSpec("format", short: "f", value: "FORMAT", choices: ["table", "csv", "json", "markdown"],
        help: "Output format: table, csv, json or markdown (default: table, or from the -o file's extension).")
    public static let output = OptionSpec("output", short: "o", value: "FILE",
        help: "Write to FILE (atomically: a temporary file, then rename) instead of standard output.")
    public static let bom = OptionSpec("bom", help: "Start CSV with the UTF-8 byte-order mark, so Excel reads Chinese (alias: --excel).")
    public static let excel = OptionSpec("excel", help: "Same as --bom.")
    public static let noColor = OptionSpec("no-color", help: "Never colour the output (also: NO_COLOR set in the environment).")
    public static let ambiguousWide = OptionSpec("ambiguous-wide", help: "Count ambiguous-width characters (“ ” ① Ⅲ ℃) as two columns.")
    public static let help = OptionSpec("help", short: "h", help: "Show help for this command.")
    public static let lang = OptionSpec("lang", value: "LANG", choices: Language.allCases.map(\.rawValue),
        help: "Headers and statuses in en or zh; with en, catalogued indicators by their English names (default: English headers, indicators as written).")

    public static let wide = OptionSpec("wide", help: "In a table, show every cell whole (text columns are cut at 40 columns with …; CSV, JSON and Markdown are never cut).")

    public static let common: [OptionSpec] = [.reports, .format, .output, .lang, .bom, .excel, .noColor, .ambiguousWide, .wide, .help]
}

/// A subcommand: its words for help and its options.
public struct CommandSpec: Sendable {
    public let name: String
    public let summary: String
    public let overview: String
    /// Positional arguments, as shown in the usage line.
    public let arguments: String
    /// How many positional arguments the command reads; nil for any number. A word the command
    /// would not read is a usage error, not ignored: `gwr statements my-reports/` must not list
    /// the bundled reports as if they were the folder's.
    public let maximumArguments: Int?
    public let options: [OptionSpec]
    public let examples: [String]

    public init(name: String, summary: String, overview: String, arguments: String = "", maximumArguments: Int? = 0,
                options: [OptionSpec] = [], examples: [String] = []) {
        self.name = name; self.summary = summary; self.overview = overview; self.arguments = arguments
        self.maximumArguments = maximumArguments
        self.options = options + OptionSpec.common; self.examples = examples
    }

    public var usage: String {
        "gwr \(name) [OPTIONS]" + (arguments.isEmpty ? "" : " \(arguments)")
    }
}
