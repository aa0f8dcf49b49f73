/// What a host function sees of its call: the calling instance, its memory, and a way to call back
/// into WebAssembly on the same stack. Valid only during the host call (it holds no references).
public struct HostCallContext {
    /// The running machine, unretained: it outlives the host call, and keeping the context trivial
    /// saves a retain and a release per host call.
    let machineReference: Unmanaged<Machine>
    let caller: UnsafeMutablePointer<InstanceContext>?

    init(machine: Machine, caller: UnsafeMutablePointer<InstanceContext>?) {
        machineReference = .passUnretained(machine)
        self.caller = caller
    }

    var machine: Machine { machineReference.takeUnretainedValue() }

    /// The calling instance (nil when the host function is invoked directly by the embedder).
    public var instance: ModuleInstance? {
        caller.map { Unmanaged<ModuleInstance>.fromOpaque($0.pointee.owner).takeUnretainedValue() }
    }

    /// The caller's memory 0, if it has one.
    public var memory: MemoryInstance? { instance?.memories.first }

    /// The caller's memory 0 as raw bytes, reached without retaining anything (the fast path for host
    /// functions that copy in and out of guest memory). Empty when the caller has no memory or the host
    /// function is invoked directly by the embedder. Valid only until the guest runs again (a
    /// `memory.grow` may move it): never keep it past the host call.
    public var memoryBytes: UnsafeMutableRawBufferPointer {
        guard let caller else { return UnsafeMutableRawBufferPointer(start: nil, count: 0) }
        let state = caller.pointee.memory
        return UnsafeMutableRawBufferPointer(start: state.pointee.base, count: state.pointee.byteCount)
    }

    /// Calls a function (nested in the current call, with the same interrupt, deadline and fuel).
    public func invoke(_ function: FunctionHandle, _ arguments: [UInt64]) throws(WasmError) -> [UInt64] {
        do {
            return try machine.invoke(function.entry, arguments)
        } catch {
            throw .trap(error)
        }
    }

    /// The interrupt handle, deadline and fuel budget of the outermost call (so that a host function
    /// that blocks can honour them).
    public var controls: ExecutionControls { machine.controls }

    /// Fuel left, when the call is metered.
    public var remainingFuel: Int64? { machine.remainingFuel }
}
