import Testing
@testable import WorkReportKit

/// Saved web pages read as their text, line for line.
struct HTMLTextTests {
    @Test func tagsDroppedEntitiesDecodedLinesKept() {
        let page = ["<html><head><title>报告</title>", "<script>var x = \"增长99%\";", "</script></head>",
                    "<body><p>全市生产总值增长5.6%&nbsp;，收入&lt;增长&gt;&#24180;&#x5E74;</p>", "<!-- 注释 3.3%", "仍是注释 -->正文"]
        let lines = HTMLText.lines(page)
        #expect(lines.count == page.count)
        #expect(lines[0].trimmingWhitespace() == "报告")
        #expect(lines[1].isEmpty && lines[2].isEmpty)
        #expect(lines[3].trimmingWhitespace() == "全市生产总值增长5.6%\u{00A0}，收入<增长>年年")
        #expect(lines[4].isEmpty)
        #expect(lines[5] == "正文")
    }

    @Test func cellsApartAndRowsOnOneLineSplit() {
        let lines = HTMLText.lines(["<table><tr><th>指标名称</th><th>目标</th><th>实际</th></tr><tr><td>地区生产总值</td><td>6左右</td><td>5.6</td></tr></table>"])
        #expect(lines == ["指标名称\t目标\t实际\u{2029}地区生产总值\t6左右\t5.6\u{2029}"])
    }

    @Test func navigationAndFootersAreNotText() {
        let lines = HTMLText.lines(["<nav>首页 浏览次数：1234</nav><p>正文</p><footer>电话：0571-12345678</footer>"])
        #expect(lines[0].trimmingWhitespace() == "正文")
    }

    @Test func aTagAcrossLines() {
        #expect(HTMLText.lines(["<p class=\"a", "b\">增长5%</p>"]) == ["", " 增长5% "])
    }
}
