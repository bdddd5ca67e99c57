import Testing
@testable import WorkReportKit

struct TextDecodingTests {
    /// Lines are numbered as editors number them: LF, CRLF and CR each end one line, a final
    /// line end starts none, and empty lines in between are kept.
    @Test(arguments: [
        ("", [String]()),
        ("一", ["一"]),
        ("一\n", ["一"]),
        ("一\n\n", ["一", ""]),
        ("一\r\n二", ["一", "二"]),
        ("一\r二\r\n\r\n三", ["一", "二", "", "三"]),
        ("\r\r\n", ["", ""]),
        ("\n", [""]),
        ("增长6.5%\r", ["增长6.5%"]),
        ("a\nb\n\n\tc\n\n", ["a", "b", "", "\tc", ""]),
        ("一\n\u{301}二\ne\u{301}\n👍🏽", ["一", "\u{301}二", "e\u{301}", "👍🏽"]),
        ("\n\n一", ["", "", "一"]),
    ])
    func splitsLines(text: String, expected: [String]) {
        #expect(TextDecoding.lines(of: text).map { Array($0.utf8) } == expected.map { Array($0.utf8) })
    }

    /// The line visitor that inference reads titles with hands over the same lines, and stops
    /// when asked to.
    @Test func visitsTheSameLinesAndStopsWhenAsked() {
        for text in ["一\r二\r\n\r\n三\n四", "a\nb\n\n\tc\n\n", "\n\n一", "一"] {
            let all = TextDecoding.lines(of: text)
            for wanted in 0...all.count {
                var seen: [String] = []
                TextDecoding.forEachLine(of: text) { line in
                    seen.append(line)
                    return seen.count < max(wanted, 1)
                }
                #expect(seen.map { Array($0.utf8) } == all.prefix(max(wanted, 1)).map { Array($0.utf8) }, "\(text) \(wanted)")
            }
        }
    }

    /// The eight-bytes-a-step control scan finds what a byte-by-byte one finds, wherever the
    /// control falls in a word and whatever surrounds it (line ends, tabs, Han characters).
    @Test func controlScanFindsWhatEachByteSays() {
        let pieces: [[UInt8]] = [Array("增长".utf8), [0x0A], [0x09], [0x0D], [0x0C], [0x20], [0x7F], [0x1F], [0x01], [0x00], Array("ab".utf8), [0xFF], [0x80]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                // Controls are rare in a real file: most texts here have none.
                let piece = pieces.randomElement(using: &generator)!
                if piece.count == 1, piece[0] < 0x09 || piece[0] == 0x1F, Int.random(in: 0..<4, using: &generator) > 0 { continue }
                bytes += piece
            }
            let expected = bytes.contains(where: TextDecoding.isControl)
            #expect(bytes.withUnsafeBufferPointer(TextDecoding.containsControl) == expected, "\(bytes)")
        }
    }

    /// The UTF-8 check that reads eight ASCII bytes a step says what Swift's validation says, and a
    /// file it calls plain is one `decode` takes as it is.
    @Test func plainUTF8IsWhatDecodeTakesAsItIs() throws {
        let pieces: [[UInt8]] = [Array("增长6.5%".utf8), Array("abcdefgh".utf8), Array("ab".utf8), [0x0A], [0x0D, 0x0A], [0x09], [0x20],
                                 [0xE3, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xC3, 0x28], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF0, 0x9F, 0x8E, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE6, 0x96], [0x80], [0x00], [0x01], [0x0C], [0xFF, 0xFE]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...10, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            #expect((TextDecoding.firstInvalidUTF8(bytes) == bytes.count) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            guard TextDecoding.isPlainUTF8(bytes) else { continue }
            let (text, encoding) = try TextDecoding.decode(bytes, path: "x.txt")
            #expect(encoding == .utf8 && Array(text.utf8) == bytes, "\(bytes)")
        }
        #expect(TextDecoding.isPlainUTF8(Array("2024年宁波市政府工作报告\n各位代表：\n".utf8)))
        #expect(!TextDecoding.isPlainUTF8(Array(" \u{3000}\n".utf8)))
    }

    /// Runs of whole lines, one after another, hold the file's lines, each whole.
    @Test func runsOfWholeLinesHoldTheFilesLines() {
        let text = "第一行\r\n第二行\n\n第四行\r第四行半\n" + String(repeating: "长", count: 50) + "\n尾"
        let bytes = Array(text.utf8)
        let all = TextDecoding.lines(of: text)
        for window in [0, 1, 2, 5, 7, 13, 40, 200, 1_000] {
            var start = 0, lines: [String] = []
            while start < bytes.count {
                let end = TextDecoding.wholeLinesEnd(bytes, from: start, atLeast: window)
                #expect(end > start && (end == bytes.count || bytes[end - 1] == 0x0A))
                lines += TextDecoding.lines(of: String(decoding: bytes[start..<end], as: UTF8.self))
                start = end
            }
            #expect(lines == all, "\(window)")
        }
    }
}
