/// A table as plain values: the one shape every tabular command hands to the renderers.
public struct Grid: Sendable, Equatable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable, Equatable {
        public var key: String
        public var title: String
        public var alignment: Alignment
        public init(_ key: String, _ title: String, _ alignment: Alignment = .left) {
            self.key = key; self.title = title; self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// Lines printed under a terminal or Markdown table (rules used, counts).
    public var footer: [String]

    public init(columns: [Column], rows: [[String]], footer: [String] = []) {
        self.columns = columns; self.rows = rows; self.footer = footer
    }
}
