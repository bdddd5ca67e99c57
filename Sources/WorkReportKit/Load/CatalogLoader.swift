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

extension CatalogLoader {
    /// A catalog line's cells, split at tabs and trimmed, and the aliases of its fifth cell,
    /// split at | and folded; nil for a blank or comment line. Cut from the line's bytes, so
    /// that only the cells and aliases kept become Strings.
    static func row(_ line: String) -> (cells: [String], aliases: [String])? {
        var line = line
        return line.withUTF8 { b in
            let kept = WhiteSpace.trimmed(b)
            if kept.isEmpty || b[kept.lowerBound] == 0x23 { return nil }   // #
            var cells: [String] = [], aliases: [String] = []
            cells.reserveCapacity(5)
            for cell in pieces(b, at: 0x09) {
                let text = UnsafeBufferPointer(rebasing: cell[WhiteSpace.trimmed(cell)])
                if cells.count == 4 {
                    aliases = pieces(text, at: 0x7C).compactMap { $0.isEmpty ? nil : CharacterFolding.fold($0) }.filter { !$0.isEmpty }
                }
                cells.append(String(decoding: text, as: UTF8.self))
            }
            return (cells, aliases)
        }
    }

    /// The stretches between `separator` bytes, empty ones included.
    private static func pieces(_ b: UnsafeBufferPointer<UInt8>, at separator: UInt8) -> [UnsafeBufferPointer<UInt8>] {
        var pieces: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        while let end = TextDecoding.find(separator, in: b, from: start) {
            pieces.append(UnsafeBufferPointer(rebasing: b[start..<end]))
            start = end + 1
        }
        pieces.append(UnsafeBufferPointer(rebasing: b[start...]))
        return pieces
    }
}
