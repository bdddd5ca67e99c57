/// How many rows have each status: all a footer needs, so rows need not be kept to count them.
struct StatusCounts: Sendable, Equatable {
    private(set) var total = 0
    private var counts: [Status: Int] = [:]

    init() {}

    init(_ rows: [Comparison]) {
        for row in rows { add(row.verdict.status) }
    }

    mutating func add(_ status: Status, count: Int = 1) {
        counts[status, default: 0] += count
        total += count
    }

    subscript(status: Status) -> Int { counts[status] ?? 0 }

    static func + (a: StatusCounts, b: StatusCounts) -> StatusCounts {
        var sum = a
        for (status, count) in b.counts { sum.add(status, count: count) }
        return sum
    }
}
