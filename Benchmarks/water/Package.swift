// swift-tools-version:6.0
import PackageDescription

// Throughput of a W.A.T.E.R. transport (issue #8): a one-way stream through the `plain` WATM (dialer role,
// to a TCP peer) against the same stream over bare loopback TCP and a bare AF_UNIX socket pair.
// Run with `swift run -c release water-bench` (`--mib 1024 --chunk-kib 64 --watm PATH`).
let package = Package(
    name: "WaterBenchmarks",
    dependencies: [
        .package(name: "WasmHost", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "water-bench",
            dependencies: [.product(name: "WasmHostWATER", package: "WasmHost")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
