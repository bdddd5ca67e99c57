/// Decides a status from the comparator AND the indicator's direction: a 左右 CPI target is
/// a ceiling, 单位GDP能耗下降3%以上 a floor on a decline, 城镇登记失业率3.5%以内 met by 2.3%.
enum VerdictRules {
    /// Beyond this, a result 超额完成 its target: 1 point for rates, 10% of the target otherwise.
    static let exceedPoints = 1.0
    static let exceedShare = 0.10

    static func judge(target: Statement, result: Statement, direction: Direction, tolerance: Tolerance) -> Verdict? {
        guard let t = Quantity(target), let a = Quantity(result), t.base == a.base else { return nil }
        let rate = t.isRate
        let gap = rate ? a.value - t.value : (t.value == 0 ? 0 : (a.value - t.value) / abs(t.value) * 100)
        let gapUnit = rate ? "pp" : "%"
        let allowed = tolerance.absolute(for: t.value, percentUnit: rate)
        let margin = rate ? exceedPoints : abs(t.value) * exceedShare
        let shown = "\(result.value ?? "")\(result.unit) vs \(target.value ?? "")\(target.unit)"

        func verdict(_ status: Status, _ rule: String) -> Verdict {
            Verdict(status: status, gap: gap, gapUnit: gapUnit, rule: rule + " (\(shown))")
        }

        // Which way is good for this target: a ceiling (以内, or a lower-is-better indicator), else a floor.
        let ceiling = target.comparator == .atMost || (direction == .lower && target.comparator != .atLeast)
        if ceiling {
            if a.value <= t.value { return verdict(.met, "a ceiling is met at or below the target") }
            if target.comparator == .about, a.value <= t.value + allowed {
                return verdict(.metWithinTolerance, "a 左右 ceiling overshot by no more than the tolerance \(Format.number(allowed))")
            }
            return verdict(.missed, "a ceiling is missed above the target")
        }
        if direction == .band {
            if abs(a.value - t.value) <= allowed { return verdict(.met, "a band target is met within the tolerance either side") }
            return verdict(.missed, "a band target is missed outside the tolerance")
        }
        // A floor: 以上, 不低于, 达到, 左右 on a higher-is-better indicator, or a plain figure.
        if a.value > t.value + margin {
            return verdict(.exceeded, "above the target by more than \(rate ? "\(Format.number(exceedPoints)) point" : "\(Format.number(exceedShare * 100))% of it")")
        }
        if a.value >= t.value { return verdict(.met, "at or above the target") }
        if target.comparator == .about, a.value >= t.value - allowed {
            return verdict(.metWithinTolerance, "a 左右 target short by no more than the tolerance \(Format.number(allowed))")
        }
        return verdict(.missed, "below the target")
    }
}
