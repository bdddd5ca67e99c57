/// Recognises lines that are not the report's own words: site advertising, web-page
/// furniture and separators. Judged on the raw line so the same rule serves inference.
public enum LineClassifier {
    static let advertisementMarkers = ["http://", "https://", "www.", "公众号", "更多数据尽在", "扫码关注"]
    static let pageMarkers = ["浏览次数", "阅读次数", "点击数：", "字号：", "打印本页", "关闭窗口"]

    static let separatorScalars = Set("-_*=~—".unicodeScalars)

    public static func junkReason(_ raw: String) -> JunkReason? {
        let line = raw.trimmingWhitespace()
        if line.isEmpty { return nil }
        // A sentence that quotes a web address is still the report's text.
        let isSentence = line.includes("。") && line.unicodeScalars.count > 40
        if !isSentence, advertisementMarkers.contains(where: { line.includes($0) }) { return .advertisement }
        if !isSentence, pageMarkers.contains(where: { line.includes($0) }) { return .pageMetadata }
        // The cheap test first: nearly every line fails it at its first character.
        if line.unicodeScalars.allSatisfy({ separatorScalars.contains($0) || $0 == " " }), line.count >= 3,
           !line.unicodeScalars.allSatisfy({ $0 == "—" }) {
            return .separator
        }
        return nil
    }
}
