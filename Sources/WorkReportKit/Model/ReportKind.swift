/// What kind of document a report is. Raw values are the manifest's and the JSON's words.
public enum ReportKind: String, CaseIterable, Sendable {
    /// 政府工作报告: the government work report delivered to the people's congress.
    case workReport = "work_report"
    /// 重点工作责任分解: the task breakdown assigning the report's tasks to units with deadlines.
    case taskBreakdown = "task_breakdown"
    /// 图解 / 摘要: an abridged or illustrated summary of a work report, a news summary, a 摘登 page.
    case summary = "summary"
    /// 计划执行情况与计划草案的报告: the Development and Reform Commission's report on last year's plan
    /// (its 执行情况, with 表1 主要预期目标完成情况) and the draft plan for the coming year (计划草案).
    case planExecution = "plan_execution"
    /// 统计公报 / 统计快报 / 经济运行情况: the statistics bureau's figures for a year or for part of one
    /// (上半年, 前三季度); its figures are results, or progress within a year, and it sets no targets.
    case statistics = "statistics"
    /// The figures table (`figures.csv`): figures published elsewhere (统计公报, news of a report,
    /// 表1 of a plan-execution report), one a row with its source; never a manifest entry's kind.
    case figures = "figures"
}
