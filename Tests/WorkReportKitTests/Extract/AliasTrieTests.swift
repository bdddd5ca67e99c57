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

    /// The catalog keeps what it knows of an alias by the index `insert` gives, so the same bytes
    /// must come back to the same index, and an alias inside another must get one of its own.
    @Test func givesAnAliasAddedAgainItsFirstIndex() {
        var trie = AliasTrie()
        #expect(trie.insert("居民消费价格涨幅") == 0)
        #expect(trie.insert("居民消费价格") == 1)
        #expect(trie.insert("居民消费价格涨幅") == 0)
        #expect(trie.insert("居民消费价格") == 1)
        #expect(trie.insert("CPI") == 2)
        #expect(trie.insert("") == nil)
        #expect(trie.aliases == ["居民消费价格涨幅", "居民消费价格", "CPI"])
    }

    @Test func keepsEveryAliasWhenTheTableGrows() {
        var trie = AliasTrie()
        let aliases = (0..<20_000).map { "指标\($0)号" }
        for alias in aliases { trie.insert(alias) }
        for alias in aliases {
            #expect(longest(trie, alias + "增长", at: 0)?.0 == alias)
        }
    }

    /// Every wording of the catalog, standing alone as a figure of its measure would, names an
    /// indicator that has that wording: the wording grammar (heads, scopes, shares) never turns a
    /// catalogued wording away.
    @Test func everyAliasNamesItsOwnIndicator() {
        let catalog = Bundled.catalog
        var wrong: [String] = []
        for indicator in catalog.indicators {
            let change: IndicatorWording.Change = indicator.measure == .growth ? .rise : indicator.measure == .decline ? .fall : .none
            let unit: String
            switch indicator.measure {
            case .growth, .share, .rate, .decline: unit = "%"
            case .ratio, .rank: unit = ""
            default: unit = "个"
            }
            for alias in indicator.aliases {
                let found = catalog.match(alias, change: change, unit: unit)
                if found.map({ !$0.aliases.contains(alias) }) ?? true {
                    wrong.append("\(alias) (\(indicator.id)): \(found?.id ?? "nothing")")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }
}

struct DecodedTextTests {
    @Test func decodesAsTheStandardLibraryDoes() {
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", "1", ".", "%", "é", "、", "增", "长", "𠀀", "😀", "\u{0}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}",
                                      "。", "！", "？", "!", "?"]
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
            let scalars = Array(string.unicodeScalars)
            #expect(decoded.fullStops == scalars.indices.filter { FigureReader.isFullStop(scalars[$0]) })
        }
    }
}
