/// 表1 主要预期目标完成情况: a table of a report that gives, for each indicator, its target and its
/// result side by side (指标名称 | 目标 | 实际 | 指标属性), as a plan-execution report opens with; or
/// a statistics table that gives results alone (单位:亿元 | 绝对数 | 比上年增长(%)).
public struct IndicatorTable: Sendable, Equatable {
    /// What a column holds.
    public enum Column: String, Sendable, Equatable {
        case name, unit, target, result, attribute
        /// 完成情况: the table's own verdict on the row (完成, 未完成).
        case status
        /// 序号: the row's number.
        case index
        case other
    }

    /// One cell as written, and the original line it stands on.
    public struct Cell: Sendable, Equatable {
        public let text: String
        public let line: Int
    }

    /// The header cells as written, and what each column holds.
    public var headers: [Cell]
    public var columns: [Column]
    public var rows: [[Cell]]
    /// 单位:亿元 over a statistics table: the unit of every cell that states none of its own,
    /// nor has one in its header or its row's name.
    public var unit: String? = nil

    /// The original lines the table covers, header included.
    public var lines: [Int] { headers.map(\.line) + rows.flatMap { $0.map(\.line) } }

    public func column(_ kind: Column) -> Int? { columns.firstIndex(of: kind) }
}
