// swift-tools-version:6.0
import PackageDescription

// Benchmark suite for WasmHost (issue #3): runs the workloads in Fixtures/bench on WasmHost and on
// WasmKit in one process, plus wasm3 through Benchmarks/wasm3_bench.py, and measures startup costs.
// Kept as its own package so the main package stays dependency-free.
let package = Package(
    name: "WasmHostBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named explicitly: a path package is otherwise identified by its folder name, which differs between clones.
        .package(name: "WasmHost", path: ".."),
        .package(url: "https://github.com/swiftwasm/WasmKit", exact: "0.4.2"),
    ],
    targets: [
        .executableTarget(
            name: "wasmhost-bench",
            dependencies: [
                .product(name: "WasmHost", package: "WasmHost"),
                .product(name: "WasmKit", package: "WasmKit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
