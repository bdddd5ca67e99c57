/// A figure's value in base units, so 2.5万亿元 and 21860亿元 can be compared.
struct Quantity: Equatable, Sendable {
    let value: Double
    /// The unit without its scale: 元, 人, 家, %, 个百分点 …
    let base: String

    static let scales: [(prefix: String, factor: Double)] = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]
    static let english: [String: (Double, String)] = [
        "trillion yuan": (1e12, "元"), "billion yuan": (1e9, "元"), "million yuan": (1e6, "元"), "yuan": (1, "元"),
        "percent": (1, "%"), "percentage points": (1, "个百分点"),
    ]

    init?(_ statement: Statement) {
        guard let number = statement.number else { return nil }
        var base = statement.unit
        var factor = 1.0
        // An English source's units (a figures table row read in English news): 245.1 billion yuan.
        // Only a unit opening with a lower-case letter, as every key does, is looked up: hashing a
        // Chinese string normalises it first, and % opens most units that are ASCII.
        if base.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) ?? false, let (scale, chinese) = Self.english[base] { base = chinese; factor = scale }
        for (prefix, scale) in Self.scales where base.startsWith(prefix) {
            // 万 alone is a count (40万农村居民); 万千瓦 keeps 千瓦. Cut by bytes: the scales are
            // characters of their own, and cutting by Characters cost more than the rest.
            base = String(decoding: base.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
            factor = scale
            break
        }
        value = number * factor
        scale = factor
        self.base = base
        isRate = base.sameBytes("%") || base.sameBytes("个百分点") || base.sameBytes("‰")
    }

    /// The factor of the unit's scale (1e8 for 亿元), for a range's upper bound.
    let scale: Double

    /// Percent-type units: a gap is measured in points.
    let isRate: Bool
}
