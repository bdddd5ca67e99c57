/// How many of the numbers in the texts the extractor accounted for: every run of digits on
/// every original line, counted independently of the extractor, against the figures and
/// skips it reported on that line.
public struct Coverage: Sendable, Equatable {
    public var seen: Int
    public var accounted: Int
    /// Lines with more numbers than the extractor accounted for: (report, line, seen, accounted).
    public var gaps: [(report: String, line: Int, seen: Int, accounted: Int)]

    public static func == (a: Coverage, b: Coverage) -> Bool {
        a.seen == b.seen && a.accounted == b.accounted && a.gaps.count == b.gaps.count
    }

    public var ratio: Double { seen == 0 ? 1 : Double(accounted) / Double(seen) }

    public static func measure(_ reports: [Report], extraction: Extraction) -> Coverage {
        var coverage = Coverage(seen: 0, accounted: 0, gaps: [])
        for report in reports {
            let classified = extraction.classified[report.id] ?? [:]
            for line in report.lines where line.disposition != .blank {
                var text = line.text
                let seen = text.withUTF8 { NumberScanner.count(in: $0) }
                guard seen > 0 else { continue }
                let accounted = min(seen, classified[line.number] ?? 0)
                coverage.seen += seen
                coverage.accounted += accounted
                if accounted < seen { coverage.gaps.append((report.id, line.number, seen, accounted)) }
            }
        }
        return coverage
    }
}
