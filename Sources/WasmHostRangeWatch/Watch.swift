import ByteInterval

/// A guest watch: identity `(group, id)`, its interval once open, and its delivery slot. Every field is
/// guarded by its list's lock.
final class Watch: @unchecked Sendable {
    enum Phase: String {
        case reserved, open, started, closed
    }

    let key: WatchKey
    /// The (non-owning) scope deliveries run under, so a callback can call the watch functions.
    let scope: RangeWatchScope
    var phase = Phase.reserved
    var interval: ByteIntervalID?
    /// The first value not yet delivered; later values are coalesced into it.
    var pending: UInt64?
    /// A delivery run is queued or running.
    var scheduled = false

    init(_ key: WatchKey, scope: RangeWatchScope) {
        self.key = key
        self.scope = scope
    }
}

/// A watch's identity: ids are namespaced per group (the original's `hex(u64be(group) ++ id)`).
struct WatchKey: Hashable {
    var group: UInt64
    var id: [UInt8]
}

/// What the tree holds: a guest watch or a host subscription.
enum WatchTarget {
    case watch(Watch)
    case subscription(RangeWatchSubscription)
}

/// The end of the interval `[from, to)` by the original's rules plus etcd's: `[0x00]` means every key
/// `>= from`; an empty `to` or `to == from` is the single key `from`.
func intervalEnd(from: [UInt8], to: [UInt8]) -> ByteIntervalEnd {
    to == [0] ? .unbounded : .key(to)
}
