extension ModuleInstance {
    /// Calls `function` with raw argument bits (see `Reference` for references) and returns raw results.
    /// Runs on the calling thread; a call made from inside a host function re-enters the running stack.
    public func invoke(_ function: FunctionHandle, arguments: [UInt64], controls: ExecutionControls = ExecutionControls(),
                       limits: ExecutionLimits? = nil) throws(WasmError) -> [UInt64] {
        try Self.invoke(function, arguments: arguments, controls: controls, limits: limits ?? executionLimits)
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

    /// Calls `function` without allocating: `arguments` must hold exactly its parameters' bits, and its
    /// results' bits are written to `results` (which must have room for them).
    public func invoke(_ function: FunctionHandle, arguments: UnsafeBufferPointer<UInt64>,
                       results: UnsafeMutableBufferPointer<UInt64>,
                       controls: ExecutionControls = ExecutionControls(),
                       limits: ExecutionLimits? = nil) throws(WasmError) {
        let limits = limits ?? executionLimits
        let entry = function.entry
        guard arguments.count == entry.pointee.parameterCount, results.count >= entry.pointee.resultCount else {
            throw .trap(Trap(.hostError, message: "\(function): expected \(entry.pointee.parameterCount) arguments and room for \(entry.pointee.resultCount) results"))
        }
        let run = { (machine: Machine) throws(Trap) in
            let fp = try machine.invoke(entry) { fp in
                for i in 0..<arguments.count { fp[i] = arguments[i] }
            }
            for i in 0..<entry.pointee.resultCount { results[i] = fp[i] }
        }
        do {
            if let running = CurrentMachine.value { return try run(running) }
            try MachinePool.shared.withMachine(limits: limits) { (machine) throws(Trap) in
                machine.begin(controls)
                CurrentMachine.value = machine
                defer { CurrentMachine.value = nil }
                try run(machine)
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
