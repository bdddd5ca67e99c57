import Foundation
import Testing
@testable import WorkReportKit

/// The speed round's shortcuts read bytes where the code read scalars or Strings before: each must
/// say what the slower reading said, on text of our own that the bundled reports do not hold
/// (ASCII and four-byte characters among the Chinese, words at the very start and end).
struct ByteShortcutTests {
    /// The scope as it was read before: any flow word anywhere, else any stock word anywhere.
    static func scopeBefore(_ wording: String) -> IndicatorWording.Scope {
        if IndicatorWording.flowWords.contains(where: { wording.includes($0) }) { return .flow }
        if IndicatorWording.stockWords.contains(where: { wording.includes($0) }) { return .stock }
        return .neutral
    }

    static let wordings = ["累计新增", "新增", "年末存栏生猪", "GDP新增3家", "上市公司总数", "其中新建学校", "🎯新认定企业",
                           "a累计", "余额", "拥有量与新上项目", "总量控制", "新", "", "居民收入", "净增市场主体🎯", "xx保有量"]

    @Test func scopeWordsByBytesSayWhatTheSearchSaid() {
        for wording in Self.wordings {
            #expect(IndicatorWording.scope(of: wording) == Self.scopeBefore(wording), "\(wording)")
        }
    }

    /// Pairing's words of a wording, its character pairs and its replacements, as a plain reading
    /// of the lists gives them: every removed word tried in order, pairs as a sorted set,
    /// replacements by Foundation.
    @Test func pairingWordsSayWhatThePlainReadingSays() {
        let texts = Self.wordings + ["建设城市轨道交通和地铁新线", "基本完成“高速公路”建设项目", "新增上市企业（家）", "全市全市全市",
                                     "哈哈哈哈", "完成完成", "a", "𠀀𠀀𠀀b", "培育国家高新技术企业", "在培上市公司", "地铁里程"]
        for text in texts {
            var plain = String(text.unicodeScalars.filter { !WordingPairing.punctuation.contains($0) })
            for (word, canonical) in WordingPairing.synonyms where plain.contains(word) {
                plain = plain.replacingOccurrences(of: word, with: canonical)
            }
            for (word, _) in WordingPairing.removedWords where plain.contains(word) {
                let kept = plain.replacingOccurrences(of: word, with: "")
                if kept.count >= 2 { plain = kept }
            }
            #expect(WordingPairing.core(text) == plain, "\(text)")
            let scalars = text.unicodeScalars.map { UInt64($0.value) }
            let pairs = scalars.count == 1 ? [scalars[0] << 32]
                : Set(zip(scalars, scalars.dropFirst()).map { $0 << 32 | $1 }).sorted()
            #expect(WordingPairing.bigrams(text) == pairs, "\(text)")
            for word in ["全市", "哈哈", "完成", "𠀀", "a", "b", "建设"] {
                #expect(text.replacingAll(word, with: "X") == text.replacingOccurrences(of: word, with: "X"), "\(text) \(word)")
                #expect(text.removingAll(word) == (text.contains(word) ? text.replacingOccurrences(of: word, with: "") : nil))
            }
            let statement = Statement(report: "r", file: "r.txt", line: 1, jurisdiction: "j", kind: .result, period: Period(year: 2020),
                                      section: .review, indicator: text, indicatorID: "x", value: "1", unit: "个", comparator: .equal,
                                      qualifier: "", stretch: false, text: text)
            #expect(WordingPairing.isStock(statement) == WordingPairing.stockWords.contains { text.contains($0) }, "\(text)")
        }
    }

    /// Scalars counted and decoded from the bytes, as the scalar view counts and iterates them,
    /// in text whose characters take one to four bytes, and in text bridged from Foundation.
    @Test func scalarsFromBytesAreTheViewsScalars() {
        let texts = Self.wordings + ["é̂", "𠀀𠀁a", "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "🇨🇳", "\r\n"]
        for text in texts + texts.map({ String(NSString(string: $0)) }) {
            #expect(text.scalarCount == text.unicodeScalars.count, "\(text)")
            #expect(text.scalarArray == Array(text.unicodeScalars), "\(text)")
        }
    }

    /// The change a link states, as it was read from scalars before it was read from bytes.
    static func changeBefore(_ link: String, percent: Bool) -> IndicatorWording.Change {
        var text = Array(link.unicodeScalars)
        func ends(_ word: [Unicode.Scalar]) -> Bool { text.count >= word.count && text[(text.count - word.count)...].elementsEqual(word) }
        while let last = text.last, last == "“" || last == "「" || last == "\"" { text.removeLast() }
        var trimmed = true
        var nextToVerb: [Unicode.Scalar] = []
        while trimmed {
            trimmed = false
            for filler in FigureReader.fillers.map({ Array($0.unicodeScalars) }) where text.count > filler.count && ends(filler) {
                text.removeLast(filler.count)
                trimmed = true
                nextToVerb = filler
            }
        }
        let words = (Lexicon.fallVerbs + Lexicon.fallNouns).map { (Array($0.unicodeScalars), IndicatorWording.Change.fall, Lexicon.amountChangeVerbs.contains($0)) }
            + (Lexicon.riseVerbs + Lexicon.riseNouns).map { (Array($0.unicodeScalars), IndicatorWording.Change.rise, Lexicon.amountChangeVerbs.contains($0)) }
        var best: (length: Int, change: IndicatorWording.Change, amount: Bool, word: [Unicode.Scalar])?
        for (word, change, amount) in words where word.count > best?.length ?? 0 && ends(word) { best = (word.count, change, amount, word) }
        guard let best else { return .none }
        // A fall verb followed by 为 reaches a level (下降为3.2%).
        if best.change == .fall, nextToVerb == ["为"], Lexicon.fallVerbs.contains(String(String.UnicodeScalarView(best.word))) { return .none }
        return !percent && !best.amount ? .none : best.change
    }

    /// Links made of the lists' own words in random order, with quotes, ASCII and four-byte
    /// characters: the change read from bytes is the one read from scalars.
    @Test func changesFromBytesAreTheChangesFromScalars() {
        var generator = SystemRandomNumberGenerator()
        let pool = FigureReader.fillers + Lexicon.riseVerbs + Lexicon.fallVerbs + Lexicon.riseNouns + Lexicon.fallNouns
            + ["“", "「", "\"", "a", "𠀀", "经济", "了", "为", "目标", "达"]
        for _ in 0..<4000 {
            let link = (0..<Int.random(in: 0...4, using: &generator)).map { _ in pool.randomElement(using: &generator)! }.joined()
            for percent in [true, false] {
                #expect(FigureReader.change(stated: link, percent: percent) == Self.changeBefore(link, percent: percent), "\(link)")
            }
        }
    }

    /// Every flow word is found at the opening of a wording, after plain prefixes too, whatever
    /// character it opens with; a wording opening with none has none.
    @Test func everyFlowWordOpensAWording() {
        for word in IndicatorWording.flowWords {
            #expect(IndicatorWording.openingFlowWord(word + "上市公司") != nil, "\(word)")
            #expect(IndicatorWording.openingFlowWord("全市" + word + "企业") != nil, "\(word)")
        }
        #expect(IndicatorWording.openingFlowWord("上市公司新增") == nil)
        #expect(IndicatorWording.openingFlowWord("新") == nil)
        #expect(IndicatorWording.openingFlowWord("") == nil)
    }

    /// The share frame's byte filter passes every wording that holds a marker, wherever it stands.
    @Test func shareMarkersAreSeenFromTheirBytes() {
        for wording in Self.wordings + ["占GDP比重", "研发投入占", "相当于", "a之比", "与GDP之比", "占", "之", "相"] {
            let holds = wording.includes("占") || wording.includes("相当于") || wording.includes("之比")
            if holds { #expect(IndicatorWording.ShareFrame.mayHoldMarker(wording), "\(wording)") }
        }
        #expect(!IndicatorWording.ShareFrame.mayHoldMarker("地区生产总值增长"))
        #expect(!IndicatorWording.ShareFrame.mayHoldMarker("\u{E5}\u{8D}"))
    }

    /// A prefix cut from the bytes is the prefix of the scalar view, for every length.
    @Test func scalarPrefixesAreTheViewsPrefixes() {
        for text in Self.wordings + ["𠀀𠀁a", "é̂x", "1. 新建"] {
            for count in 0...(text.unicodeScalars.count + 1) {
                #expect(text.scalarPrefix(count) == String(String.UnicodeScalarView(text.unicodeScalars.prefix(count))), "\(text) \(count)")
            }
        }
    }

    /// The byte search finds what a plain search over every position finds, for needles whose
    /// first and last bytes recur in the text.
    @Test func byteSearchFindsTheFirstOccurrence() {
        func plain(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
            if needle.isEmpty { return 0 }
            guard haystack.count >= needle.count else { return nil }
            return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0xE5, 0xA2, 0x9E, 0x61, 0x62]
        for _ in 0..<3000 {
            let haystack = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let needle = (0..<Int.random(in: 0...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let found = needle.withUnsafeBufferPointer { n in haystack.withUnsafeBufferPointer { h in firstOccurrence(of: n, in: h) } }
            #expect(found == plain(needle, haystack), "\(needle) in \(haystack)")
        }
    }

    /// Units and words compared by bytes say what `==` said on the words the extractor compares.
    @Test func unitsComparedByBytesAsByEquality() {
        let words = ["%", "个百分点", "百分点", "‰", "条", "累计", "累计新增", "总量", "序号", "预计", "亿元", "", "％", "%%"]
        for a in words {
            for b in words { #expect(a.sameBytes(b) == (a == b), "\(a) \(b)") }
        }
    }

    @Test func plainPrefixesComeOffTheFrontOnly() {
        #expect(IndicatorWording.withoutPlainPrefixes("全市全年经济增长") == "经济增长")
        #expect(IndicatorWording.withoutPlainPrefixes("我市GDP") == "GDP")
        #expect(IndicatorWording.withoutPlainPrefixes("全市") == "全市")
        #expect(IndicatorWording.withoutPlainPrefixes("全市全年") == "全年")
        #expect(IndicatorWording.withoutPlainPrefixes("经济全年增长") == "经济全年增长")
        #expect(IndicatorWording.withoutPlainPrefixes("🎯全市") == "🎯全市")
    }

    /// A line with no separator is one cell, whatever else it holds; each separator makes a row.
    @Test func tableRowsNeedASeparator() {
        #expect(IndicatorTables.cells("地区生产总值增长5%左右，研发投入强度3.1%。") == nil)
        #expect(IndicatorTables.cells("GDP|5%|5.2%") == ["GDP", "5%", "5.2%"])
        #expect(IndicatorTables.cells("GDP\t5%\t5.2%") == ["GDP", "5%", "5.2%"])
        #expect(IndicatorTables.cells("GDP  5%  5.2%") == ["GDP", "5%", "5.2%"])
        #expect(IndicatorTables.cells("GDP\u{3000}5%") == ["GDP", "5%"])
        #expect(IndicatorTables.cells("GDP｜5%") == ["GDP", "5%"])
        #expect(IndicatorTables.cells("GDP 5% 5.2%") == nil)
        #expect(!IndicatorTables.isCell(String(repeating: "长", count: 31)))
        #expect(IndicatorTables.isCell(String(repeating: "长", count: 30)))
    }

    /// A heading inside a paragraph needs a numeral right before 、; the shortcut never hides one.
    @Test func embeddedHeadingsNeedANumeralBeforeTheMark() {
        let prose = "过去一年经济运行总体平稳，就业和物价保持稳定，全体居民收入继续增加。"
        let paragraph = prose + "二、今年工作安排 今年主要预期目标是地区生产总值增长5%左右，城镇新增就业10万人以上，"
            + "居民人均可支配收入增长与经济增长同步，粮食产量稳定在一定水平。"
        #expect(EmbeddedHeadings.mayHoldHeading(paragraph))
        #expect(EmbeddedHeadings.headingStarts(paragraph)?.count == 1)
        #expect(!EmbeddedHeadings.mayHoldHeading(prose + "、" + prose))
        #expect(EmbeddedHeadings.headingStarts(prose + prose) == [])
        #expect(!EmbeddedHeadings.mayHoldHeading("、二"))
        #expect(EmbeddedHeadings.mayHoldHeading("十、"))
    }

    /// Character pairs counted by merging sorted arrays, as the sets counted them.
    @Test func pairCountsMatchTheSets() {
        let words = ["建成高速公路", "高速公路建设", "地铁地铁", "🎯上市公司", "a", "", "新建学校新建"]
        func pairs(_ text: String) -> Set<UInt64> {
            let c = text.unicodeScalars.map { UInt64($0.value) }
            guard c.count >= 2 else { return c.isEmpty ? [] : [c[0] << 32] }
            return Set((0..<(c.count - 1)).map { c[$0] << 32 | c[$0 + 1] })
        }
        for a in words {
            #expect(WordingPairing.bigrams(a) == pairs(a).sorted(), "\(a)")
            for b in words {
                #expect(WordingPairing.commonCount(WordingPairing.bigrams(a), WordingPairing.bigrams(b)) == pairs(a).intersection(pairs(b)).count)
            }
        }
    }

    /// The measured noun that starts last, the longer one at the same place.
    @Test func theLastMeasuredNounWins() {
        #expect(WordingPairing.measuredNoun("数字经济核心产业营业收入和增加值") == "增加值")
        #expect(WordingPairing.measuredNoun("规上工业增加值占比") == "占比")
        #expect(WordingPairing.measuredNoun("上市公司") == nil)
    }

    /// Whether a catalog wording names the head, as the word lists read it before: suffixes in
    /// list order, other heads at each of three places, narrowing words in the six characters before.
    static func isHeadBefore(_ wording: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var after = range.upperBound
        var moved = true
        while moved, after < wording.count {
            moved = false
            for suffix in IndicatorWording.headSuffixes where IndicatorWording.matches(wording, suffix, at: after) {
                after += suffix.unicodeScalars.count
                moved = true
                break
            }
        }
        for at in after..<min(wording.count, after + 3)
            where IndicatorWording.otherHeads.contains(where: { IndicatorWording.matches(wording, $0, at: at) }) { return false }
        let before = String(String.UnicodeScalarView(wording[max(0, range.lowerBound - 6)..<range.lowerBound]))
        return !IndicatorWording.narrowing.contains { before.includes($0) }
    }

    /// Every place of every wording, against the lists read word by word.
    @Test func headsByTableSayWhatTheListsSaid() {
        let wordings = ["出口总额增长速度", "规上工业企业总数", "进出口总额", "万元GDP综合能耗", "常住人口出生率", "上市公司数量增长率",
                        "限额以上社会消费品零售总额", "🎯企业总数", "GDP增长", "a数量b", "人均地区生产总值", "外商投资企业增加值",
                        "城镇居民人均可支配收入名义增长", "增长", "", "总额总额总额的", "制造业投资增速"]
        var places = 0
        for wording in wordings {
            let s = Array(wording.unicodeScalars)
            for lower in 0...s.count {
                for upper in lower...s.count {
                    #expect(IndicatorWording.isHead(s, lower..<upper) == Self.isHeadBefore(s, lower..<upper), "\(wording) \(lower)..<\(upper)")
                    places += 1
                }
            }
        }
        #expect(places == 734)
    }

    /// Text made from scalars in one pass, as the scalar view made it: one to four bytes a scalar.
    @Test func textFromScalarsIsTheScalarViewsText() {
        for text in ["", "a", "GDP增长5%", "é中🎯\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "（下同）", "全市\u{0}"] {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
            #expect(Array(String(scalars: scalars).utf8) == Array(text.utf8))
            for cut in 0...scalars.count {
                #expect(Array(String(scalars: scalars[cut...]).utf8) == Array(String(String.UnicodeScalarView(scalars[cut...])).utf8))
            }
        }
    }

    /// A number's length from its bytes is its count of characters: thousands separators dropped,
    /// decimal points kept.
    @Test func numberLengthsAreCharacterCounts() {
        let text = Array("2021年增长6.5%，达12,700元、1,234,567亩，第19届，0.05和2035".unicodeScalars)
        let tokens = NumberScanner.tokens(in: text)
        #expect(tokens.map(\.text) == ["2021", "6.5", "12700", "1234567", "19", "0.05", "2035"])
        #expect(tokens.map(\.length) == tokens.map(\.text.count))
    }

    /// The coverage count from a line's bytes is the number of tokens the scanner finds in its
    /// scalars, and the texts from its bytes are theirs: points, separators and their edges, next
    /// to characters of every width.
    @Test func numbersCountedOnBytesAreTheTokens() {
        var lines = ["", "1", "a1b", "12,700", "12,7000", "1,23", "1,234,567亩", "6.5%", "6.5.3", "1.", ".5", "5.x", "12,", ",123",
                     "2021年增长6.5%，达12,700元、1,234,567亩，第19届，0.05和2035", "PM2.5浓度", "１２３", "é9🎯,123,456", "3,000𠀀", "7,777é"]
        // Every pair and triple of the pieces a number is made of and the characters beside them.
        let pieces = ["1", "23", ".", ",", ",000", "年", "é", "🎯", "a", " "]
        for a in pieces { for b in pieces { lines.append(a + b); for c in pieces { lines.append(a + b + c) } } }
        for line in lines {
            var text = line
            let bytes = text.withUTF8 { NumberScanner.count(in: $0) }
            let texts = text.withUTF8 { NumberScanner.texts(in: $0) }
            let tokens = NumberScanner.tokens(in: Array(line.unicodeScalars))
            #expect(bytes == tokens.count, "\(line)")
            // A junk line's numbers are listed with the texts read from its bytes.
            #expect(texts == tokens.map(\.text), "\(line)")
        }
    }

    /// Ids of wordings the catalog lacks, as `String(_:radix:)` padded them: FNV-1a, eight hex digits.
    @Test func derivedIDsKeepTheirDigits() {
        func before(_ wording: String, growth: Bool) -> String {
            var hash: UInt32 = 2_166_136_261
            for byte in wording.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            let hex = String(hash, radix: 16)
            return "x_" + String(repeating: "0", count: 8 - hex.count) + hex + (growth ? "_growth" : "")
        }
        var leadingZero = false
        for n in 0..<3000 {
            let wording = "新建学校\(n)🎯"
            #expect(IndicatorCatalog.derivedID(wording, growth: n % 2 == 0) == before(wording, growth: n % 2 == 0))
            leadingZero = leadingZero || IndicatorCatalog.derivedID(wording, growth: false).hasPrefix("x_0")
        }
        #expect(leadingZero)
        #expect(IndicatorCatalog.derivedID("", growth: false) == "x_811c9dc5")
    }

    /// Quotes found from the bytes, as the scalars found them: every scalar of the first planes and
    /// some beyond, alone and between Chinese characters.
    @Test func quotesAreFoundFromTheBytes() {
        for quote in IndicatorCatalog.quotesList {
            #expect(IndicatorCatalog.withoutQuotes("打造\(quote)未来社区\(quote)") == "打造未来社区", "\(quote)")
        }
        for value in Array(0...0x3100) + Array(0xFF00...0xFFFF) + [0x1F3AF, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "新建\(scalar)学校"
            #expect(IndicatorCatalog.holdsQuotes(text) == text.unicodeScalars.contains(where: IndicatorCatalog.quotes.contains), "\(value)")
        }
        #expect(IndicatorCatalog.withoutQuotes("新建学校—改造…") == "新建学校—改造…")
        #expect(IndicatorCatalog.withoutQuotes("a\"") == "a")
    }

    /// Separators found from the bytes with Chinese characters stepped over whole, as a reading of
    /// the scalars finds them: at the start, after a character of every width, at the end.
    @Test func separatorsAfterWideCharacters() {
        func before(_ raw: String) -> Bool {
            let s = Array(raw.unicodeScalars)
            return s.indices.contains { i in
                s[i] == "\t" || s[i] == "|" || s[i] == "｜" || s[i] == "\u{3000}" || (s[i] == " " && i + 1 < s.count && s[i + 1] == " ")
            }
        }
        for lead in ["", "a", "é", "增长", "🎯", "＄", "〇"] {
            for separator in ["\t", "|", "｜", "\u{3000}", "  ", " ", "", "、"] {
                for tail in ["", "5%", "中"] {
                    let raw = lead + separator + tail
                    #expect(IndicatorTables.hasSeparator(raw) == before(raw), "\(raw)")
                }
            }
        }
    }

    /// A passage decoded in one pass: the scalars, offsets and sentence ends a walk over the String gives.
    @Test(arguments: [false, true])
    func passagesDecodeInOnePass(sharingARoom: Bool) {
        // One room for every passage, as a core reads them: each passage's arrays are the ones a
        // room of its own gives, longer and shorter passages in turn.
        let room = DecodingRoom()
        var kept: [(String, DecodedText)] = []
        for text in ["", "a", "增长5%。", "é中🎯！?x!", "地区生产总值增长5%左右。研发投入强度3.1%？", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}。", "b"] {
            let decoded = sharingARoom ? DecodedText(text, room: room) : DecodedText(text)
            kept.append((text, decoded))
            let scalars = Array(text.unicodeScalars)
            #expect(decoded.scalars == scalars, "\(text)")
            #expect(decoded.bytes == Array(text.utf8))
            var offset = 0
            var offsets: [Int] = []
            for scalar in scalars { offsets.append(offset); offset += String(scalar).utf8.count }
            #expect(decoded.offsets == offsets + [text.utf8.count], "\(text)")
            #expect(decoded.fullStops == scalars.indices.filter { FigureReader.isFullStop(scalars[$0]) }, "\(text)")
        }
        // A reading kept while the room went on to other passages still holds its own passage.
        for (text, decoded) in kept {
            #expect(decoded.scalars == Array(text.unicodeScalars), "\(text)")
            #expect(decoded.bytes == Array(text.utf8), "\(text)")
            #expect(decoded.offsets.count == decoded.scalars.count + 1, "\(text)")
        }
    }

    /// Readers of one passage after another in one room read what a reader alone reads, and one
    /// kept while the room reads on keeps its figures and clauses.
    @Test func readersInOneRoomReadAsReadersAlone() {
        let passages = ["全年地区生产总值增长5.6%，一般公共预算收入2387亿元。", "新增上市公司12家、国高企300家。",
                        "", "研发投入强度3.7%左右，城镇调查失业率控制在5%以内。", "常住人口1237.6万人"]
        let room = DecodingRoom()
        var kept: [(String, FigureReader)] = []
        for text in passages {
            let shared = FigureReader(text, kind: .result, skipItemNumber: false, room: room)
            let alone = FigureReader(text, kind: .result, skipItemNumber: false)
            #expect(shared.clauses == alone.clauses, "\(text)")
            #expect(shared.figures.map { "\($0.token.text)\($0.unit) \($0.indicator)" } == alone.figures.map { "\($0.token.text)\($0.unit) \($0.indicator)" }, "\(text)")
            kept.append((text, shared))
        }
        for (text, reader) in kept {
            #expect(reader.s == Array(text.unicodeScalars), "\(text)")
            #expect(reader.clauses == Clauses.clauses(in: Array(text.unicodeScalars)), "\(text)")
        }
    }

    /// The bit filter before the numerals' switch lets every numeral through, and nothing else.
    @Test func numeralsPassTheFilter() {
        let numerals = Set("零一二两三四五六七八九十百千万亿半".unicodeScalars.map(\.value))
        for value: UInt32 in 0...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Extractor.isNumeral(scalar) == numerals.contains(value))
        }
    }

    /// The measured noun found walking back over the bytes, as every noun's last place found it.
    @Test func measuredNounsByOneWalkBack() {
        func before(_ wording: String) -> String? {
            var best: (noun: String, at: Int)?
            let b = Array(wording.utf8)
            for noun in WordingPairing.measuredNouns {
                let n = Array(noun.utf8)
                guard b.count >= n.count, let at = (0...(b.count - n.count)).last(where: { Array(b[$0..<($0 + n.count)]) == n }) else { continue }
                if let known = best, (at, noun.count) <= (known.at, known.noun.count) { continue }
                best = (noun, at)
            }
            return best?.noun
        }
        let wordings = ["数字经济核心产业营业收入和增加值", "营业收入", "收入", "进出口总额", "出口", "规上工业增加值占比", "上市公司", "", "a",
                        "🎯投资增长", "投资a", "固定资产投资和产值", "覆盖率比重", "销售额收入", "税收收入", "城镇居民人均可支配收入", "入"]
        for wording in wordings {
            #expect(WordingPairing.measuredNoun(wording) == before(wording), "\(wording)")
        }
    }

    /// The link words tested on the bytes, as the link's String tested them, at every place of
    /// every clause of passages of our own.
    @Test func linkWordsOnTheBytes() {
        let passages = ["城镇和农村居民人均可支配收入分别为68120元、42310元，均增长6.2%和7.1%。",
                        "两项指标均增长10%、均提高2个百分点，🎯均5%，均", "均增长", "规上工业增加值均增速8%；a均b增长3.5%"]
        var places = 0
        for passage in passages {
            let reader = FigureReader(passage, kind: .result, skipItemNumber: false)
            for clause in reader.clauses {
                for end in clause.lowerBound...clause.upperBound {
                    for word in ["均", "分别", ""] {
                        let link = reader.linkText(before: end, clause: clause)
                        let before = link.endsWith(word) || Lexicon.growthWords.contains { link.endsWith(word + $0) }
                        #expect(reader.linkContains(word, before: end, clause: clause) == before, "\(passage) \(end) \(word)")
                        places += 1
                    }
                }
            }
        }
        #expect(places > 100)
    }

    /// Scalars tested from the bytes, as the scalar view tests them: every width, at the ends.
    @Test func scalarsTestedFromTheBytes() {
        let texts = ["", "a", "比上年", "🎯", "x①", "é", "\u{7FF}\u{800}", "增长\u{10FFFF}", "[2]", "同比增长5%", "全市"]
        for text in texts {
            for probe in ["比", "🎯", "a", "\u{7FF}", "\u{10FFFF}", "①", "2", "市"] {
                let scalar = probe.unicodeScalars.first!
                #expect(text.containsScalar { $0 == scalar } == text.unicodeScalars.contains(scalar), "\(text) \(probe)")
            }
            #expect(text.containsScalar(where: FigureReader.mayNote) == text.unicodeScalars.contains(where: FigureReader.mayNote), "\(text)")
        }
    }

    /// What the comparison base and the notes leave of a wording, written out by hand: a span of
    /// years goes only from the front, and 年 elsewhere (全年, 2021年) stays.
    @Test func comparisonBasesAndSpansOfYears() {
        let cases = [("五年累计新增", "累计新增"), ("十年来新增", "新增"), ("三年间建成", "建成"), ("全年新增", "全年新增"),
                     ("2021年增加值", "2021年增加值"), ("比上年增长", "增长"), ("年均增长", "年均增长"), ("五年", ""),
                     ("●五年累计", "累计"), ("新增五年", "新增五年"), ("较2019年增长", "增长"), ("第三产业实现增加值", "第三产业增加值")]
        for (wording, expected) in cases {
            #expect(FigureReader.withoutComparisonBase(wording) == expected, "\(wording)")
        }
    }

    /// `shortened` looks for 以上 before it looks for any long form: each must hold it. Derived ids
    /// keep their form (x_, eight hex digits of FNV-1a, _growth).
    @Test func shortFormsAndDerivedIDs() {
        #expect(IndicatorWording.shortForms.allSatisfy { $0.0.includes("以上") })
        #expect(IndicatorWording.shortened("全市规模以上工业增加值") == "全市规上工业增加值")
        #expect(IndicatorWording.shortened("限额以上消费品零售额、规模以上企业") == "限上消费品零售额、规上企业")
        #expect(IndicatorWording.shortened("10万元以上") == "10万元以上")
        #expect(IndicatorCatalog.derivedID("", growth: false) == "x_811c9dc5")
        #expect(IndicatorCatalog.derivedID("a", growth: true) == "x_e40c292c_growth")
        #expect(IndicatorCatalog.withoutQuotes("“小巨人”企业「新」\"x\"") == "小巨人企业新x")
    }

    /// Values read by the decimal shortcut are the Doubles `Double(String)` reads, bit for bit,
    /// on the edge cases and on random decimals of every length up to the fast path's limit and past it.
    @Test func decimalValuesAreTheLibrarysDoubles() {
        var texts = ["0", "-0", "6", "6.5", "-2.6", "0.1", "0.3", "18109", "007", "1.", ".5", "-", "", "1.2.3", "+5", "1e5", "12,700",
                     "999999999999999", "9999999999999999", "0.000000000000001", "123456789.012345", "１２", "3.14159265358979",
                     "-99999999999999.9", "2.2250738585072014e-308", "NaN", "inf"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let digits = Int.random(in: 1...18, using: &generator)
            var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            if Bool.random(using: &generator), digits > 1 {
                let at = Int.random(in: 1..<digits, using: &generator)
                text.insert(".", at: text.index(text.startIndex, offsetBy: at))
            }
            texts.append(Bool.random(using: &generator) ? "-" + text : text)
        }
        for text in texts {
            let expected = Double(text)
            let read = DecimalValue.parse(text)
            #expect(read?.bitPattern == expected?.bitPattern, "\(text)")
        }
    }

    /// A catalog lookup's one pass over a wording says what the three tests it replaces say.
    @Test func lookupMarksSayWhatTheirTestsSay() {
        let texts = Self.wordings + ["规模以上工业增加值", "占GDP比重", "研发经费相当于GDP的比例", "城乡居民收入之比", "“小巨人”企业", "\"x\"",
                                     "「新」", "以上", "以", "上", "以a上", "占", "之", "相", "全市规上", "万元以上项目", "『』"]
        for text in texts {
            let marks = IndicatorCatalog.Marks(text)
            #expect(marks.quote == IndicatorCatalog.holdsQuotes(text), "\(text)")
            #expect(marks.longForm == text.includes("以上"), "\(text)")
            #expect(marks.shareMarker == IndicatorWording.ShareFrame.mayHoldMarker(text), "\(text)")
        }
    }

    /// The opening flow word found on the bytes, as the wording without its plain prefixes gave it.
    @Test func openingFlowWordsFromTheBytes() {
        for wording in ["全市新增上市公司", "新增", "新", "我市全年新认定高新技术企业", "全市", "净增市场主体", "🎯新增", "新上项目", "", "全市全年新开工"] {
            let before = IndicatorWording.flowWords.first { IndicatorWording.withoutPlainPrefixes(wording).startsWith($0) }
            #expect(IndicatorWording.openingFlowWord(wording) == before, "\(wording)")
        }
    }

    /// Reference words found in a range of a passage's bytes, as the range's String found them.
    @Test func referenceWordsInAPassagesBytes() {
        let passage = "增长1.5%，低于目标任务5.5个百分点；完成年度计划的98%，🎯比预期高0.3"
        let reader = FigureReader(passage, kind: .result, skipItemNumber: false)
        for lower in 0...reader.s.count {
            for upper in lower...reader.s.count {
                let text = reader.text(lower..<upper)
                #expect(reader.holdsAny(FigureReader.verdictReferenceBytes, in: lower..<upper)
                        == StatedVerdicts.references.contains { text.includes($0) }, "\(lower)..<\(upper)")
            }
        }
    }

    /// Two characters or more, told without counting them all, as `count` tells it: graphemes, so
    /// a letter with its combining mark or a family emoji is one.
    @Test func twoCharactersAsCountTellsIt() {
        for text in ["", "a", "ab", "建", "建设", "e\u{301}", "e\u{301}x", "👨‍👩‍👧", "👨‍👩‍👧a", "\r\n", "\r\nx", "🇨🇳", "🇨🇳🇨🇳", "高速公路",
                     "建\u{301}", "a\u{200D}b", "建\u{FE0F}", "、", "、、", "䷀䷁", "一\u{E0100}"] {
            #expect(WordingPairing.hasTwoCharacters(text) == (text.count >= 2), "\(text)")
            #expect(WordingPairing.hasTwoCharacters(Array(text.utf8)) == (text.count >= 2), "bytes of \(text)")
        }
    }

    /// Finding a word in a long text by its last byte finds the first occurrence a plain scan finds,
    /// for words of one to four-byte characters, at the very start and end, and absent.
    @Test func longTextSearchFindsTheFirstOccurrence() {
        let words = ["增长", "a", "ab", "率", "𠀀", "6.5%", "生产总值", "值增", "\n", "🎯b", "总值增长6"]
        var generator = SystemRandomNumberGenerator()
        func plain(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
            guard !needle.isEmpty else { return 0 }
            guard haystack.count >= needle.count else { return nil }
            return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
        }
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined()
            let haystack = Array(text.utf8)
            for word in words + ["", "长a", "xyz"] {
                let needle = Array(word.utf8)
                let found = haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { firstOccurrence(of: $0, in: h) } }
                #expect(found == plain(needle, haystack), "\(word) in \(text)")
            }
        }
    }

    /// A word table's lookups by the low bits of a scalar find what trying every word, longest
    /// first and in the list's order among equals, finds; 一 and 帀 (U+4E00, U+5E00) and A and
    /// U+1041 share those bits, and two words are spelled alike.
    @Test func wordTableFindsWhatTryingEveryWordFinds() {
        let words = ["一二", "帀", "一", "A", "\u{1041}x", "一二三", "三", "帀一", "x三", "一二", "AA"]
        let table = WordTable(words)
        let order = words.indices.sorted { (words[$0].unicodeScalars.count, -$0) > (words[$1].unicodeScalars.count, -$1) }
        let letters: [Unicode.Scalar] = ["一", "二", "三", "帀", "A", "\u{1041}", "x", "b"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let s = (0..<Int.random(in: 0...8, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            for i in 0...s.count {
                let at = order.first { w in
                    let word = Array(words[w].unicodeScalars)
                    return i + word.count <= s.count && Array(s[i..<(i + word.count)]) == word
                }
                #expect(table.longest(in: s, at: i) == at, "\(s) at \(i)")
                let before = order.first { w in
                    let word = Array(words[w].unicodeScalars)
                    return word.count <= i && Array(s[(i - word.count)..<i]) == word
                }
                #expect(table.longest(in: s, endingAt: i) == before, "\(s) ending at \(i)")
            }
        }
    }
}
