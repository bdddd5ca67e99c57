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
        .target(name: "WorkReportKit"),
        .executableTarget(name: "gwr", dependencies: ["WorkReportKit"]),
        .testTarget(
            name: "WorkReportKitTests",
            dependencies: ["WorkReportKit"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
