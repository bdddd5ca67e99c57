/// The sign of a figure: 下降2.0% is −2.0, the figure as the report means it, with the verb kept
/// in the clause. An indicator that is itself a fall (单位GDP能耗降低, 压减: measure `decline`)
/// keeps a fall positive and makes a rise negative. A negative figure bounds the other way:
/// 下降3%以上 is a change of at most −3%.
enum Signs {
    struct Signed {
        let value: String
        let upper: String?
        let comparator: Comparator
    }

    static func apply(_ figure: FigureReader.Figure, measure: Measure?) -> Signed {
        let negative = measure == .decline ? figure.change == .rise : figure.change == .fall
        guard negative else { return Signed(value: figure.token.text, upper: figure.upper?.text, comparator: figure.comparator) }
        var comparator = figure.comparator
        if comparator == .atLeast { comparator = .atMost } else if comparator == .atMost { comparator = .atLeast }
        // 下降3%—5% runs from −5 to −3.
        if let upper = figure.upper {
            return Signed(value: negated(upper.text), upper: negated(figure.token.text), comparator: comparator)
        }
        return Signed(value: negated(figure.token.text), upper: nil, comparator: comparator)
    }

    static func negated(_ digits: String) -> String { digits.hasPrefix("-") ? String(digits.dropFirst()) : "-" + digits }
}
