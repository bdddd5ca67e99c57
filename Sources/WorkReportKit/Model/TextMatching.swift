import Foundation

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

    /// Whether a text holds a comma between clauses: ， or an ASCII comma, as pages that print
    /// Chinese with ASCII punctuation do (2017年,全市…), but not one between digits (1,234).
    var holdsClauseComma: Bool {
        if includes("，") { return true }
        let bytes = utf8
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            if byte == 0x2C {
                let next = index == bytes.endIndex ? 0 : bytes[index]
                if !((0x30...0x39).contains(previous) && (0x30...0x39).contains(next)) { return true }
            }
            previous = byte
        }
        return false
    }

    @inline(__always)
    func startsWith(_ prefix: String) -> Bool {
        let count = prefix.utf8.count
        guard utf8.count >= count else { return false }
        return compareBytes(prefix) { h, n in bytesEqual(UnsafeBufferPointer(rebasing: h[..<count]), n) }
            ?? utf8.starts(with: prefix.utf8)
    }

    @inline(__always)
    func endsWith(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard utf8.count >= count else { return false }
        return compareBytes(suffix) { h, n in bytesEqual(UnsafeBufferPointer(rebasing: h[(h.count - count)...]), n) }
            ?? utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// Whether the two have the same UTF-8 bytes. Not `==`, which compares by canonical
    /// equivalence and, for Chinese text, costs many times more.
    @inline(__always)
    func sameBytes(_ other: String) -> Bool {
        utf8.count == other.utf8.count && (compareBytes(other, bytesEqual) ?? utf8.elementsEqual(other.utf8))
    }

    /// `body` on the contiguous bytes of both, or nil when either has none (a bridged string):
    /// walking a UTF-8 view index by index is what the callers avoid.
    @inline(__always)
    private func compareBytes(_ other: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        let result = utf8.withContiguousStorageIfAvailable { h in other.utf8.withContiguousStorageIfAvailable { n in body(h, n) } }
        return result ?? nil
    }

    static func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? { firstOccurrence(of: n, in: h) }
}

extension String {
    /// The first occurrence of `needle`, compared byte by byte.
    func firstRange(of needle: String) -> Range<String.Index>? {
        byteRange(of: needle) { h, n in firstOccurrence(of: n, in: h) }
    }

    /// The last occurrence of `needle`, compared byte by byte (so that a rare word is found
    /// without Foundation's backwards search, which the profile showed per figure).
    func lastRange(of needle: String) -> Range<String.Index>? {
        byteRange(of: needle) { h, n in lastOccurrence(of: n, in: h) }
    }

    /// The range of the occurrence `find` picks among the UTF-8 bytes. Walking `utf8` index by
    /// index cost thousands of instructions a call; a native string's bytes are contiguous.
    private func byteRange(of needle: String, _ find: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Int?) -> Range<String.Index>? {
        var text = self, needle = needle
        guard !needle.isEmpty,
              let offset = text.withUTF8({ h in needle.withUTF8 { n in find(h, n) } }) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}

/// Whether two runs of bytes are the same.
@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return true }
    return memcmp(x, y, a.count) == 0
}

/// Where `needle` last occurs in `haystack`.
func lastOccurrence(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var i = haystack.count - needle.count
    while i >= 0 {
        var k = 0
        while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
        i -= 1
    }
    return nil
}

/// Where `needle` first occurs in `haystack`, for bytes. In a long text the plain scan stops at
/// every lead byte of a Han character, a third of the bytes; `memchr` for the needle's last byte
/// (a continuation byte, one of 64) skips many bytes a step. Short texts, most of the calls, keep
/// the plain scan.
func firstOccurrence(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
    guard haystack.count >= 64, needle.count >= 2, let h = haystack.baseAddress, let n = needle.baseAddress else {
        return scanFirst(needle, in: haystack)
    }
    let last = needle.count - 1
    var at = last
    while at < haystack.count, let hit = memchr(h + at, Int32(needle[last]), haystack.count - at) {
        let end = UnsafeRawPointer(h).distance(to: UnsafeRawPointer(hit))
        if memcmp(h + end - last, n, last) == 0 { return end - last }
        at = end + 1
    }
    return nil
}

/// Where `needle` first occurs in `haystack` (0 for an empty needle): the plain scan, which for
/// the short words and short texts most calls pass beats anything cleverer.
func firstOccurrence<Element: Equatable>(of needle: UnsafeBufferPointer<Element>, in haystack: UnsafeBufferPointer<Element>) -> Int? {
    scanFirst(needle, in: haystack)
}

@inline(__always)
private func scanFirst<Element: Equatable>(_ needle: UnsafeBufferPointer<Element>, in haystack: UnsafeBufferPointer<Element>) -> Int? {
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

/// A small fixed set of scalars tested without hashing (hashing each scalar with SipHash showed in
/// the profile): a 64-bit filter on the scalar's low bits rules most out, a scan decides the rest.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let values: [UInt32]
    private let filter: UInt64

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        values = scalars.map(\.value)
        filter = values.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        filter & 1 << UInt64(scalar.value & 63) != 0 && values.contains(scalar.value)
    }
}

extension String {
    /// Text made of scalars, encoded into the string's storage in one pass. The standard
    /// `String(String.UnicodeScalarView(scalars))` appends them through generic code, scalar by
    /// scalar, which showed in the profile wherever a wording is cut from a passage's scalars.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        let count = scalars.count
        guard count > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | v >> 6); buffer[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | v >> 12); buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | v >> 18); buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }
}

/// The length of the UTF-8 sequence a lead byte opens (1 for ASCII, and for a byte that opens none).
@inline(__always)
func utf8Width(_ lead: UInt8) -> Int { lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1 }

/// The scalar value that opens at `i` of UTF-8 bytes, and how many bytes it takes. Each width
/// written out: a loop over the continuation bytes cost more than the decoding. A String's bytes
/// are valid UTF-8; a lead byte cut off at the end is taken as itself, one byte wide.
@inline(__always)
func scalarValue(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
    let lead = UInt32(b[i])
    let n = b.count
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0, i + 2 <= n { return ((lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
    if lead >= 0xE0, lead < 0xF0, i + 3 <= n {
        return ((lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
    }
    if lead >= 0xF0, i + 4 <= n {
        return ((lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }
    return (lead, 1)
}

/// Whether some scalar of valid UTF-8 bytes passes `test`, tried in order and decoded straight
/// from the bytes: the scalar view's iterator cost several times the test for the short wordings
/// this runs on.
@inline(__always)
func anyScalar(in b: UnsafeBufferPointer<UInt8>, where test: (Unicode.Scalar) -> Bool) -> Bool {
    var i = 0
    while i < b.count {
        let (value, width) = scalarValue(b, at: i)
        i += width
        if let scalar = Unicode.Scalar(value), test(scalar) { return true }
    }
    return false
}

extension String {
    /// Whether some scalar satisfies `test` (`anyScalar(in:where:)` on the string's bytes).
    @inline(__always)
    func containsScalar(where test: (Unicode.Scalar) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { anyScalar(in: $0, where: test) }
    }
}

extension String {
    /// How many scalars the text holds, counted on its UTF-8: every byte that does not continue a
    /// scalar starts one. `unicodeScalars.count` steps through the view index by index, checking
    /// each, which showed in the profile for the short wordings measured once or more a figure.
    var scalarCount: Int {
        var text = self
        return text.withUTF8 { b in
            var count = 0
            for byte in b where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The first `count` scalars (all, if fewer), cut from the UTF-8 where a scalar begins:
    /// `String(unicodeScalars.prefix(count))` steps the view index by index and rebuilds the text.
    func scalarPrefix(_ count: Int) -> String {
        var text = self
        return text.withUTF8 { b in
            var seen = 0, end = 0
            while end < b.count {
                if b[end] & 0xC0 != 0x80 {
                    if seen == count { break }
                    seen += 1
                }
                end += 1
            }
            return end == b.count ? self : String(decoding: UnsafeBufferPointer(rebasing: b[..<end]), as: UTF8.self)
        }
    }

    /// The text's scalars, decoded from its UTF-8 in one pass into an array sized once, where
    /// `Array(unicodeScalars)` copies through the view's iterator.
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { b in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let (value, width) = scalarValue(b, at: i)
                i += width
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            return scalars
        }
    }
}
