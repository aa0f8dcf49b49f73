#if canImport(Glibc)
import Glibc

extension Water {
    /// How a worker (`watm_start_v1` / `_water_worker`) ended.
    public enum WorkerExit: Sendable, Equatable, CustomStringConvertible {
        /// It returned this value.
        case returned(Int32)
        /// It trapped (hard stop after the grace period, or a bug in the WATM).
        case trapped(String)

        /// 0, -EPIPE and -ECANCELED are clean; anything else (positive values included) is a failure.
        public var isClean: Bool {
            if case .returned(let r) = self { return r == 0 || r == -WaterErrno.pipe || r == -WaterErrno.canceled }
            return false
        }

        /// The raw value returned, nil after a trap.
        public var value: Int32? {
            if case .returned(let r) = self { return r }
            return nil
        }

        var failure: WaterError? {
            if isClean { return nil }
            if case .returned(let r) = self { return .workerFailed(r) }
            return .workerFailed(0)
        }

        public var description: String {
            switch self {
            case .returned(let r): "returned \(r)"
            case .trapped(let m): "trapped: \(m)"
            }
        }
    }
}

/// A one-shot event with timed waits (pthread mutex + condition variable on CLOCK_MONOTONIC).
final class ExitSignal: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var exit: Water.WorkerExit?

    init() {
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    var value: Water.WorkerExit? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return exit
    }

    func fire(_ value: Water.WorkerExit) {
        pthread_mutex_lock(mutex)
        if exit == nil { exit = value }
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Waits until fired or `deadline` (monotonic ns; nil = forever); returns the exit if fired.
    func wait(until deadline: UInt64?) -> Water.WorkerExit? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while exit == nil {
            if let deadline {
                var ts = timespec(tv_sec: Int(deadline / 1_000_000_000), tv_nsec: Int(deadline % 1_000_000_000))
                if pthread_cond_timedwait(condition, mutex, &ts) == ETIMEDOUT { break }
            } else {
                pthread_cond_wait(condition, mutex)
            }
        }
        return exit
    }
}
#endif
