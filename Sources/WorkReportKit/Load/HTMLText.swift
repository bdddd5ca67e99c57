/// A saved web page read as its text, line for line, so that every figure keeps the line number
/// of the HTML file: tags dropped, entities decoded, scripts, styles, comments and navigation set
/// aside, table cells kept apart by tabs (and rows written on one line apart by U+2029, which the
/// table reader splits at).
enum HTMLText {
    /// Elements whose content is not the page's text.
    static let hidden: Set<String> = ["script", "style", "noscript", "nav", "footer", "iframe", "svg", "template", "select", "button"]
    /// Elements that end a block of text: a space keeps their words apart.
    static let blocks: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "title"]
    static let rowBreak: Unicode.Scalar = "\u{2029}"

    static func isHTML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }

    static func lines(_ lines: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var hiding: String?        // the element whose content is being skipped
        var inComment = false
        var pendingTag: String.UnicodeScalarView?   // a tag not closed on its line
        for line in lines {
            var text = String.UnicodeScalarView()
            let s = line.scalarArray
            var i = 0
            var cellsInRow = 0
            func handle(_ tag: String.UnicodeScalarView) {
                let body = String(tag).trimmingWhitespace()
                let closing = body.hasPrefix("/")
                let name = String(body.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                if let element = hiding {
                    if closing, name == element { hiding = nil }
                    return
                }
                if !closing, hidden.contains(name), !body.hasSuffix("/") { hiding = name; return }
                if name == "td" || name == "th" {
                    if !closing { if cellsInRow > 0 { text.append("\t") }; cellsInRow += 1 }
                    return
                }
                if name == "tr" {
                    if closing { text.append(rowBreak) }
                    cellsInRow = 0
                    return
                }
                if blocks.contains(name) { text.append(" ") }
            }
            while i < s.count {
                if inComment {
                    if s[i] == "-", i + 2 < s.count, s[i + 1] == "-", s[i + 2] == ">" { inComment = false; i += 3 } else { i += 1 }
                    continue
                }
                if var tag = pendingTag {
                    if s[i] == ">" { pendingTag = nil; handle(tag) } else { tag.append(s[i]); pendingTag = tag }
                    i += 1
                    continue
                }
                if s[i] == "<" {
                    if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" { inComment = true; i += 4; continue }
                    if i + 1 < s.count, s[i + 1].properties.isAlphabetic || s[i + 1] == "/" || s[i + 1] == "!" || s[i + 1] == "?" {
                        pendingTag = String.UnicodeScalarView()
                        i += 1
                        continue
                    }
                }
                if hiding != nil { i += 1; continue }
                if s[i] == "&", let (decoded, length) = entity(s, at: i) {
                    text.append(contentsOf: decoded.unicodeScalars)
                    i += length
                    continue
                }
                text.append(s[i])
                i += 1
            }
            out.append(String(text))
        }
        return out
    }

    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ensp": " ", "emsp": "\u{3000}",
        "mdash": "—", "ndash": "–", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "hellip": "…", "middot": "·",
        "times": "×", "divide": "÷", "le": "≤", "ge": "≥", "deg": "°", "permil": "‰", "yen": "¥", "copy": "©", "reg": "®",
    ]

    /// The character of an entity at `i` (&amp;, &#39;, &#x4E00;) and its length, if it is one.
    static func entity(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i + 1
        while j < s.count, j - i <= 10, s[j] != ";" { j += 1 }
        guard j < s.count, s[j] == ";", j > i + 1 else { return nil }
        let body = String(scalars: s[(i + 1)..<j])
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(scalar), j - i + 1)
        }
        return named[body].map { ($0, j - i + 1) }
    }
}
