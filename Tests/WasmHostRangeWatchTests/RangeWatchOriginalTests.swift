import WasmHost
@testable import WasmHostRangeWatch
import XCTest

/// The original wazero-range-watch test (host/host_module_test.go, R1-R8), waiting on delivery
/// completion (`waitUntilIdle`) instead of 10 ms sleeps, and the host-subscription test of v0.0.1-v0.0.4.
final class RangeWatchOriginalTests: XCTestCase {
    func testOriginalScenarios() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let root = world.scope()
        var scope = root.derived()
        func step(_ body: () throws -> Void) throws -> Set<String> {
            try scope.run(body)
            XCTAssertTrue(scope.waitUntilIdle())
            return Set(world.log.take())
        }
        // create
        XCTAssertEqual(try step { XCTAssertEqual(try mod.status("test_create", 100, 200), 0); try mod.call("test_emit", 1) },
                       ["1,100-200"])
        XCTAssertEqual(try step { XCTAssertEqual(try mod.status("test_create", 200, 300), 0); try mod.call("test_emit", 2) },
                       ["2,100-200", "2,200-300"])
        XCTAssertEqual(try step { XCTAssertEqual(try mod.status("test_create", 500, 600), 0); try mod.call("test_emit", 3) },
                       ["3,100-200", "3,200-300"])
        XCTAssertEqual(try step { XCTAssertEqual(try mod.status("test_create", 250, 400), 0); try mod.call("test_emit", 4) },
                       ["4,100-200", "4,200-300", "4,250-400"])
        // delete (under a fresh copy of the context: same list and group)
        scope = root.derived()
        XCTAssertEqual(try step { XCTAssertEqual(try mod.status("test_stop", 100, 200), 0); try mod.call("test_emit", 5) },
                       ["5,200-300", "5,250-400"])
        // reserve
        XCTAssertEqual(try step { XCTAssertEqual(try mod.status("test_reserve", 1000, 2000), 0) }, [])
        // open, then start: values buffered since open are coalesced into the first
        scope = root.derived()
        XCTAssertEqual(try step {
            XCTAssertEqual(try mod.status("test_open", 1000, 2000), 0)
            for v: Int32 in [1500, 1600, 1700] { try mod.call("test_emit_2", v) }
        }, [])
        XCTAssertEqual(try step { XCTAssertEqual(try mod.status("test_start", 1000, 2000), 0) }, ["1500,1000-2000"])
        let after = try step { try mod.call("test_emit_2", 1800) }
        XCTAssertTrue(after == [] || after == ["1800,1000-2000"], "1800 is coalesced or delivered once: \(after)")
        XCTAssertEqual(try step { try mod.call("test_emit_2", 1900) }, ["1900,1000-2000"])
        XCTAssertEqual(world.failures.all, [])
    }

    /// v0.0.1-v0.0.4's host-side subscription: one sink on four ranges; a guest emits test-100/200/300
    /// after each subscription; then the first is cancelled.
    func testHostSubscriptionReplay() throws {
        let world = try WatchWorld()
        let mod = try world.instance()
        let scope = world.scope()
        let received = Counter()
        var subscriptions: [RangeWatchSubscription] = []
        var counts: [Int] = []
        for (from, to) in [("100", "200"), ("200", "300"), ("500", "600"), ("250", "350")] {
            subscriptions.append(try scope.subscribe(from: bytes("test-\(from)"), to: bytes("test-\(to)")) { _ in received.add() })
            try scope.run { try mod.call("test_emit", 7) }
            counts.append(received.take())
        }
        XCTAssertEqual(counts, [1, 2, 2, 3])
        subscriptions[0].cancel()
        subscriptions[0].cancel()   // idempotent
        try scope.run { try mod.call("test_emit", 8) }
        XCTAssertEqual(received.take(), 2)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    func take() -> Int { lock.withLock { defer { n = 0 }; return n } }
}
