import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A report file as read from disk: its metadata and its decoded lines, nothing cleaned yet.
public struct LoadedFile: Sendable {
    public var metadata: ReportMetadata
    /// The path as the user should see it in messages.
    public var path: String
    public var lines: [String]
    public var encoding: TextEncoding
    /// The file's SHA-256 in hex, worked out only when the manifest pins one to check it
    /// against: hashing every file of a large folder cost a twelfth of a `compare`.
    public var sha256: String?
}

/// Reads a reports folder: the manifest's entries, then any other `.txt` or `.html` file with inferred
/// metadata. Fails on the first file that cannot be read, naming it.
public enum ReportLoader {
    public static let manifestName = "manifest.ini"

    /// A file to read: its path and, when the manifest has an entry, its metadata.
    public struct Source: Sendable {
        public var path: String
        public var name: String
        public var metadata: ReportMetadata?
        /// For a file with no manifest entry, the metadata already guessed from its text by an
        /// earlier read of the same run, so that reading it again does not guess again.
        public var inferred: ReportMetadata? = nil
    }

    /// The files of a folder, manifest entries first, without reading them.
    public static func sources(directory: String) throws(LoadError) -> [Source] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingDirectory(path: directory)
        }
        let manifestPath = join(directory, manifestName)
        var entries: [Manifest.Entry] = []
        if FileManager.default.fileExists(atPath: manifestPath) {
            let bytes = try readBytes(manifestPath)
            let text: String
            do { text = try TextDecoding.decode(bytes, path: manifestPath).text } catch .emptyFile { text = "" }
            entries = try Manifest.parse(text, path: manifestPath).entries
        }
        var sources: [Source] = []
        for entry in entries {
            let path = join(directory, entry.metadata.file)
            guard FileManager.default.fileExists(atPath: path) else {
                throw .missingFile(path: path, manifest: manifestPath, line: entry.fileLine)
            }
            sources.append(Source(path: path, name: entry.metadata.file, metadata: entry.metadata))
        }
        let listed = Set(entries.map(\.metadata.file))
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { ($0.hasSuffix(".txt") || HTMLText.isHTML($0)) && !listed.contains($0) }
            .sorted()
        for name in others { sources.append(Source(path: join(directory, name), name: name, metadata: nil)) }
        if sources.isEmpty { throw .noReports(path: directory) }
        return sources
    }

    /// Reads one source, with the findings that belong to it.
    public static func read(_ source: Source) throws(LoadError) -> (file: LoadedFile, findings: [Finding]) {
        var file = try loadFile(path: source.path, metadata: source.metadata, inferred: source.inferred)
        var findings: [Finding] = []
        if let pinned = source.metadata?.sha256, let actual = file.sha256, pinned != actual {
            findings.append(Finding(path: source.path, severity: .warning, category: "checksum",
                message: "the file differs from the one the manifest pins (sha256 \(actual.prefix(12))…, expected \(pinned.prefix(12))…); line numbers may not match published citations"))
        }
        if source.metadata == nil {
            let m = file.metadata
            findings.append(Finding(path: source.path, severity: .note, category: "inferred",
                message: "no manifest entry; inferred id \(m.id), year \(m.year == 0 ? "unknown" : String(m.year)), jurisdiction \(m.jurisdiction), kind \(m.kind.rawValue) from its title \(m.title)"))
            if m.year == 0 {
                findings.append(Finding(path: source.path, severity: .warning, category: "inferred",
                    message: "no year found in the first lines; add a manifest entry so its figures get periods"))
            }
            file.metadata.file = source.name
        }
        if file.encoding != .utf8 {
            findings.append(Finding(path: file.path, severity: .note, category: "encoding", message: "decoded as \(file.encoding.rawValue)"))
        }
        return (file, findings)
    }

    /// Two reports may not share an id.
    static func checkUniqueIDs(_ metadata: [(id: String, path: String)]) throws(LoadError) {
        var seen: [String: String] = [:]
        for (id, path) in metadata {
            if let first = seen[id] { throw .duplicateID(id: id, first: first, second: path) }
            seen[id] = path
        }
    }

    public static func load(directory: String) throws(LoadError) -> (files: [LoadedFile], findings: [Finding]) {
        var files: [LoadedFile] = []
        var findings: [Finding] = []
        for source in try sources(directory: directory) {
            let (file, more) = try read(source)
            files.append(file)
            findings += more
        }
        try checkUniqueIDs(files.map { ($0.metadata.id, $0.path) })
        return (files, findings)
    }

    /// Reads and decodes one report file; `metadata` nil means infer it from the text, unless an
    /// earlier read of the file inferred it (`inferred`).
    public static func loadFile(path: String, metadata: ReportMetadata?, inferred: ReportMetadata? = nil) throws(LoadError) -> LoadedFile {
        let (bytes, text, encoding) = try decodedFile(path)
        // A saved web page is read as its text, line for line.
        let lines = HTMLText.isHTML(path) ? HTMLText.lines(TextDecoding.lines(of: text)) : TextDecoding.lines(of: text)
        let resolved = metadata ?? inferred ?? MetadataInference.infer(file: fileName(path), lines: lines)
        return LoadedFile(metadata: resolved, path: path, lines: lines, encoding: encoding,
                          sha256: metadata?.sha256 == nil ? nil : SHA256.hex(bytes))
    }

    /// A source's metadata: the manifest's, or what `read` would infer from its text. A folder
    /// with no manifest is read twice, and reading all of each file the first time cost a tenth of
    /// a `gwr statements` there: a file whose text is its own bytes (`TextDecoding.isPlainUTF8`) is
    /// checked whole but only its first lines are made Strings; any other is decoded whole, so
    /// that it fails as `read` would.
    public static func metadata(of source: Source) throws(LoadError) -> ReportMetadata {
        if let listed = source.metadata { return listed }
        var head = MetadataInference.Head()
        let bytes = try readBytes(source.path)
        if !bytes.isEmpty, !HTMLText.isHTML(source.path), TextDecoding.isPlainUTF8(bytes) {
            // The text is the bytes: its lines cut from runs of whole lines, a longer run each time,
            // until the head is full.
            var start = 0, window = 4_096
            while start < bytes.count, !head.isFull {
                let end = TextDecoding.wholeLinesEnd(bytes, from: start, atLeast: window)
                TextDecoding.forEachLine(of: String(decoding: bytes[start..<end], as: UTF8.self)) { head.take($0) }
                (start, window) = (end, window * 2)
            }
        } else {
            if bytes.isEmpty { throw .emptyFile(path: source.path) }
            let (text, _) = try TextDecoding.decode(bytes, path: source.path)
            if HTMLText.isHTML(source.path) {
                for line in HTMLText.lines(TextDecoding.lines(of: text)) {
                    guard head.take(line) else { break }
                }
            } else {
                TextDecoding.forEachLine(of: text) { head.take($0) }
            }
        }
        var metadata = MetadataInference.infer(file: fileName(source.path), head: head)
        metadata.file = source.name
        return metadata
    }

    private static func decodedFile(_ path: String) throws(LoadError) -> (bytes: [UInt8], text: String, encoding: TextEncoding) {
        let bytes = try readBytes(path)
        if bytes.isEmpty { throw .emptyFile(path: path) }
        let (text, encoding) = try TextDecoding.decode(bytes, path: path)
        return (bytes, text, encoding)
    }

    private static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    static func readBytes(_ path: String) throws(LoadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a folder") }
        guard let bytes = readWhole(path) else { throw .unreadable(path: path, reason: "permission denied or I/O error") }
        return bytes
    }

    /// The file's bytes read straight into one array: through `Data` they were copied once more
    /// (a 50 MB report's 50 MB). nil when the file cannot be opened or read.
    private static func readWhole(_ path: String) -> [UInt8]? {
        #if canImport(Glibc)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes: [UInt8] = []
        // One byte past the size, so that a file read whole is seen to end in the same read loop;
        // a file that grows meanwhile, or says it has no size (/proc), is read on in chunks.
        var chunk = max(Int(info.st_size) + 1, 65_536)
        while true {
            var failed = false, ended = false
            let part = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                count = 0
                while count < chunk {
                    let got = Glibc.read(fd, buffer.baseAddress! + count, chunk - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    if got == 0 {
                        ended = true
                        return
                    }
                    count += got
                }
            }
            if failed { return nil }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            if ended { return bytes }
            chunk = max(chunk, bytes.count)
        }
        #else
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        #endif
    }

    /// A file's size in bytes, or 0 when it cannot be read. `stat` itself: on Linux,
    /// `FileManager.attributesOfItem` also looks up the owner's and the group's names in
    /// /etc/passwd and /etc/group, for every file: six reads of each for the bundled folder.
    static func byteSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
