/// 官方判断: how a report says a result stands against its own target — 低于目标任务5.5个百分点,
/// 完成年度目标的98%, 超额完成 — read beside the verdict gwr works out.
public struct StatedVerdict: Sendable, Equatable {
    /// exceeded, met or missed, as the report says.
    public var status: Status
    /// The gap the report states, signed: −5.5 for 低于目标5.5个百分点, 98 − 100 for 完成年度目标的98%.
    public var gap: Double?
    /// `pp` (percentage points), `%` (of the target), or empty when no gap is stated.
    public var gapUnit: String
    /// The words that say it, as written.
    public var text: String

    public init(status: Status, gap: Double?, gapUnit: String, text: String) {
        self.status = status; self.gap = gap; self.gapUnit = gapUnit; self.text = text
    }
}
