/// Headings inside a line: a report copied from a PDF or a web page as one long line
/// (各位代表：… 一、2025年工作回顾 全市生产总值达到5.67万亿元…) keeps its outline. A paragraph is cut
/// before each 一、 / 二、 … that follows the end of a sentence (or a space, or the start) and opens
/// a heading's words within a few characters; the heading becomes a block of its own.
enum EmbeddedHeadings {
    /// Words that make a numbered run a heading of the report's outline.
    static let words = ["回顾", "执行情况", "计划草案", "主要预期目标", "主要目标", "预期目标", "工作安排", "重点工作", "目标任务",
                        "总体要求", "主要任务", "工作建议", "政府工作的建议", "今年工作", "发展目标", "政府自身建设"]

    static func split(_ blocks: [TextBlock]) -> [TextBlock] {
        var out: [TextBlock] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            guard block.kind == .paragraph, block.passage.text.utf8.count > 60, let cuts = headingStarts(block.passage.text), !cuts.isEmpty else {
                out.append(block)
                continue
            }
            let text = block.passage.text.scalarArray
            var offsets: [Int] = [0]
            for scalar in text { offsets.append(offsets[offsets.count - 1] + UTF8.width(scalar)) }
            var position = 0
            for cut in cuts {
                if cut.start > position {
                    out.append(TextBlock(passage: block.passage.slice(offsets[position]..<offsets[cut.start]), kind: .paragraph, section: 0))
                }
                let title = String(scalars: text[cut.titleStart..<cut.end])
                out.append(TextBlock(passage: block.passage.slice(offsets[cut.start]..<offsets[cut.end]), kind: .heading(level: 1),
                                     section: 0, title: title))
                position = cut.end
                while position < text.count, text[position] == " " || text[position] == "：" || text[position] == ":" { position += 1 }
            }
            if position < text.count {
                out.append(TextBlock(passage: block.passage.slice(offsets[position]..<offsets[text.count]), kind: .paragraph, section: 0))
            }
        }
        return out
    }

    struct Cut: Equatable {
        let start: Int
        /// Where the heading's words begin, past its numeral and 、.
        let titleStart: Int
        let end: Int
    }

    /// The headings inside a paragraph, in order; nil when there is none past its start.
    static func headingStarts(_ text: String) -> [Cut]? {
        // Most paragraphs have no numeral before a 、 at all: say so from the bytes, before
        // decoding the paragraph into scalars.
        guard mayHoldHeading(text) else { return [] }
        let s = text.scalarArray
        var cuts: [Cut] = []
        var i = 0
        while i + 3 < s.count {
            defer { i += 1 }
            guard Heading.numerals[s[i]] != nil else { continue }
            var j = i
            while j < s.count, j - i < 3, Heading.numerals[s[j]] != nil { j += 1 }
            guard j < s.count, s[j] == "、" else { continue }
            // After the end of a sentence, a space or the start: not 一、二、三产业 inside a sentence.
            let before = i == 0 ? " " : s[i - 1]
            guard before == " " || before == "：" || Clauses.isSentenceEnd(before) || before == "\u{3000}" else { continue }
            let window = String(scalars: s[(j + 1)..<min(s.count, j + 1 + 30)])
            // The heading's word that comes first: 2025年工作安排 ends there, before …主要预期目标 in its paragraph.
            guard let at = words.compactMap({ window.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            // The heading runs to the end of its word: in a folded line nothing else marks its end.
            let end = j + 1 + window[..<at.upperBound].unicodeScalars.count
            cuts.append(Cut(start: i, titleStart: j + 1, end: end))
            i = end
        }
        // A heading opens a body: a run of headings with next to nothing between them is the
        // report's list of parts (报告共分为四个部分：一、…回顾；二、…；三、…), not its outline.
        let bodies = cuts.indices.map { index in (index + 1 < cuts.count ? cuts[index + 1].start : s.count) - cuts[index].end }
        return bodies.contains(where: { $0 < 20 }) ? [] : cuts
    }

    /// Whether a numeral (一 … 十) stands right before a 、 anywhere in the text, by its UTF-8 bytes.
    static func mayHoldHeading(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard b.count >= 6 else { return false }
            var i = 3
            while i + 2 < b.count {
                // 、 is E3 80 81; each numeral is three bytes.
                if b[i] == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x81, numeralBytes.contains(where: { $0 == (b[i - 3], b[i - 2], b[i - 1]) }) {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    static let numeralBytes: [(UInt8, UInt8, UInt8)] = Heading.numerals.keys.map { scalar in
        let bytes = Array(String(scalar).utf8)
        return (bytes[0], bytes[1], bytes[2])
    }
}
