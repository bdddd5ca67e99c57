/// Recognises lines that are not the report's own words: site advertising, web-page
/// furniture and separators. Judged on the raw line so the same rule serves inference.
public enum LineClassifier {
    static let advertisementMarkers = ["http://", "https://", "www.", "公众号", "更多数据尽在", "扫码关注"]
    static let pageMarkers = ["浏览次数", "阅读次数", "点击数：", "字号：", "打印本页", "关闭窗口"]

    /// The markers as bytes, ordered by their first byte, and where the markers starting with
    /// each byte begin: one pass over a line tries only those that start with the byte at hand.
    private static let markers: [(bytes: [UInt8], reason: JunkReason)] =
        (advertisementMarkers.map { (Array($0.utf8), JunkReason.advertisement) } + pageMarkers.map { (Array($0.utf8), .pageMetadata) })
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    private static let markersFrom: [Int] = (0...256).map { byte in markers.firstIndex { Int($0.bytes.first ?? 0) >= byte } ?? markers.count }
    /// One bit for each marker's first two bytes (six low bits of each): a place whose two bytes
    /// have no bit set opens no marker. Most characters of a Chinese line open with one of the
    /// markers' lead bytes, so the lead byte alone let nearly every one through.
    private static let markerPairs: [UInt64] = markers.reduce(into: [UInt64](repeating: 0, count: 64)) { bits, marker in
        let key = pairKey(marker.bytes[0], marker.bytes[1])
        bits[key >> 6] |= 1 << UInt64(key & 63)
    }

    @inline(__always)
    private static func pairKey(_ a: UInt8, _ b: UInt8) -> Int { Int(a & 0x3F) << 6 | Int(b & 0x3F) }

    public static func junkReason(_ raw: String) -> JunkReason? {
        var raw = raw
        return raw.withUTF8 { all -> JunkReason? in
            let line = UnsafeBufferPointer(rebasing: all[WhiteSpace.trimmed(all)])
            if line.isEmpty { return nil }
            // A sentence that quotes a web address is still the report's text.
            let isSentence = scalarCount(line) > 40 && fullStop.withUnsafeBufferPointer { firstOccurrence(of: $0, in: line) } != nil
            if !isSentence, let reason = marker(in: line) { return reason }
            if isSeparator(line) { return .separator }
            return nil
        }
    }

    private static let fullStop = Array("。".utf8)

    /// Advertising if the line holds any of its markers, else page furniture if it holds one of those.
    private static func marker(in line: UnsafeBufferPointer<UInt8>) -> JunkReason? {
        let markers = markers, markersFrom = markersFrom, pairs = markerPairs
        var found: JunkReason?
        var i = 0
        while i < line.count {
            let first = line[i]
            // Every marker is longer than two bytes: a place at the last byte opens none.
            let key = i + 1 < line.count ? pairKey(first, line[i + 1]) : 0
            let mayOpen = i + 1 < line.count && pairs[key >> 6] & 1 << UInt64(key & 63) != 0
            for m in markersFrom[Int(first)]..<(mayOpen ? markersFrom[Int(first) + 1] : markersFrom[Int(first)])
                where starts(line, at: i, with: markers[m].bytes) {
                if markers[m].reason == .advertisement { return .advertisement }
                found = markers[m].reason
            }
            // A marker starts a character, so the search steps from one to the next.
            i += utf8Width(first)
        }
        return found
    }

    private static func starts(_ line: UnsafeBufferPointer<UInt8>, at i: Int, with bytes: [UInt8]) -> Bool {
        bytes.count <= line.count - i && bytes.indices.allSatisfy { line[i + $0] == bytes[$0] }
    }

    /// Three or more of - _ * = ~ — and spaces, not only dashes (—— leads a quoted line).
    private static func isSeparator(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0, dashes = 0, i = 0
        while i < line.count {
            switch line[i] {
            case 0x2D, 0x5F, 0x2A, 0x3D, 0x7E, 0x20: i += 1
            case 0xE2 where i + 2 < line.count && line[i + 1] == 0x80 && line[i + 2] == 0x94: i += 3; dashes += 1
            default: return false
            }
            count += 1
        }
        return count >= 3 && dashes < count
    }

    private static func scalarCount(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in line where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
