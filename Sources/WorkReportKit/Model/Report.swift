/// A report after loading and normalising: its metadata, every original line with what
/// became of it, the cleaned text blocks, the outline, and (for a breakdown) its task table.
public struct Report: Sendable {
    public var metadata: ReportMetadata
    public var path: String
    public var encoding: TextEncoding
    public var lines: [SourceLine]
    public var blocks: [TextBlock]
    public var sections: [Section]
    /// 任务分解表: the breakdown's rows; empty for prose reports.
    public var tasks: [BreakdownTask]
    /// 表1 主要预期目标完成情况 and other tables of targets against results found in the text.
    public var tables: [IndicatorTable] = []
    /// Pairs of original lines that were one sentence broken by the scraper.
    public var joins: [Join]
    public var findings: [Finding]

    public var id: String { metadata.id }

    /// A line break that split one sentence: `line` continues on `next`.
    public struct Join: Sendable, Equatable {
        public let line: Int
        public let next: Int
    }
}

/// A cleaned unit of text in reading order, with the section it belongs to.
public struct TextBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        /// A numbered item of a list (1. 新建… in the livelihood projects).
        case item
        /// A cell of the breakdown's table.
        case cell
    }

    public var passage: Passage
    public var kind: Kind
    /// Index into `Report.sections`.
    public var section: Int
    /// A heading found inside a longer line (…各位代表：一、2025年工作回顾 全市…): its words, since the
    /// line as a whole is not that heading.
    public var title: String? = nil
}

/// One numbered task of a 重点工作责任分解 table, with its sub-tasks.
public struct BreakdownTask: Sendable, Equatable {
    /// The part of the table (一、省政府工作报告“十四五”时期…) the task is listed in.
    public var part: String
    /// 牵头: the leading official's group, e.g. （一）王宏副市长牵头重点工作.
    public var group: String
    public var number: Int
    /// `*` in the table: the city leads this provincial task.
    public var starred: Bool
    public var text: Passage
    public var period: Period?
    public var subtasks: [Subtask]
}

/// 细化具体项目任务: a numbered sub-task with its deadline and responsible units.
public struct Subtask: Sendable, Equatable {
    public var number: Int?
    public var text: Passage
    /// 完成时间 as written: 12月, 7月、9月, 2025年, 时间待定，计划12月.
    public var deadline: String
    public var deadlineLine: Int
    /// 责任单位, in the order written; inherited from the row above when the cell is blank.
    public var units: [String]
    public var unitsLine: Int
    /// 省牵头单位: the provincial lead, when the cell names one.
    public var provincialLead: String?
}
