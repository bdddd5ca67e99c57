import Foundation
import Testing
@testable import WorkReportKit

/// Wide text columns are cut in tables, whole with --wide and in every other format.
struct WideColumnTests {
    static let long = "计划续建104国道杭州至绍兴公路（余杭良渚至崇贤段）改建工程、320国道杭州至富阳公路（余杭良渚至老余杭段）改建工程"

    @Test func tablesCutTextColumnsAndKeepEveryLineOneWidth() {
        let table = runCLI(["compare", "2021"]).output
        let width = DisplayWidth()
        let lines = table.split(separator: "\n").map(String.init)
        let rows = lines.prefix { !$0.contains("row(s)") }
        #expect(Set(rows.map { width.of($0) }).count == 1)
        #expect(!table.contains(Self.long))
        #expect(table.contains("计划续建104国道杭州至绍兴公路（余杭良渚…"))
        let wide = runCLI(["compare", "2021", "--wide"]).output
        #expect(wide.contains(Self.long))
        #expect(runCLI(["compare", "2021", "--format", "csv"]).output.contains(Self.long))
        #expect(runCLI(["compare", "2021", "--format", "markdown"]).output.contains(Self.long))
    }

    @Test func numbersAreNeverCut() {
        var renderer = TableRenderer()
        renderer.maxCellWidth = 4
        let grid = Grid(columns: [.init("a", "a"), .init("n", "n", .right)], rows: [["一二三四五六", "123456789"]])
        let text = renderer.render(grid)
        #expect(text.contains("123456789"))
        #expect(text.contains("一…"))
    }
}
