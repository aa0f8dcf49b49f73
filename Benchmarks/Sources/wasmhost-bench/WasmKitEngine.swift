import WasmKit

/// WasmKit with its default configuration (direct-threaded dispatch where the platform supports
/// `musttail`, lazy compilation, mprotect bounds checks where available) for running code; a second
/// engine with eager compilation for the compile-speed figure.
struct WasmKitEngine: BenchEngine {
    let name = "WasmKit"
    let engine = Engine()
    let eagerEngine = Engine(configuration: EngineConfiguration(compilationMode: .eager))
    let compileDescription = "parseWasm + Module.instantiate on an engine with compilationMode .eager "
        + "(parse + validate + translate all functions + instantiate)"

    /// The dispatch model the default configuration chose, for the report.
    var threadingModel: String {
        switch engine.configuration.threadingModel {
        case .direct: "direct-threaded"
        case .token: "token-threaded"
        }
    }

    func prepareRun(_ bytes: [UInt8]) throws -> (Int32) throws -> Int64 {
        let module = try parseWasm(bytes: bytes)
        let store = Store(engine: engine)
        let instance = try module.instantiate(store: store)
        guard let run = instance.exports[function: "run"] else { throw BenchError("WasmKit: no export run") }
        return { n in
            let results = try run.invoke([.i32(UInt32(bitPattern: n))])
            guard results.count == 1, case .i64(let value) = results[0] else {
                throw BenchError("WasmKit: run returned \(results)")
            }
            return Int64(bitPattern: value)
        }
    }

    func compileFully(_ bytes: [UInt8]) throws -> Any {
        let module = try parseWasm(bytes: bytes)
        return try module.instantiate(store: Store(engine: eagerEngine))
    }

    /// Parse only (WasmKit's default lazy mode defers validation and translation of function bodies).
    func parseOnly(_ bytes: [UInt8]) throws -> Any {
        try parseWasm(bytes: bytes)
    }

    /// One `Store` per instance: WasmKit frees instances only with their store, so this is how an
    /// embedder gets independent, freeable instances.
    func prepareInstantiate(_ bytes: [UInt8]) throws -> () throws -> Any {
        let module = try parseWasm(bytes: bytes)
        return { try module.instantiate(store: Store(engine: engine)) }
    }

    func call(_ instance: Any, _ name: String, _ argument: Int32) throws -> Int32 {
        guard let instance = instance as? Instance, let function = instance.exports[function: name] else {
            throw BenchError("WasmKit: no function \(name)")
        }
        let results = try function.invoke([.i32(UInt32(bitPattern: argument))])
        guard results.count == 1, case .i32(let value) = results[0] else {
            throw BenchError("WasmKit: \(name) returned \(results)")
        }
        return Int32(bitPattern: value)
    }
}
