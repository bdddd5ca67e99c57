import Foundation

/// The scorecard as one self-contained HTML page: inline CSS and SVG drawn here, no scripts, no
/// fonts or images fetched from anywhere, so it can be opened, printed or sent as it is.
public struct HTMLReport: Sendable {
    public var reports: [ReportMetadata]
    public var comparisons: [Comparison]
    public var goals: [GoalProgress]
    public var diff: PrioritiesDiff?
    public var tolerance: Tolerance
    public var catalog: IndicatorCatalog
    public var language: Language

    public init(reports: [ReportMetadata], comparisons: [Comparison], goals: [GoalProgress], diff: PrioritiesDiff?,
                tolerance: Tolerance, catalog: IndicatorCatalog, language: Language) {
        self.reports = reports; self.comparisons = comparisons; self.goals = goals; self.diff = diff
        self.tolerance = tolerance; self.catalog = catalog; self.language = language
    }

    func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Anchor of a cited line in the sources section.
    static func anchor(_ s: Statement) -> String { "src-\(s.report)-\(s.line)" }

    public func render() -> String {
        var cited: [String: Statement] = [:]
        func cite(_ s: Statement?) -> String {
            guard let s else { return "" }
            cited[Self.anchor(s)] = s
            return "<a class=\"src\" href=\"#\(Self.anchor(s))\" title=\"\(Self.escape(s.text))\">\(Self.escape(FigureText.source([s])))</a>"
        }
        let targets = comparisons.filter { !$0.targets.isEmpty }
        var body = header()
        body += "<section><h2>\(t("Targets against results, by indicator", "主要指标：目标与实际"))</h2>\n"
        let charts = chartIndicators(targets)
        if charts.isEmpty { body += "<p>\(t("No main expected target recurs in more than one year.", "没有跨年份的主要预期目标。"))</p>\n" }
        for (key, rows) in charts {
            // Every reported value of the indicator, targeted or not, so the line shows the years between.
            let actuals = comparisons.filter { "\($0.jurisdiction)|\($0.indicatorID)" == key }.compactMap { row -> (Int, Statement)? in
                guard let result = row.result, result.unit == rows.first?.target?.unit, result.number != nil else { return nil }
                return (row.period.start, result)
            }
            body += chart(key: key, rows: rows, actuals: actuals, cite: cite)
        }
        body += "</section>\n<section><h2>\(t("Scorecard by year", "逐年完成情况"))</h2>\n"
        for period in Array(Set(targets.map(\.period))).sorted() {
            for jurisdiction in Array(Set(targets.filter { $0.period == period }.map(\.jurisdiction))).sorted() {
                body += scorecard(targets.filter { $0.period == period && $0.jurisdiction == jurisdiction },
                                  title: "\(period) · \(jurisdiction)", cite: cite)
            }
        }
        body += "</section>\n" + goalsSection(cite: cite) + diffSection(cite: cite)
        body += sourcesSection(cited)
        return page(body)
    }

    func header() -> String {
        var out = "<header><h1>\(t("Work reports held to their own word", "政府工作报告：目标与实际"))</h1>\n<p class=\"meta\">"
        out += "gwr \(CLI.version) · \(t("tolerance for 左右 targets", "“左右”目标的容差")): \(Self.escape(tolerance.description))"
        out += "; \(t("exceeded: more than", "超额完成：高于目标")) \(Format.number(VerdictRules.exceedPoints)) \(t("point above a rate target or", "个百分点（速度类）或"))"
        out += " \(Format.number(VerdictRules.exceedShare * 100))% \(t("above a level", "（总量类）"))</p>\n<table class=\"reports\"><thead><tr>"
        for title in [t("report", "报告"), t("jurisdiction", "地区"), t("year", "年份"), t("kind", "类型"), t("reviews", "回顾"), t("targets", "目标"), t("title", "标题")] {
            out += "<th>\(title)</th>"
        }
        out += "</tr></thead><tbody>\n"
        for m in reports {
            out += "<tr><td>\(Self.escape(m.id))</td><td>\(Self.escape(m.jurisdiction))</td><td>\(m.year)</td><td>\(m.kind.rawValue)</td>"
            out += "<td>\(m.reviews.map(\.description).joined(separator: ", "))</td><td>\(m.targets.map(\.description).joined(separator: ", "))</td>"
            out += "<td>\(Self.escape(m.title))</td></tr>\n"
        }
        return out + "</tbody></table></header>\n"
    }

    /// Headline indicators: those among the main expected targets (主要预期目标) of more than one
    /// year, per jurisdiction, with one target a year in one unit.
    func chartIndicators(_ rows: [Comparison]) -> [(String, [Comparison])] {
        var groups: [String: [Comparison]] = [:]
        for row in rows where row.target?.value != nil && row.target?.stretch == false && row.target?.section == .mainTargets {
            groups["\(row.jurisdiction)|\(row.indicatorID)", default: []].append(row)
        }
        var out: [(String, [Comparison])] = []
        for (key, list) in groups {
            let unit = list[0].target?.unit
            var perYear: [Period: Comparison] = [:]
            for row in list where row.target?.unit == unit && perYear[row.period] == nil { perYear[row.period] = row }
            if perYear.count > 1 { out.append((key, perYear.values.sorted { $0.period < $1.period })) }
        }
        return out.sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
    }

    /// Target against actual per year: a 左右 target as a band (the tolerance), an 以上 target as a
    /// floor with an upward tick, an 以内 target as a ceiling; actuals as filled circles on a solid
    /// line; years without a result as a gap with the report that would fill it. Shapes and dashes,
    /// not colour alone, so it prints in black and white.
    func chart(key: String, rows: [Comparison], actuals: [(Int, Statement)], cite: (Statement?) -> String) -> String {
        let parts = key.split(separator: "|").map(String.init)
        let id = parts.count > 1 ? parts[1] : key
        let name = language == .en ? (catalog.indicator(id)?.english ?? rows[0].indicator) : rows[0].indicator
        let unit = rows.first?.target?.unit ?? ""
        let targetYears = rows.map(\.period.start)
        guard let firstTarget = targetYears.min(), let lastTarget = targetYears.max() else { return "" }
        let shownActuals = actuals.filter { $0.0 >= firstTarget - 1 && $0.0 <= lastTarget }.sorted { $0.0 < $1.0 }
        let first = min(firstTarget, shownActuals.first?.0 ?? firstTarget), last = lastTarget
        var values: [Double] = rows.compactMap { $0.target?.number }
        values += rows.compactMap { $0.target?.upper.flatMap(Double.init) }
        values += shownActuals.compactMap { $0.1.number }
        let allowed = tolerance.absolute(for: values.first ?? 0, percentUnit: unit == "%")
        let low = (values.min() ?? 0) - allowed - 0.5, high = (values.max() ?? 1) + allowed + 0.5
        let width = 640.0, height = 260.0, left = 56.0, right = 24.0, top = 24.0, bottom = 40.0
        // Years sit inset from the axes so a band never covers the tick labels.
        let inset = 24.0
        func x(_ year: Int) -> Double {
            last == first ? left + (width - left - right) / 2
                : left + inset + Double(year - first) / Double(last - first) * (width - left - right - 2 * inset)
        }
        func y(_ v: Double) -> Double { top + (high - v) / (high - low) * (height - top - bottom) }
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(Self.escape(name))\" class=\"chart\">\n"
        // Axes and grid.
        for k in 0...4 {
            let v = low + (high - low) * Double(k) / 4
            svg += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" class=\"grid\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(f(y(v) + 4))\" class=\"tick\" text-anchor=\"end\">\(Format.number(v, digits: 1))</text>\n"
        }
        for year in first...last {
            svg += "<text x=\"\(f(x(year)))\" y=\"\(f(height - bottom + 18))\" class=\"tick\" text-anchor=\"middle\">\(year)</text>"
        }
        var actualPoints: [(Double, Double)] = []
        for row in rows {
            guard let target = row.target, let value = target.number else { continue }
            let cx = x(row.period.start), cy = y(value)
            switch target.comparator {
            case .about:
                svg += "<rect x=\"\(f(cx - 10))\" y=\"\(f(y(value + allowed)))\" width=\"20\" height=\"\(f(y(value - allowed) - y(value + allowed)))\" class=\"band\"/>"
            case .atLeast:
                svg += "<line x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(cy))\" y2=\"\(f(cy - 18))\" class=\"floor\"/>"
            case .atMost:
                svg += "<line x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(cy))\" y2=\"\(f(cy + 18))\" class=\"floor\"/>"
            case .between:
                // A range (6%—6.5%) is its band, from the lower bound to the upper.
                if let upper = target.upper.flatMap(Double.init) {
                    svg += "<rect x=\"\(f(cx - 10))\" y=\"\(f(y(upper)))\" width=\"20\" height=\"\(f(y(value) - y(upper)))\" class=\"band\"/>"
                }
            default: break
            }
            svg += "<rect x=\"\(f(cx - 5))\" y=\"\(f(cy - 5))\" width=\"10\" height=\"10\" class=\"target\"><title>\(Self.escape(FigureText.of(target)))</title></rect>\n"
            if row.result == nil {
                // A gap: the year's result is not in any loaded report.
                svg += "<text x=\"\(f(cx))\" y=\"\(f(height - 6))\" class=\"gap\" text-anchor=\"middle\">\(t("no result", "暂无结果"))</text>\n"
            }
        }
        for (year, result) in shownActuals {
            guard let v = result.number else { continue }
            let status = rows.first { $0.period.start == year }?.verdict.status.rawValue ?? "no-target"
            actualPoints.append((x(year), y(v)))
            svg += "<circle cx=\"\(f(x(year)))\" cy=\"\(f(y(v)))\" r=\"5\" class=\"actual \(status)\"><title>\(year): \(Self.escape(FigureText.of(result)))</title></circle>"
            svg += "<text x=\"\(f(x(year) + 8))\" y=\"\(f(y(v) - 6))\" class=\"tick\">\(Self.escape(FigureText.of(result)))</text>\n"
        }
        if actualPoints.count > 1 {
            svg += "<polyline points=\"\(actualPoints.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))\" class=\"actual-line\"/>\n"
        }
        svg += "</svg>\n"
        var out = "<figure class=\"indicator\"><figcaption>\(Self.escape(name)) <span class=\"id\">\(Self.escape(id)) · \(Self.escape(parts.first ?? "")) · \(Self.escape(unit))</span></figcaption>\n"
        out += svg + "<p class=\"legend\"><span class=\"key target\">■</span> \(t("target (band: 左右 ± tolerance; tick up: floor 以上; tick down: ceiling 以内)", "目标（色带：左右±容差；上刻：以上；下刻：以内）"))"
        out += " <span class=\"key actual\">●</span> \(t("result (solid line)", "实际（实线）"))</p>\n<ul class=\"chart-notes\">"
        for (year, result) in shownActuals where !rows.contains(where: { $0.period.start == year }) {
            out += "<li>\(year): \(t("actual", "实际")) \(Self.escape(FigureText.of(result))) \(cite(result)) · \(t("no target loaded for this year", "未载入该年目标"))</li>"
        }
        for row in rows {
            out += "<li>\(row.period): \(t("target", "目标")) \(Self.escape(row.target.map(FigureText.of) ?? "")) \(cite(row.target))"
            if let result = row.result { out += " · \(t("actual", "实际")) \(Self.escape(FigureText.of(result))) \(cite(result))" }
            else if let advice = row.advice { out += " · \(Self.escape(advice))" }
            out += " · <span class=\"status \(row.verdict.status.rawValue)\">\(language.status(row.verdict.status.rawValue))</span></li>"
        }
        return out + "</ul></figure>\n"
    }

    func scorecard(_ rows: [Comparison], title: String, cite: (Statement?) -> String) -> String {
        let count = { (s: Status) in rows.filter { $0.verdict.status == s }.count }
        var out = "<h3>\(Self.escape(title))</h3>\n<p class=\"counts\">\(rows.count) \(t("targets", "项目标")): "
        out += "\(count(.exceeded) + count(.met) + count(.metWithinTolerance)) \(t("met", "完成")), \(count(.missed)) \(t("missed", "未完成")), "
        out += "\(count(.notEvaluable)) \(t("not evaluable", "无法评估")), \(count(.noResult)) \(t("without a result", "暂无结果"))</p>\n"
        // Judged rows and the main expected targets in the table; the other targets still waiting for
        // a result fold away (a <details> element: no script needed).
        let ordered = rows.sorted { ($0.verdict.status == .noResult ? 1 : 0, $0.indicatorID) < ($1.verdict.status == .noResult ? 1 : 0, $1.indicatorID) }
        let shown = ordered.filter { $0.verdict.status != .noResult || $0.targets.contains { $0.section == .mainTargets } }
        let folded = ordered.filter { row in !shown.contains { $0.indicatorID == row.indicatorID && $0.target == row.target } }
        if !shown.isEmpty { out += table(shown, cite: cite) }
        if !folded.isEmpty {
            out += "<details><summary>\(folded.count) \(t("more targets without a result", "项目标暂无结果"))</summary>\n" + table(folded, cite: cite) + "</details>\n"
        }
        return out
    }

    func table(_ ordered: [Comparison], cite: (Statement?) -> String) -> String {
        var out = "<table class=\"scorecard\"><thead><tr>"
        for title in [t("indicator", "指标名称"), t("target", "目标"), t("actual", "实际"), t("status", "完成情况"), t("gap", "差距"), t("target source", "目标出处"), t("result source", "实际出处")] {
            out += "<th>\(title)</th>"
        }
        out += "</tr></thead><tbody>\n"
        for row in ordered {
            let name = language == .en ? (catalog.indicator(row.indicatorID)?.english ?? row.indicator) : row.indicator
            out += "<tr><td>\(Self.escape(name))</td><td class=\"num\">\(Self.escape(row.target.map(FigureText.of) ?? ""))</td>"
            out += "<td class=\"num\">\(Self.escape(row.result.map(FigureText.of) ?? ""))</td>"
            out += "<td><span class=\"status \(row.verdict.status.rawValue)\">\(language.status(row.verdict.status.rawValue))</span></td>"
            out += "<td class=\"num\">\(row.verdict.gap.map { Format.signed($0, digits: 1) + " " + row.verdict.gapUnit } ?? "")</td>"
            out += "<td>\(cite(row.target))\(row.targets.count > 1 ? " (+\(row.targets.count - 1))" : "")</td><td>\(cite(row.result))</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    func goalsSection(cite: (Statement?) -> String) -> String {
        let shown = goals.filter { $0.goal.section == .fiveYearGoals && $0.latest != nil }
        guard !shown.isEmpty else { return "" }
        var out = "<section><h2>\(t("Five-year goals: progress to date", "五年目标：进展"))</h2>\n<table class=\"goals\"><tbody>\n"
        for g in shown {
            let name = language == .en ? (catalog.indicator(g.goal.indicatorID)?.english ?? g.goal.indicator) : g.goal.indicator
            // The bar: how much of the goal is reached (for a ceiling, how close the value has come down to it).
            var share = g.state == .achieved || g.state == .onTrack ? 100.0 : 0
            if share == 0, let goal = g.goal.number, let latest = g.latest?.number, goal > 0, latest > 0 {
                share = g.goal.comparator == .atMost ? goal / latest * 100 : (g.share ?? latest / goal * 100)
            }
            share = min(max(share, 0), 100)
            out += "<tr><td>\(Self.escape(name))<br><span class=\"id\">\(g.goal.period?.description ?? "") · \(Self.escape(g.goal.jurisdiction))</span></td>"
            out += "<td class=\"bar\"><div class=\"track\"><div class=\"fill \(g.state.rawValue)\" style=\"width:\(Format.number(share, digits: 1))%\"></div></div></td>"
            out += "<td>\(Self.escape(g.latest.map(FigureText.of) ?? "")) (\(g.latest?.period?.description ?? "")) \(t("of", "／")) \(Self.escape(FigureText.of(g.goal)))"
            out += g.share.map { " · \(Format.number($0, digits: 1))%" } ?? ""
            out += " · <span class=\"status \(g.state.rawValue)\">\(language.status(g.state.rawValue))</span><br>\(cite(g.goal)) \(cite(g.latest))</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    func diffSection(cite: (Statement?) -> String) -> String {
        guard let diff else { return "" }
        var out = "<section><h2>\(t("Priorities", "工作重点变化")): \(Self.escape(diff.before.id)) → \(Self.escape(diff.after.id))</h2>\n<div class=\"terms\">"
        for kind in TermChange.Kind.allCases {
            let ofKind = diff.terms.filter { $0.kind == kind }
            let terms = Array(ofKind.prefix(12)) + ofKind.dropFirst(12).filter { $0.source == "list" }
            guard !terms.isEmpty else { continue }
            let label: String
            switch kind {
            case .new: label = t("new", "新出现")
            case .dropped: label = t("dropped", "不再提及")
            case .rising: label = t("rising", "升温")
            case .falling: label = t("falling", "降温")
            }
            out += "<div><h3>\(label)</h3><ul>" + terms.map { "<li>\(Self.escape($0.term)) <span class=\"id\">\($0.countBefore) → \($0.countAfter)</span></li>" }.joined() + "</ul></div>"
        }
        out += "</div>\n"
        let changed = diff.targets.filter { $0.kind != .unchanged }
        if !changed.isEmpty {
            out += "<table class=\"scorecard\"><thead><tr><th>\(t("indicator", "指标"))</th><th>\(t("before", "原目标"))</th><th>\(t("after", "新目标"))</th><th>\(t("change", "变化"))</th></tr></thead><tbody>\n"
            for c in changed {
                out += "<tr><td>\(Self.escape(c.indicator))</td><td>\(Self.escape(c.before.map(FigureText.of) ?? "")) \(cite(c.before))</td>"
                out += "<td>\(Self.escape(c.after.map(FigureText.of) ?? "")) \(cite(c.after))</td><td>\(c.kind.rawValue)\(c.valueChange.map { " " + Format.signed($0) } ?? "")</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        return out + "</section>\n"
    }

    func sourcesSection(_ cited: [String: Statement]) -> String {
        var out = "<section class=\"sources\"><h2>\(t("Sources: every figure at its line", "出处：每个数字的原文"))</h2>\n<dl>\n"
        for (anchor, s) in cited.sorted(by: { ($0.value.report, $0.value.line) < ($1.value.report, $1.value.line) }) {
            var source = ""
            // A figures-table row links to the page it was read on: the only address the page holds.
            if let citation = s.citation {
                source = " — <a class=\"page\" href=\"\(Self.escape(citation.url))\" rel=\"noreferrer\">\(Self.escape(citation.title))</a>"
                    + (citation.published.isEmpty ? "" : ", \(Self.escape(citation.published))")
            }
            out += "<dt id=\"\(anchor)\">\(Self.escape(s.file)):\(s.line)</dt><dd>\(Self.escape(s.text))\(source)</dd>\n"
        }
        return out + "</dl></section>\n"
    }

    func page(_ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(t("gwr scorecard", "gwr 目标完成情况"))</title>
        <style>
        body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif; margin: 2em auto; max-width: 1040px; color: #111; line-height: 1.5; padding: 0 1em; }
        h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { border-bottom: 2px solid #333; padding-bottom: .2em; margin-top: 2em; } h3 { margin-bottom: .3em; }
        .meta, .id, .legend, .counts { color: #555; font-size: .9em; }
        table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; font-size: .92em; }
        th, td { border: 1px solid #bbb; padding: .3em .5em; text-align: left; vertical-align: top; }
        th { background: #eee; } td.num { text-align: right; white-space: nowrap; }
        .status { padding: 0 .4em; border-radius: 3px; white-space: nowrap; border: 1px solid #666; }
        .status.exceeded, .status.met, .status.achieved, .status.on-track { background: #d7f0d7; }
        .status.met-within-tolerance, .status.in-progress { background: #fff0c2; }
        .status.missed, .status.behind { background: #f8d0d0; font-weight: bold; }
        .status.not-evaluable, .status.no-result, .status.no-data { background: #f2f2f2; font-style: italic; }
        figure.indicator { margin: 1em 0 2em; page-break-inside: avoid; } figcaption { font-weight: bold; }
        svg.chart { width: 100%; max-width: 640px; height: auto; display: block; overflow: visible; }
        .grid { stroke: #ddd; stroke-width: 1; } .tick { font-size: 11px; fill: #444; }
        .band { fill: #ccc; fill-opacity: .6; stroke: #666; stroke-dasharray: 3 2; }
        .floor { stroke: #333; stroke-width: 2; stroke-dasharray: 4 2; }
        .target { fill: #fff; stroke: #111; stroke-width: 2; }
        .actual { stroke: #111; stroke-width: 1.5; } .actual.met, .actual.exceeded { fill: #2a8a2a; } .actual.missed { fill: #c02020; }
        .actual.met-within-tolerance { fill: #d9a400; } .actual.not-evaluable, .actual.no-result { fill: #888; }
        .actual-line { fill: none; stroke: #111; stroke-width: 1.5; } .gap { font-size: 11px; fill: #777; }
        .key.target { color: #111; } .chart-notes { font-size: .88em; color: #333; padding-left: 1.2em; }
        .bar { width: 38%; } .track { background: #eee; border: 1px solid #999; height: 14px; } .fill { height: 100%; background: #555; }
        .fill.achieved, .fill.on-track { background: #2a8a2a; } .fill.in-progress { background: repeating-linear-gradient(45deg, #777, #777 4px, #aaa 4px, #aaa 8px); }
        .terms { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 1em; }
        .terms ul { padding-left: 1.2em; margin: 0; }
        a.src { color: #114488; font-size: .85em; white-space: nowrap; }
        .sources dt { font-weight: bold; margin-top: .6em; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; }
        .sources dd { margin-left: 1.5em; } .sources dt:target + dd { background: #fff7c0; }
        @media print { body { margin: 0; max-width: none; } a.src { color: #000; } h2 { page-break-after: avoid; } }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    private func f(_ v: Double) -> String { Format.number(v, digits: 1) }
}
