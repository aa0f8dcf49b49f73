/// What the runner needs from an engine. Each engine lives in its own file that imports only that
/// engine's module, so the two libraries' same-named types (`Value`, `Instance`, `Memory`) never meet.
protocol BenchEngine {
    /// Column name in the report.
    var name: String { get }

    /// Compiles and instantiates `bytes` once; the returned closure calls the export `run(n)` and
    /// returns its i64 result as a signed integer.
    func prepareRun(_ bytes: [UInt8]) throws -> (Int32) throws -> Int64

    /// Fully compiles `bytes` (decode, validate and translate every function body) and returns
    /// something to keep alive until timing ends.
    func compileFully(_ bytes: [UInt8]) throws -> Any

    /// How `compileFully` is done, for the report.
    var compileDescription: String { get }

    /// Compiles `bytes` once and returns a closure that makes one new instance of it.
    func prepareInstantiate(_ bytes: [UInt8]) throws -> () throws -> Any

    /// Calls the export `name` (i32) -> i32 of an instance made by `prepareInstantiate`.
    func call(_ instance: Any, _ name: String, _ argument: Int32) throws -> Int32
}

/// An engine failure the runner reports instead of crashing.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
