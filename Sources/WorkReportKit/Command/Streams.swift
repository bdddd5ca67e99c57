#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes. The CLI takes these as parameters so tests run it in-process.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    /// UTF-8 made elsewhere (`gwr compare`'s rows), written as it is.
    func write(bytes: [UInt8])
    /// True when a person is watching (colour and terminal width apply).
    var isTerminal: Bool { get }
}

/// Standard output or standard error of the process.
public final class StandardStream: TextOutput, Sendable {
    public static let output = StandardStream(descriptor: 1)
    public static let error = StandardStream(descriptor: 2)

    let descriptor: Int32
    init(descriptor: Int32) { self.descriptor = descriptor }

    public var isTerminal: Bool { isatty(descriptor) == 1 }

    public func write(_ text: String) {
        // The string's own bytes, not a copy: the output of a large folder runs to hundreds of MB.
        var text = text
        text.withUTF8(write)
    }

    public func write(bytes: [UInt8]) { bytes.withUnsafeBufferPointer(write) }

    private func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let start = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, start + offset, buffer.count - offset)
            #else
            let written = Darwin.write(descriptor, start + offset, buffer.count - offset)
            #endif
            if written < 0 && errno == EINTR { continue }
            // The reader went away (gwr … | head): stop quietly, as Unix tools do.
            if written <= 0 { exit(0) }
            offset += written
        }
    }
}

/// Collects output in memory; tests read `text`.
public final class StringOutput: TextOutput {
    public private(set) var text = ""
    public var isTerminal: Bool
    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }
    public func write(_ text: String) { self.text += text }
    public func write(bytes: [UInt8]) { text += String(decoding: bytes, as: UTF8.self) }
}

/// What the process was started with, gathered once so the library never reads globals.
public struct ProcessEnvironment: Sendable {
    public var variables: [String: String]
    public var workingDirectory: String
    /// Path of the running gwr binary, used to find the bundled Reports/.
    public var executablePath: String
    /// Columns of the terminal on standard output, when it is one.
    public var terminalColumns: Int?

    public init(variables: [String: String] = [:], workingDirectory: String = ".", executablePath: String = "",
                terminalColumns: Int? = nil) {
        self.variables = variables; self.workingDirectory = workingDirectory
        self.executablePath = executablePath; self.terminalColumns = terminalColumns
    }

    public static func current() -> ProcessEnvironment {
        signal(SIGPIPE, SIG_IGN)
        var variables: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(validatingCString: entry) ?? ""
            if let eq = pair.firstIndex(of: "=") {
                variables[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            pointer += 1
        }
        var buffer = [CChar](repeating: 0, count: 4096)
        let cwd = getcwd(&buffer, buffer.count) != nil ? cString(buffer) : "."
        var exe = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &exe, exe.count - 1)
        let executable = length > 0 ? cString(exe) : (CommandLine.arguments.first ?? "")
        var size = winsize()
        let columns: Int? = ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
        return ProcessEnvironment(variables: variables, workingDirectory: cwd, executablePath: executable,
                                  terminalColumns: columns)
    }

    private static func cString(_ buffer: [CChar]) -> String {
        let bytes = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
