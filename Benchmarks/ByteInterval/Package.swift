// swift-tools-version:6.0
import PackageDescription

// Benchmark for the ByteInterval target (issue #7): the logbn/byteinterval workloads at
// 256 / 4,096 / 65,536 intervals, plus a long differential run against a brute-force model.
// Run with `swift run -c release byteinterval-bench` (add `--fuzz 1000000` for the differential run).
let package = Package(
    name: "ByteIntervalBenchmarks",
    dependencies: [
        .package(name: "WasmHost", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "byteinterval-bench",
            dependencies: [.product(name: "ByteInterval", package: "WasmHost")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
