/// Something a host module provides to importers.
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
    /// The members for one instantiation. Called once per instance that imports from this module, so
    /// each instance can get its own state (store it in `context.state` to reach it from `Caller`).
    func externals(for context: InstantiationContext) throws -> [String: External]
}

/// Passed to `HostModule.externals(for:)`.
public final class InstantiationContext: @unchecked Sendable {
    /// Name given to the instance being created, if any.
    public let instanceName: String?
    /// The module being instantiated.
    public let module: CompiledModule
    /// Per-instance state to attach, by host module name; reachable later through `Caller.state`.
    public var state: [String: AnyObject] = [:]

    init(instanceName: String?, module: CompiledModule) {
        self.instanceName = instanceName
        self.module = module
    }
}

/// A host module built from a dictionary of members, shared by every instance.
public struct StaticHostModule: HostModule {
    public let name: String
    public let members: [String: External]

    public init(name: String, members: [String: External]) {
        self.name = name
        self.members = members
    }

    public func externals(for context: InstantiationContext) throws -> [String: External] { members }
}

/// Builds a host module's functions with typed closures.
public struct HostModuleBuilder {
    public let name: String
    public private(set) var members: [String: External] = [:]

    public init(_ name: String) { self.name = name }

    /// Adds a function over `Value`s.
    public mutating func function(_ field: String, _ parameters: [ValueType], _ results: [ValueType],
                                  _ body: @escaping @Sendable (Caller, [Value]) throws -> [Value]) {
        members[field] = .function(HostFunction(type: FunctionType(parameters: parameters, results: results), body: body))
    }

    /// Adds a function with typed parameters and result, e.g. `{ (caller, a: Int32, b: Int32) -> Int32 in a + b }`.
    public mutating func function<each P: WasmValueConvertible, R: WasmResultConvertible>(
        _ field: String, _ body: @escaping @Sendable (Caller, repeat each P) throws -> R
    ) {
        var parameters: [ValueType] = []
        for p in repeat (each P).self { parameters.append(p.wasmType) }
        let type = FunctionType(parameters: parameters, results: R.wasmTypes)
        members[field] = .function(HostFunction(type: type, raw: { caller, slots in
            var i = 0
            let result = try body(caller, repeat (each P).load(slots, &i))
            result.store(slots)
        }))
    }

    /// Adds a function with typed parameters and no result.
    public mutating func function<each P: WasmValueConvertible>(
        _ field: String, _ body: @escaping @Sendable (Caller, repeat each P) throws -> Void
    ) {
        var parameters: [ValueType] = []
        for p in repeat (each P).self { parameters.append(p.wasmType) }
        members[field] = .function(HostFunction(type: FunctionType(parameters: parameters), raw: { caller, slots in
            var i = 0
            try body(caller, repeat (each P).load(slots, &i))
        }))
    }

    public mutating func memory(_ field: String, _ memory: Memory) { members[field] = .memory(memory) }
    public mutating func table(_ field: String, _ table: Table) { members[field] = .table(table) }
    public mutating func global(_ field: String, _ global: GlobalVariable) { members[field] = .global(global) }

    public func build() -> StaticHostModule { StaticHostModule(name: name, members: members) }
}

#if compiler(>=6.2)
/// Lets typed host functions capture their parameter and result types in `@Sendable` closures.
public typealias WasmSendableMetatype = SendableMetatype
#else
public protocol WasmSendableMetatype {}
#endif

/// Swift types that map to one WebAssembly value type.
public protocol WasmValueConvertible: WasmSendableMetatype {
    static var wasmType: ValueType { get }
    init(bits: UInt64)
    var bits: UInt64 { get }
}

extension WasmValueConvertible {
    static func load(_ slots: UnsafeMutablePointer<UInt64>, _ i: inout Int) -> Self {
        defer { i += 1 }
        return Self(bits: slots[i])
    }
}

extension Int32: WasmValueConvertible {
    public static var wasmType: ValueType { .i32 }
    public init(bits: UInt64) { self.init(truncatingIfNeeded: bits) }
    public var bits: UInt64 { UInt64(UInt32(bitPattern: self)) }
}
extension UInt32: WasmValueConvertible {
    public static var wasmType: ValueType { .i32 }
    public init(bits: UInt64) { self.init(truncatingIfNeeded: bits) }
    public var bits: UInt64 { UInt64(self) }
}
extension Int64: WasmValueConvertible {
    public static var wasmType: ValueType { .i64 }
    public init(bits: UInt64) { self.init(bitPattern: bits) }
    public var bits: UInt64 { UInt64(bitPattern: self) }
}
extension UInt64: WasmValueConvertible {
    public static var wasmType: ValueType { .i64 }
    public init(bits: UInt64) { self = bits }
    public var bits: UInt64 { self }
}
extension Float: WasmValueConvertible {
    public static var wasmType: ValueType { .f32 }
    public init(bits: UInt64) { self.init(bitPattern: UInt32(truncatingIfNeeded: bits)) }
    public var bits: UInt64 { UInt64(bitPattern) }
}
extension Double: WasmValueConvertible {
    public static var wasmType: ValueType { .f64 }
    public init(bits: UInt64) { self.init(bitPattern: bits) }
    public var bits: UInt64 { bitPattern }
}

/// Result types of typed host functions: `Void` or one value.
public protocol WasmResultConvertible: WasmSendableMetatype {
    static var wasmTypes: [ValueType] { get }
    func store(_ slots: UnsafeMutablePointer<UInt64>)
    static func load(_ slots: UnsafePointer<UInt64>) -> Self
}

extension Int32: WasmResultConvertible {}
extension UInt32: WasmResultConvertible {}
extension Int64: WasmResultConvertible {}
extension UInt64: WasmResultConvertible {}
extension Float: WasmResultConvertible {}
extension Double: WasmResultConvertible {}

extension WasmResultConvertible where Self: WasmValueConvertible {
    public static var wasmTypes: [ValueType] { [wasmType] }
    public func store(_ slots: UnsafeMutablePointer<UInt64>) { slots[0] = bits }
    public static func load(_ slots: UnsafePointer<UInt64>) -> Self { Self(bits: slots[0]) }
}

/// The empty result of a typed host function.
public struct NoResult: WasmResultConvertible {
    public init() {}
    public static var wasmTypes: [ValueType] { [] }
    public func store(_ slots: UnsafeMutablePointer<UInt64>) {}
    public static func load(_ slots: UnsafePointer<UInt64>) -> NoResult { NoResult() }
}
