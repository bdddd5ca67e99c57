import Testing
@testable import WorkReportKit

struct CatalogLoaderTests {
    /// Comments, blank lines and the header are skipped; cells are trimmed; aliases are split
    /// at |, folded, and empty ones dropped; a repeated id adds the aliases it did not have.
    @Test func readsRowsAndExtendsRepeatedIDs() throws {
        var catalog = IndicatorCatalog()
        try catalog.add("""
        # catalog
        id\tmeasure\tdirection\tenglish\taliases

        \u{3000}\t
          # indented comment
        gdp\tlevel\thigher\t GDP \t 地区生产总值 | ＧＤＰ||PM_2.5浓度|\u{200B}
        rd\tshare\thigher\tR&D intensity\t研发投入强度\textra cell
        gdp\tlevel\thigher\tignored\t生产总值|ＧＤＰ|生产总值
        """, path: "t.tsv")
        let gdp = try #require(catalog.indicator("gdp"))
        #expect(gdp.english == "GDP")
        #expect(gdp.aliases == ["地区生产总值", "GDP", "PM2.5浓度", "生产总值", "生产总值"])
        #expect(catalog.indicator("rd")?.aliases == ["研发投入强度"])
        #expect(catalog.indicators.map(\.id) == ["gdp", "rd"])
        #expect(catalog.match("全市生产总值1.8万亿元", growth: false, unit: "亿元")?.id == "gdp")
        #expect(catalog.match("全社会研发投入强度", growth: false, unit: "%")?.id == "rd")
    }

    @Test(arguments: [
        ("a\tlevel\thigher\tA", 1, "a catalog row has 5 tab-separated cells: id, measure, direction, english, aliases"),
        ("A\tlevel\thigher\tA\tx", 1, "indicator id 'A' may use only a-z, 0-9, - and _"),
        ("a\tsize\thigher\tA\tx", 1, "measure must be one of level, growth, share, count, rate, ratio, rank, decline; got 'size'"),
        ("# c\n\na\tlevel\tup\tA\tx", 3, "direction must be one of higher, lower, band; got 'up'"),
        ("id\tmeasure\tdirection\tenglish\taliases\nid\tmeasure\tdirection\tenglish\taliases", 2, "measure must be one of level, growth, share, count, rate, ratio, rank, decline; got 'measure'"),
    ])
    func rejectsMalformedRows(text: String, line: Int, message: String) {
        var catalog = IndicatorCatalog()
        #expect(throws: LoadError.manifest(path: "t.tsv", line: line, message: message)) { try catalog.add(text, path: "t.tsv") }
    }
}
