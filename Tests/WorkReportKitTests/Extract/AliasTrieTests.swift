import Testing
@testable import WorkReportKit

struct AliasTrieTests {
    private func longest(_ trie: AliasTrie, _ text: String, at start: Int) -> (String, Int)? {
        var text = text
        return text.withUTF8 { bytes in trie.longest(in: bytes, at: start).map { (trie.aliases[$0.alias], $0.length) } }
    }

    @Test func findsTheLongestAliasAtAPositionWithItsLengthInScalars() {
        var trie = AliasTrie()
        for alias in ["数字经济", "数字经济核心产业增加值", "GDP", "GDP增速", "增加值"] { trie.insert(alias) }
        let wording = "数字经济核心产业增加值占GDP比重"
        #expect(longest(trie, wording, at: 0)! == ("数字经济核心产业增加值", 11))
        // 占 is 3 bytes, so GDP starts at byte 36.
        #expect(longest(trie, wording, at: 36)! == ("GDP", 3))
        #expect(longest(trie, "GDP增速6%", at: 0)! == ("GDP增速", 5))
        #expect(longest(trie, wording, at: 3) == nil)
        #expect(longest(trie, "数字", at: 0) == nil)
    }

    @Test func keepsEveryAliasWhenTheTableGrows() {
        var trie = AliasTrie()
        let aliases = (0..<20_000).map { "指标\($0)号" }
        for alias in aliases { trie.insert(alias) }
        for alias in aliases {
            #expect(longest(trie, alias + "增长", at: 0)?.0 == alias)
        }
    }

    /// The catalog's match, against the search it replaced (every alias with the same first
    /// scalar, longest first), on every wording the bundled reports give.
    @Test func catalogMatchAgreesWithTheScalarSearch() {
        let catalog = Bundled.catalog
        var byAlias: [String: [Int]] = [:]
        for (index, indicator) in catalog.indicators.enumerated() {
            for alias in indicator.aliases where byAlias[alias]?.contains(index) != true { byAlias[alias, default: []].append(index) }
        }
        let aliases = byAlias.keys.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        func reference(_ wording: String, growth: Bool) -> Set<String> {
            let text = Array(wording.unicodeScalars)
            var best: (length: Int, candidates: [Int])?
            for start in text.indices {
                for alias in aliases {
                    let scalars = Array(alias.unicodeScalars)
                    guard scalars.count <= text.count - start, scalars.first == text[start] else { continue }
                    if let found = best, found.length >= scalars.count { break }
                    if text[start..<(start + scalars.count)].elementsEqual(scalars), let candidates = byAlias[alias] {
                        let fitting = candidates.filter { (catalog.indicators[$0].measure == .growth) == growth }
                        if !fitting.isEmpty { best = (scalars.count, fitting) }
                        break
                    }
                }
            }
            return Set((best?.candidates ?? []).map { catalog.indicators[$0].id })
        }
        let extraction = Extractor.extract(Bundled.corpus.reports, catalog: catalog)
        let wordings = Set(extraction.statements.map(\.indicator)).sorted()
        #expect(wordings.count > 300)
        for wording in wordings {
            for growth in [false, true] {
                let found = catalog.match(wording, growth: growth, unit: "")
                let expected = reference(wording, growth: growth)
                #expect(found.map { expected.contains($0.id) } ?? expected.isEmpty, "\(wording)")
            }
        }
    }
}

struct DecodedTextTests {
    @Test func decodesAsTheStandardLibraryDoes() {
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", "1", ".", "%", "é", "、", "增", "长", "𠀀", "😀", "\u{0}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}"]
        for _ in 0..<2000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text.append(pool.randomElement(using: &generator)!) }
            let string = String(text)
            let decoded = DecodedText(string)
            #expect(decoded.scalars == Array(string.unicodeScalars))
            #expect(decoded.bytes == Array(string.utf8))
            var offset = 0
            var offsets: [Int] = []
            for scalar in string.unicodeScalars { offsets.append(offset); offset += UTF8.width(scalar) }
            #expect(decoded.offsets == offsets + [offset])
        }
    }
}
