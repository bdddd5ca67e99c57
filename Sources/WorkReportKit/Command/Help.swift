/// Help pages, generated from the command and option definitions so they cannot drift.
enum Help {
    static func general(commands: [CommandSpec]) -> String {
        var text = """
        OVERVIEW: gwr holds Chinese government work reports (政府工作报告) to their own word: it extracts
        every target and result with its source line and sets each year's targets against next year's results.

        USAGE: gwr [COMMAND] [OPTIONS]

        With no command, gwr loads the bundled reports and prints the overview.

        COMMANDS:

        """
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  " + command.name.padding(width) + command.summary + "\n"
        }
        text += """

        OPTIONS:
          -h, --help              Show help (gwr help COMMAND, or gwr COMMAND --help, for a command).
              --version           Show the version.

        Run 'gwr help COMMAND' for a command's options and examples.

        """
        return text
    }

    static func command(_ spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.overview)\n\nUSAGE: \(spec.usage)\n\nOPTIONS:\n"
        let width = (spec.options.map(\.synopsis.count).max() ?? 0) + 2
        for option in spec.options {
            text += "  " + option.synopsis.padding(width) + option.help + "\n"
        }
        if !spec.examples.isEmpty {
            text += "\nEXAMPLES:\n"
            for example in spec.examples { text += "  \(example)\n" }
        }
        return text
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
