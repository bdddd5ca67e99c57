/// Decides a status from the comparator AND the indicator's direction: a 左右 CPI target is
/// a ceiling, 单位GDP能耗下降3%以上 a floor on a decline, 城镇登记失业率3.5%以内 met by 2.3%.
enum VerdictRules {
    /// Beyond this, a result 超额完成 its target: 1 point for rates, 10% of the target otherwise.
    static let exceedPoints = 1.0
    static let exceedShare = 0.10

    static func judge(target: Statement, result: Statement, direction: Direction, tolerance: Tolerance) -> Verdict? {
        guard let t = Quantity(target), let a = Quantity(result), t.base.sameBytes(a.base) else { return nil }
        let rate = t.isRate
        let gap = rate ? a.value - t.value : (t.value == 0 ? 0 : (a.value - t.value) / abs(t.value) * 100)
        let gapUnit = rate ? "pp" : "%"
        let allowed = tolerance.absolute(for: t.value, percentUnit: rate)
        let margin = rate ? exceedPoints : abs(t.value) * exceedShare
        let shown = "\(result.value ?? "")\(result.unit) vs \(target.value ?? "")\(target.upper.map { "—" + $0 } ?? "")\(target.unit)"

        func verdict(_ status: Status, _ rule: String) -> Verdict {
            Verdict(status: status, gap: gap, gapUnit: gapUnit, rule: rule + " (\(shown))")
        }

        if target.comparator == .between, let upper = target.upper.flatMap(DecimalValue.parse).map({ $0 * t.scale }) {
            return range(t.value, upper, actual: a.value, direction: direction, rate: rate, margin: margin, shown: shown)
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

    /// A range target (6%—6.5%): a floor at its lower bound for a higher-is-better indicator, a
    /// ceiling at its upper bound for a lower-is-better one, both bounds for a band. The gap is to
    /// the bound that decides.
    static func range(_ low: Double, _ high: Double, actual a: Double, direction: Direction, rate: Bool, margin: Double, shown: String) -> Verdict {
        func verdict(_ status: Status, _ bound: Double, _ rule: String) -> Verdict {
            let gap = rate ? a - bound : (bound == 0 ? 0 : (a - bound) / abs(bound) * 100)
            return Verdict(status: status, gap: gap, gapUnit: rate ? "pp" : "%", rule: rule + " (\(shown))")
        }
        switch direction {
        case .lower:
            return a <= high ? verdict(.met, high, "a range's upper bound is a ceiling, met at or below it")
                : verdict(.missed, high, "a range's upper bound is a ceiling, missed above it")
        case .band:
            if a < low { return verdict(.missed, low, "a band range is missed below its lower bound") }
            if a > high { return verdict(.missed, high, "a band range is missed above its upper bound") }
            return verdict(.met, a, "a band range is met within its bounds")
        case .higher:
            if a > high + margin { return verdict(.exceeded, high, "above the range's upper bound by more than \(rate ? "\(Format.number(exceedPoints)) point" : "\(Format.number(exceedShare * 100))% of it")") }
            if a >= low { return verdict(.met, low, "at or above the range's lower bound") }
            return verdict(.missed, low, "below the range's lower bound")
        }
    }
}
