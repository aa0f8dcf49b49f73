import ByteInterval
import Synchronization

/// A host subscription to a key range: every matching flush value, one per flush, in emit order, with
/// no coalescing. Values arrive through `values` (an async sequence with a bounded buffer that ends
/// with `RangeWatchError(.overflow)` instead of blocking emitters) or through the handler given to
/// `subscribe`, which runs on the emitting thread and must not block.
public final class RangeWatchSubscription: @unchecked Sendable {
    /// The values, when subscribed without a handler. Ends on `cancel()`, when the scope closes, or
    /// with `.overflow` when more than the buffer size are waiting.
    public let values: AsyncThrowingStream<UInt64, any Error>
    private let continuation: AsyncThrowingStream<UInt64, any Error>.Continuation
    private let handler: (@Sendable (UInt64) -> Void)?
    private weak var list: WatchList?
    /// The tree entry (guarded by the list's lock).
    var interval: ByteIntervalID?
    private let ended = Atomic<Bool>(false)

    init(list: WatchList, bufferSize: Int, handler: (@Sendable (UInt64) -> Void)?) {
        (values, continuation) = AsyncThrowingStream.makeStream(of: UInt64.self, throwing: (any Error).self,
                                                                bufferingPolicy: .bufferingOldest(max(1, bufferSize)))
        self.handler = handler
        self.list = list
    }

    deinit { continuation.finish() }

    /// Stops the subscription: no value is delivered after it returns (except to a handler call already
    /// running). Idempotent.
    public func cancel() {
        _ = list?.unsubscribe(self)
        end(nil)
    }

    /// True once cancelled, overflowed or closed with its scope.
    public var isEnded: Bool { ended.load(ordering: .acquiring) }

    func deliver(_ value: UInt64) {
        guard !isEnded else { return }
        if let handler {
            handler(value)
            return
        }
        if case .dropped = continuation.yield(value) {
            _ = list?.unsubscribe(self)
            end(RangeWatchError(.overflow))
        }
    }

    func end(_ error: RangeWatchError?) {
        guard !ended.exchange(true, ordering: .acquiringAndReleasing) else { return }
        continuation.finish(throwing: error)
    }
}
