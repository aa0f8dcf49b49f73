import HostSupport
import Synchronization
import WasmHost

/// The `pantopic/wazero-pipe` host module: `__pipe_send` and `__pipe_recv` (both `() -> ()`), reading
/// the guest's meta page (`__pipe() -> i32`) once per instance. Guest calls that use pipes run under a
/// `PipeScope` (`scope.run { ... }`); a blocked call wakes with an error when the scope closes, its
/// deadline passes, its call is interrupted or its instance is shut down.
///
/// ```swift
/// runtime.register(PipeModule())
/// let a = try runtime.instantiate(module), b = try runtime.instantiate(module)
/// let scope = PipeScope()
/// // thread 1: try scope.run { try a.invoke("testSendUint64", [.i64(1)]) }
/// // thread 2: try scope.run { try b.invoke("testRecvUint64") }   // [.i64(1)]
/// ```
public struct PipeModule: HostModule {
    /// The import module name of the original.
    public static let moduleName = "pantopic/wazero-pipe"
    public let name = PipeModule.moduleName

    public init() {}

    public func externals(for context: InstantiationContext) throws -> [String: External] {
        let state = PipeInstanceState()
        context.state[PipeModule.moduleName] = state
        let type = FunctionType(parameters: [], results: [])
        return [
            "__pipe_send": .function(HostFunction(type: type, raw: { caller, _ in try state.send(caller) })),
            "__pipe_recv": .function(HostFunction(type: type, raw: { caller, _ in try state.receive(caller) })),
        ]
    }

    /// Shuts an instance out of its pipes: its blocked calls wake with `instanceClosed` and later pipe
    /// calls fail the same way. (Discard the instance afterwards.)
    public static func shutdown(_ instance: Instance) {
        state(of: instance)?.shutdown()
    }

    /// Reads (and caches) an instance's meta page by calling its `__pipe` export, like the original's
    /// `InitContext`. Pipe calls do this on first use; calling it early surfaces errors at set-up.
    @discardableResult
    public static func meta(of instance: Instance) throws(PipeError) -> PipeMeta {
        guard let state = state(of: instance) else { throw PipeError(.missingMetaExport) }
        return try state.meta(instance)
    }

    static func state(of instance: Instance) -> PipeInstanceState? {
        instance.hostState[moduleName] as? PipeInstanceState
    }
}

/// Per-instance state: the cached meta page, the shutdown flag and the pipe the instance is blocked on.
final class PipeInstanceState: @unchecked Sendable {
    private let closed = Atomic<Bool>(false)
    private let cachedMeta = Mutex<PipeMeta?>(nil)
    private let waiting = Mutex<(scope: PipeScope, condition: WaitLock.Condition)?>(nil)

    var isClosed: Bool { closed.load(ordering: .acquiring) }

    func shutdown() {
        closed.store(true, ordering: .releasing)
        if let (scope, condition) = waiting.withLock({ $0 }) { scope.wake(condition) }
    }

    func setWaiting(_ scope: PipeScope?, _ condition: WaitLock.Condition?) {
        waiting.withLock { value in
            if let scope, let condition { value = (scope, condition) } else { value = nil }
        }
    }

    func meta(_ instance: Instance) throws(PipeError) -> PipeMeta {
        if let meta = cachedMeta.withLock({ $0 }) { return meta }
        guard let function = instance.function("__pipe"), function.type == FunctionType(parameters: [], results: [.i32]) else {
            throw PipeError(.missingMetaExport)
        }
        guard let memory = instance.memories.first else { throw PipeError(.outOfBounds(address: 0, length: 16)) }
        let address: UInt32
        do {
            address = UInt32(truncatingIfNeeded: try instance.invoke(function, arguments: []).first ?? 0)
        } catch {
            throw PipeError(.missingMetaExport)
        }
        let meta = try PipeMeta(memory: memory, at: address)
        cachedMeta.withLock { $0 = meta }
        return meta
    }

    /// What a guest call waits on: the earlier of its call deadline and the scope's default timeout,
    /// its interrupt handle, and this instance.
    private func wait(_ caller: Caller, _ scope: PipeScope) -> PipeWait {
        let controls = caller.controls
        var deadline = controls.deadline
        if let timeout = scope.defaultTimeout {
            let scoped = PipeScope.monotonic(after: timeout)
            deadline = min(deadline ?? scoped, scoped)
        }
        return PipeWait(deadline: deadline, interrupt: controls.interrupt, instance: self)
    }

    private func prologue(_ caller: Caller) throws(PipeError) -> (PipeScope, Memory, PipeMeta, UInt32) {
        guard let scope = PipeScope.current else { throw PipeError(.noScope) }
        guard let instance = caller.instance else { throw PipeError(.missingMetaExport) }
        if isClosed { throw PipeError(.instanceClosed) }
        let meta = try meta(instance)
        guard let memory = caller.memory else { throw PipeError(.outOfBounds(address: 0, length: 4)) }
        let id = try memory.pipeLoad(UInt64(meta.idAddress))
        return (scope, memory, meta, id)
    }

    func send(_ caller: Caller) throws(PipeError) {
        let (scope, memory, meta, id) = try prologue(caller)
        let capacity = try memory.pipeLoad(UInt64(meta.capacityAddress), pipe: id)
        let length = try memory.pipeLoad(UInt64(meta.lengthAddress), pipe: id)
        guard length <= capacity else {
            throw PipeError(.messageTooBig(length: Int(length), capacity: Int(capacity)), pipe: id)
        }
        guard let bytes = try? memory.read(at: Int(meta.bufferAddress), count: Int(length)) else {
            throw PipeError(.outOfBounds(address: UInt64(meta.bufferAddress), length: UInt64(length)), pipe: id)
        }
        try scope.send(pipe: id, bytes, wait(caller, scope))
    }

    func receive(_ caller: Caller) throws(PipeError) {
        let (scope, memory, meta, id) = try prologue(caller)
        let capacity = try memory.pipeLoad(UInt64(meta.capacityAddress), pipe: id)
        // Validates the length slot before blocking, so a bad slot consumes nothing.
        _ = try memory.pipeLoad(UInt64(meta.lengthAddress), pipe: id)
        let buffer = Int(meta.bufferAddress)
        let bytes = try scope.receive(pipe: id, capacity: Int(capacity), wait(caller, scope)) { length in
            memory.contains(buffer, count: length) ? nil
                : PipeError(.outOfBounds(address: UInt64(buffer), length: UInt64(length)), pipe: id)
        }
        // Checked above under the scope lock; memory never shrinks.
        try? memory.withBytes(at: buffer, count: bytes.count) { destination in
            bytes.withUnsafeBytes { destination.copyMemory(from: $0) }
        }
        try memory.pipeStore(UInt32(bytes.count), meta.lengthAddress, pipe: id)
    }
}
