/// What kind of document a report is. Raw values are the manifest's and the JSON's words.
public enum ReportKind: String, CaseIterable, Sendable {
    /// 政府工作报告: the government work report delivered to the people's congress.
    case workReport = "work_report"
    /// 重点工作责任分解: the task breakdown assigning the report's tasks to units with deadlines.
    case taskBreakdown = "task_breakdown"
    /// 图解 / 摘要: an abridged or illustrated summary of a work report.
    case summary = "summary"
}
