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
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .failed(path: path, reason: "folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).gwr-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the target in one step: readers see the old file or the new one.
            guard rename(temporary.path, path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw WriteError.failed(path: path, reason: reason)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .failed(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
