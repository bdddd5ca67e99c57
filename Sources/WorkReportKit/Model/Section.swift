/// The part a section plays in a report; it decides whether its figures are results or targets.
public enum SectionRole: String, CaseIterable, Sendable {
    /// Title, date, speaker, salutation and preamble.
    case frontMatter = "front_matter"
    /// 工作回顾: review of last year's work, stating results.
    case review
    /// 过去五年 / 本届政府工作回顾: review of the five-year term.
    case fiveYearReview = "five_year_review"
    /// 今年以来: progress within the year the report is delivered (e.g. 2025 Q1).
    case progress
    /// 主要预期目标: the main expected targets of the coming year.
    case mainTargets = "main_targets"
    /// 重点工作 / 工作安排: the work plan and its tasks.
    case tasks
    /// 民生实事: the livelihood projects voted each year.
    case livelihood
    /// 今后五年发展目标: goals for the end of the five-year term.
    case fiveYearGoals = "five_year_goals"
    /// Closing appeal (各位代表，让我们…).
    case closing
}

/// A contiguous range of original lines with one role.
public struct Section: Sendable, Equatable {
    public var role: SectionRole
    /// The heading as written (cleaned), or the lead words of the paragraph that opens it.
    public var heading: String
    /// 1 for 一、, 2 for （一）; 0 for front matter and carved-out paragraphs' parents.
    public var level: Int
    public var firstLine: Int
    public var lastLine: Int
    /// The period its figures speak of.
    public var period: Period?
    /// What decided the role and period: its heading, a paragraph's own words (…主要预期目标：),
    /// a sentence (2020年，全市…; 今年…预期目标) in a report without headings, or the manifest.
    public var basis: Basis = .heading

    public enum Basis: String, Sendable, CaseIterable {
        case heading, paragraph, sentence, manifest
    }
}
