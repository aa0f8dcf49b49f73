import Synchronization
import WasmHost
import WasmHostWASI

/// A compiled waPC guest (wapc-go `Module`): compile once, then `instantiate` as often as needed.
/// Each module has its own `Runtime` with the `wapc`, `env` (AssemblyScript), `wasi_snapshot_preview1`
/// and `wasi_unstable` imports registered. Thread-safe.
///
/// ```swift
/// let module = try WAPCModule(bytes, configuration: WAPCConfiguration(hostCall: { binding, namespace, operation, payload in
///     payload                                  // answer every host call with its payload
/// }))
/// let instance = try module.instantiate()
/// let reply = try instance.invoke("echo", Array("hi".utf8))
/// ```
public final class WAPCModule: Sendable {
    public let configuration: WAPCConfiguration
    let runtime: Runtime
    let compiled: CompiledModule
    private let state = Mutex<(closed: Bool, counter: Int, instances: [ObjectIdentifier: WAPCInstance])>((false, 0, [:]))

    /// Compiles `bytes` (decode, validate, translate). Invalid bytes fail here.
    public init(_ bytes: [UInt8], configuration: WAPCConfiguration = WAPCConfiguration()) throws(WAPCError) {
        self.configuration = configuration
        runtime = Runtime(configuration: RuntimeConfiguration(
            instanceLimits: InstanceLimits(maxMemoryPages: configuration.maxMemoryPages,
                                           maxTableElements: configuration.maxTableElements),
            executionLimits: configuration.executionLimits))
        do {
            compiled = try runtime.compile(bytes)
        } catch {
            throw .compile(error.description)
        }
        let wasi = WASIModule(configuration.effectiveWASI)
        runtime.register(WAPCHostModule(hostCall: configuration.hostCall, logger: configuration.logger))
        runtime.register(AssemblyScriptEnvModule(logger: configuration.logger))
        runtime.register(WAPCWASIModule(wasi: wasi, hostCall: configuration.hostCall, logger: configuration.logger))
        runtime.register(WASIUnstableModule(preview1: wasi))
    }

    /// Whether `close()` was called.
    public var isClosed: Bool { state.withLock { $0.closed } }

    /// Creates an instance (named "1", "2"… per module) and initialises it: the start section runs with
    /// no invocation (host calls return 0), then `_start`, `_initialize` and `wapc_init`, each if
    /// exported, with host calls allowed (their operation is the function's name). A WASI exit with
    /// code 0 is tolerated. Finally `__guest_call` must be exported.
    public func instantiate() throws(WAPCError) -> WAPCInstance {
        let name: String = try state.withLock { (s) throws(WAPCError) -> String in
            if s.closed { throw .moduleClosed }
            s.counter += 1
            return String(s.counter)
        }
        let deadline = configuration.initTimeout.deadlineFromNow
        let instance: Instance
        do {
            instance = try runtime.instantiate(compiled, name: name, controls: ExecutionControls(deadline: deadline))
        } catch {
            if case .trap(let trap) = error {
                if trap.kind == .exit, trap.exitCode != 0 { throw .initExit(code: trap.exitCode ?? 0) }
                throw .initFailed(function: "start", message: trap.wapcMessage)
            }
            throw .instantiate(error.description)
        }
        let hostState = instance.hostState["wapc"] as? WAPCInstanceState
            ?? WAPCInstanceState(hostCall: configuration.hostCall, logger: configuration.logger)
        let memory = instance.defaultMemory
        hostState.setMemory(memory, isCallerMemory: memory === instance.memories.first)
        let wapc = WAPCInstance(module: self, instance: instance, name: name, state: hostState)
        try wapc.initialize(deadline: deadline)
        let closedMeanwhile = state.withLock { s in
            if s.closed { return true }
            s.instances[ObjectIdentifier(wapc)] = wapc
            return false
        }
        if closedMeanwhile {
            wapc.close()
            throw .moduleClosed
        }
        return wapc
    }

    /// Closes the module and every instance it created (idempotent).
    public func close() {
        let instances = state.withLock { s -> [WAPCInstance] in
            s.closed = true
            defer { s.instances = [:] }
            return Array(s.instances.values)
        }
        for instance in instances { instance.close() }
    }

    func forget(_ instance: WAPCInstance) {
        _ = state.withLock { $0.instances.removeValue(forKey: ObjectIdentifier(instance)) }
    }
}
