import Foundation
import WasmHost
@testable import WasmHostRangeWatch
import XCTest

/// The host API: emit, subscriptions as async sequences, overflow, scopes without a provider.
final class RangeWatchHostAPITests: XCTestCase {
    func testHostEmitReachesGuestWatches() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run { XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok) }
        scope.emit(42, keys: [bytes("test-150"), bytes("test-199")])
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), ["42,100-200"])
        scope.emit(43, keys: [])
        scope.emit(44, keys: [bytes("test-200")])
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), [])
    }

    func testSubscriptionSequenceDeliversEveryValue() async throws {
        let scope = RangeWatchScope()
        let subscription = try scope.subscribe(from: bytes("a"), to: bytes("c"))
        for v: UInt64 in 1...5 { scope.emit(v, keys: [bytes("b"), bytes("bb")]) }   // once per flush
        scope.emit(6, keys: [bytes("c")])
        subscription.cancel()
        var values: [UInt64] = []
        for try await v in subscription.values { values.append(v) }
        XCTAssertEqual(values, [1, 2, 3, 4, 5])
    }

    func testSubscriptionOverflowEndsIt() async throws {
        let scope = RangeWatchScope()
        let subscription = try scope.subscribe(from: bytes("k"), to: [], bufferSize: 3)
        for v: UInt64 in 1...5 { scope.emit(v, keys: [bytes("k")]) }
        XCTAssertTrue(subscription.isEnded)
        XCTAssertEqual(scope.status.subscriptions, 0)
        var values: [UInt64] = []
        do {
            for try await v in subscription.values { values.append(v) }
            XCTFail("expected overflow")
        } catch let error as RangeWatchError {
            XCTAssertEqual(error.kind, .overflow)
        }
        XCTAssertEqual(values, [1, 2, 3])
    }

    func testSubscriptionRangesAndErrors() throws {
        let scope = RangeWatchScope()
        XCTAssertThrowsError(try scope.subscribe(from: bytes("z"), to: bytes("a"))) {
            XCTAssertEqual(($0 as? RangeWatchError)?.kind, .invalidRange)
        }
        let all = Counter()
        let everything = try scope.subscribe(from: [0], to: [0]) { _ in all.add() }
        scope.emit(1, keys: [bytes("x")])
        scope.emit(2, keys: [[]])   // the empty key is below "\0"
        XCTAssertEqual(all.take(), 1)
        scope.close()
        XCTAssertTrue(everything.isEnded)
        XCTAssertThrowsError(try scope.subscribe(from: bytes("a"), to: bytes("b"))) {
            XCTAssertEqual(($0 as? RangeWatchError)?.kind, .closed)
        }
    }

    /// Without an instance provider, a started guest watch cannot be delivered: it is closed and the
    /// failure logged; emitters are unaffected.
    func testNoProviderClosesWatch() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let failures = FailureLog()
        let scope = RangeWatchScope(log: { failures.append($0) })
        try scope.run {
            XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok)
            try mod.call("test_emit", 1)
        }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(scope.status.watches, 0)
        XCTAssertEqual(failures.all.count, 1)
    }

    /// A callback that traps closes its watch, and the pool drops the instance it trapped on.
    func testTrappingCallbackClosesWatchAndDropsInstance() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        try scope.run {
            XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok)
            XCTAssertEqual(try mod.status("test_create", 200, 300), Code.ok)
        }
        world.log.trapping = true
        try scope.run { try mod.call("test_emit_2", 150) }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertNil(scope.phase(of: bytes("100-200")))
        XCTAssertEqual(world.pool.instancesCreated, 1)
        world.log.trapping = false
        try scope.run { try mod.call("test_emit_2", 250) }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(world.log.take(), ["250,200-300"])
        XCTAssertEqual(world.pool.instancesCreated, 2, "the trapped instance was not reused")
        XCTAssertEqual(world.failures.all.count, 1)
        XCTAssertTrue(world.failures.all[0].contains("100-200"), world.failures.all[0])
    }

    /// Deliveries into instances without the range-watch exports close the watch with a logged error.
    func testProviderWithoutExportsClosesWatch() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let empty = try world.runtime.compile([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00])
        let failures = FailureLog()
        let scope = RangeWatchScope(instances: RangeWatchInstancePool(runtime: world.runtime, module: empty),
                                    log: { failures.append($0) })
        try scope.run {
            XCTAssertEqual(try mod.status("test_create", 100, 200), Code.ok)
            try mod.call("test_emit", 1)
        }
        XCTAssertTrue(scope.waitUntilIdle())
        XCTAssertEqual(scope.status.watches, 0)
        XCTAssertEqual(failures.all.count, 1)
        XCTAssertTrue(failures.all[0].contains("__range_watch"), failures.all[0])
    }
}
