import Foundation
@testable import WorkReportKit

/// Paths of the checkout, found from this file so tests run from any directory.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let root = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let reports = root.appendingPathComponent("Reports").path
    static let golden = tests.appendingPathComponent("Golden")
}

/// The bundled reports, loaded once for all tests.
enum Bundled {
    static let corpus: Corpus = {
        do { return try Corpus.load(directory: Paths.reports) } catch { fatalError("bundled reports do not load: \(error)") }
    }()

    static let catalog: IndicatorCatalog = {
        do { return try CatalogLoader.load(directories: [Paths.reports]) } catch { fatalError("bundled catalog does not load: \(error)") }
    }()

    static func report(_ id: String) -> Report {
        guard let report = corpus.reports.first(where: { $0.id == id }) else { fatalError("no bundled report \(id)") }
        return report
    }
}

/// Runs the CLI in-process and captures what it printed.
struct CLIResult {
    let status: Int32
    let output: String
    let errors: String
}

func runCLI(_ arguments: [String], reports: String? = Paths.reports, workingDirectory: String = "/", variables: [String: String] = [:]) -> CLIResult {
    let output = StringOutput(), errors = StringOutput()
    var args = arguments
    if let reports, !args.contains("--reports") { args += ["--reports", reports] }
    let environment = ProcessEnvironment(variables: variables, workingDirectory: workingDirectory, executablePath: "", terminalColumns: nil)
    let status = CLI.run(arguments: args, environment: environment, output: output, errors: errors)
    return CLIResult(status: status, output: output.text, errors: errors.text)
}

/// A fresh temporary folder.
func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "gwr-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
