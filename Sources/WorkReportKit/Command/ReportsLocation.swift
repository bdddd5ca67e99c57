import Foundation

/// Finds the folder of reports: `--reports DIR`, else `$GWR_REPORTS`, else the bundled
/// `Reports/` found by walking up from the gwr binary (a `swift build` puts it under
/// `.build/`), from the working directory, and from this source file's checkout.
enum ReportsLocation {
    static func resolve(option: String?, environment: ProcessEnvironment) -> String {
        if let option { return option }
        if let variable = environment.variables["GWR_REPORTS"], !variable.isEmpty {
            return absolute(variable, in: environment.workingDirectory)
        }
        let starts: [String] = [
            (environment.executablePath as NSString).deletingLastPathComponent,
            environment.workingDirectory,
            (#filePath as NSString).deletingLastPathComponent,
        ]
        for start in starts where !start.isEmpty {
            var directory = start
            for _ in 0..<8 {
                let candidate = (directory as NSString).appendingPathComponent("Reports")
                if FileManager.default.fileExists(atPath: (candidate as NSString).appendingPathComponent(ReportLoader.manifestName)) {
                    return candidate
                }
                let parent = (directory as NSString).deletingLastPathComponent
                if parent == directory { break }
                directory = parent
            }
        }
        return absolute("Reports", in: environment.workingDirectory)
    }

    static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
    }
}
