import Synchronization
import WasmHost

/// Gives delivery runs an instance to call back into. An instance must never run two calls at once.
public protocol RangeWatchInstanceProvider: Sendable {
    /// Runs `body` on an instance no other call is using. When `body` throws, the instance should be
    /// discarded (it may have trapped half-way).
    func withInstance<R>(_ body: (Instance) throws -> R) throws -> R
}

/// A minimal instance pool: reuses idle instances of one compiled module and instantiates more on
/// demand; an instance whose call threw is dropped. Each new instance is prepared once: by default its
/// `_initialize` export (the WASI reactor convention, where guests register their receiver) is called
/// when present.
public final class RangeWatchInstancePool: RangeWatchInstanceProvider, @unchecked Sendable {
    private let runtime: Runtime
    private let module: CompiledModule
    private let maxIdle: Int
    private let idle = Mutex<[Instance]>([])
    private let created = Atomic<Int>(0)
    private let prepare: @Sendable (Instance) throws -> Void

    public init(runtime: Runtime, module: CompiledModule, maxIdle: Int = 16,
                prepare: @escaping @Sendable (Instance) throws -> Void = RangeWatchInstancePool.initialize) {
        self.runtime = runtime
        self.module = module
        self.maxIdle = maxIdle
        self.prepare = prepare
    }

    /// Calls `_initialize` when the instance exports it.
    public static func initialize(_ instance: Instance) throws {
        if instance.function("_initialize") != nil { try instance.invoke("_initialize") }
    }

    /// Instances created so far.
    public var instancesCreated: Int { created.load(ordering: .relaxed) }

    public func withInstance<R>(_ body: (Instance) throws -> R) throws -> R {
        let instance: Instance
        if let reused = idle.withLock({ $0.popLast() }) {
            instance = reused
        } else {
            instance = try runtime.instantiate(module)
            try prepare(instance)
            created.add(1, ordering: .relaxed)
        }
        let result = try body(instance)
        idle.withLock { if $0.count < maxIdle { $0.append(instance) } }
        return result
    }
}
