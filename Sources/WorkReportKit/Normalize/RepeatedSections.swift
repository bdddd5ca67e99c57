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

        // Blocks by a hash of their bytes: hashing the texts as Strings normalises every
        // character first, which the profile showed for each block of each report.
        var seen: [UInt64: [[Int]]] = [:]
        func same(_ a: [Int], _ b: [Int]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { lines[$0].text.sameBytes(lines[$1].text) }
        }
        for (b, block) in blocks.enumerated() {
            guard let first = block.first, headings[first] != nil else { continue }
            let key = fingerprint(block.map { lines[$0].text })
            if block.count > 1, seen[key]?.contains(where: { same($0, block) }) == true {
                for index in block { lines[index].disposition = .junk(.repeatedSection) }
                continue
            }
            // A heading left alone and repeated straight after: keep the one with the body.
            if block.count == 1, b + 1 < blocks.count, let next = blocks[b + 1].first, lines[next].text.sameBytes(lines[first].text) {
                lines[first].disposition = .junk(.repeatedSection)
                continue
            }
            seen[key, default: []].append(block)
        }
    }

    /// FNV-1a over the lines' bytes, each line ended by a zero byte. Read in place: stepping
    /// through a String's UTF-8 view one index at a time cost several times the hashing.
    private static func fingerprint(_ texts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for var text in texts {
            text.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
