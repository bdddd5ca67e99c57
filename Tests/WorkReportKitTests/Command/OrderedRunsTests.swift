import Foundation
import Testing
@testable import WorkReportKit

/// Runs of text added out of order, from several threads, come out in key order, whether held
/// in memory or spilled to a temporary file, and the temporary file never outlives them.
struct OrderedRunsTests {
    /// Text with characters of one to four UTF-8 bytes, so that reading back in pieces has to
    /// cut between characters.
    static func text(_ key: Int) -> String { "run \(key): 目标 ≥ 5.5% 🎯 \(String(repeating: "完成", count: key % 7))\n" }

    func written(_ runs: OrderedRuns<Int>, separator: String = "") throws -> String {
        var out = ""
        try runs.write(separator: separator) { out += String(decoding: $0, as: UTF8.self) }
        return out
    }

    @Test(arguments: [Int.max, 200, 0])
    func runsComeOutInKeyOrder(memoryLimit: Int) throws {
        let directory = temporaryDirectory()
        let runs = OrderedRuns<Int>(memoryLimit: memoryLimit, directory: directory)
        let keys = Array(0..<300).shuffled()
        DispatchQueue.concurrentPerform(iterations: keys.count) { i in runs.add(keys[i], bytes: Array(Self.text(keys[i]).utf8), rows: 1) }
        #expect(runs.rows == 300)
        #expect(try written(runs, separator: ",") == (0..<300).map(Self.text).joined(separator: ","))
        #expect((runs.spilledBytes > 0) == (memoryLimit < Int.max))
    }

    @Test func spillFileLeavesNothingBehind() throws {
        let directory = temporaryDirectory()
        do {
            let runs = OrderedRuns<Int>(memoryLimit: 0, directory: directory)
            runs.add(2, bytes: Array(Self.text(2).utf8), rows: 1)
            runs.add(1, bytes: Array(Self.text(1).utf8), rows: 1)
            #expect(runs.spilledBytes == Self.text(1).utf8.count + Self.text(2).utf8.count)
            // Unlinked as soon as it is opened: an exit in the middle of writing leaves nothing either.
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
            #expect(try written(runs) == Self.text(1) + Self.text(2))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func nothingAddedWritesNothing() throws {
        let runs = OrderedRuns<Int>(memoryLimit: 0, directory: temporaryDirectory())
        runs.add(1, bytes: Array("".utf8), rows: 0)
        #expect(runs.rows == 0)
        #expect(runs.spilledBytes == 0)
        #expect(try written(runs, separator: ",\n").isEmpty)
    }

    @Test func aFolderThatCannotTakeTheSpillFailsBeforeWriting() throws {
        let runs = OrderedRuns<Int>(memoryLimit: 10, directory: "/nonexistent-gwr-folder")
        runs.add(1, bytes: Array("fits".utf8), rows: 1)
        runs.add(2, bytes: Array(Self.text(2).utf8), rows: 1)
        var out = ""
        #expect(throws: SpillFile.Failure.self) { try runs.write { out += String(decoding: $0, as: UTF8.self) } }
        #expect(out.isEmpty)
    }

    /// Read back in pieces smaller than a character, each piece is whole characters.
    @Test(arguments: [4, 5, 6, 7, 1 << 20])
    func spillFileReadsBackInWholeCharacters(chunk: Int) throws {
        let file = try SpillFile(directory: temporaryDirectory())
        let first = try file.append(Array("ascii first\n".utf8))
        let text = (0..<20).map(Self.text).joined()
        let second = try file.append(Array(text.utf8))
        #expect(first == (0, 12))
        #expect(second.offset == 12)
        var pieces: [String] = []
        try file.read(offset: second.offset, length: second.length, chunk: chunk) { pieces.append(String(decoding: $0, as: UTF8.self)) }
        #expect(pieces.joined() == text)
        #expect(pieces.allSatisfy { !$0.contains("\u{FFFD}") && $0.utf8.count <= chunk })
    }
}
