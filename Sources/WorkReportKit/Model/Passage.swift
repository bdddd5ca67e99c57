/// A stretch of cleaned text — a paragraph, a heading or a table cell — that may have been
/// joined from several original lines. Every character maps back to the line it came from,
/// so a figure found anywhere in it can be cited as `file:line`.
public struct Passage: Sendable, Equatable {
    /// Where one original line's contribution starts in `text`, as a UTF-8 offset.
    public struct Piece: Sendable, Equatable {
        public let offset: Int
        public let line: Int
    }

    public private(set) var text: String
    /// The first original line's piece, held inline, then those of the lines joined to it: most
    /// passages are one line, and an array for each was an allocation a passage.
    private var head: Piece
    private var joined: [Piece] = []

    /// Where each original line's contribution starts, first to last.
    public var pieces: [Piece] { [head] + joined }

    public init(text: String, line: Int) {
        self.text = text
        head = Piece(offset: 0, line: line)
    }

    /// The original lines this passage spans, first to last.
    public var firstLine: Int { head.line }
    public var lastLine: Int { joined.last?.line ?? head.line }
    public var lines: [Int] { [head.line] + joined.map(\.line) }

    /// Appends another line's text; no separator, since a Chinese line break inside a
    /// sentence stands for nothing.
    public mutating func append(_ more: String, line: Int) {
        joined.append(Piece(offset: text.utf8.count, line: line))
        text += more
    }

    /// The part between two UTF-8 offsets (at character boundaries), each character still mapped
    /// to its original line.
    public func slice(_ range: Range<Int>) -> Passage {
        let bytes = Array(text.utf8)
        let lower = max(0, min(range.lowerBound, bytes.count)), upper = max(lower, min(range.upperBound, bytes.count))
        var part = Passage(text: String(decoding: bytes[lower..<upper], as: UTF8.self), line: line(atUTF8Offset: lower))
        part.joined = joined.filter { $0.offset > lower && $0.offset < upper }.map { Piece(offset: $0.offset - lower, line: $0.line) }
        return part
    }

    /// The original line of the character at a UTF-8 offset into `text`.
    public func line(atUTF8Offset offset: Int) -> Int {
        // The last piece starting at or before the offset: the head, or one of the joined lines.
        var low = 0, high = joined.count
        while low < high {
            let mid = (low + high + 1) / 2
            if joined[mid - 1].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return low == 0 ? head.line : joined[low - 1].line
    }
}
