#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread mutex with condition variables that wait against `CLOCK_MONOTONIC` deadlines (the clock
/// of `ExecutionControls.deadline`). Used where a thread must block until another one hands it work.
package final class WaitLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    package init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    package func lock() { pthread_mutex_lock(mutex) }
    package func unlock() { pthread_mutex_unlock(mutex) }

    package func withLock<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        lock()
        defer { unlock() }
        return try body()
    }

    /// A condition variable bound to this lock.
    package final class Condition: @unchecked Sendable {
        private let cond: UnsafeMutablePointer<pthread_cond_t>
        private unowned let lock: WaitLock

        package init(_ lock: WaitLock) {
            self.lock = lock
            cond = .allocate(capacity: 1)
            var attributes = pthread_condattr_t()
            pthread_condattr_init(&attributes)
            #if !canImport(Darwin)
            pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
            #endif
            pthread_cond_init(cond, &attributes)
            pthread_condattr_destroy(&attributes)
        }

        deinit {
            pthread_cond_destroy(cond)
            cond.deallocate()
        }

        /// Waits (the lock held) until signalled or until the monotonic `deadline` (nanoseconds).
        /// Spurious wake-ups happen: callers re-check their condition.
        package func wait(until deadline: UInt64?) {
            guard let deadline else {
                pthread_cond_wait(cond, lock.mutexPointer)
                return
            }
            var ts = timespec()
            ts.tv_sec = Int(deadline / 1_000_000_000)
            ts.tv_nsec = Int(deadline % 1_000_000_000)
            pthread_cond_timedwait(cond, lock.mutexPointer, &ts)
        }

        package func signal() { pthread_cond_signal(cond) }
        package func broadcast() { pthread_cond_broadcast(cond) }
    }

    fileprivate var mutexPointer: UnsafeMutablePointer<pthread_mutex_t> { mutex }
}
