/// One line of the original file, as read and as cleaned.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the original file.
    public let number: Int
    /// The line exactly as decoded (without its line end).
    public let raw: String
    /// The line after character folding (full-width digits, emphasis, stray spaces …).
    public let text: String
    public var disposition: Disposition

    public init(number: Int, raw: String, text: String, disposition: Disposition) {
        self.number = number; self.raw = raw; self.text = text; self.disposition = disposition
    }

    public enum Disposition: Sendable, Equatable {
        case content
        case blank
        /// Dropped from the text, with the reason; still listed so nothing vanishes silently.
        case junk(JunkReason)
    }
}

/// Why a line is not part of the report's text.
public enum JunkReason: String, Sendable, CaseIterable {
    /// 广告: advertising by the site the file was scraped from (数据皮皮侠 …).
    case advertisement
    /// Web page furniture: publication time, source, view counter.
    case pageMetadata = "page_metadata"
    /// A markdown rule (`---`) or similar separator.
    case separator
    /// A section that the scraper copied twice; the first copy is kept.
    case repeatedSection = "repeated_section"
}
