import WasmHost

/// WasmHost through its public embedding API.
struct WasmHostEngine: BenchEngine {
    let name = "WasmHost"
    let runtime = Runtime()
    let compileDescription = "Runtime.compile (decode + validate + translate, eager)"

    func prepareRun(_ bytes: [UInt8]) throws -> (Int32) throws -> Int64 {
        let instance = try runtime.instantiate(runtime.compile(bytes))
        guard let run = instance.function("run") else { throw BenchError("WasmHost: no export run") }
        return { n in
            let results = try instance.invoke(run, [.i32(UInt32(bitPattern: n))])
            guard results.count == 1, let value = results[0].i64 else {
                throw BenchError("WasmHost: run returned \(results)")
            }
            return value
        }
    }

    func compileFully(_ bytes: [UInt8]) throws -> Any {
        try runtime.compile(bytes)
    }

    func prepareInstantiate(_ bytes: [UInt8]) throws -> () throws -> Any {
        let module = try runtime.compile(bytes)
        return { try runtime.instantiate(module) }
    }

    func call(_ instance: Any, _ name: String, _ argument: Int32) throws -> Int32 {
        guard let instance = instance as? Instance else { throw BenchError("WasmHost: not an instance") }
        let results = try instance.invoke(name, [.i32(UInt32(bitPattern: argument))])
        guard results.count == 1, let value = results[0].i32 else {
            throw BenchError("WasmHost: \(name) returned \(results)")
        }
        return value
    }
}
