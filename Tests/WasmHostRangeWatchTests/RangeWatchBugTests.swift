import Foundation
import WasmHost
@testable import WasmHostRangeWatch
import XCTest

/// One regression test per bug of the original (B1-B8) and the extension cases (X1-X13).
final class RangeWatchBugTests: XCTestCase {
    /// B1 / X1: a second open returns "Watch already open" through `_err`.
    func testOpenTwiceReportsAlreadyOpen() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_open", 1, 2), Code.ok)
            XCTAssertEqual(try mod.status("test_open", 1, 2), Code.alreadyOpen)
            XCTAssertEqual(try mod.status("test_reserve", 1, 2), Code.exists)
        }
    }

    /// B2 / X2: stop on a reserved-only watch works and frees the id.
    func testStopReservedWatch() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_reserve", 1, 2), Code.ok)
            XCTAssertEqual(try mod.status("test_stop", 1, 2), Code.ok)
            XCTAssertEqual(try mod.status("test_reserve", 1, 2), Code.ok)
            XCTAssertEqual(try mod.status("test_stop", 1, 2), Code.ok)
            XCTAssertEqual(try mod.status("test_stop", 1, 2), Code.notFound)
        }
    }

    /// B2 / X3: an open with from > to reports "Invalid range"; the watch stays reserved; stop works.
    func testInvalidRangeStaysReserved() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_open", 300, 200), Code.invalidRange)
            XCTAssertEqual(scope.phase(of: bytes("300-200")), "reserved")
            XCTAssertEqual(try mod.status("test_stop", 300, 200), Code.ok)
        }
        XCTAssertEqual(scope.status.watches, 0)
    }

    /// B3 / X4: stop on an opened-but-not-started watch returns promptly and drops buffered values.
    func testStopBeforeStart() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_open", 100, 200), Code.ok)
            try mod.call("test_emit", 1)
            XCTAssertEqual(try mod.status("test_stop", 100, 200), Code.ok)
            XCTAssertEqual(try mod.status("test_start", 100, 200), Code.notFound)
        }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), [])
        XCTAssertEqual(scope.status.intervals, 0)
    }

    /// B4 / X5: a guest that rejects a notice gets its watch closed, with no deadlock.
    func testRejectingCallbackClosesWatch() throws {
        let world = try WatchWorld(prepare: { instance in
            try RangeWatchInstancePool.initialize(instance)
            try instance.call("set_reject", 1)
        })
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok)
            try mod.call("test_emit", 1)
        }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), ["1,100-200"])
        XCTAssertNil(scope.phase(of: bytes("100-200")))
        try scope.run { try mod.call("test_emit", 2) }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), [])
        XCTAssertEqual(world.failures.all.count, 1)
        XCTAssertTrue(world.failures.all[0].contains("rejected"), world.failures.all[0])
    }

    /// B4 / X6: a callback that stops its own watch does not deadlock.
    func testStopFromOwnCallback() throws {
        let world = try WatchWorld(prepare: { instance in
            try RangeWatchInstancePool.initialize(instance)
            try instance.call("set_stop_in_callback", 1)
        })
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok)
            try mod.call("test_emit", 1)
        }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), ["1,100-200"])
        XCTAssertEqual(scope.status.watches, 0)
        XCTAssertEqual(world.failures.all, [])
    }

    /// B5 / X7: ending the owning scope removes watches in every state; nothing is delivered later.
    func testScopeEndClosesEveryWatch() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let owner = world.scope()
        let child = owner.derived()
        try child.run {
            XCTAssertEqual(try mod.status("test_reserve", 1, 2), Code.ok)
            XCTAssertEqual(try mod.status("test_open", 100, 200), Code.ok)
            XCTAssertEqual(try mod.status("test_create", 200, 300), Code.ok)
            try mod.call("test_emit", 1)    // pending for 100-200, delivering for 200-300
        }
        let subscription = try owner.subscribe(from: bytes("test-1"), to: bytes("test-9"))
        XCTAssertEqual(owner.status.phases, ["reserved": 1, "open": 1, "started": 1])
        child.close()                       // a derived scope does not own the list
        XCTAssertFalse(owner.isClosed)
        owner.close()
        XCTAssertTrue(owner.waitUntilIdle())
        XCTAssertEqual(owner.status, RangeWatchScope.Status(watches: 0, intervals: 0, subscriptions: 0, deliveriesInFlight: 0, phases: [:]))
        XCTAssertTrue(subscription.isEnded)
        _ = world.log.take()
        try child.run { try mod.call("test_emit", 2) }
        owner.emit(3, keys: [bytes("test-100")])
        XCTAssertTrue(owner.waitUntilIdle())
        XCTAssertEqual(world.log.take(), [])
        try child.run { XCTAssertEqual(try mod.status("test_reserve", 5, 6), 4) }   // "Watch closed"
    }

    /// B6 / X8: start is idempotent; start on a reserved-only watch reports "Watch not open".
    func testStartTwiceAndStartReserved() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok)
            XCTAssertEqual(try mod.status("test_start", 100, 200), Code.ok)
            XCTAssertEqual(try mod.status("test_reserve", 5, 6), Code.ok)
            XCTAssertEqual(try mod.status("test_start", 5, 6), Code.notOpen)
            XCTAssertEqual(try mod.status("test_start", 7, 8), Code.notFound)
            try mod.call("test_emit", 1)
        }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), ["1,100-200"])
    }

    /// Opens watch `id` on [from, to) with raw keys and starts it.
    func openRaw(_ mod: Instance, id: String, from: [UInt8], to: [UInt8]) throws -> Int32 {
        try mod.writeScratch(bytes(id) + from + to)
        let opened = try mod.status("watch_open", Int32(id.utf8.count), Int32(from.count), Int32(to.count))
        guard opened == 0 else { return opened }
        try mod.writeScratch(bytes(id))
        return try mod.status("watch_start", Int32(id.utf8.count))
    }

    func emitRaw(_ mod: Instance, _ scope: RangeWatchScope, _ value: Int64, _ key: [UInt8]) throws {
        try mod.writeScratch(key)
        try scope.run { try mod.invoke("emit_one", [.i64(UInt64(bitPattern: value)), .i32(UInt32(key.count))]) }
        XCTAssertTrue(scope.waitUntilIdle())
    }

    /// X9: to = "\0" means every key >= from.
    func testOpenEndedRange() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        XCTAssertEqual(try scope.run { try openRaw(mod, id: "w", from: bytes("b"), to: [0]) }, Code.ok)
        try emitRaw(mod, scope, 1, bytes("a"))
        try emitRaw(mod, scope, 2, bytes("b"))
        try emitRaw(mod, scope, 3, bytes("zz"))
        XCTAssertEqual(world.log.take(), ["2,w", "3,w"])
    }

    /// X10: an empty `to` watches the single key.
    func testPointWatch() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        XCTAssertEqual(try scope.run { try openRaw(mod, id: "p", from: bytes("k"), to: []) }, Code.ok)
        try emitRaw(mod, scope, 1, bytes("k"))
        try emitRaw(mod, scope, 2, bytes("k0"))
        XCTAssertEqual(world.log.take(), ["1,p"])
    }

    /// B7 / X11: malformed key lists and wrong key counts trap with a clear error; an error text longer
    /// than `_errCap` is truncated.
    func testMalformedBuffers() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try mod.writeScratch([0, 5, 0x61, 0x62])   // a 5-byte key with 2 bytes present
        XCTAssertEqual(watchError { try scope.run { try mod.call("raw_call", 0, 4) } }?.kind,
                       .malformedBuffer("key of 5 bytes at byte 0 runs past the list end (4)"))
        try mod.writeScratch([0, 1, 0x61, 0])      // key "a", then a length prefix cut in half
        XCTAssertEqual(watchError { try scope.run { try mod.call("raw_call", 0, 4) } }?.kind,
                       .malformedBuffer("key list truncated in a length prefix at byte 3"))
        try mod.writeScratch([0, 1, 0x61, 0, 1, 0x62])
        XCTAssertEqual(watchError { try scope.run { try mod.call("raw_call", 1, 6) } }?.kind, .wrongKeyCount(2))
        // the instance and the scope remain usable
        try scope.run {
            XCTAssertEqual(try mod.status("test_reserve", 1, 2), Code.ok)
            try mod.call("set_err_cap", 5)
            XCTAssertEqual(try mod.status("test_reserve", 1, 2), Code.other)
            XCTAssertEqual(try mod.status("last_error_length"), 5)   // "Watch" of "Watch exists"
        }
        XCTAssertEqual(watchError { try mod.call("test_reserve", 1, 2) }?.kind, .noScope)
    }

    /// X12: 5,000 flushes to a watch whose callback is blocked: emitters never block; the watch gets a
    /// subsequence starting with the first value.
    func testSlowCallbackNeverBlocksEmitters() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let first = Counter()
        world.log.hook = { _ in
            first.add()
            entered.signal()
            release.wait()
        }
        try scope.run { XCTAssertEqual(try mod.status("test_create", 1000, 2000), Code.ok) }
        try scope.run { try mod.call("test_emit_2", 1001) }
        XCTAssertEqual(entered.wait(timeout: .now() + 10), .success)
        try scope.run { for v: Int32 in 1002..<6001 { try mod.call("test_emit_2", v) } }   // would hang if blocking
        world.log.hook = { _ in }
        release.signal()
        XCTAssertTrue(scope.waitUntilIdle())
        let values = world.log.take().map { Int($0.split(separator: ",")[0])! }
        XCTAssertEqual(values.first, 1001)
        XCTAssertEqual(values, values.sorted())
        XCTAssertLessThanOrEqual(values.count, 5000)
        XCTAssertEqual(values, [1001, 1002], "the first value, then the first of the burst behind it")
    }

    /// X13: the same id in groups 1 and 2 are distinct watches; a flush reaches both, each with its id.
    func testGroups() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let a = world.scope()
        let b = a.newGroup()
        XCTAssertNotEqual(a.group, b.group)
        try a.run { XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok) }
        try b.run { XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok) }
        try a.run { try mod.call("test_emit", 1) }
        XCTAssertTrue(a.waitUntilIdle())
        XCTAssertEqual(world.log.take(), ["1,100-200", "1,100-200"])
        try b.run { XCTAssertEqual(try mod.status("test_stop", 100, 200), Code.ok) }
        try a.run { try mod.call("test_emit", 2) }
        XCTAssertTrue(a.waitUntilIdle())
        XCTAssertEqual(world.log.take(), ["2,100-200"])
        XCTAssertEqual(a.status.watches, 1)
    }

    /// B8: the meta page is read per instance: an Embedded Swift guest (another layout) and the C guest
    /// share a watch list, and deliveries go to instances of the watcher's module.
    func testEmbeddedSwiftWatcherSharesList() throws {
        let swift = try WatchWorld("watcher")
        let c = try WatchWorld()
        XCTAssertNotEqual(try RangeWatchModule.meta(of: try swift.instance()), try RangeWatchModule.meta(of: try c.instance()))
        let scope = swift.scope()
        let watcher = try swift.instance()
        try scope.run {
            XCTAssertEqual(try watcher.status("watch", 0x61), Code.ok)
            XCTAssertEqual(try watcher.status("watch", 0x61), Code.alreadyOpen)
            try watcher.invoke("emit", [.i64(9), .i32(0x61)])
        }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(swift.log.take(), ["9,a"])
        // A C guest emits into the same list (keys of one byte: "a").
        let emitter = try c.instance()
        try emitter.writeScratch(bytes("a"))
        try scope.run { try emitter.invoke("emit_one", [.i64(10), .i32(1)]) }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(swift.log.take(), ["10,a"])
        try scope.run { XCTAssertEqual(try watcher.status("stop", 0x61), Code.ok) }
    }
}
