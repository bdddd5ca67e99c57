/// Where a published figure was read, for a row of the figures table (`figures.csv`): the
/// source's title, its address, its date and the place in it, so that a reader can open it.
public struct Citation: Sendable, Equatable, Hashable {
    public var title: String
    public var url: String
    /// YYYY-MM-DD (or YYYY-MM, YYYY) as the page shows it; empty when the page gives no date.
    public var published: String
    /// Where in the source the figure stands: 表1, the review paragraph, the headline …
    public var location: String

    public init(title: String, url: String, published: String, location: String) {
        self.title = title; self.url = url; self.published = published; self.location = location
    }
}
