import WasmHost

/// The state of one exchange: the request, and what the guest and the host calls left behind.
struct WAPCInvocation {
    var operation: String
    var request: [UInt8]
    var guestResponse: [UInt8]? = nil
    var guestError: String? = nil
    var hostResponse: [UInt8]? = nil
    var hostError: [UInt8]? = nil

    init(operation: String, request: [UInt8]) {
        self.operation = operation
        self.request = request
    }
}

/// Per-instance state of the `wapc` host functions: a stack of invocations (nested `invoke` from a
/// host-call handler pushes a fresh one), the handler and logger, and the interruption controls of
/// the outermost call. Guarded by the owning `WAPCInstance`'s lock.
final class WAPCInstanceState: @unchecked Sendable {
    let hostCall: WAPCHostCallHandler
    let logger: WAPCLogger?
    var stack: [WAPCInvocation] = []
    let interrupt = InterruptHandle()
    /// Deadline of the outermost running call, checked again after each host call returns.
    var deadline: UInt64?
    /// The guest's exported memory, set once instantiated (saves a lookup per host call).
    var memory: Memory?

    init(hostCall: @escaping WAPCHostCallHandler, logger: WAPCLogger?) {
        self.hostCall = hostCall
        self.logger = logger
        stack.reserveCapacity(4)
    }

    /// The state of the instance being created: made by whichever of the `wapc` and WASI modules
    /// links first, shared by both.
    static func obtain(_ context: InstantiationContext, hostCall: @escaping WAPCHostCallHandler,
                       logger: WAPCLogger?) -> WAPCInstanceState {
        if let state = context.state["wapc"] as? WAPCInstanceState { return state }
        let state = WAPCInstanceState(hostCall: hostCall, logger: logger)
        context.state["wapc"] = state
        return state
    }

    /// The memory host functions read and write: the exported one, else the caller's memory 0.
    @inline(__always)
    func memory(_ caller: Caller) -> Memory? { memory ?? caller.memory }

    /// Throws the interruption trap if the current call was cancelled or is past its deadline.
    func checkInterruption() throws(Trap) {
        if interrupt.isInterrupted { throw Trap(.interrupted) }
        if let deadline, ExecutionControls.monotonicNow() >= deadline { throw Trap(.deadlineExceeded) }
    }
}

/// Bounds-checked access to guest memory with wapc-go's error texts. Zero-length ranges never fail.
enum GuestBytes {
    static func outOfMemory(_ verb: String, _ field: String) -> Trap {
        Trap(.hostError, message: "out of memory \(verb) \(field)")
    }

    /// Copies `[pointer, pointer + length)` out of guest memory.
    static func read(_ memory: Memory?, _ pointer: UInt32, _ length: UInt32, _ field: String) throws(Trap) -> [UInt8] {
        if length == 0 { return [] }
        guard let memory, memory.contains(Int(pointer), count: Int(length)) else { throw outOfMemory("reading", field) }
        do { return try memory.read(at: Int(pointer), count: Int(length)) } catch { throw outOfMemory("reading", field) }
    }

    /// Decodes `[pointer, pointer + length)` as lenient UTF-8.
    static func string(_ memory: Memory?, _ pointer: UInt32, _ length: UInt32, _ field: String) throws(Trap) -> String {
        if length == 0 { return "" }
        guard let memory, memory.contains(Int(pointer), count: Int(length)) else { throw outOfMemory("reading", field) }
        do {
            return try memory.withBytes(at: Int(pointer), count: Int(length)) { String(decoding: $0, as: UTF8.self) }
        } catch {
            throw outOfMemory("reading", field)
        }
    }

    /// Copies `bytes` into guest memory at `pointer` (one `memcpy`).
    static func write(_ memory: Memory?, _ bytes: [UInt8], _ pointer: UInt32, _ field: String) throws(Trap) {
        if bytes.isEmpty { return }
        guard let memory, memory.contains(Int(pointer), count: bytes.count) else { throw outOfMemory("writing", field) }
        bytes.withUnsafeBytes { copy(memory, $0, pointer) }
    }

    static func write(_ memory: Memory?, _ text: String, _ pointer: UInt32, _ field: String) throws(Trap) {
        let count = text.utf8.count
        if count == 0 { return }
        guard let memory, memory.contains(Int(pointer), count: count) else { throw outOfMemory("writing", field) }
        var text = text
        text.withUTF8 { copy(memory, UnsafeRawBufferPointer($0), pointer) }
    }

    /// Copies after the caller checked the bounds.
    private static func copy(_ memory: Memory, _ bytes: UnsafeRawBufferPointer, _ pointer: UInt32) {
        _ = try? memory.withBytes(at: Int(pointer), count: bytes.count) { $0.copyMemory(from: bytes) }
    }
}
