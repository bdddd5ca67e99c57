/// A usage error: the words of the call are off. Exit status 2.
public struct UsageError: Error, Equatable, Sendable {
    public let message: String
    /// The usage line of the command in question.
    public let usage: String
}

/// The arguments after parsing against a command's options; no I/O, no validation of paths.
public struct Invocation: Sendable, Equatable {
    public var command: String
    public var values: [String: String] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ option: OptionSpec) -> String? { values[option.long] }
    public func has(_ option: OptionSpec) -> Bool { flags.contains(option.long) }
}

public enum ArgumentParser {
    /// Parses `argv` (without the program name) for `spec`. `--opt=value`, `--opt value`,
    /// `-o value`, and `--` before positionals that start with a dash.
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> Invocation {
        var invocation = Invocation(command: spec.name)
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                invocation.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name: String
            var inlineValue: String?
            let option: OptionSpec
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                guard let found = spec.options.first(where: { $0.long == name }) else {
                    throw unknown("--\(name)", candidates: spec.options.map { "--\($0.long)" }, spec: spec)
                }
                option = found
            } else {
                let letters = Array(argument.dropFirst())
                guard letters.count >= 1, let found = spec.options.first(where: { $0.short == letters[0] }) else {
                    throw unknown(argument, candidates: spec.options.map { "--\($0.long)" }, spec: spec)
                }
                option = found
                if letters.count > 1 {
                    guard !option.isFlag else { throw UsageError(message: "unknown option '\(argument)'", usage: spec.usage) }
                    inlineValue = String(letters.dropFirst())
                }
            }
            if option.isFlag {
                if inlineValue != nil {
                    throw UsageError(message: "option '--\(option.long)' takes no value", usage: spec.usage)
                }
                invocation.flags.insert(option.long)
                continue
            }
            let value: String
            if let inlineValue { value = inlineValue }
            else {
                guard i < arguments.count else {
                    throw UsageError(message: "option '--\(option.long)' needs a value (\(option.valueName ?? "VALUE"))", usage: spec.usage)
                }
                value = arguments[i]
                i += 1
            }
            if !option.choices.isEmpty, !option.choices.contains(value) {
                var message = "'\(value)' is not a valid value for --\(option.long) (choose from \(option.choices.joined(separator: ", ")))"
                if let guess = Suggestion.closest(to: value, among: option.choices) { message += "; did you mean '\(guess)'?" }
                throw UsageError(message: message, usage: spec.usage)
            }
            invocation.values[option.long] = value
        }
        if let limit = spec.maximumArguments, invocation.positionals.count > limit {
            throw extra(invocation.positionals[limit...], limit: limit, spec: spec)
        }
        return invocation
    }

    /// The words past what the command reads. A folder is the likeliest slip, so the message
    /// names the option that takes one.
    private static func extra(_ words: ArraySlice<String>, limit: Int, spec: CommandSpec) -> UsageError {
        let quoted = words.map { "'\($0)'" }.joined(separator: ", ")
        var message = limit == 0
            ? "'gwr \(spec.name)' takes no arguments; got \(quoted)"
            : "'gwr \(spec.name)' takes at most \(limit) argument\(limit == 1 ? "" : "s") (\(spec.arguments)); \(quoted) left over"
        if spec.options.contains(where: { $0.long == OptionSpec.reports.long }) {
            message += " (a folder of reports goes after --reports)"
        }
        return UsageError(message: message, usage: spec.usage)
    }

    private static func unknown(_ argument: String, candidates: [String], spec: CommandSpec) -> UsageError {
        var message = "unknown option '\(argument)' for 'gwr \(spec.name)'"
        if let guess = Suggestion.closest(to: argument, among: candidates) { message += "; did you mean '\(guess)'?" }
        return UsageError(message: message, usage: spec.usage)
    }
}

/// "Did you mean …?" by edit distance.
public enum Suggestion {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(1, min(3, word.count / 3))
        return best.1 <= limit ? best.0 : nil
    }

    /// Edit distance counting a swap of two neighbours as one edit (jsno → json).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
