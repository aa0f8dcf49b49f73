/// What a host function sees of its call: the calling instance, its memory, and a way to call back
/// into WebAssembly on the same stack.
public struct HostCallContext {
    let machine: Machine
    let caller: UnsafeMutablePointer<InstanceContext>?

    /// The calling instance (nil when the host function is invoked directly by the embedder).
    public var instance: ModuleInstance? {
        caller.map { Unmanaged<ModuleInstance>.fromOpaque($0.pointee.owner).takeUnretainedValue() }
    }

    /// The caller's memory 0, if it has one.
    public var memory: MemoryInstance? { instance?.memories.first }

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
