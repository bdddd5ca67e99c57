import Testing
@testable import WorkReportKit

/// 分别 and 均 lists, members sharing a head or a prefix, and lists carried into the next clause.
/// The sentences are Golden/Phrasebook/lists.txt.
struct ListTests {
    @Test(arguments: Phrasebook.entries("lists"))
    func readsAsAReaderDoes(entry: Phrasebook.Entry) {
        Phrasebook.expectReadRight(entry)
    }
}

/// The fuller wordings a list member may be looked up by, spelled only when asked for: the
/// figure before's heads, longest first; the list's leading flow verb; the words after a short name.
struct AlternativeWordingTests {
    @Test func headsOfTheFigureBeforeLongestFirst() {
        let reader = FigureReader("数字经济核心产业营业收入1000亿元、增加值500亿元。", kind: .result, skipItemNumber: false)
        #expect(reader.figures.count == 2)
        let wordings = reader.figures[1].alternatives.wordings
        let head = Array("数字经济核心产业营业收入")
        #expect(wordings == (2...11).reversed().map { String(head[..<$0]) + "增加值" })
        #expect(wordings.contains("数字经济核心产业增加值"))
    }

    @Test func leadingFlowVerb() {
        let reader = FigureReader("新增上市公司12家、国高企300家。", kind: .result, skipItemNumber: false)
        let member = reader.figures.first { $0.token.text == "300" }
        #expect(member?.alternatives.indicator == "国高企")
        #expect(member?.alternatives.wordings.first == "新增国高企")
        // The list's first figure has no verb to borrow: it opens with it.
        #expect(reader.figures.first { $0.token.text == "12" }?.alternatives.wordings.contains("新增新增上市公司") == false)
    }
}

/// The flow verb that opens a list (新增…) scopes each later member that states no scope of its own.
struct ListVerbTests {
    func verbs(_ text: String) -> [String?] {
        FigureReader(text, kind: .result, skipItemNumber: false).figures.map(\.listVerb)
    }

    @Test func laterMembersTakeTheOpeningVerb() {
        #expect(verbs("新增国家级制造业单项冠军9家、专精特新“小巨人”企业122家。") == [nil, "新增"])
        // A clause after what 其中 breaks down keeps the sentence's flow.
        #expect(verbs("全年新增市场主体3.43万户，其中私营企业1.28万户，个体工商户2.08万户。").last == "新增")
    }

    @Test func aMemberWithItsOwnScopeOrNoVerbBeforeItTakesNone() {
        // 累计 is the member's own scope: it is a stock, not this year's flow.
        #expect(verbs("新增上市公司12家、累计上市公司310家。") == [nil, nil])
        #expect(verbs("上市公司12家、国高企300家。") == [nil, nil])
        // A new sentence opens no list of the one before.
        #expect(verbs("新增上市公司12家。私营企业1.28万户。") == [nil, nil])
    }
}
