@_exported import WasmCore

/// An instantiated module (see `ModuleInstance`).
public typealias Instance = ModuleInstance
/// A linear memory (see `MemoryInstance`).
public typealias Memory = MemoryInstance
/// A table of references (see `TableInstance`).
public typealias Table = TableInstance
/// A global variable (see `GlobalInstance`).
public typealias GlobalVariable = GlobalInstance
/// A function as a `funcref` value.
public typealias FunctionReference = FunctionHandle
