extension ModuleInstance {
    /// Calls an exported function with `Value`s.
    @discardableResult
    public func invoke(_ name: String, _ arguments: [Value] = [],
                       controls: ExecutionControls = ExecutionControls()) throws(WasmError) -> [Value] {
        guard let function = function(name) else {
            throw .unlinkable("\(self.name ?? "instance") has no exported function \"\(name)\"")
        }
        return try invoke(function, arguments, controls: controls)
    }

    /// Calls a function with `Value`s, checking the argument types.
    @discardableResult
    public func invoke(_ function: FunctionReference, _ arguments: [Value],
                       controls: ExecutionControls = ExecutionControls()) throws(WasmError) -> [Value] {
        let type = function.type
        guard arguments.map(\.type) == type.parameters else {
            throw .trap(Trap(.hostError, message: "\(function): expected arguments \(type.parameters), got \(arguments.map(\.type))"))
        }
        let raw = try invoke(function, arguments: Value.slots(of: arguments), controls: controls)
        return Value.values(from: raw, types: type.results)
    }

    /// An exported function.
    public func function(_ name: String) -> FunctionReference? {
        if case .function(let f)? = exports[name] { return f }
        return nil
    }

    /// An exported global's current value.
    public func global(_ name: String) -> Value? {
        if case .global(let g)? = exports[name] { return g.value }
        return nil
    }

    public func memory(_ name: String) -> Memory? {
        if case .memory(let m)? = exports[name] { return m }
        return nil
    }

    public func table(_ name: String) -> Table? {
        if case .table(let t)? = exports[name] { return t }
        return nil
    }

    /// The memory exported as "memory", else memory 0.
    public var defaultMemory: Memory? { memory("memory") ?? memories.first }
}

extension GlobalInstance {
    public convenience init(type: GlobalType, value: Value) {
        if case .v128(let low, let high) = value {
            self.init(type: type, low: low, high: high)
        } else {
            self.init(type: type, bits: value.bits)
        }
    }

    public var value: Value {
        get {
            if type.valueType == .v128 { return .v128(low: vectorBits.low, high: vectorBits.high) }
            return Value(bits: bits, type: type.valueType)
        }
        set {
            if case .v128(let low, let high) = newValue { vectorBits = (low, high) } else { bits = newValue.bits }
        }
    }
}

extension TableInstance {
    public convenience init(type: TableType, initial: Value?) throws(WasmError) {
        try self.init(type: type, initial: initial?.bits ?? Reference.null)
    }

    public func get(_ index: Int) throws(WasmError) -> Value {
        guard let bits = element(at: index) else { throw .trap(Trap(.outOfBoundsTable)) }
        return Value(bits: bits, type: type.elementType)
    }

    public func set(_ index: Int, _ value: Value) throws(WasmError) {
        guard value.type == type.elementType else { throw .trap(Trap(.hostError, message: "table holds \(type.elementType)")) }
        guard setElement(value.bits, at: index) else { throw .trap(Trap(.outOfBoundsTable)) }
    }
}
