// STUB: the embedding API surface, filled in by the lead. Signatures are the contract.
@_exported import WasmCore

/// A WebAssembly value as the embedder sees it. Floats are carried as bit patterns so NaN payloads survive.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case i32(UInt32)
    case i64(UInt64)
    /// Bit pattern of a Float.
    case f32(UInt32)
    /// Bit pattern of a Double.
    case f64(UInt64)
    /// nil is the null reference.
    case funcref(FunctionReference?)
    /// An opaque host value; nil is the null reference. Values must be below `UInt64.max`.
    case externref(UInt64?)

    public var type: ValueType {
        switch self {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        case .funcref: .funcref
        case .externref: .externref
        }
    }

    public var description: String {
        switch self {
        case .i32(let v): "i32:\(Int32(bitPattern: v))"
        case .i64(let v): "i64:\(Int64(bitPattern: v))"
        case .f32(let v): "f32:\(Float(bitPattern: v))"
        case .f64(let v): "f64:\(Double(bitPattern: v))"
        case .funcref(let f): f.map { "funcref:\($0)" } ?? "funcref:null"
        case .externref(let e): e.map { "externref:\($0)" } ?? "externref:null"
        }
    }
}

/// A reference to a function of some instance (or a host function), usable as a `funcref` value.
public final class FunctionReference: Hashable, Sendable, CustomStringConvertible {
    public static func == (a: FunctionReference, b: FunctionReference) -> Bool { fatalError("stub") }
    public func hash(into h: inout Hasher) { fatalError("stub") }
    public var description: String { "function" }
    public var type: FunctionType { fatalError("stub") }
    init() {}
}

/// A host function: a signature and a body over raw argument values.
public struct HostFunction: Sendable {
    public var type: FunctionType
    public var body: @Sendable (Caller, [Value]) throws -> [Value]
    public init(type: FunctionType, body: @escaping @Sendable (Caller, [Value]) throws -> [Value]) {
        self.type = type
        self.body = body
    }
}

/// What a host function sees of the instance that called it.
public struct Caller {
    /// The calling instance's default memory, if any.
    public var memory: Memory? { fatalError("stub") }
}

/// A linear memory (owned by an instance or created by the host).
public final class Memory: @unchecked Sendable {
    public init(type: MemoryType) throws(WasmError) { fatalError("stub") }
    public var pageCount: Int { fatalError("stub") }
    public var byteCount: Int { fatalError("stub") }
    public func read(at address: Int, count: Int) throws(WasmError) -> [UInt8] { fatalError("stub") }
    public func write(_ bytes: [UInt8], at address: Int) throws(WasmError) { fatalError("stub") }
    /// Returns the old page count, or nil when the memory cannot grow by `pages`.
    public func grow(by pages: Int) -> Int? { fatalError("stub") }
}

/// A table of references.
public final class Table: @unchecked Sendable {
    public init(type: TableType, initial: Value? = nil) throws(WasmError) { fatalError("stub") }
    public var count: Int { fatalError("stub") }
    public func get(_ index: Int) throws(WasmError) -> Value { fatalError("stub") }
    public func set(_ index: Int, _ value: Value) throws(WasmError) { fatalError("stub") }
}

/// A global variable.
public final class GlobalVariable: @unchecked Sendable {
    public init(type: GlobalType, value: Value) { fatalError("stub") }
    public var value: Value { fatalError("stub") }
}

/// Something a host module or an instance exports.
public enum External: Sendable {
    case function(HostFunction)
    case memory(Memory)
    case table(Table)
    case global(GlobalVariable)
}

/// A named set of host functions, memories, tables and globals that modules import.
public protocol HostModule: Sendable {
    /// The import module name (`env`, `wasi_snapshot_preview1`, `spectest`...).
    var name: String { get }
    /// The members for one instantiation (called once per instance that imports this module, so each
    /// instance can get its own state).
    func externals(for instantiation: InstantiationContext) throws -> [String: External]
}

/// Passed to `HostModule.externals(for:)`.
public struct InstantiationContext: Sendable {
    /// Name given to the instance being created, if any.
    public var instanceName: String?
}

/// A validated, translated module: immutable, shareable across threads and instances.
public final class CompiledModule: Sendable {
    public var module: Module { fatalError("stub") }
    init() {}
}

/// An instantiated module.
public final class Instance: @unchecked Sendable {
    /// Calls an exported function.
    public func invoke(_ name: String, _ arguments: [Value] = []) throws(WasmError) -> [Value] { fatalError("stub") }
    /// An exported global's current value.
    public func global(_ name: String) -> Value? { fatalError("stub") }
    public func memory(_ name: String) -> Memory? { fatalError("stub") }
    public func table(_ name: String) -> Table? { fatalError("stub") }
    public func function(_ name: String) -> FunctionReference? { fatalError("stub") }
    /// The memory exported as "memory", or the first memory.
    public var defaultMemory: Memory? { fatalError("stub") }
    init() {}
}

/// Compiles modules and instantiates them against registered host modules and instances. Thread-safe.
public final class Runtime: Sendable {
    public init(features: Features = .wasm2) {}
    /// Makes a host module's members importable under `module.name`.
    public func register(_ module: some HostModule) {}
    /// Makes an instance's exports importable under `name`.
    public func register(_ instance: Instance, as name: String) {}
    public func compile(_ bytes: [UInt8]) throws(WasmError) -> CompiledModule { fatalError("stub") }
    public func instantiate(_ module: CompiledModule, name: String? = nil) throws(WasmError) -> Instance { fatalError("stub") }
}
