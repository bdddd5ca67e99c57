import Foundation
import Testing
@testable import WorkReportKit

/// One test per class of bad input: each gets a message naming the file (and line) on
/// stderr and exit status 1, never a crash or a silent wrong answer.
struct BadInputTests {
    /// A reports folder holding one file with the given bytes and a manifest entry for it.
    func folder(_ bytes: [UInt8], manifest: String? = nil) -> String {
        let directory = temporaryDirectory()
        _ = FileManager.default.createFile(atPath: directory + "/r.txt", contents: Data(bytes))
        let entry = manifest ?? """
        [r]
        file = r.txt
        jurisdiction = hangzhou
        year = 2023
        reviews = 2022
        targets = 2023
        kind = work_report
        title = 2023年杭州市政府工作报告

        """
        _ = FileManager.default.createFile(atPath: directory + "/manifest.ini", contents: Data(entry.utf8))
        return directory
    }

    func run(_ directory: String) -> CLIResult { runCLI(["reports"], reports: directory) }

    @Test func missingFolder() {
        let result = runCLI(["reports"], reports: "/nonexistent/gwr-reports")
        #expect(result.status == 1)
        #expect(result.errors == "gwr: error: /nonexistent/gwr-reports: no such folder of reports; pass --reports DIR with the folder holding the report texts\n")
        #expect(result.output.isEmpty)
    }

    @Test func manifestNamesAMissingFile() {
        let directory = folder(Array("x".utf8))
        try? FileManager.default.removeItem(atPath: directory + "/r.txt")
        let result = run(directory)
        #expect(result.status == 1)
        #expect(result.errors == "gwr: error: \(directory)/manifest.ini:2: the manifest names \(directory)/r.txt, which does not exist; fix the file = line or add the file\n")
    }

    @Test func emptyFile() {
        let result = run(folder([]))
        #expect(result.status == 1)
        #expect(result.errors.hasSuffix("/r.txt: the file is empty; a report needs its text\n"))
    }

    @Test func whiteSpaceOnlyFileIsEmpty() {
        let result = run(folder(Array(" \n\r\n\t\n".utf8)))
        #expect(result.status == 1)
        #expect(result.errors.contains("r.txt: the file is empty"))
    }

    @Test func byteOrderMarkOnlyFileIsEmpty() {
        let result = run(folder([0xEF, 0xBB, 0xBF, 0x0A]))
        #expect(result.status == 1)
        #expect(result.errors.contains("r.txt: the file is empty"))
    }

    @Test func binaryJunkWithNULBytes() {
        // A PNG header: the kind of file that lands in a folder by mistake.
        let result = run(folder([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]))
        #expect(result.status == 1)
        #expect(result.errors.hasSuffix("/r.txt:3: this looks like a binary file, not report text (control bytes at byte 8); save the report as plain text (UTF-8 or GB18030)\n"))
    }

    @Test func controlCharactersWithoutNUL() {
        let bytes = [UInt8](repeating: 0x01, count: 50) + Array("杭州".utf8)
        let result = run(folder(bytes))
        #expect(result.status == 1)
        #expect(result.errors.contains("r.txt:1: this looks like a binary file"))
    }

    @Test func invalidUTF8ThatIsNotGB18030() {
        var bytes = Array("第一行\n第二行".utf8)
        bytes += [0xC3, 0x28, 0xFF, 0xFE, 0x80, 0x80]
        let result = run(folder(bytes))
        #expect(result.status == 1)
        #expect(result.errors.hasSuffix("/r.txt:2: the text is neither valid UTF-8 nor GB18030 (bad byte at offset 19); convert it to UTF-8, e.g. iconv -f GB18030 -t UTF-8\n"))
    }

    @Test func gb18030IsDecodedAndSaysSo() {
        // "2023年杭州市政府工作报告\n地区生产总值增长6.5%左右。" in GB18030, bytes written out by hand from the GB2312 table.
        let text = "2023年杭州市政府工作报告\n地区生产总值增长6.5%左右。\n"
        let encoding = String.Encoding(rawValue: 0x8000_0632)
        let bytes = [UInt8](text.data(using: encoding)!)
        #expect(Array(bytes[4...7]) == [0xC4, 0xEA, 0xBA, 0xBC])   // 年 杭
        let result = run(folder(bytes))
        #expect(result.status == 0)
        #expect(result.errors.contains("r.txt: note: [encoding] decoded as GB18030"))
        #expect(result.output.contains("2023年杭州市政府工作报告"))
    }

    @Test func utf8WithBOMAndCRLFAndCR() throws {
        let crlf = [0xEF, 0xBB, 0xBF] + Array("标题\r\n\r\n全市生产总值增长6%。\r\n".utf8)
        let file = try ReportLoader.loadFile(path: write(crlf), metadata: nil)
        #expect(file.encoding == .utf8WithBOM)
        #expect(file.lines == ["标题", "", "全市生产总值增长6%。"])
        let cr = try ReportLoader.loadFile(path: write(Array("一\r二\r\r三".utf8)), metadata: nil)
        #expect(cr.lines == ["一", "二", "", "三"])
    }

    func write(_ bytes: [UInt8]) -> String {
        let path = temporaryDirectory() + "/x.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test(arguments: [
        ("[r]\nfile r.txt\n", 2, "expected key = value or [report-id]; got file r.txt"),
        ("file = r.txt\n", 1, "key before the first [report-id] header"),
        ("[r]\nfile = r.txt\ncolour = red\n", 3, "unknown key 'colour' (known keys: file, jurisdiction, kind, reviews, sha256, source, targets, title, year)"),
        ("[r]\nfile = r.txt\njurisdiction = hangzhou\nyear = twenty\nkind = work_report\ntitle = t\n", 4, "year must be a year such as 2022; got 'twenty'"),
        ("[r]\nfile = r.txt\njurisdiction = hangzhou\nyear = 2023\nkind = speech\ntitle = t\n", 5, "kind must be one of work_report, task_breakdown, summary, plan_execution, statistics; got 'speech'"),
        ("[r]\nfile = r.txt\njurisdiction = hangzhou\nyear = 2023\nkind = summary\ntitle = t\ntargets = 2023, 20x4\n", 7, "targets: '20x4' is not a period (write 2020, 2025Q1 or 2021-2025)"),
        ("[r]\nfile = r.txt\nyear = 2023\nkind = summary\ntitle = t\n", 1, "report [r] has no 'jurisdiction'"),
        ("[R 1]\n", 1, "report id 'R 1' may use only a-z, 0-9, - and _"),
        ("[r\n", 1, "a report header looks like [report-id]; got [r"),
        ("[r]\nfile = r.txt\nfile = s.txt\n", 3, "key 'file' given twice for this report (first at line 2)"),
    ])
    func malformedManifest(text: String, line: Int, message: String) {
        let directory = folder(Array("正文。".utf8), manifest: text)
        let result = run(directory)
        #expect(result.status == 1)
        #expect(result.errors == "gwr: error: \(directory)/manifest.ini:\(line): \(message)\n")
    }

    @Test func duplicateReportID() {
        let entry = "[r]\nfile = r.txt\njurisdiction = hangzhou\nyear = 2023\nkind = summary\ntitle = t\n"
        let directory = folder(Array("正文。".utf8), manifest: entry + "\n" + entry)
        let result = run(directory)
        #expect(result.status == 1)
        #expect(result.errors.contains("manifest.ini:8: report id [r] is already used at line 1"))
    }

    @Test func folderWithNothingInIt() {
        let result = runCLI(["reports"], reports: temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.errors.contains("no reports found"))
    }

    /// A pinned hash is checked (a warning, not an error: the figures are still read); a file
    /// with no pin is not hashed at all.
    @Test func fileThatDiffersFromItsPinnedHash() throws {
        let entry = "[r]\nfile = r.txt\njurisdiction = hangzhou\nyear = 2023\nkind = summary\ntitle = t\nsha256 = "
        // SHA-256 of "abc" (FIPS 180-2's first example).
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        let differs = try ReportLoader.load(directory: folder(Array("abd".utf8), manifest: entry + abc + "\n"))
        #expect(differs.findings.map(\.message) == [
            "the file differs from the one the manifest pins (sha256 a52d159f262b…, expected ba7816bf8f01…); line numbers may not match published citations",
        ])
        let same = try ReportLoader.load(directory: folder(Array("abc".utf8), manifest: entry + abc + "\n"))
        #expect(same.findings.isEmpty)
        #expect(same.files.first?.sha256 == abc)
        let unpinned = try ReportLoader.load(directory: folder(Array("abc".utf8)))
        #expect(unpinned.files.first?.sha256 == nil)
    }
}
