import WasmHost

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A fixed-size pool of instances of one module (wapc-go `Pool`), filled eagerly. `get` waits on a
/// condition variable for an idle instance. An instance returned after it trapped, was interrupted or
/// was closed is discarded and replaced by a fresh one (initialisation reruns); if that fails, the
/// failure is logged and creation is retried by the next `get`.
///
/// ```swift
/// let pool = try WAPCPool(module: module, size: 4)
/// let reply = try pool.withInstance(timeout: .seconds(1)) { try $0.invoke("echo", payload, timeout: .milliseconds(100)) }
/// ```
public final class WAPCPool: @unchecked Sendable {
    public let module: WAPCModule
    /// Number of instances the pool keeps.
    public let size: Int
    private let initializer: (@Sendable (WAPCInstance) throws -> Void)?
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var idle: [WAPCInstance] = []
    /// Slots whose instance was discarded and could not be recreated yet.
    private var missing = 0
    private var live: [ObjectIdentifier: WAPCInstance] = [:]
    private var closed = false

    /// Creates `size` instances, running `initializer` on each (wapc-go's `init` functions). On failure
    /// the instances created so far are closed and `.poolInit` is thrown.
    public init(module: WAPCModule, size: Int, initializer: (@Sendable (WAPCInstance) throws -> Void)? = nil) throws(WAPCError) {
        self.module = module
        self.size = max(size, 0)
        self.initializer = initializer
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        condition = .allocate(capacity: 1)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
        idle.reserveCapacity(self.size)
        for _ in 0..<self.size {
            do {
                let instance = try makeInstance()
                idle.append(instance)
                live[ObjectIdentifier(instance)] = instance
            } catch {
                for instance in idle { instance.close() }
                idle = []
                live = [:]
                throw error
            }
        }
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Takes an idle instance, waiting up to `timeout` (nil or ≤ 0: forever). Fails with `.poolTimeout`,
    /// `.poolClosed`, or `.poolInit` when a discarded instance cannot be recreated.
    public func get(timeout: Duration? = nil) throws(WAPCError) -> WAPCInstance {
        let deadline: timespec? = timeout.flatMap { $0 > .zero ? Self.monotonicTimespec(after: $0) : nil }
        pthread_mutex_lock(mutex)
        while true {
            if closed {
                pthread_mutex_unlock(mutex)
                throw .poolClosed
            }
            if let instance = idle.popLast() {
                pthread_mutex_unlock(mutex)
                return instance
            }
            if missing > 0 {
                missing -= 1
                pthread_mutex_unlock(mutex)
                do {
                    let instance = try makeInstance()
                    return try adopt(instance)
                } catch {
                    pthread_mutex_lock(mutex)
                    missing += 1
                    pthread_mutex_unlock(mutex)
                    module.configuration.logger?("wapc pool: \(error)")
                    throw error
                }
            }
            if var deadline {
                if pthread_cond_timedwait(condition, mutex, &deadline) == ETIMEDOUT, idle.isEmpty, missing == 0, !closed {
                    pthread_mutex_unlock(mutex)
                    throw .poolTimeout
                }
            } else {
                pthread_cond_wait(condition, mutex)
            }
        }
    }

    /// Gives an instance back. One that trapped, was interrupted or closed is replaced. Fails with
    /// `.poolFull` when `size` instances are already idle.
    public func put(_ instance: WAPCInstance) throws(WAPCError) {
        if instance.needsReplacement {
            instance.close()
            pthread_mutex_lock(mutex)
            live.removeValue(forKey: ObjectIdentifier(instance))
            let isClosed = closed
            pthread_mutex_unlock(mutex)
            if isClosed { return }
            do {
                let replacement = try makeInstance()
                pthread_mutex_lock(mutex)
                if closed {
                    pthread_mutex_unlock(mutex)
                    replacement.close()
                    return
                }
                live[ObjectIdentifier(replacement)] = replacement
                idle.append(replacement)
            } catch {
                module.configuration.logger?("wapc pool: replacing instance \(instance.name): \(error)")
                pthread_mutex_lock(mutex)
                missing += 1
            }
            pthread_cond_signal(condition)
            pthread_mutex_unlock(mutex)
            return
        }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if closed {
            instance.close()
            return
        }
        guard idle.count + missing < size, !idle.contains(where: { $0 === instance }) else { throw .poolFull }
        idle.append(instance)
        pthread_cond_signal(condition)
    }

    /// Takes an instance, runs `body` with it, and gives it back (replacing it if it trapped).
    public func withInstance<R>(timeout: Duration? = nil, _ body: (WAPCInstance) throws -> R) throws -> R {
        let instance = try get(timeout: timeout)
        defer { try? put(instance) }
        return try body(instance)
    }

    /// Number of idle instances.
    public var idleCount: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return idle.count
    }

    /// Closes every instance, idle or checked out (idempotent); `get` then fails with `.poolClosed`.
    /// The module stays open.
    public func close() {
        pthread_mutex_lock(mutex)
        closed = true
        let instances = Array(live.values)
        live = [:]
        idle = []
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
        for instance in instances { instance.close() }
    }

    private func makeInstance() throws(WAPCError) -> WAPCInstance {
        let instance = try module.instantiate()
        if let initializer {
            do {
                try initializer(instance)
            } catch {
                instance.close()
                throw .poolInit(String(describing: error))
            }
        }
        return instance
    }

    private func adopt(_ instance: WAPCInstance) throws(WAPCError) -> WAPCInstance {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if closed {
            instance.close()
            throw .poolClosed
        }
        live[ObjectIdentifier(instance)] = instance
        return instance
    }

    private static func monotonicTimespec(after duration: Duration) -> timespec {
        let total = ExecutionControls.monotonicNow() &+ duration.clampedNanoseconds
        return timespec(tv_sec: Int(total / 1_000_000_000), tv_nsec: Int(total % 1_000_000_000))
    }
}
