import WasmHost
import WasmHostWASI

/// One instance of a waPC guest (wapc-go `Instance`). `invoke` runs an operation; a host-call handler
/// may `invoke` the same instance again (nested calls get their own state). Calls from other threads
/// wait for the running one to finish.
public final class WAPCInstance: @unchecked Sendable {
    /// The instance's name: "1", "2"… in creation order within its module.
    public let name: String
    /// The underlying WebAssembly instance.
    public let instance: Instance
    weak var module: WAPCModule?
    let state: WAPCInstanceState
    private let lock = RecursiveLock()
    /// What the lock guards, behind a pointer: no dynamic exclusivity checks per access.
    private let flags: UnsafeMutablePointer<Flags>

    private struct Flags {
        var guestCall: FunctionReference?
        var closed = false
        var trapped = false
        var poisoned = false
    }

    private var guestCall: FunctionReference? {
        get { flags.pointee.guestCall }
        set { flags.pointee.guestCall = newValue }
    }
    private var closed: Bool {
        get { flags.pointee.closed }
        set { flags.pointee.closed = newValue }
    }
    private var trapped: Bool {
        get { flags.pointee.trapped }
        set { flags.pointee.trapped = newValue }
    }
    private var poisoned: Bool {
        get { flags.pointee.poisoned }
        set { flags.pointee.poisoned = newValue }
    }

    init(module: WAPCModule, instance: Instance, name: String, state: WAPCInstanceState) {
        self.module = module
        self.instance = instance
        self.name = name
        self.state = state
        flags = .allocate(capacity: 1)
        flags.initialize(to: Flags())
    }

    deinit {
        flags.deinitialize(count: 1)
        flags.deallocate()
    }

    /// Size of the guest's exported memory in bytes (65,536 per page); 0 without one.
    public var memorySize: UInt32 { UInt32(clamping: instance.defaultMemory?.byteCount ?? 0) }
    /// Whether `close()` was called (or the guest exited).
    public var isClosed: Bool { lock.lock(); defer { lock.unlock() }; return closed }
    /// Whether a call trapped or failed inside WebAssembly since creation.
    public var hasTrapped: Bool { lock.lock(); defer { lock.unlock() }; return trapped }
    /// Whether a call was interrupted (deadline, cancellation): the guest may be in an inconsistent state.
    public var isPoisoned: Bool { lock.lock(); defer { lock.unlock() }; return poisoned }
    /// Whether a pool should discard this instance rather than reuse it.
    var needsReplacement: Bool { lock.lock(); defer { lock.unlock() }; return closed || trapped || poisoned }

    /// Runs `operation` with `payload` and returns the guest's response. `timeout` bounds the call (the
    /// guest is interrupted; ignored for a call nested in a running one, which shares its deadline).
    ///
    /// The result follows wapc-go: a failed wasm call gives `.invocation`, else a `__guest_error` text
    /// gives `.guest` (even when `__guest_call` returned 1), else a return of 1 gives the response
    /// (empty if none was set), else `.unsuccessful`.
    public func invoke(_ operation: String, _ payload: [UInt8] = [], timeout: Duration? = nil) throws(WAPCError) -> [UInt8] {
        try run(operation, payload, deadline: timeout?.deadlineFromNow, watchTask: false)
    }

    /// `invoke` from a task: cancelling the task interrupts the guest (`.invocation`, "invocation
    /// cancelled"). Runs the guest on the calling task's thread.
    public func invoke(_ operation: String, _ payload: [UInt8] = [], timeout: Duration? = nil) async throws(WAPCError) -> [UInt8] {
        let deadline = timeout?.deadlineFromNow
        let result: Result<[UInt8], WAPCError> = await withTaskCancellationHandler {
            do throws(WAPCError) {
                return .success(try run(operation, payload, deadline: deadline, watchTask: true))
            } catch {
                return .failure(error)
            }
        } onCancel: {
            state.interrupt.interrupt()
        }
        return try result.get()
    }

    /// Interrupts the running call, if any, from another thread (it fails with "invocation cancelled").
    public func interrupt() { state.interrupt.interrupt() }

    /// Closes the instance (idempotent): later calls fail with `.closedInstance`. Waits for a running
    /// call on another thread to end.
    public func close() {
        lock.lock()
        let wasClosed = closed
        closed = true
        lock.unlock()
        if wasClosed { return }
        WASIModule.state(of: instance)?.system.close()
        module?.forget(self)
    }

    private func run(_ operation: String, _ payload: [UInt8], deadline: UInt64?, watchTask: Bool) throws(WAPCError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        guard !closed, let guestCall else { throw .closedInstance }
        let outermost = state.stack.isEmpty
        if outermost {
            state.interrupt.reset()
            if watchTask, Task.isCancelled { state.interrupt.interrupt() }
            state.deadline = deadline
        }
        state.stack.append(WAPCInvocation(operation: operation, request: payload))
        let current = WAPCCurrentCall.slot
        let previousCall = current.pointee
        current.pointee = Unmanaged.passUnretained(state).toOpaque()
        defer { current.pointee = previousCall }
        var failure: WasmError?
        var result: UInt64 = 0
        do {
            let arguments = (UInt64(operation.utf8.count), UInt64(payload.count))
            try withUnsafePointer(to: arguments) { (pointer) throws(WasmError) in
                try pointer.withMemoryRebound(to: UInt64.self, capacity: 2) { (args) throws(WasmError) in
                    try withUnsafeMutablePointer(to: &result) { (out) throws(WasmError) in
                        try instance.invoke(guestCall, arguments: UnsafeBufferPointer(start: args, count: 2),
                                            results: UnsafeMutableBufferPointer(start: out, count: 1),
                                            controls: ExecutionControls(interrupt: state.interrupt, deadline: state.deadline))
                    }
                }
            }
        } catch {
            failure = error
        }
        let invocation = state.stack.removeLast()
        if outermost { state.deadline = nil }
        if let failure {
            trapped = true
            let kind = failure.trapKind
            if kind == .deadlineExceeded || kind == .interrupted { poisoned = true }
            if kind == .exit {
                // As with wazero, a guest that exits is closed.
                closeLocked()
                module?.forget(self)
            }
            throw .invocation(failure.wapcMessage, kind: kind)
        }
        if let error = invocation.guestError, !error.isEmpty { throw .guest(error) }
        if UInt32(truncatingIfNeeded: result) == 1 { return invocation.guestResponse ?? [] }
        throw .unsuccessful(operation: operation)
    }

    /// Runs `_start`, `_initialize` and `wapc_init` (each if exported), then looks up `__guest_call`.
    /// Closes the instance on failure.
    func initialize(deadline: UInt64) throws(WAPCError) {
        lock.lock()
        defer { lock.unlock() }
        state.deadline = deadline
        defer { state.deadline = nil }
        for function in ["_start", "_initialize", "wapc_init"] {
            guard let entry = instance.function(function) else { continue }
            state.stack.append(WAPCInvocation(operation: function, request: []))
            defer { state.stack.removeLast() }
            do {
                _ = try instance.invoke(entry, arguments: [], controls: ExecutionControls(interrupt: state.interrupt, deadline: deadline))
            } catch {
                if case .trap(let trap) = error, trap.kind == .exit {
                    if trap.exitCode ?? 0 == 0 { continue }
                    closeLocked()
                    throw .initExit(code: trap.exitCode ?? 0)
                }
                closeLocked()
                throw .initFailed(function: function, message: error.wapcMessage)
            }
        }
        guard let function = instance.function("__guest_call") else {
            closeLocked()
            throw .missingGuestCall(instance: name)
        }
        guestCall = function
    }

    private func closeLocked() {
        closed = true
        WASIModule.state(of: instance)?.system.close()
    }
}
