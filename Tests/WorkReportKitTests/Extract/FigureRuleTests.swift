import Testing
@testable import WorkReportKit

/// The reading rules, each with the examples the reports gave (issue 3), run through the
/// same extractor the commands use.
struct FigureRuleTests {
    struct Expect: CustomStringConvertible {
        let indicatorID: String?
        let value: String?
        let unit: String
        let comparator: String
        var stretch = false
        var description: String { "\(indicatorID ?? "?") \(value ?? "-")\(unit) \(comparator)\(stretch ? " 力争" : "")" }
    }

    /// Statements of one sentence read as the given section of a 2022 Hangzhou report.
    func read(_ text: String, role: SectionRole = .mainTargets, kind: StatementKind = .target) -> Extraction {
        let metadata = ReportMetadata(id: "t", file: "t.txt", jurisdiction: "hangzhou", year: 2022, reviews: [Period(year: 2021)],
                                      targets: [Period(year: 2022)], kind: .workReport, title: "t", source: "")
        let section = Section(role: role, heading: "", level: 1, firstLine: 1, lastLine: 1, period: Period(year: 2022))
        let report = Report(metadata: metadata, path: "t.txt", encoding: .utf8,
                            lines: [SourceLine(number: 1, raw: text, text: text, disposition: .content)],
                            blocks: [TextBlock(passage: Passage(text: CharacterFolding.fold(text), line: 1), kind: .paragraph, section: 0)],
                            sections: [section], tasks: [], joins: [], findings: [])
        return Extractor.extract(report, catalog: Bundled.catalog)
    }

    func check(_ text: String, _ expected: [Expect], role: SectionRole = .mainTargets) {
        let found = read(text, role: role).statements
        let got = found.map { Expect(indicatorID: $0.indicatorID, value: $0.value, unit: $0.unit,
                                     comparator: $0.comparator.description, stretch: $0.stretch).description }
        #expect(got == expected.map(\.description), "\(text)")
    }

    @Test func listsGiveOneStatementPerFigure() {
        check("城乡居民人均可支配收入分别增长8.8%和10.3%", [
            Expect(indicatorID: "urban_income_growth", value: "8.8", unit: "%", comparator: "="),
            Expect(indicatorID: "rural_income_growth", value: "10.3", unit: "%", comparator: "="),
        ], role: .review)
        check("城镇、农村居民人均可支配收入分别增长 7.5%和 8.5%", [
            Expect(indicatorID: "urban_income_growth", value: "7.5", unit: "%", comparator: "="),
            Expect(indicatorID: "rural_income_growth", value: "8.5", unit: "%", comparator: "="),
        ])
        let shared = read("粮食播种面积和产量分别达137.8万亩、10.58亿斤以上").statements
        #expect(shared.map(\.value) == ["137.8", "10.58"])
        #expect(shared.map(\.comparator.description) == [">=", ">="])
        #expect(shared.map(\.unit) == ["万亩", "亿斤"])
        let both = read("登记交易规模和上架产品数均增长10%").statements
        #expect(both.map(\.indicator) == ["登记交易规模", "上架产品数"])
        #expect(both.allSatisfy { $0.value == "10" })
    }

    @Test func levelAndGrowthInOneClause() {
        check("全市生产总值18109亿元、增长8.5%", [
            Expect(indicatorID: "gdp", value: "18109", unit: "亿元", comparator: "="),
            Expect(indicatorID: "gdp_growth", value: "8.5", unit: "%", comparator: "="),
        ], role: .review)
    }

    @Test func thresholdsInsideNounsAreNotValues() {
        let projects = read("力争新落地总投资10亿元以上产业项目15个", role: .tasks)
        #expect(projects.statements.map(\.value) == ["15"])
        #expect(projects.statements.first?.stretch == true)
        #expect(projects.audit.map(\.reason) == [.threshold])
        let graduates = read("新引进35岁以下大学生40.1万名", role: .review)
        #expect(graduates.statements.map(\.value) == ["40.1"])
        #expect(graduates.audit.map(\.reason) == [.age])
        let tax = read("推进亩均税收3万元以下低效企业整治提升", role: .tasks)
        #expect(tax.statements.isEmpty)
        #expect(tax.audit.map(\.reason) == [.threshold])
        // A count with 以上 before its noun is a figure: 新建 400 家以上农村文化礼堂.
        #expect(read("新建 400 家以上农村文化礼堂", role: .livelihood).statements.map(\.comparator.description) == [">="])
    }

    @Test func baseAndStretch() {
        check("跨境电商出口规模达900亿元、力争1050亿元", [
            Expect(indicatorID: "cross_border_ecommerce_exports", value: "900", unit: "亿元", comparator: ">="),
            Expect(indicatorID: "cross_border_ecommerce_exports", value: "1050", unit: "亿元", comparator: ">=", stretch: true),
        ], role: .tasks)
    }

    @Test func qualitativeAndRelationalTargets() {
        let s = read("全市生产总值增长6.5%以上；城乡居民人均可支配收入高于GDP增速，收入倍差持续缩小；完成国家和省下达的能源环境指标计划目标。").statements
        #expect(s.map(\.comparator.description) == [">=", "高于", "持续缩小", "完成下达"])
        #expect(s.map(\.indicatorID) == ["gdp_growth", "resident_income_growth", "urban_rural_income_ratio", "energy_environment_targets"])
        let sync = read("居民收入增长与经济增长基本同步").statements
        #expect(sync.map(\.indicatorID) == ["resident_income_growth"])
        #expect(sync.first?.value == nil)
        #expect(read("全员劳动生产率稳步提高").statements.map(\.comparator.description) == ["稳步提高"])
    }

    @Test func resultQualifiers() {
        check("经营主体突破200万户，企业总数超100万户", [
            Expect(indicatorID: "market_entities_total", value: "200", unit: "万户", comparator: ">="),
            Expect(indicatorID: "enterprises_total", value: "100", unit: "万户", comparator: ">="),
        ], role: .review)
        let more = read("市场主体达18万余家，预计全年增长6%左右，建成300多个", role: .review).statements
        #expect(more.map(\.unit) == ["万家", "%", "个"])
        #expect(more.map(\.comparator.description) == [">=", "~", ">="])
        #expect(more.map(\.qualifier) == ["达+余", "预计+左右", "多"])
        // 2000多个 is a count, not the year 2000.
        #expect(read("全年实施重点项目2000多个", role: .review).statements.map { "\($0.value ?? "") \($0.unit) \($0.comparator)" } == ["2000 个 >="])
    }

    @Test(arguments: [
        ("出台“1+12”惠企政策", SkipReason.code),
        ("以“5433”现代综合交通大会战为重点", .code),
        ("全部实现“8050”目标", .code),
        ("“3+N”产业基金集群规模达2539亿元", .code),
        ("市区PM2.5平均浓度下降", .name),
        ("PM2.5年均浓度持续下降", .name),
        ("谋划G60科创走廊建设", .name),
        ("建成5G基站", .name),
        ("连续15年居全国副省级城市第一", .duration),
        ("截至 4 月 23 日", .date),
        ("2021年是中国共产党成立", .date),
        ("会议于上午9:30在市民中心召开", .date),
        ("本报讯 13日上午，区人大会议开幕", .date),
        // A span of the calendar opens the clause: its first month is no range of figures.
        ("1-9月，全区实现生产总值644.63亿元", .date),
        ("1—5月份全市工业用电量增长", .date),
        ("举办第19届亚运会", .ordinal),
        ("打造世界500强企业", .name),
        ("推进“四好农村路”2.0版建设", .name),
        // Words after the number, tried only where its next character opens one.
        ("改建104国道和320省道", .name),
        ("迎接建党100周年", .duration),
        ("深入实施152工程", .code),
        ("招引10亿元以上产业项目", .threshold),
        ("3万元以下低效企业", .threshold),
    ])
    func notFigures(text: String, reason: SkipReason) {
        let result = read(text, role: .tasks)
        #expect(result.audit.first?.reason == reason, "\(text): \(result.audit.map(\.reason))")
        #expect(!result.statements.contains { $0.value == result.audit.first?.token }, "\(text)")
    }

    /// A year named in a five-year plan's sentence narrows the figure to that year; the search stops
    /// at the sentence's end (。；！？) and never names the plan's last year.
    @Test func aYearInTheSentenceNarrowsAFiveYearPeriod() {
        let plan = Period(from: 2021, to: 2025)
        func year(_ text: String) -> Period? {
            let s = Array(text.unicodeScalars)
            let at = NumberScanner.tokens(in: s).last!.start
            return Extractor.explicitYear(in: s, before: at, within: plan)
        }
        #expect(year("其中，2021年数字经济核心产业增加值增幅力争达到15%") == Period(year: 2021))
        #expect(year("2023年前后，研发投入强度达到3.5%") == Period(year: 2023))
        for stop in ["。", "；", "！", "？"] {
            #expect(year("2021年开局良好\(stop)数字经济核心产业增加值年均增长15%") == nil, "\(stop)")
        }
        #expect(year("到2025年，数字经济核心产业增加值达到15%") == nil)
        #expect(Extractor.explicitYear(in: Array("2021年增长15%".unicodeScalars), before: 7, within: Period(year: 2021)) == nil)
    }

    @Test func chineseNumeralsAreListedNotRead() {
        let result = read("站在“后亚运、两万亿、超大城市”新起点，新增财力三分之二以上用于民生，深化“千万工程”，总量达3.5万亿元", role: .review)
        #expect(result.audit.filter { $0.reason == .chineseNumeral }.map(\.token) == ["两万亿", "三分之二", "千万"])
        #expect(result.statements.map(\.value) == ["3.5"])
    }

    @Test func itemNumbersGluedToValues() {
        // A sub-task's own number: 1.2021年…, 4.25个…
        let item = FigureReader("4.25个重点项目开工", kind: .target, skipItemNumber: true)
        #expect(item.skipped.map(\.reason) == [.itemNumber])
        #expect(item.figures.map(\.token.text) == ["25"])
        let year = FigureReader("1.2021年巩固保护提升81.04万亩粮食生产功能区", kind: .target, skipItemNumber: true)
        #expect(year.skipped.map(\.reason) == [.itemNumber, .date])
        #expect(year.figures.map(\.token.text) == ["81.04"])
    }

    @Test func rankingsAreRankStatements() {
        let s = read("全市地区生产总值稳居全国城市第8", role: .review).statements
        #expect(s.map(\.value) == ["8"])
        #expect(s.first?.indicatorID.hasSuffix("_rank") == true)
    }

    @Test func overlongNumbersAreFindingsNotTraps() {
        let digits = String(repeating: "9", count: 400)
        let result = read("增长\(digits)%", role: .review)
        #expect(result.statements.isEmpty)
        #expect(result.audit.map(\.reason) == [.overlong])
    }
}

/// Wordings that differ across years land on one id (issue 3's example).
struct CatalogAliasTests {
    @Test(arguments: ["研发投入强度", "全社会研发经费投入强度", "全社会研发投入占GDP比重", "研究与试验发展经费支出与地区生产总值之比"])
    func rndIntensityWordings(wording: String) {
        #expect(Bundled.catalog.match(wording, growth: false, unit: "%")?.id == "rnd_intensity")
    }

    @Test func levelAndGrowthShareAWordingButNotAnID() {
        #expect(Bundled.catalog.match("全市地区生产总值", growth: false, unit: "亿元")?.id == "gdp")
        #expect(Bundled.catalog.match("全市地区生产总值", growth: true, unit: "%")?.id == "gdp_growth")
        #expect(Bundled.catalog.match("数字经济核心产业增加值占GDP比重", growth: false, unit: "%")?.id == "digital_economy_core_share")
    }

    @Test func aCPIAboutTargetIsACeiling() throws {
        #expect(Bundled.catalog.indicator("cpi")?.direction == .lower)
    }

    @Test func userCatalogExtendsTheBundledOne() throws {
        var catalog = Bundled.catalog
        try catalog.add("id\tmeasure\tdirection\tenglish\taliases\nrnd_intensity\tshare\thigher\tR&D\t研发强度\nnew_thing\tcount\thigher\tA new thing\t新鲜事物数\n", path: "x")
        #expect(catalog.match("全市研发强度", growth: false, unit: "%")?.id == "rnd_intensity")
        #expect(catalog.match("新鲜事物数", growth: false, unit: "个")?.id == "new_thing")
        #expect(throws: LoadError.self) { try catalog.add("bad_row\tlevel\n", path: "x") }
    }

    @Test func derivedIDsAreStable() {
        #expect(IndicatorCatalog.derivedID("新鲜事物", growth: false) == IndicatorCatalog.derivedID("新鲜事物", growth: false))
        #expect(IndicatorCatalog.derivedID("新鲜事物", growth: true).hasSuffix("_growth"))
        #expect(IndicatorCatalog.derivedID("新鲜事物", growth: false).hasPrefix("x_"))
    }
}

/// Regressions found by Scripts/fuzz.
struct FuzzRegressionTests {
    /// A 20 MB line of 「全市生产总值18109亿元、」 once made extraction quadratic (each figure looked back
    /// over the whole clause). The same shape, smaller: every figure is read, each clause text is cut
    /// to 400 characters around its figure.
    @Test func oneEndlessClauseOfFigures() {
        let unit = "全市生产总值18109亿元、"
        let text = String(repeating: unit, count: 3000)
        let reader = FigureReader(text, kind: .result, skipItemNumber: false)
        #expect(reader.figures.count == 3000)
        #expect(reader.figures.allSatisfy { $0.token.text == "18109" && $0.unit == "亿元" })
        let last = reader.figures[reader.figures.count - 1]
        #expect(Extractor.clauseText(reader, last.clause, around: last.token.start).count <= 400)
    }

    /// A 20 MB line repeating 「增长6.5%左右，」 after a two-member subject once made the list reader
    /// quadratic (Scripts/fuzz, seed 2040): each figure said of both members was spliced into the
    /// array of all figures. The same shape, smaller: every figure read, for each member.
    @Test func oneEndlessSentenceOfCarriedChanges() {
        let text = "确保中央预算内投资、超长期特别国债" + String(repeating: "增长6.5%左右，", count: 2000)
        let reader = FigureReader(text, kind: .target, skipItemNumber: false)
        #expect(reader.figures.count == 4000)
        #expect(reader.figures.allSatisfy { $0.token.text == "6.5" && $0.comparator == .about })
        #expect(Set(reader.figures.map(\.indicator)) == ["中央预算内投资", "超长期特别国债"])
    }

    /// 400-digit numbers and comparator words with no number: skipped or ignored, never a trap.
    @Test func hostileNumbersAndWords() {
        let digits = String(repeating: "9", count: 400)
        let reader = FigureReader("增长\(digits).5%左右，研发投入强度\(digits)亿元以上；左右以上以内控制在力争预计余多超。", kind: .target, skipItemNumber: true)
        #expect(reader.figures.isEmpty)
        #expect(reader.skipped.map(\.reason) == [.overlong, .overlong])
    }
}
