import Testing
@testable import WorkReportKit

/// The words that name a figure are the thing measured, never a bare verb: where the words before
/// a number name only an action (推进, 协调推进, 基本完成) or another thing joined by 和 / 及, the noun
/// after the number is what it counts. Sentences in our own words; the name a reader gives each figure.
struct NameTests {
    static let cases: [(sentence: String, names: [String])] = [
        ("全年推进312个重点文化项目建设。", ["推进重点文化项目建设"]),
        ("基本完成体育馆和18个训练场馆改造。", ["基本完成训练场馆改造"]),
        ("争取8个以上村社成为省级示范。", ["争取村社成为省级示范"]),
        ("协调推进5家省级智能工厂培育企业建设。", ["协调推进省级智能工厂培育企业建设"]),
        ("严格保护耕地和620万亩粮食生产功能区。", ["粮食生产功能区"]),
        ("开办9所中小学和26家托育机构。", ["开办中小学", "托育机构"]),
        // 完成 before a number is a link word (完成投资120亿元): the name starts after it.
        ("完成120公里雨水管网和35公里污水管网改造。", ["雨水管网", "污水管网改造"]),
        // A scope word and a measure (新增里程) belong to the thing the clause before opens with.
        ("建成地铁2号线二期、5号线，新增里程46公里。", ["地铁新增里程"]),
        // The words before name the thing: nothing changes.
        ("新增地铁运营里程60公里。", ["新增地铁运营里程"]),
        ("城镇新增就业28万人。", ["城镇新增就业"]),
        ("建成数字化车间30家、未来工厂6家。", ["建成数字化车间", "未来工厂"]),
        ("新增38家养老服务机构。", ["新增养老服务机构"]),
        // The 约 of 签约 ends a word of the name; it is no "about".
        ("全年共招商签约12个项目。", ["共招商签约"]),
        // The modal 要 or 将 before the verb belongs to no name; 纲要 keeps its 要.
        ("细颗粒物浓度要下降5%左右。", ["细颗粒物浓度"]),
        ("城镇新增就业将达到10万人。", ["城镇新增就业"]),
        ("规划纲要12个。", ["规划纲要"]),
        // A colon between a list's verb and its figures: each member names its figure.
        ("食品烟酒类、医疗保健类分别上涨：3.5%、3.2%。", ["食品烟酒类", "医疗保健类"]),
    ]

    @Test(arguments: cases)
    func theThingCountedNamesTheFigure(sentence: String, names: [String]) {
        let entry = Phrasebook.Entry(file: "names", line: 0, role: .tasks, sentence: sentence, figures: [])
        #expect(Phrasebook.read(entry).map(\.indicator) == names, "\(sentence)")
    }
}
