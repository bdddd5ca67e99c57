/// Byte-level substring tests. Foundation's `contains`/`hasPrefix` on String compare by
/// Unicode canonical equivalence through NSString, which dominated the profile; the reports'
/// text is already folded, so comparing UTF-8 bytes is both right and many times faster.
extension StringProtocol {
    @inline(__always)
    func includes(_ needle: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in Self.search(h, n) != nil }
        }
        if let fast, let found = fast { return found }
        let haystack = Array(utf8), bytes = Array(needle.utf8)
        return haystack.withUnsafeBufferPointer { h in bytes.withUnsafeBufferPointer { n in Self.search(h, n) != nil } }
    }

    @inline(__always)
    func startsWith(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    @inline(__always)
    func endsWith(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard utf8.count >= count else { return false }
        return utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    static func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? { firstOccurrence(of: n, in: h) }
}

extension String {
    /// The first occurrence of `needle`, compared byte by byte.
    func firstRange(of needle: String) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return nil }
        var start = utf8.startIndex
        while let end = utf8.index(start, offsetBy: n.count, limitedBy: utf8.endIndex) {
            if utf8[start..<end].elementsEqual(n) { return start..<end }
            start = utf8.index(after: start)
        }
        return nil
    }

    /// The last occurrence of `needle`, compared byte by byte (so that a rare word is found
    /// without Foundation's backwards search, which the profile showed per figure).
    func lastRange(of needle: String) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return nil }
        var end = utf8.endIndex
        while true {
            guard let start = utf8.index(end, offsetBy: -n.count, limitedBy: utf8.startIndex) else { return nil }
            if utf8[start..<end].elementsEqual(n) { return start..<end }
            if start == utf8.startIndex { return nil }
            end = utf8.index(before: end)
        }
    }
}

/// Where `needle` first occurs in `haystack` (0 for an empty needle): the plain scan, which
/// for the short words looked for here beats anything cleverer.
func firstOccurrence<Element: Equatable>(of needle: UnsafeBufferPointer<Element>, in haystack: UnsafeBufferPointer<Element>) -> Int? {
    guard let first = needle.first else { return 0 }
    guard haystack.count >= needle.count else { return nil }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
        if haystack[i] == first {
            var k = 1
            while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
        }
        i += 1
    }
    return nil
}
