import WasmHost

/// The `wasi_snapshot_preview1` host module: decodes and bounds-checks the ABI (guest pointers, layouts)
/// and calls a `System`. It never calls the OS itself. Every instantiation gets its own system (a
/// `GlibcSystem` over the configuration unless a factory is given), wrapped in a `TracingSystem` when
/// `configuration.traceFD` is set; the per-instance `WASIState` is stored in the instance's host state.
///
/// ```swift
/// runtime.register(WASIModule(configuration))
/// let instance = try runtime.instantiate(module)
/// let exitCode = try WASIModule.run(instance)
/// ```
public struct WASIModule: HostModule {
    public let name = "wasi_snapshot_preview1"
    public let configuration: WASIConfiguration
    private let makeSystem: @Sendable (WASIConfiguration) throws(Errno) -> any System

    /// A module whose instances each get a `GlibcSystem` over `configuration`.
    public init(_ configuration: WASIConfiguration) {
        self.configuration = configuration
        self.makeSystem = { (configuration) throws(Errno) -> any System in try GlibcSystem(configuration) }
    }

    /// A module whose instances get systems made by `system` (for custom or virtual file systems).
    public init(_ configuration: WASIConfiguration,
                system: @escaping @Sendable (WASIConfiguration) throws(Errno) -> any System) {
        self.configuration = configuration
        self.makeSystem = system
    }

    public func externals(for context: InstantiationContext) throws -> [String: External] {
        let system: any System
        do {
            system = try makeSystem(configuration)
        } catch {
            throw WasmError.unlinkable("WASI setup failed: E\(error.name) (\(error.message))")
        }
        var traced = system
        if let fd = configuration.traceFD {
            traced = TracingSystem(system, output: fd, stringSize: configuration.tracerStringSize)
        }
        let state = WASIState(traced)
        context.state[name] = state
        return WASIModule.functions(state, sockets: configuration.socketExtension.resolved(for: context.module))
    }

    /// The WASI state of an instance created with this module.
    public static func state(of instance: Instance) -> WASIState? {
        instance.hostState["wasi_snapshot_preview1"] as? WASIState
    }

    /// Runs a command's `_start` and returns its exit code: the `proc_exit` status, or 0 when `_start`
    /// returns. Other traps and errors are rethrown. Closes the instance's WASI files afterwards.
    public static func run(_ instance: Instance) throws(WasmError) -> Int32 {
        defer { state(of: instance)?.system.close() }
        do {
            try instance.invoke("_start")
            return 0
        } catch {
            if case .trap(let trap) = error, trap.kind == .exit { return trap.exitCode ?? 0 }
            throw error
        }
    }
}

/// Per-instance WASI state: the system and scratch buffers reused by every call.
public final class WASIState: @unchecked Sendable {
    /// The system calls go to (possibly a tracer over it).
    public let system: any System
    /// The code given to `proc_exit`, once called.
    public internal(set) var exitCode: Int32?
    var iovecs: UnsafeMutablePointer<UnsafeMutableRawBufferPointer>
    var iovecCapacity = 16
    var entries: [DirEntry] = []
    var subscriptions: [Subscription] = []
    var events: [Event] = []

    init(_ system: any System) {
        self.system = system
        iovecs = .allocate(capacity: iovecCapacity)
    }

    deinit { iovecs.deallocate() }

    /// Decodes `count` iovecs at `address` into the scratch array.
    func decodeIOVecs(_ memory: GuestMemory, _ address: UInt32, _ count: UInt32) throws(Errno) -> IOVecs {
        let table = try memory.bytes(address, UInt32(clamping: UInt64(count) * 8))
        if Int(count) > iovecCapacity {
            iovecs.deallocate()
            iovecCapacity = max(Int(count), iovecCapacity * 2)
            iovecs = .allocate(capacity: iovecCapacity)
        }
        for i in 0..<Int(count) {
            let buf = table.loadUnaligned(fromByteOffset: i * 8, as: UInt32.self).littleEndian
            let len = table.loadUnaligned(fromByteOffset: i * 8 + 4, as: UInt32.self).littleEndian
            iovecs[i] = try memory.bytes(buf, len)
        }
        return IOVecs(start: iovecs, count: Int(count))
    }
}
