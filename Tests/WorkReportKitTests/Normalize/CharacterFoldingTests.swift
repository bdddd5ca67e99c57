import Testing
@testable import WorkReportKit

struct CharacterFoldingTests {
    @Test(arguments: [
        ("全区地区生产总值增长 **8.7%**", "全区地区生产总值增长8.7%"),
        ("地区生产总值增长６．５％左右", "地区生产总值增长6.5%左右"),
        ("截至 4 月 23 日，企业复工率", "截至4月23日，企业复工率"),
        ("增长 6.8 %", "增长6.8%"),
        ("PM_2.5平均浓度", "PM2.5平均浓度"),
        ("PM₂.₅浓度", "PM2.5浓度"),
        ("PM_{2.5}浓度", "PM2.5浓度"),
        ("新增\u{00A0}2500\u{3000}家", "新增2500家"),
        ("#### (四)深化拥江发展", "(四)深化拥江发展"),
        ("- 数字化改革走在前列", "数字化改革走在前列"),
        ("APEC 工商领导人", "APEC工商领导人"),
        ("Swift Testing 测试", "Swift Testing测试"),
        ("  \t缩进的行\u{200B}  ", "缩进的行"),
        ("ＧＤＰ增长", "GDP增长"),
        ("第1。2024年", "第1。2024年"),
    ])
    func folds(input: String, expected: String) {
        #expect(CharacterFolding.fold(input) == expected)
    }

    @Test func junkLines() {
        #expect(LineClassifier.junkReason("更多数据尽在数据皮皮侠（http://www.ppmandata.cn/trade/list）") == .advertisement)
        #expect(LineClassifier.junkReason("关注公众号：数据皮皮侠") == .advertisement)
        #expect(LineClassifier.junkReason("时间：2025-05-2911:59 来源：杭州市政府研究室（市政府参事室） 浏览次数：9546") == .pageMetadata)
        #expect(LineClassifier.junkReason("---") == .separator)
        #expect(LineClassifier.junkReason("——这是杭州强化创新驱动、激发澎湃动能的五年。") == nil)
        #expect(LineClassifier.junkReason("全市生产总值18109亿元。") == nil)
    }
}
