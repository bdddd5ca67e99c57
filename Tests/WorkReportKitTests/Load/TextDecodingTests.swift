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
    ])
    func splitsLines(text: String, expected: [String]) {
        #expect(TextDecoding.lines(of: text) == expected)
    }
}
