import Foundation
import Testing
@testable import WorkReportKit

/// The bundled reports are the seed files byte for byte, so every line number gwr prints
/// points at a line of the published source.
struct BundledReportsTests {
    /// SHA-256 of the five seed files as received (../shared/seeds), computed once by hand with sha256sum.
    static let seedHashes: [String: String] = [
        "hangzhou-2022-work-report.txt": "c7c69f13ddb3ba9d2ad6d4e84bb6c8178d2822be42c7e1e7de794e0483cffae3",
        "xiaoshan-2022-summary.txt": "78e3ef9330f5d70d8eb837807e02a1cb38ff92ed8da59f07b96cc4382e1b8d1c",
        "hangzhou-2020-work-report.txt": "263c50d87b1216040fb2350f26a9c324a4b2db8171c4d1a7ca5f359a6f5cecdc",
        "hangzhou-2025-work-report.txt": "418e7651a0e200a2b1115c468ebd00a6dfa98eb7fc4aa189d1f6c01068ec855c",
        "hangzhou-2021-task-breakdown.txt": "6db7ec534de00a4319f810af96b06928cce5649407ed10d128e478568fa5cd8f",
    ]

    @Test(arguments: seedHashes.keys.sorted())
    func reportIsByteIdenticalToItsSeed(file: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Paths.reports).appendingPathComponent(file))
        #expect(SHA256.hex([UInt8](data)) == Self.seedHashes[file])
    }

    @Test func manifestPinsTheSameHashes() throws {
        let text = try String(contentsOfFile: Paths.reports + "/manifest.ini", encoding: .utf8)
        let manifest = try Manifest.parse(text, path: "manifest.ini")
        #expect(manifest.entries.count == 5)
        for entry in manifest.entries {
            #expect(entry.metadata.sha256 == Self.seedHashes[entry.metadata.file], "\(entry.metadata.id)")
        }
    }

    @Test func allFiveLoadWithTheirMetadata() {
        let reports = Bundled.corpus.reports
        #expect(reports.map(\.id) == [
            "hangzhou-2020-work-report", "hangzhou-2021-task-breakdown", "hangzhou-2022-work-report",
            "xiaoshan-2022-summary", "hangzhou-2025-work-report",
        ])
        #expect(Bundled.corpus.findings.isEmpty)
        let r2022 = Bundled.report("hangzhou-2022-work-report")
        #expect(r2022.metadata.reviews.map(\.description) == ["2021", "2017-2021"])
        #expect(r2022.metadata.targets.map(\.description) == ["2022", "2026"])
        #expect(Bundled.report("xiaoshan-2022-summary").metadata.jurisdiction == "xiaoshan")
        #expect(Bundled.report("hangzhou-2021-task-breakdown").metadata.kind == .taskBreakdown)
        #expect(Bundled.report("hangzhou-2025-work-report").metadata.reviews.map(\.description) == ["2024", "2025Q1"])
        // wc -l of the seeds: 405, 226, 203, 134, 4519 newline-terminated lines (+1 unterminated last line each).
        #expect(r2022.lines.count == 406)
        #expect(Bundled.report("hangzhou-2021-task-breakdown").lines.count == 4520)
    }

    @Test func knownSHA256Vectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let longer = Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8)
        #expect(SHA256.hex(longer) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths either side of where the padding needs a second block, from `sha256sum`.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
    func sha256AtBlockEdges(count: Int, digest: String) {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: count)) == digest)
    }
}
