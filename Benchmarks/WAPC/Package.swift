// swift-tools-version:6.0
import PackageDescription

// Benchmark for the waPC host (issue #6): invokes per second of `echo` (one host call per invoke) with
// 16 B and 64 KiB payloads, on one instance and on a pool shared by two threads.
// Run with `swift run -c release wapc-bench` (add `--seconds 2` for longer runs).
let package = Package(
    name: "WAPCBenchmarks",
    dependencies: [
        .package(name: "WasmHost", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "wapc-bench",
            dependencies: [.product(name: "WasmHostWAPC", package: "WasmHost")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
