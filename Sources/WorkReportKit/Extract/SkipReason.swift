/// Why a number in the text is not a figure. Every skipped number is listed by `gwr audit`
/// with one of these, so nothing is dropped silently.
public enum SkipReason: String, Sendable, CaseIterable {
    /// A year or a date: 2020年, 4月23日, 2021-2025, deadlines like 12月.
    case date
    /// A programme code or slogan in digits: “1+12”, “5433”, “8050”, 3+N.
    case code
    /// Part of a name: PM2.5, 5G, IPv6, 5A级, 4号线, 2.0版.
    case name
    /// An ordinal that is not a ranking: 第一批, 第13届, 前10位.
    case ordinal
    /// The number of a list item: 1. 新建…, 4.25个 (item 4).
    case itemNumber = "item_number"
    /// A threshold inside a noun: 10亿元以上产业项目, 亩均税收3万元以下企业.
    case threshold
    /// An age: 35岁以下大学生.
    case age
    /// A duration or streak: 连续5年, 3年行动.
    case duration
    /// Bounds of a range inside a noun: 20万至60万群体.
    case range
    /// More digits than any figure has (a corrupt or hostile file).
    case overlong
    /// In a part of the report that states no figures (title, date, closing).
    case outsideFigures = "outside_figures"
    /// On a line set aside as junk (advertising, page furniture, a repeated section).
    case junkLine = "junk_line"
    /// A breakdown's deadline cell (项目任务完成时间) or task number.
    case tableField = "table_field"
    /// A magnitude in Chinese numerals (两万亿, 千万工程, 三分之二): listed, not read as a figure.
    case chineseNumeral = "chinese_numeral"
    /// A note's mark after a word: 国内生产总值[2].
    case footnote
}

/// A number that did not become a statement, with where it stands and why.
public struct AuditEntry: Sendable, Equatable {
    public var report: String
    public var file: String
    public var line: Int
    public var token: String
    public var reason: SkipReason
    /// A few characters either side, for the reader to judge.
    public var context: String {
        get {
            guard let bytes = source.bytes else { return source.text }
            var text = source.text
            return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
        }
        set { source = (newValue, nil) }
    }
    /// Where `context` comes from: text given whole, or a stretch of its passage's text (UTF-8
    /// offsets) cut only when asked for. Most runs never print the audit, and an excerpt cut for
    /// every number skipped was a String made for each.
    private var source: (text: String, bytes: Range<Int>?)

    init(report: String, file: String, line: Int, token: String, reason: SkipReason, context: String) {
        self.report = report; self.file = file; self.line = line; self.token = token; self.reason = reason
        source = (context, nil)
    }

    init(report: String, file: String, line: Int, token: String, reason: SkipReason, in passage: String, bytes: Range<Int>) {
        self.report = report; self.file = file; self.line = line; self.token = token; self.reason = reason
        source = (passage, bytes)
    }

    /// The entry with its context cut now: it no longer holds its passage's text.
    var detached: AuditEntry {
        var entry = self
        entry.context = context
        return entry
    }

    public static func == (a: AuditEntry, b: AuditEntry) -> Bool {
        a.report == b.report && a.file == b.file && a.line == b.line && a.token == b.token && a.reason == b.reason
            && a.context == b.context
    }
}
