import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file for text that does not fit in memory: appended to, then read back by range.
/// Its name is removed as soon as it is opened, so nothing is left behind however the process
/// ends (`gwr … | head` exits in the middle of writing); the space is freed when it is closed.
final class SpillFile {
    struct Failure: Error, CustomStringConvertible {
        var directory: String
        var reason: String
        var description: String {
            "cannot keep the output in a temporary file in \(directory) (\(reason)); nothing was written"
        }
    }

    let directory: String
    private let descriptor: Int32
    /// Bytes written so far: where the next append goes.
    private(set) var size = 0

    init(directory: String) throws(Failure) {
        self.directory = directory
        let path = (directory.hasSuffix("/") ? directory : directory + "/")
            + "gwr-spill-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp"
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(directory: directory, reason: String(cString: strerror(errno))) }
        unlink(path)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends the bytes; returns where they went.
    func append(_ text: [UInt8]) throws(Failure) -> (offset: Int, length: Int) {
        let offset = size
        let failure: Int32? = text.withUnsafeBufferPointer { buffer -> Int32? in
            guard let start = buffer.baseAddress else { return nil }
            var done = 0
            while done < buffer.count {
                let written = pwrite(descriptor, start + done, buffer.count - done, off_t(offset + done))
                if written < 0 && errno == EINTR { continue }
                // A short write of nothing would loop for ever: report it as the disk being full.
                if written <= 0 { return written < 0 ? errno : ENOSPC }
                done += written
            }
            return nil
        }
        if let failure { throw Failure(directory: directory, reason: String(cString: strerror(failure))) }
        size += text.count
        return (offset, text.count)
    }

    /// The text at `offset`, handed on in pieces of about `chunk` bytes, each cut between
    /// characters so that each is valid text on its own.
    func read(offset: Int, length: Int, chunk: Int = 1 << 20, _ body: ([UInt8]) throws -> Void) throws {
        let chunk = max(chunk, 4)
        var buffer = [UInt8](repeating: 0, count: chunk + 1)
        var position = offset
        let end = offset + length
        while position < end {
            let piece = min(chunk, end - position)
            // One byte more when text follows: its first byte shows whether the cut falls inside a character.
            let peek = piece < end - position ? 1 : 0
            try fill(&buffer, count: piece + peek, at: position)
            var cut = piece
            // UTF-8 continuation bytes are 10xxxxxx: back off to the byte that starts the character.
            if peek == 1 { while cut > 0 && buffer[cut] & 0xC0 == 0x80 { cut -= 1 } }
            guard cut > 0 else { throw Failure(directory: directory, reason: "the temporary file holds no text at \(position)") }
            try body(Array(buffer[..<cut]))
            position += cut
        }
    }

    private func fill(_ buffer: inout [UInt8], count: Int, at position: Int) throws(Failure) {
        var got = 0
        var failure: Int32?
        buffer.withUnsafeMutableBytes { raw in
            guard let start = raw.baseAddress else { return }
            while got < count {
                let read = pread(descriptor, start + got, count - got, off_t(position + got))
                if read < 0 && errno == EINTR { continue }
                if read < 0 { failure = errno; return }
                if read == 0 { return }
                got += read
            }
        }
        if let failure { throw Failure(directory: directory, reason: String(cString: strerror(failure))) }
        guard got == count else { throw Failure(directory: directory, reason: "the temporary file ended early") }
    }
}
