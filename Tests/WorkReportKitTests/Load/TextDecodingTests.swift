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
}
