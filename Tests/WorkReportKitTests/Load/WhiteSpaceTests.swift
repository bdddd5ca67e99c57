import Testing
@testable import WorkReportKit

struct WhiteSpaceTests {
    /// The value test says what the stdlib's property tables say, for every scalar.
    @Test func agreesWithTheUnicodeProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WhiteSpace.contains(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test(arguments: [
        ("", ""), (" ", ""), ("\u{3000}\u{00A0}\t", ""), ("字", "字"), (" 字 ", "字"),
        ("\u{2029}一 二\u{0085}", "一 二"), ("\u{1680}😀\u{205F}", "😀"), ("\u{200B}a\u{FEFF}", "\u{200B}a\u{FEFF}"),
        ("\r\n全市生产总值\u{3000}", "全市生产总值"), ("é\u{2028}", "é"),
    ])
    func trims(input: String, expected: String) {
        #expect(Array(input.trimmingWhitespace().utf8) == Array(expected.utf8))
    }
}
