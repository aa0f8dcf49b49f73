// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "WasmHost",
    products: [
        .library(name: "WasmHost", targets: ["WasmHost"]),
        .library(name: "WasmHostWASI", targets: ["WasmHostWASI"]),
        .library(name: "ByteInterval", targets: ["ByteInterval"]),
        .library(name: "WasmHostWAPC", targets: ["WasmHostWAPC"]),
        .library(name: "WasmHostPipe", targets: ["WasmHostPipe"]),
        .library(name: "WasmHostRangeWatch", targets: ["WasmHostRangeWatch"]),
        .library(name: "WasmHostWATER", targets: ["WasmHostWATER"]),
        .executable(name: "wasm-run", targets: ["wasm-run"]),
        .executable(name: "spectest", targets: ["spectest"]),
    ],
    targets: [
        // Binary format model, decoder, validator, translator to the internal code and the interpreter.
        .target(name: "WasmCore", exclude: ["Execution/README.md"]),
        // The embedding API: Runtime, host modules, compiled modules, instances.
        .target(name: "WasmHost", dependencies: ["WasmCore"]),
        // WASI preview1 (`wasi_snapshot_preview1`) over Glibc, with a sandbox and a tracer (named apart from
        // WasmKit's `WASI` target so that both can share a package graph, as in Benchmarks/).
        .target(name: "WasmHostWASI", dependencies: ["WasmHost"], exclude: ["README.md"]),
        .executableTarget(name: "wasm-run", dependencies: ["WasmHost", "WasmHostWASI", "WasmHostWAPC", "WasmHostWATER"]),
        // Runs wast2json scripts of the spec testsuite (used by `spectest` and the tests).
        .target(name: "SpecRunner", dependencies: ["WasmHost"]),
        .executableTarget(name: "spectest", dependencies: ["SpecRunner"]),
        .testTarget(name: "WasmCoreTests", dependencies: ["WasmCore", "WasmHost", "SpecRunner"]),
        .testTarget(name: "WasmHostWASITests", dependencies: ["WasmHostWASI", "WasmHost"]),
        // Interval tree over byte-string keys (used by range-watch; usable alone).
        .target(name: "ByteInterval", exclude: ["README.md"]),
        .testTarget(name: "ByteIntervalTests", dependencies: ["ByteInterval"]),
        // waPC host (`wapc` imports, wapc-go compatible), instance pool.
        .target(name: "WasmHostWAPC", dependencies: ["WasmHost", "WasmHostWASI"], exclude: ["README.md"]),
        .testTarget(name: "WasmHostWAPCTests", dependencies: ["WasmHostWAPC", "WasmHost", "WasmHostWASI"]),
        // Synchronization shared by the host modules (package access only).
        .target(name: "HostSupport"),
        // Message pipes between instances and the host (wazero-pipe compatible).
        .target(name: "WasmHostPipe", dependencies: ["WasmHost", "HostSupport"], exclude: ["README.md"]),
        .testTarget(name: "WasmHostPipeTests", dependencies: ["WasmHostPipe", "WasmHost"]),
        // Key-range watches over a byte-interval tree (wazero-range-watch compatible).
        .target(name: "WasmHostRangeWatch", dependencies: ["WasmHost", "ByteInterval", "HostSupport"], exclude: ["README.md"]),
        .testTarget(name: "WasmHostRangeWatchTests", dependencies: ["WasmHostRangeWatch", "WasmHost"]),
        // W.A.T.E.R. transports (WATM v1 and v0): dialer, listener, relay over per-connection instances.
        .target(name: "WasmHostWATER", dependencies: ["WasmHost", "WasmHostWASI"], exclude: ["README.md"]),
        .testTarget(name: "WasmHostWATERTests", dependencies: ["WasmHostWATER", "WasmHost", "WasmHostWASI"]),
    ],
    swiftLanguageModes: [.v6]
)
