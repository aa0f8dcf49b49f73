import Synchronization
import WasmHost
import WasmHostWAPC
import WasmHostWASI
import XCTest

/// The instance pool (W7 and the replacement rules) and concurrent use of separate instances.
final class WAPCPoolTests: XCTestCase {
    private func module(_ guest: String = "guest_c", recorder: HostCallRecorder = HostCallRecorder()) throws -> WAPCModule {
        try WAPCModule(try WAPCFixtures.bytes(guest), configuration: WAPCConfiguration(hostCall: recorder.handler))
    }

    func testPoolOfTenRunsTheSharedCases() throws {
        for guest in WAPCFixtures.guests {
            let recorder = HostCallRecorder()
            let pool = try WAPCPool(module: try module(guest, recorder: recorder), size: 10)
            XCTAssertEqual(pool.idleCount, 10)
            let instance = try pool.get(timeout: .seconds(10))
            XCTAssertEqual(try instance.invoke("echo", Array("Testing".utf8)).text, "Testing")
            XCTAssertThrowsError(try instance.invoke("nope", Array("Testing".utf8))) { XCTAssertEqual("\($0)", "Planned Failure") }
            XCTAssertThrowsError(try instance.invoke("404", Array("Testing".utf8))) { XCTAssertEqual("\($0)", "Could not find function \"404\"") }
            try pool.put(instance)
            XCTAssertEqual(pool.idleCount, 10)
            XCTAssertEqual(recorder.recorded, [HostCall(binding: "wapc", namespace: "testing", operation: "echo", payload: "Testing")])
            pool.close()
        }
    }

    func testTrappedInstanceIsReplaced() throws {
        // A trap, and a bad guest pointer (W14), both make the pool discard the instance.
        for failing in ["trap", "bad_read"] {
            let pool = try WAPCPool(module: try module(), size: 1)
            let first = try pool.get(timeout: .seconds(1))
            XCTAssertThrowsError(try first.invoke(failing))
            try pool.put(first)
            XCTAssertTrue(first.isClosed, failing)
            let second = try pool.get(timeout: .seconds(1))
            XCTAssertFalse(second === first, failing)
            XCTAssertEqual(try second.invoke("echo", Array("fresh".utf8)).text, "fresh")
            XCTAssertThrowsError(try second.invoke("nope"), "a guest error is not a trap")
            try pool.put(second)
            XCTAssertTrue(try pool.get(timeout: .seconds(1)) === second, "a healthy instance is reused")
        }
    }

    func testTimedOutInstanceIsReplacedByWithInstance() throws {
        let pool = try WAPCPool(module: try module("guest_swift"), size: 1)
        var looped: WAPCInstance?
        XCTAssertThrowsError(try pool.withInstance(timeout: .seconds(1)) { instance in
            looped = instance
            return try instance.invoke("loop", timeout: .milliseconds(20))
        }) { XCTAssertTrue(($0 as? WAPCError)?.isInterruption ?? false) }
        let reply = try pool.withInstance(timeout: .seconds(1)) { instance in
            XCTAssertFalse(instance === looped)
            return try instance.invoke("echo", Array("after timeout".utf8))
        }
        XCTAssertEqual(reply.text, "after timeout")
    }

    func testGetTimesOutWhenEmptyAndPutRefusesOverflow() throws {
        let pool = try WAPCPool(module: try module(), size: 1)
        let held = try pool.get()
        XCTAssertThrowsError(try pool.get(timeout: .milliseconds(20))) { error in
            XCTAssertEqual("\(error)", "get from pool timed out: queue: poll timed out")
        }
        try pool.put(held)
        XCTAssertThrowsError(try pool.put(held)) { XCTAssertEqual("\($0)", "cannot return instance to full pool") }
    }

    func testGetWaitsForPut() throws {
        let pool = try WAPCPool(module: try module(), size: 1)
        let held = try pool.get()
        let got = DispatchSemaphore(value: 0)
        let waiter = Mutex<WAPCInstance?>(nil)
        Thread.detachNewThread {
            let instance = try? pool.get(timeout: .seconds(10))
            waiter.withLock { $0 = instance }
            got.signal()
        }
        try pool.put(held)
        got.wait()
        XCTAssertTrue(waiter.withLock { $0 } === held)
    }

    func testCloseClosesCheckedOutInstances() throws {
        let module = try module()
        let pool = try WAPCPool(module: module, size: 2)
        let out = try pool.get()
        pool.close()
        XCTAssertTrue(out.isClosed)
        XCTAssertThrowsError(try pool.get(timeout: .milliseconds(10))) { XCTAssertEqual("\($0)", "get from pool timed out: queue: disposed") }
        XCTAssertFalse(module.isClosed)
        XCTAssertEqual(try module.instantiate().invoke("echo", Array("module open".utf8)).text, "module open")
    }

    func testInitializerFailureIsReported() throws {
        XCTAssertThrowsError(try WAPCPool(module: try module(), size: 3) { _ in throw WAPCHostError("nope") }) { error in
            XCTAssertEqual("\(error)", "could not initialize instance: nope")
        }
    }

    func testEightTasksOnSeparateInstances() async throws {
        for guest in WAPCFixtures.guests {
            let module = try module(guest)
            let instances = try (0..<8).map { _ in try module.instantiate() }
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for (t, instance) in instances.enumerated() {
                    group.addTask {
                        for i in 0..<200 {
                            let payload = Array("task \(t) call \(i)".utf8)
                            guard try await instance.invoke("echo", payload) == payload else { return false }
                        }
                        return true
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            XCTAssertEqual(results, Array(repeating: true, count: 8), guest)
        }
    }

    func testPoolSharedByEightTasks() async throws {
        let pool = try WAPCPool(module: try module(), size: 2)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for t in 0..<8 {
                group.addTask {
                    for i in 0..<50 {
                        let payload = Array("\(t)/\(i)".utf8)
                        let reply = try pool.withInstance(timeout: .seconds(30)) { try $0.invoke("echo", payload) }
                        XCTAssertEqual(reply, payload)
                    }
                }
            }
            try await group.waitForAll()
        }
        XCTAssertEqual(pool.idleCount, 2)
    }
}
