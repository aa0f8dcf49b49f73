import WasmHost
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

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
///
/// The mutable parts live behind pointers, so that the host functions (closures over this object) do
/// not pay Swift's dynamic exclusivity checks on each access; the lock provides the exclusivity.
final class WAPCInstanceState: @unchecked Sendable {
    let hostCall: WAPCHostCallHandler
    let logger: WAPCLogger?
    let interrupt = InterruptHandle()
    private let storage: UnsafeMutablePointer<Storage>

    private struct Storage {
        var deadline: UInt64?
        var memory: Memory?
        var useCallerMemory = true
        var binding = RecentString(), namespace = RecentString(), operation = RecentString()
    }

    /// The running invocations, innermost last.
    var stack: [WAPCInvocation] {
        unsafeAddress { UnsafePointer(stackStorage) }
        unsafeMutableAddress { stackStorage }
    }
    private let stackStorage: UnsafeMutablePointer<[WAPCInvocation]>
    /// Deadline of the outermost running call, checked again after each host call returns.
    var deadline: UInt64? {
        get { storage.pointee.deadline }
        set { storage.pointee.deadline = newValue }
    }

    init(hostCall: @escaping WAPCHostCallHandler, logger: WAPCLogger?) {
        self.hostCall = hostCall
        self.logger = logger
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage())
        stackStorage = .allocate(capacity: 1)
        stackStorage.initialize(to: [])
        stackStorage.pointee.reserveCapacity(4)
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
        stackStorage.deinitialize(count: 1)
        stackStorage.deallocate()
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

    /// Sets the exported memory once the instance exists; `isCallerMemory` tells whether it is the
    /// instance's memory 0 (what the fast path reaches through the caller).
    func setMemory(_ memory: Memory?, isCallerMemory: Bool) {
        storage.pointee.memory = memory
        storage.pointee.useCallerMemory = isCallerMemory
    }

    /// The memory host functions read and write, as raw bytes valid during the host call: the
    /// exported one, else the caller's memory 0 (reached without retaining anything when they agree).
    @inline(__always)
    func memory(_ caller: Caller) -> UnsafeMutableRawBufferPointer {
        let bytes = caller.memoryBytes
        if storage.pointee.useCallerMemory, bytes.baseAddress != nil { return bytes }
        return Self.bytes(of: storage.pointee.memory ?? caller.memory)
    }

    private static func bytes(of memory: Memory?) -> UnsafeMutableRawBufferPointer {
        guard let memory, let bytes = try? memory.withBytes(at: 0, count: memory.byteCount, { $0 }) else {
            return UnsafeMutableRawBufferPointer(start: nil, count: 0)
        }
        return bytes
    }

    /// The `__host_call` names, decoded from guest memory; repeated names reuse the last string.
    func binding(_ bytes: UnsafeRawBufferPointer) -> String { storage.pointee.binding.decode(bytes) }
    func namespace(_ bytes: UnsafeRawBufferPointer) -> String { storage.pointee.namespace.decode(bytes) }
    func operation(_ bytes: UnsafeRawBufferPointer) -> String { storage.pointee.operation.decode(bytes) }

    /// Throws the interruption trap if the current call was cancelled or is past its deadline.
    func checkInterruption() throws(Trap) {
        if interrupt.isInterrupted { throw Trap(.interrupted) }
        if let deadline = storage.pointee.deadline, ExecutionControls.monotonicNow() >= deadline { throw Trap(.deadlineExceeded) }
    }
}

/// The last string decoded from some guest bytes: decoding the same bytes again returns it without
/// decoding (a guest usually passes the same binding, namespace and operation on every host call).
/// Up to 16 bytes are kept in two words and compared as such; longer ones against the text's bytes.
struct RecentString {
    private var text = ""
    private var count = 0
    private var words: (UInt64, UInt64) = (0, 0)

    /// `bytes` decoded as lenient UTF-8. Short names are compared with the last bytes themselves; long
    /// ones with the text's encoding, which only valid UTF-8 matches: a hit always gives what decoding would.
    mutating func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        if bytes.count == count {
            if count <= 16 {
                if Self.words(bytes) == words { return text }
            } else if text.utf8.withContiguousStorageIfAvailable({
                memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            }) == true {
                return text
            }
        }
        text = String(decoding: bytes, as: UTF8.self)
        count = bytes.count
        words = count <= 16 ? Self.words(bytes) : (0, 0)
        return text
    }

    /// Up to 16 bytes, zero-padded, as two words.
    @inline(__always)
    private static func words(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        if let base = bytes.baseAddress {
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
        }
        return words
    }
}

/// Bounds-checked access to guest memory (raw bytes, valid during the host call) with wapc-go's error
/// texts. Zero-length ranges never fail.
enum GuestBytes {
    static func outOfMemory(_ verb: String, _ field: String) -> Trap {
        Trap(.hostError, message: "out of memory \(verb) \(field)")
    }

    /// `[pointer, pointer + length)` of `memory`, or nil when out of range.
    @inline(__always)
    static func range(_ memory: UnsafeMutableRawBufferPointer, _ pointer: UInt32, _ length: Int) -> UnsafeMutableRawPointer? {
        guard let base = memory.baseAddress, Int(pointer) + length <= memory.count else { return nil }
        return base + Int(pointer)
    }

    /// Copies `[pointer, pointer + length)` out of guest memory.
    static func read(_ memory: UnsafeMutableRawBufferPointer, _ pointer: UInt32, _ length: UInt32, _ field: String) throws(Trap) -> [UInt8] {
        if length == 0 { return [] }
        guard let source = range(memory, pointer, Int(length)) else { throw outOfMemory("reading", field) }
        return Array(UnsafeRawBufferPointer(start: source, count: Int(length)))
    }

    /// `[pointer, pointer + length)` of guest memory, for decoding in place.
    static func bytes(_ memory: UnsafeMutableRawBufferPointer, _ pointer: UInt32, _ length: UInt32, _ field: String) throws(Trap) -> UnsafeRawBufferPointer {
        if length == 0 { return UnsafeRawBufferPointer(start: nil, count: 0) }
        guard let source = range(memory, pointer, Int(length)) else { throw outOfMemory("reading", field) }
        return UnsafeRawBufferPointer(start: source, count: Int(length))
    }

    /// Decodes `[pointer, pointer + length)` as lenient UTF-8.
    static func string(_ memory: UnsafeMutableRawBufferPointer, _ pointer: UInt32, _ length: UInt32, _ field: String) throws(Trap) -> String {
        String(decoding: try bytes(memory, pointer, length, field), as: UTF8.self)
    }

    /// Copies `bytes` into guest memory at `pointer` (one `memcpy`).
    static func write(_ memory: UnsafeMutableRawBufferPointer, _ bytes: [UInt8], _ pointer: UInt32, _ field: String) throws(Trap) {
        if bytes.isEmpty { return }
        guard let destination = range(memory, pointer, bytes.count) else { throw outOfMemory("writing", field) }
        bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }

    static func write(_ memory: UnsafeMutableRawBufferPointer, _ text: String, _ pointer: UInt32, _ field: String) throws(Trap) {
        let count = text.utf8.count
        if count == 0 { return }
        guard let destination = range(memory, pointer, count) else { throw outOfMemory("writing", field) }
        var text = text
        text.withUTF8 { destination.copyMemory(from: $0.baseAddress!, byteCount: count) }
    }
}
