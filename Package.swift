// swift-tools-version:6.0
import PackageDescription

// gwr has no dependencies: the toolchain, Foundation and Swift Testing only.
let package = Package(
    name: "gwr",
    products: [
        .executable(name: "gwr", targets: ["gwr"]),
        .library(name: "WorkReportKit", targets: ["WorkReportKit"]),
    ],
    targets: [
        // Optimised in debug builds too: the tests drive the whole pipeline hundreds of times, and
        // unoptimised generic code made them take 75 s instead of 16 s (a cold build takes 90 s
        // instead of 40 s; release builds are unchanged). For stepping through in a debugger, drop
        // the flag locally.
        .target(name: "WorkReportKit", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .executableTarget(name: "gwr", dependencies: ["WorkReportKit"]),
        .testTarget(
            name: "WorkReportKitTests",
            dependencies: ["WorkReportKit"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
