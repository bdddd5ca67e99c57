/// What the manifest (or inference, for a file without an entry) says about one report.
public struct ReportMetadata: Sendable, Equatable {
    /// Stable id used on the command line and in every output (`hangzhou-2022-work-report`).
    public var id: String
    /// File name, relative to the reports folder.
    public var file: String
    /// 行政区: place id in pinyin (`hangzhou`, `xiaoshan`).
    public var jurisdiction: String
    /// The year the report was delivered.
    public var year: Int
    /// Periods whose results it reports (回顾), e.g. 2021 and 2017-2021.
    public var reviews: [Period]
    /// Periods it sets targets for, e.g. 2022 and the five-year goal 2026.
    public var targets: [Period]
    public var kind: ReportKind
    public var title: String
    public var source: String
    /// Expected SHA-256 of the file, when the manifest pins it.
    public var sha256: String?
    /// Which fields were guessed from the text because the manifest had no entry.
    public var inferred: [String]

    public init(id: String, file: String, jurisdiction: String, year: Int, reviews: [Period],
                targets: [Period], kind: ReportKind, title: String, source: String,
                sha256: String? = nil, inferred: [String] = []) {
        self.id = id; self.file = file; self.jurisdiction = jurisdiction; self.year = year
        self.reviews = reviews; self.targets = targets; self.kind = kind; self.title = title
        self.source = source; self.sha256 = sha256; self.inferred = inferred
    }
}
