import HostSupport
import WasmHost

/// One message in flight. A rendezvous sender waits on its message until a receiver takes or rejects it.
final class PipeMessage {
    enum State {
        case queued
        case taken
        case rejected(PipeError)
    }

    let bytes: [UInt8]
    /// True when the sender waits for a receiver (rendezvous); false once buffered.
    let rendezvous: Bool
    var state = State.queued

    init(_ bytes: [UInt8], rendezvous: Bool) {
        self.bytes = bytes
        self.rendezvous = rendezvous
    }
}

/// A pipe of one scope: a FIFO of messages and the two conditions its parties wait on. Guarded by the
/// scope's lock.
final class PipeChannel {
    private var items: [PipeMessage] = []
    private var head = 0
    /// Buffer capacity override for this pipe (nil: the scope's).
    var capacity: Int?
    /// Receivers wait here for a message.
    let receivers: WaitLock.Condition
    /// Senders wait here for their message to be taken, or for room in the buffer.
    let senders: WaitLock.Condition
    /// Parties currently blocked (for tests and diagnostics).
    var blockedSenders = 0
    var blockedReceivers = 0

    init(_ lock: WaitLock) {
        receivers = WaitLock.Condition(lock)
        senders = WaitLock.Condition(lock)
    }

    var count: Int { items.count - head }
    var first: PipeMessage? { head < items.count ? items[head] : nil }

    func append(_ message: PipeMessage) { items.append(message) }

    @discardableResult
    func removeFirst() -> PipeMessage {
        let message = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        return message
    }

    /// Withdraws a message that is still queued (a sender that gave up).
    func remove(_ message: PipeMessage) {
        guard let index = items[head...].firstIndex(where: { $0 === message }) else { return }
        items.remove(at: index)
    }

    /// Fails every queued rendezvous message and drops the rest (scope closed).
    func drain(_ error: PipeError) {
        for message in items[head...] where message.rendezvous { message.state = .rejected(error) }
        items.removeAll()
        head = 0
    }
}

/// What a blocked party watches besides its pipe: its deadline, its call's interrupt handle and its
/// instance.
struct PipeWait {
    var deadline: UInt64?
    var interrupt: InterruptHandle?
    var instance: PipeInstanceState?
}
