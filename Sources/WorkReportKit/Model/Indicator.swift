/// What kind of quantity an indicator is. `decline` is a fall measured as a positive number
/// (单位GDP能耗降低3%, 三公经费压减12%): the fall is the indicator, so its verb does not make the
/// figure negative.
public enum Measure: String, Sendable, CaseIterable {
    case level, growth, share, count, rate, ratio, rank, decline
}

/// Which way is good: more is better, less is better, or a band around the target (CPI).
public enum Direction: String, Sendable, CaseIterable {
    case higher, lower, band
}

/// 指标: one indicator of the catalog, with the ways reports word it.
public struct Indicator: Sendable, Equatable {
    public let id: String
    public let measure: Measure
    public let direction: Direction
    public let english: String
    /// Chinese wordings that name this indicator (研发投入强度, 全社会研发经费投入强度 …).
    public let aliases: [String]
}
