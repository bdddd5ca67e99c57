import Foundation

/// `--lang en|zh`: the language of headers, statuses and indicator names. Data as written in
/// the reports (clauses, figures) stays Chinese; CSV keeps its fixed English keys as header.
public enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// Column titles in Chinese, by column key.
    static let zhTitles: [String: String] = [
        "period": "时期", "year": "年份", "jurisdiction": "地区", "indicator": "指标名称", "indicator_id": "指标代码",
        "target": "目标", "actual": "实际", "status": "完成情况", "gap": "差距", "gap_unit": "单位",
        "target_source": "目标出处", "result_source": "实际出处", "progress": "年内进展", "rule": "判定规则", "advice": "建议",
        "target_url": "目标网址", "result_url": "实际网址", "paired_by": "配对方式", "url": "网址", "citation": "来源",
        "report": "报告", "file": "文件", "line": "行", "kind": "类型", "section": "部分", "value": "数值", "unit": "单位",
        "comparator": "比较", "qualifier": "限定词", "stretch": "力争", "text": "原文", "token": "数字", "reason": "原因",
        "context": "上下文", "role": "角色", "level": "层级", "first_line": "起始行", "last_line": "结束行", "heading": "标题",
        "id": "代码", "reviews": "回顾", "targets": "目标数", "lines": "行数", "encoding": "编码", "title": "标题",
        "met": "完成", "missed": "未完成", "not_evaluable": "无法评估", "no_result": "暂无结果",
        "goal": "目标", "latest": "最新值", "latest_period": "截至", "share": "完成度", "state": "进度",
        "goal_source": "目标出处", "latest_source": "最新值出处", "part": "部分", "task": "任务", "subtask": "子任务",
        "deadline": "完成时间", "units": "责任单位", "figures": "指标与结果",
    ]

    static let zhStatus: [String: String] = [
        "exceeded": "超额完成", "met": "完成", "met-within-tolerance": "基本完成", "missed": "未完成",
        "not-evaluable": "无法评估", "no-result": "暂无结果", "no-target": "无目标",
        "achieved": "已实现", "in-progress": "推进中", "on-track": "符合进度", "behind": "落后", "no-data": "暂无数据",
    ]

    public func title(_ key: String, english: String) -> String {
        self == .zh ? (Self.zhTitles[key] ?? english) : english
    }

    public func status(_ raw: String) -> String {
        self == .zh ? (Self.zhStatus[raw] ?? raw) : raw
    }

    /// Translates a grid for people: titles, status cells, and (in English) catalogued indicator names.
    public func localized(_ grid: Grid, catalog: IndicatorCatalog?) -> Grid {
        var out = grid
        for i in out.columns.indices { out.columns[i].title = title(out.columns[i].key, english: out.columns[i].title) }
        let statusColumns = grid.columns.indices.filter { ["status", "state"].contains(grid.columns[$0].key) }
        let indicatorColumn = grid.columns.firstIndex { $0.key == "indicator" }
        let idColumn = grid.columns.firstIndex { $0.key == "indicator_id" }
        for r in out.rows.indices {
            for c in statusColumns where c < out.rows[r].count { out.rows[r][c] = status(out.rows[r][c]) }
            if self == .en, let indicatorColumn, let idColumn, let catalog {
                let id = out.rows[r][idColumn]
                let rank = id.endsWith("_rank")
                if let english = catalog.indicator(rank ? String(id.dropLast(5)) : id)?.english {
                    out.rows[r][indicatorColumn] = english + (rank ? " (rank)" : "")
                }
            }
        }
        return out
    }
}
