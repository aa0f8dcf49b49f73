#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The waPC call running on the current thread, for host-call handlers that block (waiting on I/O, a
/// lock, another service): poll `isInterrupted` or use `remaining` as a timeout, so that a deadline or
/// a cancellation of the `invoke` also ends the wait. The interpreter re-checks both as soon as the
/// handler returns.
public enum WAPCCurrentCall {
    /// Each thread's slot (allocated on its first call, freed when it exits): setting it is a plain
    /// store, cheaper than `pthread_setspecific` twice per invoke.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { $0?.deallocate() }
        return key
    }()

    /// This thread's slot: the running call's state, unretained (its `WAPCInstance` holds it).
    static var slot: UnsafeMutablePointer<UnsafeMutableRawPointer?> {
        if let slot = pthread_getspecific(key) { return slot.assumingMemoryBound(to: UnsafeMutableRawPointer?.self) }
        let slot = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
        slot.initialize(to: nil)
        pthread_setspecific(key, slot)
        return slot
    }

    static var state: WAPCInstanceState? {
        slot.pointee.map { Unmanaged<WAPCInstanceState>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Whether the running call was cancelled (`interrupt()`, task cancellation) or is past its deadline.
    /// False outside a call.
    public static var isInterrupted: Bool {
        guard let state else { return false }
        do { try state.checkInterruption() } catch { return true }
        return false
    }

    /// Time left before the running call's deadline; nil without a deadline or outside a call.
    public static var remaining: Duration? {
        guard let deadline = state?.deadline else { return nil }
        let now = ExecutionControls.monotonicNow()
        return deadline > now ? .nanoseconds(Int64(clamping: deadline - now)) : .zero
    }
}
