import Testing
@testable import WorkReportKit

/// Rows of the 2021 breakdown, read off the file by hand.
struct TaskTableTests {
    let report = Bundled.report("hangzhou-2021-task-breakdown")

    func task(part: String, number: Int) throws -> BreakdownTask {
        try #require(report.tasks.first { $0.part.hasPrefix(part) && $0.number == number })
    }

    @Test func countsMatchTheFile() {
        // grep -c -P '^\t\d+\*?$' counts 216 task-number cells.
        #expect(report.tasks.count == 216)
        #expect(report.tasks.filter(\.starred).map(\.number) == [1, 21])
    }

    @Test func firstTaskWithInheritedUnits() throws {
        let first = try task(part: "省政府工作报告“十四五”", number: 1)
        #expect(first.text.firstLine == 16)
        #expect(first.period == Period(from: 2021, to: 2025))
        #expect(first.group == "（一）王宏副市长牵头重点工作")
        #expect(first.subtasks.map(\.number) == [1, 2, 3, 4])
        #expect(first.subtasks.map(\.text.firstLine) == [17, 24, 30, 36])
        #expect(first.subtasks.allSatisfy { $0.deadline == "12月" })
        let units = ["市农业农村局", "市规划和自然资源局", "市商务局（市粮食和物资储备局）"]
        #expect(first.subtasks.allSatisfy { $0.units == units })
        #expect(first.subtasks[3].unitsLine == 19)
        #expect(first.subtasks[0].provincialLead == "省农业农村厅")
    }

    @Test func starredProvincialTaskTheCityLeads() throws {
        let starred = try task(part: "省政府工作报告2021年", number: 1)
        #expect(starred.starred)
        #expect(starred.text.text == "大力推进杭州城西科创大走廊建设。")
        #expect(starred.period == Period(year: 2021))
        #expect(starred.subtasks.count == 5)
        #expect(starred.subtasks[4].deadline == "9月")
    }

    @Test func rowsSplitByBlankLinesAreReassembled() throws {
        // 28 and its task sentence at 1115-1116, its first sub-task after a blank line at 1118-1120.
        let t28 = try task(part: "市政府工作报告“十四五”", number: 28)
        #expect(t28.text.firstLine == 1116)
        #expect(t28.subtasks.first?.deadline == "7月、9月")
        #expect(t28.subtasks.first?.units.first == "市林水局")
        // 61: the number alone at 2742, the rest of the row at 2744-2747.
        let t61 = try task(part: "市政府工作报告2021年", number: 61)
        #expect(t61.text.firstLine == 2744)
        #expect(t61.subtasks.first?.deadline == "6月")
    }

    @Test func spilledCellJoinsItsTask() throws {
        let t23 = try task(part: "市政府工作报告2021年", number: 23)
        #expect(t23.text.text == "推动杭州云城、三江汇规划实施。（“湿地水城”六大标志性成果项目）")
        #expect(t23.text.lines == [1928, 1929])
    }

    @Test func lastRowAtTheEndOfTheFile() throws {
        let last = try #require(report.tasks.last)
        #expect(last.number == 151)
        #expect(last.subtasks.count == 5)
        #expect(last.subtasks.last?.text.firstLine == 4518)
        #expect(last.subtasks.last?.units.first == "萧山区政府")
    }

    @Test(arguments: [
        ("市发改委、市经信局 省牵头单位:省发展改革委", ["市发改委", "市经信局"], "省发展改革委"),
        ("市发改委，市经信局；市商务局,\u{3000}市科技局、、", ["市发改委", "市经信局", "市商务局", "市科技局"], nil),
        ("省牵头单位：:：省科技厅 ", [], "省科技厅"),
        ("市建委 省牵头单位", ["市建委"], ""),
        ("", [], nil),
    ] as [(String, [String], String?)])
    func splitsUnits(text: String, units: [String], lead: String?) {
        let split = TaskTable.splitUnits(text)
        #expect(split.units == units)
        #expect(split.lead == lead)
    }

    @Test(arguments: [
        ("3.加快建设", 3), ("12．推进", 12), ("7、实施", 7), ("123.不是", nil), ("1.", 1), ("1", nil),
        ("1.8∶30.3", 1), ("３.全角", nil), ("", nil), ("a.", nil),
    ] as [(String, Int?)])
    func readsOrdinals(text: String, ordinal: Int?) {
        #expect(TaskTable.ordinal(text) == ordinal)
    }
}
