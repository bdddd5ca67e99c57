/// A fixed list of words (units, comparator words, relation phrases) ready to be matched at
/// any position of a passage's scalars. Testing every word of a list at every figure, as
/// strings, was a large share of the extractor's time; here a bit table on the scalar's low
/// bits rules most positions out at once, and only the words sharing the first (or last)
/// scalar are compared.
struct WordTable: Sendable {
    /// The words as given, and as scalars.
    let words: [String]
    private let scalars: [[Unicode.Scalar]]
    /// Indices of the words by the low 12 bits of their first and of their last scalar, longest
    /// first: the words of key k are `byFirst[firstFrom[k]..<firstFrom[k + 1]]`. A table by those
    /// bits, not a dictionary by scalar, so that a lookup hashes nothing; words of another scalar
    /// with the same bits are passed over by comparing the scalar.
    private let byFirst: [Int32], firstFrom: [Int32]
    private let byLast: [Int32], lastFrom: [Int32]
    /// One bit per value of a scalar's low 12 bits: set when some word starts (ends) with it.
    private let firstBits: [UInt64]
    private let lastBits: [UInt64]

    init(_ words: [String]) {
        self.words = words
        let scalars = words.map { Array($0.unicodeScalars) }
        self.scalars = scalars
        // Longest first; among equals, the list's order (a stable sort).
        let order = scalars.indices.sorted { (scalars[$0].count, -$0) > (scalars[$1].count, -$1) }.filter { !scalars[$0].isEmpty }
        (byFirst, firstFrom, firstBits) = Self.index(order) { scalars[$0][0] }
        (byLast, lastFrom, lastBits) = Self.index(order) { scalars[$0][scalars[$0].count - 1] }
    }

    /// The words in `order`, grouped by the low 12 bits of `key` (in order within a group), where
    /// each group starts, and the bits of the keys present.
    private static func index(_ order: [Int], by key: (Int) -> Unicode.Scalar) -> ([Int32], [Int32], [UInt64]) {
        var counts = [Int32](repeating: 0, count: 4097)
        var bits = [UInt64](repeating: 0, count: 64)
        for word in order {
            counts[Int(key(word).value & 0xFFF) + 1] += 1
            set(&bits, key(word))
        }
        for k in 1...4096 { counts[k] += counts[k - 1] }
        var next = counts, grouped = [Int32](repeating: 0, count: order.count)
        for word in order {
            let k = Int(key(word).value & 0xFFF)
            grouped[Int(next[k])] = Int32(word)
            next[k] += 1
        }
        return (grouped, counts, bits)
    }

    private static func set(_ bits: inout [UInt64], _ scalar: Unicode.Scalar) {
        let key = Int(scalar.value & 0xFFF)
        bits[key >> 6] |= 1 << UInt64(key & 63)
    }

    @inline(__always)
    private static func test(_ bits: [UInt64], _ scalar: Unicode.Scalar) -> Bool {
        let key = Int(scalar.value & 0xFFF)
        return bits[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// The longest word written at `index` that ends by `limit`: its index in `words`.
    @inline(__always)
    func longest(in s: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? s.count, s.count)
        guard index >= 0, index < end, Self.test(firstBits, s[index]) else { return nil }
        let k = Int(s[index].value & 0xFFF)
        for i in Int(firstFrom[k])..<Int(firstFrom[k + 1]) {
            let word = Int(byFirst[i])
            if scalars[word].count <= end - index && Self.equal(s, index, scalars[word]) { return word }
        }
        return nil
    }

    /// The longest word that ends just before `index`: its index in `words`.
    @inline(__always)
    func longest(in s: [Unicode.Scalar], endingAt index: Int) -> Int? {
        guard index > 0, index <= s.count, Self.test(lastBits, s[index - 1]) else { return nil }
        let k = Int(s[index - 1].value & 0xFFF)
        for i in Int(lastFrom[k])..<Int(lastFrom[k + 1]) {
            let word = Int(byLast[i])
            if scalars[word].count <= index && Self.equal(s, index - scalars[word].count, scalars[word]) { return word }
        }
        return nil
    }

    /// The first position in `range` where a word begins (and ends within the range), with the
    /// longest word there.
    func first(in s: [Unicode.Scalar], range: Range<Int>) -> (word: Int, at: Int)? {
        for i in range where Self.test(firstBits, s[i]) {
            if let word = longest(in: s, at: i, limit: range.upperBound) { return (word, i) }
        }
        return nil
    }

    /// The number of scalars of a word.
    func length(_ word: Int) -> Int { scalars[word].count }

    @inline(__always)
    private static func equal(_ s: [Unicode.Scalar], _ start: Int, _ word: [Unicode.Scalar]) -> Bool {
        var k = 0
        while k < word.count {
            if s[start + k] != word[k] { return false }
            k += 1
        }
        return true
    }
}
