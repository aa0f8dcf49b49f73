import ByteInterval
import Dispatch
import HostSupport
import WasmHost

/// The watches and subscriptions of a scope family: an interval tree matched by every flush, the guest
/// watches by `(group, id)`, and the bookkeeping of delivery runs. One lock guards it all; no lock is
/// held while guest or subscriber code runs.
final class WatchList: @unchecked Sendable {
    let lock = WaitLock()
    private let idle: WaitLock.Condition
    private var tree = ByteIntervalTree<WatchTarget>()
    private var watches: [WatchKey: Watch] = [:]
    private var subscriptions: [ObjectIdentifier: RangeWatchSubscription] = [:]
    private var closed = false
    /// Delivery runs queued or running.
    private var activeRuns = 0
    let instances: (any RangeWatchInstanceProvider)?
    let log: @Sendable (String) -> Void

    init(instances: (any RangeWatchInstanceProvider)?, log: @escaping @Sendable (String) -> Void) {
        self.instances = instances
        self.log = log
        idle = WaitLock.Condition(lock)
    }

    // MARK: - Guest operations (each returns the status written to `_err`; nil is success)

    func reserve(_ key: WatchKey, scope: RangeWatchScope) -> RangeWatchStatus? {
        lock.withLock {
            if closed { return .closed }
            if watches[key] != nil { return .exists }
            watches[key] = Watch(key, scope: scope)
            return nil
        }
    }

    func open(_ key: WatchKey, from: [UInt8], to: [UInt8], scope: RangeWatchScope) -> RangeWatchStatus? {
        lock.withLock {
            if closed { return .closed }
            let watch: Watch
            if let existing = watches[key] {
                watch = existing
            } else {
                watch = Watch(key, scope: scope)   // autoreserve
                watches[key] = watch
            }
            guard watch.phase == .reserved else { return .alreadyOpen }
            guard let id = tree.insert(start: from, end: intervalEnd(from: from, to: to), value: .watch(watch)) else {
                return .invalidRange
            }
            watch.interval = id
            watch.phase = .open
            return nil
        }
    }

    func start(_ key: WatchKey) -> RangeWatchStatus? {
        let outcome: (status: RangeWatchStatus?, run: Watch?) = lock.withLock {
            guard let watch = watches[key] else { return (.notFound, nil) }
            switch watch.phase {
            case .reserved, .closed: return (.notOpen, nil)
            case .started: return (nil, nil)   // idempotent
            case .open:
                watch.phase = .started
                return (nil, markScheduled(watch) ? watch : nil)
            }
        }
        if let watch = outcome.run { dispatch(watch) }
        return outcome.status
    }

    func stop(_ key: WatchKey) -> RangeWatchStatus? {
        lock.withLock {
            guard let watch = watches[key] else { return .notFound }
            remove(watch)
            return nil
        }
    }

    /// Removes a watch (the lock held): frees its id and its interval; any run in flight sees `closed`.
    private func remove(_ watch: Watch) {
        if watches[watch.key] === watch { watches.removeValue(forKey: watch.key) }
        if let interval = watch.interval { _ = tree.remove(interval) }
        watch.interval = nil
        watch.phase = .closed
        watch.pending = nil
    }

    /// Closes a watch whose delivery failed (only if it is still that watch).
    private func fail(_ watch: Watch, _ reason: String) {
        log("range-watch: closing watch \(describe(watch.key)): \(reason)")
        lock.withLock { if watch.phase != .closed { remove(watch) } }
    }

    // MARK: - Emit and delivery

    /// Offers `value` to every watch and subscription matching any of `keys` (once per flush each).
    /// Never blocks on a watcher: a watch keeps only its first undelivered value.
    func emit(_ value: UInt64, keys: [[UInt8]]) {
        guard !keys.isEmpty else { return }
        var runs: [Watch] = []
        var sinks: [RangeWatchSubscription] = []
        lock.withLock {
            guard !closed else { return }
            for target in tree.findAny(keys) {
                switch target {
                case .watch(let watch):
                    guard watch.pending == nil else { continue }
                    watch.pending = value
                    if watch.phase == .started, markScheduled(watch) { runs.append(watch) }
                case .subscription(let subscription):
                    sinks.append(subscription)
                }
            }
        }
        for watch in runs { dispatch(watch) }
        for sink in sinks { sink.deliver(value) }
    }

    /// Marks a delivery run as needed (the lock held); true when the caller must dispatch it.
    private func markScheduled(_ watch: Watch) -> Bool {
        guard watch.pending != nil, !watch.scheduled else { return false }
        watch.scheduled = true
        activeRuns += 1
        return true
    }

    private func dispatch(_ watch: Watch) {
        DispatchQueue.global().async { self.run(watch) }
    }

    /// Delivers a watch's pending values one at a time, in order, until none is left.
    private func run(_ watch: Watch) {
        while true {
            let value: UInt64? = lock.withLock {
                if watch.phase == .started, let value = watch.pending {
                    watch.pending = nil
                    return value
                }
                watch.scheduled = false
                activeRuns -= 1
                if activeRuns == 0 { idle.broadcast() }
                return nil
            }
            guard let value else { return }
            if let failure = deliver(watch, value) { fail(watch, failure) }
        }
    }

    /// Calls the guest's `__range_watch_recv` on an instance from the provider; returns why it failed.
    private func deliver(_ watch: Watch, _ value: UInt64) -> String? {
        guard let instances else { return "the scope has no instance provider" }
        do {
            return try instances.withInstance { instance in
                try watch.scope.run { try RangeWatchModule.deliver(to: instance, id: watch.key.id, value: value) }
            }
        } catch {
            return "\(error)"
        }
    }

    /// Waits until no delivery run is queued or running; false on timeout.
    func waitUntilIdle(deadline: UInt64) -> Bool {
        lock.withLock {
            while activeRuns > 0 {
                if ExecutionControls.monotonicNow() >= deadline { return false }
                idle.wait(until: deadline)
            }
            return true
        }
    }

    // MARK: - Host subscriptions

    func subscribe(_ subscription: RangeWatchSubscription, from: [UInt8], to: [UInt8]) throws(RangeWatchError) {
        try lock.withLock { () throws(RangeWatchError) in
            if closed { throw RangeWatchError(.closed) }
            guard let id = tree.insert(start: from, end: intervalEnd(from: from, to: to), value: .subscription(subscription)) else {
                throw RangeWatchError(.invalidRange)
            }
            subscription.interval = id
            subscriptions[ObjectIdentifier(subscription)] = subscription
        }
    }

    /// Removes a subscription from the tree (idempotent); true when it was still there.
    func unsubscribe(_ subscription: RangeWatchSubscription) -> Bool {
        lock.withLock {
            guard subscriptions.removeValue(forKey: ObjectIdentifier(subscription)) != nil else { return false }
            if let id = subscription.interval { _ = tree.remove(id) }
            subscription.interval = nil
            return true
        }
    }

    // MARK: - Lifetime

    /// Closes every watch and ends every subscription; later operations see a closed list.
    func close() {
        let ended: [RangeWatchSubscription] = lock.withLock {
            guard !closed else { return [] }
            closed = true
            for watch in watches.values {
                watch.phase = .closed
                watch.pending = nil
                watch.interval = nil
            }
            watches.removeAll()
            tree.removeAll()
            let ended = Array(subscriptions.values)
            for subscription in ended { subscription.interval = nil }
            subscriptions.removeAll()
            return ended
        }
        for subscription in ended { subscription.end(nil) }
    }

    var isClosed: Bool { lock.withLock { closed } }

    /// Counts for diagnostics and tests: watches by phase, intervals in the tree, runs in flight.
    func status() -> RangeWatchScope.Status {
        lock.withLock {
            var phases: [String: Int] = [:]
            for watch in watches.values { phases[watch.phase.rawValue, default: 0] += 1 }
            return RangeWatchScope.Status(watches: watches.count, intervals: tree.count,
                                          subscriptions: subscriptions.count, deliveriesInFlight: activeRuns,
                                          phases: phases)
        }
    }

    func phase(of key: WatchKey) -> String? {
        lock.withLock { watches[key]?.phase.rawValue }
    }

    private func describe(_ key: WatchKey) -> String {
        let printable = key.id.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let id = printable ? String(decoding: key.id, as: UTF8.self) : key.id.map { String($0, radix: 16) }.joined(separator: " ")
        return "\"\(id)\" (group \(key.group))"
    }
}
