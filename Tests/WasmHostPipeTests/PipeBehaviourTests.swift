import WasmHost
@testable import WasmHostPipe
import XCTest

/// This project's pipe rules: host endpoints, isolation, cancellation, sizes, bounds (P4-P17).
final class PipeBehaviourTests: XCTestCase {
    /// Host send → guest receive (P12), guest send → host receive (P13).
    func testHostAndGuestEndpoints() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope()
        let host = Spawned { try scope.send(pipe: 0, u64le(123_456_789), deadline: deadline(ms: 5000)) }
        XCTAssertEqual(try scope.run { i64(try guest.invoke("testRecvUint64")) }, 123_456_789)
        try host.join()
        let sender = Spawned { try scope.run { try guest.invoke("testSendBytes", [.i64(7)]) } }
        XCTAssertEqual(try scope.receive(pipe: 2, deadline: deadline(ms: 5000)), Array("7".utf8))
        try sender.join()
    }

    /// Scopes are isolated: a message sent in A is never seen in B (P4).
    func testScopesAreIsolated() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let a = PipeScope(), b = PipeScope(defaultTimeout: .milliseconds(50))
        let sender = Spawned { try a.run { try guest.invoke("testSendUint64", [.i64(1)]) } }
        waitUntil { a.status(pipe: 0).queued == 1 }
        let other = try world.instance()
        XCTAssertEqual(pipeError { try b.run { try other.invoke("testRecvUint64") } }?.kind, .deadlineExceeded)
        XCTAssertEqual(pipeError { _ = try b.receive(pipe: 0, deadline: deadline(ms: 20)) }?.kind, .deadlineExceeded)
        XCTAssertEqual(try a.receive(pipe: 0, deadline: deadline(ms: 5000)), u64le(1))
        try sender.join()
    }

    /// A closed scope wakes a blocked guest receive promptly with scopeClosed (P6).
    func testCloseWakesBlockedReceiver() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope()
        let receiver = Spawned { () -> Double in
            let error = pipeError { try scope.run { try guest.invoke("testRecvUint64") } }
            XCTAssertEqual(error?.kind, .scopeClosed)
            XCTAssertEqual(error?.pipe, 0)
            return Date().timeIntervalSinceReferenceDate
        }
        waitUntil { scope.status(pipe: 0).blockedReceivers == 1 }
        let closedAt = Date().timeIntervalSinceReferenceDate
        scope.close()
        let returnedAt = try receiver.join(seconds: 2)
        XCTAssertLessThan(returnedAt - closedAt, 0.1)
        XCTAssertEqual(pipeError { try scope.send(pipe: 0, [1]) }?.kind, .scopeClosed)
    }

    /// A close also fails blocked senders (host and guest); nothing stays blocked.
    func testCloseWakesEverySender() throws {
        let world = PipeWorld()
        let scope = PipeScope()
        var threads: [Spawned<PipeError?>] = []
        for i in 0..<4 {
            let guest = try world.instance()
            threads.append(Spawned { pipeError { try scope.run { try guest.invoke("testSendUint64", [.i64(UInt64(i))]) } } })
            threads.append(Spawned { pipeError { try scope.send(pipe: 5, [UInt8(i)]) } })
        }
        waitUntil { scope.status(pipe: 0).blockedSenders == 4 && scope.status(pipe: 5).blockedSenders == 4 }
        scope.close()
        for thread in threads { XCTAssertEqual(try thread.join(seconds: 2)?.kind, .scopeClosed) }
    }

    /// A send with no receiver fails at its deadline and was not delivered (P7).
    func testSendDeadline() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope(defaultTimeout: .milliseconds(50))
        XCTAssertEqual(pipeError { try scope.run { try guest.invoke("testSendUint64", [.i64(5)]) } }?.kind, .deadlineExceeded)
        XCTAssertEqual(scope.status(pipe: 0).queued, 0)
        XCTAssertEqual(pipeError { _ = try scope.receive(pipe: 0, deadline: deadline(ms: 10)) }?.kind, .deadlineExceeded)
        XCTAssertEqual(pipeError { try scope.send(pipe: 9, [1], deadline: deadline(ms: 10)) }?.kind, .deadlineExceeded)
        XCTAssertEqual(scope.status(pipe: 9).queued, 0)
    }

    /// The call's own ExecutionControls deadline applies to a blocked pipe call.
    func testExecutionDeadline() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope()
        let controls = ExecutionControls(deadline: ExecutionControls.monotonicNow() + 30_000_000)
        let error = pipeError { try scope.run { try guest.invoke("testRecvUint64", controls: controls) } }
        XCTAssertEqual(error?.kind, .deadlineExceeded)
    }

    /// Shutting the instance down, or interrupting its call, wakes it with instanceClosed (P8).
    func testShutdownAndInterrupt() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope()
        let receiver = Spawned { pipeError { try scope.run { try guest.invoke("testRecvUint64") } } }
        waitUntil { scope.status(pipe: 0).blockedReceivers == 1 }
        PipeModule.shutdown(guest)
        XCTAssertEqual(try receiver.join(seconds: 2)?.kind, .instanceClosed)
        XCTAssertEqual(pipeError { try scope.run { try guest.invoke("testSendUint64", [.i64(1)]) } }?.kind, .instanceClosed)

        let other = try world.instance()
        let handle = InterruptHandle()
        let interrupted = Spawned {
            pipeError { try scope.run { try other.invoke("testSendUint32", [.i64(1)], controls: ExecutionControls(interrupt: handle)) } }
        }
        waitUntil { scope.status(pipe: 1).blockedSenders == 1 }
        handle.interrupt()
        XCTAssertEqual(try interrupted.join(seconds: 2)?.kind, .instanceClosed)
        XCTAssertEqual(scope.status(pipe: 1).queued, 0)
    }

    /// A guest send with bufLen > bufCap traps with messageTooBig before blocking; the scope stays
    /// usable (P9).
    func testOversizeGuestSend() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope()
        let error = pipeError { try scope.run { try guest.invoke("testSendOversize", [.i32(3)]) } }
        XCTAssertEqual(error?.kind, .messageTooBig(length: 2_097_153, capacity: 2_097_152))
        XCTAssertEqual(error?.description, "pipe 3: message of 2097153 bytes exceeds buffer capacity 2097152")
        let sender = Spawned { try scope.run { try guest.invoke("testSendUint64", [.i64(9)]) } }
        XCTAssertEqual(try scope.receive(pipe: 0, deadline: deadline(ms: 5000)), u64le(9))
        try sender.join()
    }

    /// A message longer than the receiver's capacity traps the receiver and fails the rendezvous
    /// sender with the same error; the message is discarded (P10).
    func testOversizeReceive() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope()
        try guest.invoke("setCapacity", [.i32(8)])
        let host = Spawned { pipeError { try scope.send(pipe: 2, [UInt8](repeating: 0x31, count: 9)) } }
        let error = pipeError { try scope.run { try guest.invoke("testRecvBytes") } }
        XCTAssertEqual(error?.kind, .messageTooBig(length: 9, capacity: 8))
        XCTAssertEqual(try host.join()?.kind, .messageTooBig(length: 9, capacity: 8))
        XCTAssertEqual(scope.status(pipe: 2).queued, 0)
        // Buffered mode: the send had succeeded; the receiver still fails and the message is gone.
        scope.setCapacity(4, pipe: 2)
        try scope.send(pipe: 2, [UInt8](repeating: 0x32, count: 20), deadline: deadline(ms: 5000))
        try scope.send(pipe: 2, Array("12".utf8), deadline: deadline(ms: 5000))
        XCTAssertEqual(pipeError { try scope.run { try guest.invoke("testRecvBytes") } }?.kind,
                       .messageTooBig(length: 20, capacity: 8))
        XCTAssertEqual(try scope.run { i64(try guest.invoke("testRecvBytes")) }, 12)
    }

    /// Meta slots and buffers outside memory trap with outOfBounds, never crash (P11).
    func testOutOfBounds() throws {
        let world = PipeWorld()
        let scope = PipeScope()
        let badBuffer = try world.instance("pipe_bad")
        // mode 0: the buffer is at 0xFFFFFFF0, bufLen (slot 0x48) is 4.
        XCTAssertEqual(pipeError { try scope.run { try badBuffer.invoke("send") } }?.kind,
                       .outOfBounds(address: 0xFFFF_FFF0, length: 4))
        let host = Spawned { try scope.send(pipe: 0, [1, 2, 3], deadline: deadline(ms: 5000)) }
        waitUntil { scope.status(pipe: 0).queued == 1 }
        XCTAssertEqual(pipeError { try scope.run { try badBuffer.invoke("recv") } }?.kind,
                       .outOfBounds(address: 0xFFFF_FFF0, length: 3))
        XCTAssertEqual(scope.status(pipe: 0).queued, 1, "a failed receive consumes nothing")
        XCTAssertEqual(try scope.receive(pipe: 0, deadline: deadline(ms: 5000)), [1, 2, 3])
        try host.join()

        let badPage = try world.instance("pipe_bad")
        try badPage.invoke("setMode", [.i32(1)])
        XCTAssertEqual(pipeError { try scope.run { try badPage.invoke("send") } }?.kind,
                       .outOfBounds(address: 0xFFFF_FFFE, length: 4))
        let badSlot = try world.instance("pipe_bad")
        try badSlot.invoke("setMode", [.i32(2)])
        XCTAssertEqual(pipeError { try scope.run { try badSlot.invoke("recv") } }?.kind,
                       .outOfBounds(address: 0x10000, length: 4))
    }

    /// A guest without `__pipe` traps with missingMetaExport (P17); a call outside any scope with noScope.
    func testMissingMetaAndNoScope() throws {
        let world = PipeWorld()
        let scope = PipeScope()
        let noMeta = try world.instance("pipe_nometa")
        XCTAssertEqual(pipeError { try scope.run { try noMeta.invoke("send") } }?.kind, .missingMetaExport)
        XCTAssertThrowsError(try PipeModule.meta(of: noMeta))
        let guest = try world.instance()
        XCTAssertEqual(pipeError { try guest.invoke("testSendUint64", [.i64(1)]) }?.kind, .noScope)
    }

    /// With capacity 2, two sends return at once and the third blocks until a receive (P14).
    func testBufferedCapacity() throws {
        let world = PipeWorld()
        let guest = try world.instance()
        let scope = PipeScope(capacity: 2)
        let sent = ManagedAtomicCounter()
        let sender = Spawned {
            try scope.run {
                for n in 1...3 {
                    try guest.invoke("testSendUint64", [.i64(UInt64(n))])
                    sent.increment()
                }
            }
        }
        waitUntil { scope.status(pipe: 0).blockedSenders == 1 }
        XCTAssertEqual(sent.value, 2)
        XCTAssertEqual(scope.status(pipe: 0).queued, 2)
        XCTAssertEqual(try scope.receive(pipe: 0, deadline: deadline(ms: 5000)), u64le(1))
        try sender.join()
        XCTAssertEqual(sent.value, 3)
        XCTAssertEqual(try scope.receive(pipe: 0, deadline: deadline(ms: 5000)), u64le(2))
        XCTAssertEqual(try scope.receive(pipe: 0, deadline: deadline(ms: 5000)), u64le(3))
    }
}

/// A counter shared between a test thread and the main thread.
final class ManagedAtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
