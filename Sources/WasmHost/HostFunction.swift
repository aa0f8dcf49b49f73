/// A host function: a signature and a body. The body gets the caller and the arguments, and returns
/// the results; throwing traps the calling WebAssembly code with `.hostError` (or with the `Trap` thrown).
public struct HostFunction: Sendable {
    public var type: FunctionType
    let box: HostFunctionBox

    /// A host function over `Value`s (convenient; allocates per call).
    public init(type: FunctionType, body: @escaping @Sendable (Caller, [Value]) throws -> [Value]) {
        self.type = type
        let parameters = type.parameters
        let results = type.results
        box = HostFunctionBox(type: type) { context, slots in
            let arguments = Value.values(from: slots, types: parameters)
            let values = try body(Caller(context: context), arguments)
            guard values.count == results.count, zip(values, results).allSatisfy({ $0.type == $1 }) else {
                throw WasmError.trap(Trap(.hostError, message: "host function returned \(values), expected \(results)"))
            }
            Value.write(values, to: slots)
        }
    }

    /// A host function over raw slots: arguments are read from `slots[0..<parameters]` and results written
    /// to `slots[0..<results]` (the fast path: no allocation).
    public init(type: FunctionType, raw body: @escaping @Sendable (Caller, UnsafeMutablePointer<UInt64>) throws -> Void) {
        self.type = type
        box = HostFunctionBox(type: type) { context, slots in try body(Caller(context: context), slots) }
    }

    /// The function as a reference value.
    public var reference: FunctionReference { FunctionHandle(box) }
}

/// What a host function sees of its caller; valid only during the host call.
public struct Caller {
    let context: HostCallContext

    /// The calling instance (nil when called directly by the embedder).
    public var instance: Instance? { context.instance }
    /// The caller's memory 0, if any.
    public var memory: Memory? { context.memory }
    /// The caller's memory 0 as raw bytes, without retaining anything (the fast path for host functions
    /// that copy in and out of guest memory; check every range against its `count`). Empty when the
    /// caller has no memory; its `baseAddress` is nil when the embedder invokes the host function
    /// directly. Valid only until the guest runs again (`memory.grow` may move it): never keep it.
    public var memoryBytes: UnsafeMutableRawBufferPointer { context.memoryBytes }

    /// The interrupt handle, deadline and fuel budget of the running call (a host function that blocks
    /// should wake when the handle trips or the deadline passes).
    public var controls: ExecutionControls { context.controls }

    /// Per-instance state a host module stored under its name at instantiation.
    public func state<T: AnyObject>(_ module: String, as: T.Type = T.self) -> T? {
        instance?.hostState[module] as? T
    }

    /// Calls back into WebAssembly on the same stack.
    public func invoke(_ function: FunctionReference, _ arguments: [Value]) throws(WasmError) -> [Value] {
        let raw = try context.invoke(function, Value.slots(of: arguments))
        return Value.values(from: raw, types: function.type.results)
    }

    /// Calls an export of the calling instance.
    public func invoke(_ name: String, _ arguments: [Value] = []) throws(WasmError) -> [Value] {
        guard let f = instance?.function(name) else { throw .unlinkable("no exported function \(name)") }
        return try invoke(f, arguments)
    }
}
