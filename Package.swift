// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "WasmHost",
    products: [
        .library(name: "WasmHost", targets: ["WasmHost"]),
        .executable(name: "wasm-run", targets: ["wasm-run"]),
        .executable(name: "spectest", targets: ["spectest"]),
    ],
    targets: [
        // Binary format model, decoder, validator, translator to the internal code and the interpreter.
        .target(name: "WasmCore"),
        // The embedding API: Runtime, host modules, compiled modules, instances.
        .target(name: "WasmHost", dependencies: ["WasmCore"]),
        .executableTarget(name: "wasm-run", dependencies: ["WasmHost"]),
        // Runs wast2json scripts of the spec testsuite (used by `spectest` and the tests).
        .target(name: "SpecRunner", dependencies: ["WasmHost"]),
        .executableTarget(name: "spectest", dependencies: ["SpecRunner"]),
        .testTarget(name: "WasmCoreTests", dependencies: ["WasmCore", "WasmHost", "SpecRunner"]),
    ],
    swiftLanguageModes: [.v6]
)
