import Foundation
import Testing
@testable import WorkReportKit

/// Numbers in fixed notation from a double's bits write what Foundation's `%.Nf` writes: every
/// gap and implied target goes through them, and a digit off is a wrong figure.
struct FixedNotationTests {
    static func printf(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// Ties round to the even neighbour on the exact binary value; values that only look like ties
    /// (0.005 is a little above or below) round the way their bits say.
    @Test func tiesAndNearTies() {
        let values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 0.005, 0.015, 0.025, 1.005, 2.675, 1.0005,
                                0.0001, -0.00001, 0.00005, 0.00015, 123.456, 6.5, -5.5, 18109, 0.1 + 0.2, 99.995, 9.9999, 1e-300,
                                5e-324, -5e-324, 1e15, 123_456_789.123_456, 4_503_599_627_370_496.5, 9_007_199_254_740_993]
        for value in values {
            for digits in 0...9 {
                #expect(Format.fixed(value, digits: digits) == Self.printf(value, digits), "\(value) \(digits)")
            }
        }
    }

    /// Random values at every scale a report or a gap has, and far beyond, both signs.
    @Test func randomValuesAtEveryScale() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -12...16, using: &generator)
            var value = pow(10, magnitude) * (Bool.random(using: &generator) ? 1 : -1)
            // A quarter of them short binary fractions, where exact ties live.
            if Int.random(in: 0..<4, using: &generator) == 0 { value = (value * 64).rounded() / 64 }
            let digits = Int.random(in: 0...9, using: &generator)
            #expect(Format.fixed(value, digits: digits) == Self.printf(value, digits), "\(value) \(digits)")
        }
    }

    /// Too large for 128 bits, or more digits than it works out: the formatter's own answer.
    @Test func outsideItsRange() {
        for value in [1e30, -1e200, Double.greatestFiniteMagnitude, 3.5] {
            #expect(Format.fixed(value, digits: 2) == Self.printf(value, 2), "\(value)")
            #expect(Format.fixed(value, digits: 12) == Self.printf(value, 12), "\(value)")
        }
        #expect(Format.number(.infinity) == "")
        #expect(Format.number(-0.001) == "0")
        #expect(Format.number(2.5, digits: 0) == "2")
        #expect(Format.number(0.125) == "0.12")
        #expect(Format.number(-1.50) == "-1.5")
    }

    /// `number` trims what `%.Nf` writes as it always did: zeros after the point, then a bare
    /// point, and -0 is 0; integers keep their zeros.
    @Test func numbersTrimAsTheFormatterTrimmed() {
        func before(_ value: Double, _ digits: Int) -> String {
            guard value.isFinite else { return "" }
            var text = String(format: "%.\(digits)f", value)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text == "-0" ? "0" : text
        }
        let values: [Double] = [0, -0.0, 100, -100, 1000.5, 0.1, -0.04, -0.004, 12.30, 5.5, 1e21, -7, 0.000_01, 18109.0, 2.675]
        for value in values {
            for digits in 0...6 { #expect(Format.number(value, digits: digits) == before(value, digits), "\(value) \(digits)") }
        }
    }
}
