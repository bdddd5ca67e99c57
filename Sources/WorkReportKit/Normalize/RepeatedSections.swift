/// Finds sections that a scraper copied twice (the Xiaoshan summary repeats 「(二) 实施数字化
/// 改革攻坚行动」 with its three paragraphs) and marks the later copy as junk. Only a whole
/// block — a heading and everything to the next heading — counts, so that a sentence a
/// report really says twice is kept.
enum RepeatedSections {
    static func mark(_ lines: inout [SourceLine], headings: [Int: Heading]) {
        // Blocks: runs of content lines starting at a standalone heading.
        var blocks: [[Int]] = []
        var current: [Int] = []
        for (index, line) in lines.enumerated() where line.disposition == .content {
            if let heading = headings[index], heading.standsAlone, !current.isEmpty {
                blocks.append(current)
                current = []
            }
            current.append(index)
        }
        if !current.isEmpty { blocks.append(current) }

        var seen: [[String]: Int] = [:]
        for (b, block) in blocks.enumerated() {
            guard let first = block.first, headings[first] != nil else { continue }
            let texts = block.map { lines[$0].text }
            if block.count > 1, seen[texts] != nil {
                for index in block { lines[index].disposition = .junk(.repeatedSection) }
                continue
            }
            // A heading left alone and repeated straight after: keep the one with the body.
            if block.count == 1, b + 1 < blocks.count, let next = blocks[b + 1].first, lines[next].text == texts[0] {
                lines[first].disposition = .junk(.repeatedSection)
                continue
            }
            seen[texts] = b
        }
    }
}
