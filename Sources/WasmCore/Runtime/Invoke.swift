extension ModuleInstance {
    /// Calls `function` with raw argument bits (see `Reference` for references) and returns raw results.
    /// Runs on the calling thread; a call made from inside a host function re-enters the running stack.
    public func invoke(_ function: FunctionHandle, arguments: [UInt64], controls: ExecutionControls = ExecutionControls(),
                       limits: ExecutionLimits = ExecutionLimits()) throws(WasmError) -> [UInt64] {
        try Self.invoke(function, arguments: arguments, controls: controls, limits: limits)
    }

    static func invoke(_ function: FunctionHandle, arguments: [UInt64], controls: ExecutionControls,
                       limits: ExecutionLimits) throws(WasmError) -> [UInt64] {
        do {
            if let running = CurrentMachine.value {
                return try running.invoke(function.entry, arguments)
            }
            return try MachinePool.shared.withMachine(limits: limits) { (machine) throws(Trap) -> [UInt64] in
                machine.begin(controls)
                CurrentMachine.value = machine
                defer { CurrentMachine.value = nil }
                return try machine.invoke(function.entry, arguments)
            }
        } catch {
            throw .trap(error)
        }
    }

    /// Runs the start function, if any.
    public func runStart(controls: ExecutionControls = ExecutionControls()) throws(WasmError) {
        guard let start = startFunction else { return }
        _ = try invoke(start, arguments: [], controls: controls)
    }
}
