import Foundation

/// The grammar of a report's own verdict on a result: 低于(预期)目标(任务)X个百分点, 比目标高X,
/// 完成年度目标的X%, and without a number 超额完成, 完成年度目标, 未完成预期目标. The figure of such a
/// phrase is not a figure of an indicator named 低于目标任务: it qualifies the result before it.
enum StatedVerdicts {
    /// Words that name the target a result is held against.
    static let references = ["目标", "预期", "计划"]
    static let below = ["低于", "未达", "差"]
    static let above = ["高于", "超过", "超出", "超"]

    /// What the words before a number say of the result before them, if they state a verdict:
    /// the status and the sign of the gap (or a completion ratio).
    enum Reading: Equatable {
        case gap(Status, sign: Double)
        case completion
    }

    static func reading(of wording: String) -> Reading? {
        guard references.contains(where: { wording.includes($0) }) else { return nil }
        if wording.startsWith("完成"), wording.endsWith("的") { return .completion }
        if below.contains(where: { wording.startsWith($0) }) || (wording.startsWith("比") || wording.startsWith("较")) && (wording.endsWith("低") || wording.endsWith("少")) {
            return .gap(.missed, sign: -1)
        }
        if above.contains(where: { wording.startsWith($0) }) || (wording.startsWith("比") || wording.startsWith("较")) && (wording.endsWith("高") || wording.endsWith("多")) {
            return .gap(.exceeded, sign: 1)
        }
        return nil
    }

    /// The verdict a stated gap or completion gives, and the target it implies for the result.
    static func verdict(_ reading: Reading, amount: Double, unit: String, text: String, result: Statement) -> (StatedVerdict, Double?) {
        switch reading {
        case .gap(let status, let sign):
            let points = unit.sameBytes("个百分点") || unit.sameBytes("百分点")
            let implied: Double? = points && result.unit == "%" ? result.number.map { $0 - sign * amount } : nil
            return (StatedVerdict(status: status, gap: sign * amount, gapUnit: points ? "pp" : unit == "%" ? "%" : unit, text: text), implied)
        case .completion:
            let status: Status = amount > 100 ? .exceeded : amount == 100 ? .met : .missed
            let implied: Double? = amount > 0 && result.unit != "%" ? result.number.map { $0 / amount * 100 } : nil
            return (StatedVerdict(status: status, gap: amount - 100, gapUnit: "%", text: text), implied)
        }
    }

    /// Phrases that state a verdict without a number, and what they say. Longest first, so that
    /// 超额完成 is not read as 完成 nor 未完成 as 完成.
    static let phrases: [(String, Status)] = [
        ("超额完成", .exceeded), ("未能完成", .missed), ("未完成", .missed), ("未达到预期", .missed), ("未达预期", .missed),
        ("实现预期目标", .met), ("达到预期目标", .met), ("完成年度目标", .met), ("完成全年目标", .met), ("完成预期目标", .met),
    ]
}
