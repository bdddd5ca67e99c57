import Foundation

/// Reads the indicator catalog: the bundled `Reports/indicators.tsv`, then the one in the
/// user's reports folder, whose rows add ids and aliases.
public enum CatalogLoader {
    public static func load(directories: [String]) throws(LoadError) -> IndicatorCatalog {
        var catalog = IndicatorCatalog()
        var seen: Set<String> = []
        for directory in directories {
            let path = ReportLoader.join(directory, IndicatorCatalog.fileName)
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: path), seen.insert(key).inserted else { continue }
            let bytes = try ReportLoader.readBytes(path)
            let text = try TextDecoding.decode(bytes, path: path).text
            try catalog.add(text, path: path)
        }
        return catalog
    }
}
