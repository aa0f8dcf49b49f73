import HostSupport
import WasmHost

/// A set of pipes shared by the guest calls (and host code) that run under it: the original's copied
/// `context.Context`. Pipes are created on first use and keyed by id; scopes are isolated from each
/// other. Thread-safe.
///
/// ```swift
/// let scope = PipeScope()
/// try scope.run { try sender.invoke("testSendUint64", [.i64(7)]) }   // on one thread
/// try scope.run { try receiver.invoke("testRecvUint64") }            // on another
/// scope.close()                                                      // wakes anyone still blocked
/// ```
public final class PipeScope: @unchecked Sendable {
    /// The scope guest calls on this thread (or task) run under.
    @TaskLocal public static var current: PipeScope?

    let lock = WaitLock()
    private var pipes: [UInt32: PipeChannel] = [:]
    private var capacity: Int
    private var closed = false
    /// Timeout applied to guest pipe calls that have no earlier deadline.
    public let defaultTimeout: Duration?

    /// - Parameters:
    ///   - capacity: messages a pipe buffers before `send` blocks; 0 (the original's behaviour) makes
    ///     every send a rendezvous with a receiver.
    ///   - defaultTimeout: deadline for each guest pipe call (nil: wait until closed or interrupted).
    public init(capacity: Int = 0, defaultTimeout: Duration? = nil) {
        self.capacity = max(0, capacity)
        self.defaultTimeout = defaultTimeout
    }

    deinit { close() }

    /// Runs `body` (typically guest calls) with this scope as `PipeScope.current`.
    @discardableResult
    public func run<R>(_ body: () throws -> R) rethrows -> R {
        try PipeScope.$current.withValue(self) { try body() }
    }

    /// Sets the buffer capacity of one pipe (0: rendezvous), overriding the scope's.
    public func setCapacity(_ capacity: Int, pipe: UInt32) {
        lock.withLock { channel(pipe).capacity = max(0, capacity) }
    }

    public var isClosed: Bool { lock.withLock { closed } }

    /// Closes the scope: every blocked party wakes with `scopeClosed`, queued messages are dropped and
    /// the pipes are freed. Later calls fail with `scopeClosed`. Idempotent.
    public func close() {
        lock.withLock {
            guard !closed else { return }
            closed = true
            let error = PipeError(.scopeClosed)
            for channel in pipes.values {
                channel.drain(error)
                channel.receivers.broadcast()
                channel.senders.broadcast()
            }
            pipes.removeAll()
        }
    }

    /// Sends `bytes` on `pipe` from the host: the same rules as a guest send (rendezvous unless the pipe
    /// buffers). Throws `scopeClosed` or `deadlineExceeded`; a failed send delivered nothing.
    public func send(pipe: UInt32, _ bytes: [UInt8], deadline: ContinuousClock.Instant? = nil) throws(PipeError) {
        try send(pipe: pipe, bytes, PipeWait(deadline: PipeScope.monotonic(deadline)))
    }

    /// Receives the next message on `pipe`, competing with guest receivers. Throws `scopeClosed` or
    /// `deadlineExceeded`; a failed receive consumed nothing.
    public func receive(pipe: UInt32, deadline: ContinuousClock.Instant? = nil) throws(PipeError) -> [UInt8] {
        try receive(pipe: pipe, capacity: nil, PipeWait(deadline: PipeScope.monotonic(deadline))) { _ in nil }
    }

    /// Messages queued on `pipe` and parties blocked on it (diagnostics and tests).
    public func status(pipe: UInt32) -> (queued: Int, blockedSenders: Int, blockedReceivers: Int) {
        lock.withLock {
            guard let channel = pipes[pipe] else { return (0, 0, 0) }
            return (channel.count, channel.blockedSenders, channel.blockedReceivers)
        }
    }

    // MARK: - Core (shared by the host API and the host functions)

    func send(pipe: UInt32, _ bytes: [UInt8], _ wait: PipeWait) throws(PipeError) {
        lock.lock()
        defer { lock.unlock() }
        if closed { throw PipeError(.scopeClosed, pipe: pipe) }
        let channel = channel(pipe)
        let limit = channel.capacity ?? capacity
        if limit > 0 {
            while channel.count >= limit {
                if let kind = stopReason(wait) { throw PipeError(kind, pipe: pipe) }
                channel.blockedSenders += 1
                block(channel.senders, wait)
                channel.blockedSenders -= 1
            }
            channel.append(PipeMessage(bytes, rendezvous: false))
            channel.receivers.signal()
            return
        }
        let message = PipeMessage(bytes, rendezvous: true)
        channel.append(message)
        channel.receivers.signal()
        while true {
            switch message.state {
            case .taken: return
            case .rejected(var error):
                error.pipe = pipe
                throw error
            case .queued:
                if let kind = stopReason(wait) {
                    channel.remove(message)
                    throw PipeError(kind, pipe: pipe)
                }
                channel.blockedSenders += 1
                block(channel.senders, wait)
                channel.blockedSenders -= 1
            }
        }
    }

    /// Takes the next message. `capacity` is the receiver's buffer size (nil: unlimited): a longer
    /// message is discarded, fails its rendezvous sender and throws `messageTooBig`. `check` returns
    /// why a message of that length cannot be stored (nil: it can); then nothing is consumed and that
    /// error is thrown.
    func receive(pipe: UInt32, capacity: Int?, _ wait: PipeWait,
                 check: (Int) -> PipeError?) throws(PipeError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if closed { throw PipeError(.scopeClosed, pipe: pipe) }
        let channel = channel(pipe)
        while true {
            if let message = channel.first {
                if let capacity, message.bytes.count > capacity {
                    channel.removeFirst()
                    let error = PipeError(.messageTooBig(length: message.bytes.count, capacity: capacity), pipe: pipe)
                    message.state = .rejected(error)
                    channel.senders.broadcast()
                    if channel.count > 0 { channel.receivers.signal() }
                    throw error
                }
                if let error = check(message.bytes.count) {
                    channel.receivers.signal()
                    throw error
                }
                channel.removeFirst()
                message.state = .taken
                channel.senders.broadcast()
                if channel.count > 0 { channel.receivers.signal() }
                return message.bytes
            }
            if let kind = stopReason(wait) {
                throw PipeError(kind, pipe: pipe)
            }
            channel.blockedReceivers += 1
            block(channel.receivers, wait)
            channel.blockedReceivers -= 1
        }
    }

    /// The channel for `pipe`, created on first use (the lock held).
    private func channel(_ pipe: UInt32) -> PipeChannel {
        if let channel = pipes[pipe] { return channel }
        let channel = PipeChannel(lock)
        pipes[pipe] = channel
        return channel
    }

    /// Why a blocked party must give up now, if it must (the lock held).
    private func stopReason(_ wait: PipeWait) -> PipeError.Kind? {
        if closed { return .scopeClosed }
        if let instance = wait.instance, instance.isClosed { return .instanceClosed }
        if let interrupt = wait.interrupt, interrupt.isInterrupted { return .instanceClosed }
        if let deadline = wait.deadline, ExecutionControls.monotonicNow() >= deadline { return .deadlineExceeded }
        return nil
    }

    /// Blocks on `condition` (the lock held). An interrupt handle cannot signal, so a call that has one
    /// re-checks it every few milliseconds; an instance shutdown and a close broadcast.
    private func block(_ condition: WaitLock.Condition, _ wait: PipeWait) {
        var until = wait.deadline
        if wait.interrupt != nil {
            let poll = ExecutionControls.monotonicNow() + PipeScope.interruptPollNanoseconds
            until = min(until ?? poll, poll)
        }
        if let instance = wait.instance {
            instance.setWaiting(self, condition)
            // Re-checked after publishing the wait, so a concurrent shutdown either sees it or is seen.
            if instance.isClosed {
                instance.setWaiting(nil, nil)
                return
            }
        }
        condition.wait(until: until)
        wait.instance?.setWaiting(nil, nil)
    }

    static let interruptPollNanoseconds: UInt64 = 5_000_000

    /// Wakes the parties waiting on `condition` (instance shutdown).
    func wake(_ condition: WaitLock.Condition) {
        lock.withLock { condition.broadcast() }
    }

    static func monotonic(_ deadline: ContinuousClock.Instant?) -> UInt64? {
        guard let deadline else { return nil }
        let remaining = ContinuousClock.now.duration(to: deadline)
        return monotonic(after: remaining)
    }

    static func monotonic(after duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        let now = ExecutionControls.monotonicNow()
        guard seconds >= 0 else { return now }
        guard seconds < 1 << 32 else { return UInt64.max / 2 }
        return now + UInt64(seconds) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
