// swift-tools-version:6.0
import PackageDescription

// Benchmarks for the pipe and range-watch host modules (issue #7): pipe throughput (messages/s at
// 16 B and 64 KiB, host↔host and guest↔guest) and range-watch emit cost with 10,000 watches and 100
// keys per flush. Run with `swift run -c release piperangewatch-bench`.
let package = Package(
    name: "PipeRangeWatchBenchmarks",
    dependencies: [
        .package(name: "WasmHost", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "piperangewatch-bench",
            dependencies: [
                .product(name: "WasmHost", package: "WasmHost"),
                .product(name: "WasmHostPipe", package: "WasmHost"),
                .product(name: "WasmHostRangeWatch", package: "WasmHost"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
