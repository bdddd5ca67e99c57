import Foundation
import Testing
@testable import WorkReportKit

/// The man page and completions in Scripts/ are generated from the option table; these tests
/// fail when a committed file falls out of step (run Scripts/generate-docs).
struct DocsTests {
    @Test(arguments: [("man", "man/gwr.1"), ("bash", "completions/gwr.bash"), ("zsh", "completions/_gwr")])
    func committedFileMatchesTheOptionTable(kind: String, path: String) throws {
        let generated = runCLI(["__docs", kind], reports: nil).output
        let committed = try String(contentsOf: Paths.root.appendingPathComponent("Scripts/\(path)"), encoding: .utf8)
        #expect(generated == committed, "Scripts/\(path) is out of step with the options: run Scripts/generate-docs")
    }

    @Test func manPageNamesEveryCommandAndOption() {
        let page = Docs.manPage(CLI.commands)
        for command in CLI.commands {
            #expect(page.contains(".SS gwr \(command.name)"))
            for option in command.options { #expect(page.contains("\\-\\-\(option.long.replacingOccurrences(of: "-", with: "\\-"))")) }
        }
    }

    @Test func everyCommandHasHelpWithExamples() {
        for command in CLI.commands {
            let help = runCLI([command.name, "--help"], reports: nil)
            #expect(help.status == 0)
            #expect(help.output.hasPrefix("OVERVIEW: "))
            #expect(help.output.contains("USAGE: gwr \(command.name)"))
            #expect(help.output.contains("OPTIONS:"))
            #expect(help.output.contains("EXAMPLES:"), "\(command.name)")
        }
    }
}

/// The real binary, as a shell runs it.
struct BinaryTests {
    static let binary = Paths.root.appendingPathComponent(".build/debug/gwr").path

    @Test func pipeIntoHeadEndsQuietly() throws {
        let (status, stderr) = try Self.readOneChunkAndHangUp(["statements"])
        #expect(status == 0)
        #expect(stderr.isEmpty, "\(stderr)")
    }

    @Test func dataErrorsExitOneUsageErrorsTwo() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build gwr first (swift build)")
        func run(_ arguments: [String]) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = arguments
            let err = Pipe()
            process.standardError = err
            process.standardOutput = Pipe()
            try process.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        let (missing, message) = try run(["reports", "--reports", "/no/such/folder"])
        #expect(missing == 1)
        #expect(message.hasPrefix("gwr: error: /no/such/folder: no such folder of reports"))
        #expect(try run(["frobnicate"]).0 == 2)
    }

    /// Runs gwr, reads what it first writes, then closes the pipe as `head` does: the exit
    /// status and what it said on stderr.
    static func readOneChunkAndHangUp(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build gwr first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        _ = out.fileHandleForReading.availableData
        try out.fileHandleForReading.close()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }
}
