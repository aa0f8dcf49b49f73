import Synchronization
import WasmHost

/// The original's context for range-watch: a watch list and a group id. Guest calls that use the
/// module run under a scope (`scope.run { ... }`); deliveries run under the scope of the call that
/// created the watch. A scope made with `init` owns a new list and takes the next group (the first is
/// 1); `derived()` shares both (the original `ContextCopy`), `newGroup()` shares the list with a new
/// group. Closing the owning scope (or releasing it) closes every watch in the list.
///
/// ```swift
/// runtime.register(RangeWatchModule())
/// let scope = RangeWatchScope(instances: RangeWatchInstancePool(runtime: runtime, module: compiled))
/// try scope.run { try instance.invoke("test_create", [.i32(100), .i32(200)]) }
/// let sub = try scope.subscribe(from: Array("a".utf8), to: Array("b".utf8)) { value in print(value) }
/// scope.emit(7, keys: [Array("a1".utf8)])
/// ```
public final class RangeWatchScope: @unchecked Sendable {
    /// The scope guest calls on this thread (or task) run under.
    @TaskLocal public static var current: RangeWatchScope?

    private static let groups = Atomic<UInt64>(0)

    let list: WatchList
    /// The group id of watches created under this scope.
    public let group: UInt64
    /// True when this scope created its list (closing it closes the list).
    public let ownsList: Bool

    /// A scope with a new watch list and the next group id.
    /// - Parameters:
    ///   - instances: where deliveries get an instance to call `__range_watch_recv` on (needed for
    ///     guest watches; host subscriptions work without).
    ///   - log: receives delivery failures (a guest rejecting or trapping, a missing export).
    public init(instances: (any RangeWatchInstanceProvider)? = nil, log: @escaping @Sendable (String) -> Void = { _ in }) {
        list = WatchList(instances: instances, log: log)
        group = RangeWatchScope.groups.add(1, ordering: .relaxed).newValue
        ownsList = true
    }

    init(list: WatchList, group: UInt64) {
        self.list = list
        self.group = group
        ownsList = false
    }

    deinit { if ownsList { list.close() } }

    /// A scope sharing this one's list and group (the original's inheriting `ContextCopy`).
    public func derived() -> RangeWatchScope { RangeWatchScope(list: list, group: group) }

    /// A scope sharing this one's list, with the next group id (ids do not collide across groups;
    /// flushes match across groups).
    public func newGroup() -> RangeWatchScope {
        RangeWatchScope(list: list, group: RangeWatchScope.groups.add(1, ordering: .relaxed).newValue)
    }

    /// Runs `body` (typically guest calls) with this scope as `RangeWatchScope.current`.
    @discardableResult
    public func run<R>(_ body: () throws -> R) rethrows -> R {
        try RangeWatchScope.$current.withValue(self) { try body() }
    }

    /// Ends the scope. On the owning scope: closes every watch of the list (removed from the tree, ids
    /// released, pending values dropped, no further delivery starts) and ends every subscription.
    /// On a derived scope: nothing (the list lives until its owner ends). Idempotent.
    public func close() {
        if ownsList { list.close() }
    }

    public var isClosed: Bool { list.isClosed }

    // MARK: - Host API

    /// Emits `value` to every guest watch and host subscription matching any of `keys`, as a guest
    /// flush does. Never blocks on watchers.
    public func emit(_ value: UInt64, keys: [[UInt8]]) {
        list.emit(value, keys: keys)
    }

    /// Subscribes to `[from, to)` (`to` empty or equal to `from`: the single key; `[0x00]`: every key
    /// `>= from`). Values arrive on `values`, at most `bufferSize` waiting.
    public func subscribe(from: [UInt8], to: [UInt8], bufferSize: Int = 1000) throws(RangeWatchError) -> RangeWatchSubscription {
        let subscription = RangeWatchSubscription(list: list, bufferSize: bufferSize, handler: nil)
        try list.subscribe(subscription, from: from, to: to)
        return subscription
    }

    /// Subscribes with a handler called on the emitting thread for every matching flush.
    public func subscribe(from: [UInt8], to: [UInt8],
                          handler: @escaping @Sendable (UInt64) -> Void) throws(RangeWatchError) -> RangeWatchSubscription {
        let subscription = RangeWatchSubscription(list: list, bufferSize: 1, handler: handler)
        try list.subscribe(subscription, from: from, to: to)
        return subscription
    }

    /// Waits until no delivery to a guest watch is queued or running (deliveries are asynchronous);
    /// false when `timeout` passes first.
    @discardableResult
    public func waitUntilIdle(timeout: Duration = .seconds(10)) -> Bool {
        let (seconds, attoseconds) = timeout.components
        let nanoseconds = UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
        return list.waitUntilIdle(deadline: ExecutionControls.monotonicNow() + nanoseconds)
    }

    /// Counts of the list's watches and deliveries.
    public struct Status: Sendable, Equatable {
        public var watches: Int
        public var intervals: Int
        public var subscriptions: Int
        public var deliveriesInFlight: Int
        /// Watches by phase: "reserved", "open", "started".
        public var phases: [String: Int]
    }

    public var status: Status { list.status() }

    /// The phase of this group's watch `id` ("reserved", "open", "started"), nil when absent.
    public func phase(of id: [UInt8]) -> String? { list.phase(of: WatchKey(group: group, id: id)) }
}
