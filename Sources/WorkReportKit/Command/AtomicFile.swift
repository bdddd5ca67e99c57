import Foundation

/// Writes a whole file or nothing: the text goes to a temporary file beside the target,
/// which is renamed over it only once completely written.
enum AtomicFile {
    enum WriteError: Error, CustomStringConvertible {
        case failed(path: String, reason: String)
        var description: String {
            switch self {
            case .failed(let path, let reason): return "\(path): cannot write the output (\(reason)); nothing was written"
            }
        }
    }

    static func write(_ text: String, to path: String) throws(WriteError) {
        let temporary = try temporaryFile(for: path)
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .failed(path: path, reason: (error as NSError).localizedDescription)
        }
        try commit(temporary, to: path)
    }

    /// The same for text made in pieces (`gwr compare` on a large folder): each piece `body`
    /// hands on is appended, and the file appears only once `body` has returned. An error of
    /// `body` is passed on as it is, after the temporary file is removed.
    static func write(to path: String, _ body: (([UInt8]) throws -> Void) throws -> Void) throws {
        let temporary = try temporaryFile(for: path)
        func failed(_ error: Error) -> WriteError { .failed(path: path, reason: (error as NSError).localizedDescription) }
        do {
            let handle: FileHandle
            do {
                // Created as the one-piece write creates it, so a folder that cannot be written
                // gives the same message.
                try Data().write(to: temporary)
                handle = try FileHandle(forWritingTo: temporary)
            } catch {
                throw failed(error)
            }
            do {
                try body { piece in
                    do { try handle.write(contentsOf: Data(piece)) } catch { throw failed(error) }
                }
            } catch {
                try? handle.close()
                throw error
            }
            // Closing is where a full disk or a network folder may report a failed write.
            do { try handle.close() } catch { throw failed(error) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        try commit(temporary, to: path)
    }

    private static func temporaryFile(for path: String) throws(WriteError) -> URL {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .failed(path: path, reason: "folder \(directory.path) does not exist")
        }
        return directory.appendingPathComponent(".\(url.lastPathComponent).gwr-\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    private static func commit(_ temporary: URL, to path: String) throws(WriteError) {
        // rename(2) replaces the target in one step: readers see the old file or the new one.
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .failed(path: path, reason: reason)
        }
    }
}
