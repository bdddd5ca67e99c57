import Testing
@testable import WorkReportKit

/// RFC 4180 as Excel and Python's csv module write it.
struct CSVReaderTests {
    @Test func plainFieldsAndLineEnds() throws {
        let records = try CSVReader.records("a,b,c\r\n1,,3\n")
        #expect(records == [.init(line: 1, fields: ["a", "b", "c"]), .init(line: 2, fields: ["1", "", "3"])])
    }

    @Test func quotedCommasQuotesAndLineBreaks() throws {
        let records = try CSVReader.records("title,snippet\n\"杭州日报, 摘登\",\"他说\"\"增长\"\"\n两行\"\nnext,row\n")
        #expect(records.count == 3)
        #expect(records[1].fields == ["杭州日报, 摘登", "他说\"增长\"\n两行"])
        // A record that spans two lines starts where it starts; the next one counts both.
        #expect(records[1].line == 2)
        #expect(records[2].line == 4)
    }

    @Test func blankLinesAreNoRecords() throws {
        let records = try CSVReader.records("a,b\n\n1,2\n   \n")
        #expect(records.map(\.line) == [1, 3])
        // A line of commas is a record of empty fields, not a blank line.
        #expect(try CSVReader.records(",\n") == [.init(line: 1, fields: ["", ""])])
    }

    @Test func lastLineWithoutLineEnd() throws {
        #expect(try CSVReader.records("a\n\"b\"").map(\.fields) == [["a"], ["b"]])
    }

    @Test func badQuotingNamesTheLine() {
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) { try CSVReader.records("a\n\"open,b\nc\n") }
        #expect(throws: CSVReader.Failure.textAfterQuote(line: 1)) { try CSVReader.records("\"a\"b,c\n") }
    }
}
