import Foundation

/// The words that name a figure's indicator, and fuller wordings to look up in the catalog.
extension FigureReader {
    /// The words before a figure that name it, or after it when a clause opens with the number.
    func indicatorText(before end: Int, after: Int, clause: Range<Int>, token: Int) -> String {
        var start = max(clause.lowerBound, end - Self.reach)
        if let previous = previousInClause(clause) { start = max(start, previous.end) }
        var text = self.text(start..<max(start, end))
        // 粮食播种面积稳步提升、产量在120亿斤以上: a complete predicate before 、 is not part of the name.
        if let cut = text.lastRange(of: "、"), !text.includes("分别"), !text.includes("均") {
            let head = String(text[..<cut.lowerBound])
            if Lexicon.qualitative.contains(where: { head.includes($0) }) || Lexicon.growthWords.contains(where: { head.endsWith($0) }) {
                text = String(text[cut.upperBound...])
            }
        }
        text = stripped(text)
        // 新增上市公司10家、总数达310家
        if text == "总数" || text == "总量", let previous = previousInClause(clause) {
            return (previous.indicator.startsWith("新增") ? String(previous.indicator.dropFirst(2)) : previous.indicator) + text
        }
        if text.isEmpty, let previous = previousInClause(clause) {
            // 新增上市公司52家、累计262家: the running total of the same thing.
            let link = self.text(start..<max(start, token))
            if link.includes("累计"), previous.indicator.startsWith("新增") {
                return String(previous.indicator.dropFirst(2)) + "总数"
            }
            return previous.indicator
        }
        if text.isEmpty {
            // 29项成果获国家科技进步奖: the noun follows the number.
            var stop = after
            while stop < clause.upperBound, stop - after < 40, !NumberScanner.isDigit(s[stop]) { stop += 1 }
            text = stripped(self.text(after..<stop))
        }
        return text
    }

    func alternatives(for indicator: String, after end: Int, clause: Range<Int>) -> [String] {
        var result: [String] = []
        if let first = firstInClause(clause) {
            for verb in ["新增", "新认定", "新建", "新引进", "培育"] where first.indicator.startsWith(verb) && !indicator.startsWith(verb) {
                result.append(verb + indicator)
            }
        }
        if let previous = figures.last, previous.clause.overlaps(clause) || previous.end + 1 >= clause.lowerBound,
           indicator.unicodeScalars.count <= 6, previous.indicator.unicodeScalars.count > indicator.unicodeScalars.count {
            // Each shorter head is a prefix of the bytes cut where a scalar begins. Scalars, not
            // Characters: the folded text has no combining marks, and grapheme breaking every
            // wording showed in the profile.
            let head = Array(previous.indicator.utf8)
            let starts = head.indices.filter { head[$0] & 0xC0 != 0x80 }
            for k in stride(from: starts.count - 1, through: 2, by: -1) {
                result.append(String(decoding: head[..<starts[k]], as: UTF8.self) + indicator)
            }
        }
        // 推动全市25家企业成功上市: when the words before say little, the words after name the figure.
        if indicator.unicodeScalars.count <= 4 {
            var stop = end
            while stop < clause.upperBound, stop - end < 40, !NumberScanner.isDigit(s[stop]), s[stop] != "、" { stop += 1 }
            let following = stripped(text(end..<stop))
            if !following.isEmpty { result.append(following) }
        }
        return result
    }

    /// The text of a range of scalars.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }

    /// The figure read just before, if it stands in the same clause (figures are read in order).
    func previousInClause(_ clause: Range<Int>) -> Figure? {
        guard let last = figures.last, last.clause == clause else { return nil }
        return last
    }

    /// The first figure of the clause, walked back from the last (at most 64 figures back).
    func firstInClause(_ clause: Range<Int>) -> Figure? {
        var index = figures.count - 1
        var found: Figure?
        while index >= 0, figures[index].clause == clause, figures.count - index <= 64 {
            found = figures[index]
            index -= 1
        }
        return found
    }

    /// The words right before the number, after the indicator: 分别增长, 达到, 控制在.
    func linkText(before end: Int, clause: Range<Int>) -> String {
        var start = clause.lowerBound
        if let previous = previousInClause(clause) { start = max(start, previous.end) }
        let from = max(start, end - 8)
        return text(from..<max(from, end))
    }

    func linkContains(_ word: String, before end: Int, clause: Range<Int>) -> Bool {
        let link = linkText(before: end, clause: clause)
        if link.endsWith(word) { return true }
        // `word` then a growth word (均增长): tested on the bytes, without joining the two per word.
        let bytes = Array(link.utf8), wordBytes = Array(word.utf8)
        return Self.growthWordBytes.contains { growth in
            let cut = bytes.count - growth.count - wordBytes.count
            return cut >= 0 && bytes[(cut + wordBytes.count)...].elementsEqual(growth) && bytes[cut..<(cut + wordBytes.count)].elementsEqual(wordBytes)
        }
    }

    /// Drops connectives at the front and link words at the end, repeatedly. Works on the UTF-8
    /// bytes and copies the text once: it runs for every figure.
    func stripped(_ input: String) -> String {
        let b = Array(input.utf8)
        var lo = 0, hi = b.count
        // A sub-task's own number: 3.数字经济核心产业… → 数字经济核心产业…
        if let item = Self.itemNumberBytes(b) { lo = item }
        // 2021年数字经济核心产业增加值: the year is the statement's period, not part of the name
        // (when some name follows it).
        if hi - lo > 7, b[lo..<(lo + 4)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), b[(lo + 4)..<(lo + 7)].elementsEqual(Self.yearBytes) {
            lo += 7
        }
        func has(_ word: [UInt8], at start: Int) -> Bool {
            guard start >= lo, start + word.count <= hi else { return false }
            for k in 0..<word.count where b[start + k] != word[k] { return false }
            return true
        }
        var changed = true
        while changed {
            changed = false
            for word in Self.connectorBytes where lo < hi && b[lo] == word[0] && has(word, at: lo) && hi - lo > word.count {
                lo += word.count; changed = true
            }
            for word in hi > lo ? Self.linkWordsByLastByte[Int(b[hi - 1])] : [] where has(word, at: hi - word.count) {
                hi -= word.count; changed = true
                break
            }
            while hi > lo, let (last, width) = Self.lastScalar(b, lo, hi),
                  Clauses.isClauseEndMark(last) || Self.isSeparator(last) || last == " " || last == "“" {
                hi -= width; changed = true
            }
            while hi > lo, let (first, width) = Self.firstScalar(b, lo, hi),
                  Self.isSeparator(first) || first == " " || first == "”" || first == "）" {
                lo += width; changed = true
            }
        }
        return lo == 0 && hi == b.count ? input : String(decoding: b[lo..<hi], as: UTF8.self)
    }

    /// `itemNumber` on UTF-8 bytes: the byte offset after `1.` or `10、`.
    static func itemNumberBytes(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count, i < 3, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard (1...2).contains(i), i < b.count else { return nil }
        if b[i] == 0x2E { return i + 1 }
        for mark in itemMarkBytes where i + mark.count <= b.count && b[i..<(i + mark.count)].elementsEqual(mark) { return i + mark.count }
        return nil
    }

    static let itemMarkBytes = [Array("、".utf8), Array("．".utf8)]
    static let yearBytes = Array("年".utf8)
    /// The link words by their last byte, each list in the order of `Lexicon.linkWords`, so that
    /// the first that fits is the same word the whole list would give.
    static let linkWordsByLastByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in linkWordBytes { if let last = word.last { table[Int(last)].append(word) } }
        return table
    }()

    static let connectorBytes = connectors.map { Array($0.utf8) }
    static let growthWordBytes = Lexicon.growthWords.map { Array($0.utf8) }
    static let linkWordBytes = Lexicon.linkWords.map { Array($0.utf8) }

    /// The scalar that UTF-8 bytes `lo..<hi` end with, and its width in bytes.
    static func lastScalar(_ b: [UInt8], _ lo: Int, _ hi: Int) -> (Unicode.Scalar, Int)? {
        var start = hi - 1
        while start > lo, b[start] & 0xC0 == 0x80 { start -= 1 }
        return firstScalar(b, start, hi).map { ($0.0, hi - start) }
    }

    /// The scalar that UTF-8 bytes `lo..<hi` begin with, and its width in bytes.
    static func firstScalar(_ b: [UInt8], _ lo: Int, _ hi: Int) -> (Unicode.Scalar, Int)? {
        guard lo < hi else { return nil }
        let lead = b[lo]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard lo + width <= hi else { return nil }
        var value = width == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> UInt32(width + 1))
        for k in 1..<max(1, width) { value = value << 6 | UInt32(b[lo + k] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, width) }
    }
}
