import WasmHost
@testable import WasmHostPipe
import XCTest

/// Races and many parties: first use of an id, competing senders and receivers, 16 pairs of guests.
final class PipeConcurrencyTests: XCTestCase {
    /// 1,000 rounds in which a sender and a receiver race to first use a fresh id (P5).
    func testRaceOnFirstUse() throws {
        let scope = PipeScope()
        let rounds = 1000
        let sender = Spawned { for r in 0..<rounds { try scope.send(pipe: UInt32(r), [UInt8(r & 0xFF), UInt8(r >> 8)]) } }
        let receiver = Spawned { () -> Int in
            var ok = 0
            for r in 0..<rounds where try scope.receive(pipe: UInt32(r)) == [UInt8(r & 0xFF), UInt8(r >> 8)] { ok += 1 }
            return ok
        }
        try sender.join()
        XCTAssertEqual(try receiver.join(), rounds)
    }

    /// 2 senders × 2 receivers × 100 messages on one id: each message once, FIFO per sender (P16).
    func testCompetingSendersAndReceivers() throws {
        let scope = PipeScope()
        let senders = (0..<2).map { s in
            Spawned { for i in 0..<100 { try scope.send(pipe: 4, [UInt8(s), UInt8(i)]) } }
        }
        let receivers = (0..<2).map { _ in
            Spawned { () -> [[UInt8]] in (0..<100).map { _ in (try? scope.receive(pipe: 4)) ?? [] } }
        }
        for s in senders { try s.join() }
        var seen = Set<[UInt8]>()
        for r in receivers {
            let messages = try r.join()
            for s in 0..<2 {
                let sequence = messages.filter { $0.first == UInt8(s) }.map { $0[1] }
                XCTAssertEqual(sequence, sequence.sorted(), "FIFO per sender")
            }
            for m in messages { XCTAssertTrue(seen.insert(m).inserted, "received twice: \(m)") }
        }
        XCTAssertEqual(seen.count, 200)
    }

    /// 16 sender/receiver pairs of guest instances, each pair on its own id of one scope, at once.
    func testSixteenGuestPairs() throws {
        let world = PipeWorld()
        let scope = PipeScope()
        let messages: Int32 = 200
        var threads: [Spawned<Int64>] = []
        for pair in 0..<16 {
            let sender = try world.instance(), receiver = try world.instance()
            let size = Int32(1 + pair * 100)
            threads.append(Spawned { try scope.run {
                try sender.invoke("sendMany", [.i32(UInt32(pair)), .i32(UInt32(messages)), .i32(UInt32(size))])
                return -Int64(messages) * Int64(size)
            } })
            threads.append(Spawned { try scope.run {
                i64(try receiver.invoke("recvMany", [.i32(UInt32(pair)), .i32(UInt32(messages))])) ?? 0
            } })
        }
        var total: Int64 = 0
        for t in threads { total += try t.join(seconds: 60) }
        XCTAssertEqual(total, 0, "every receiver got exactly its sender's bytes")
    }
}
