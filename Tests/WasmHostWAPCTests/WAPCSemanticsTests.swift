import Synchronization
import WasmHost
import WasmHostWAPC
import WasmHostWASI
import XCTest

/// Result precedence, ABI edge cases, module and init errors, deadlines, cancellation, memory limits.
final class WAPCSemanticsTests: XCTestCase {
    private func module(_ guest: String = "guest_c", configure: (inout WAPCConfiguration) -> Void = { _ in }) throws -> WAPCModule {
        var configuration = WAPCConfiguration()
        configure(&configuration)
        return try WAPCModule(try WAPCFixtures.bytes(guest), configuration: configuration)
    }

    // MARK: Precedence: trap > guest error > return 1 > unsuccessful

    func testGuestErrorWinsOverReturnOfOne() throws {
        let instance = try module().instantiate()
        XCTAssertThrowsError(try instance.invoke("error_and_one")) { XCTAssertEqual($0 as? WAPCError, .guest("guest error wins")) }
    }

    func testTrapWinsOverGuestError() throws {
        let instance = try module().instantiate()
        XCTAssertThrowsError(try instance.invoke("error_then_trap")) { error in
            XCTAssertTrue("\(error)".hasPrefix("error invoking guest: "), "\(error)")
            XCTAssertFalse("\(error)".contains("error before trap"))
        }
    }

    func testReturnZeroWithoutErrorIsUnsuccessful() throws {
        let instance = try module().instantiate()
        XCTAssertThrowsError(try instance.invoke("zero")) { error in
            XCTAssertEqual("\(error)", "call to \"zero\" was unsuccessful")
        }
    }

    func testSuccessWithoutResponseIsEmpty() throws {
        let instance = try module().instantiate()
        XCTAssertEqual(try instance.invoke("no_response"), [])
        XCTAssertEqual(try instance.invoke("last_response_wins").text, "second")
    }

    func testZeroLengthRangeWithDanglingPointer() throws {
        let instance = try module().instantiate()
        XCTAssertEqual(try instance.invoke("dangling"), [])
    }

    func testOutOfRangePointersTrap() throws {
        let instance = try module { $0.hostCall = { _, _, _, payload in payload } }.instantiate()
        XCTAssertThrowsError(try instance.invoke("bad_read")) { error in
            XCTAssertTrue("\(error)".hasPrefix("error invoking guest: out of memory reading guestResp"), "\(error)")
        }
        XCTAssertThrowsError(try instance.invoke("bad_write", Array("abc".utf8))) { error in
            XCTAssertTrue("\(error)".hasPrefix("error invoking guest: out of memory writing hostResp"), "\(error)")
        }
        XCTAssertEqual(try instance.invoke("echo", Array("still fine".utf8)).text, "still fine")
    }

    func testResultIsACopyOfGuestMemory() throws {
        let instance = try module().instantiate()
        let first = try instance.invoke("echo", Array("first".utf8))
        _ = try instance.invoke("echo", Array("XXXXX".utf8))
        XCTAssertEqual(first.text, "first")
    }

    // MARK: Module and init

    func testBadBytesFailAtCompile() {
        XCTAssertThrowsError(try WAPCModule(Array("Do not do this at home kids".utf8))) { error in
            guard case .compile? = error as? WAPCError else { return XCTFail("\(error)") }
        }
    }

    func testMissingGuestCall() throws {
        let module = try WAPCModule(ModuleBytes.memoryOnly)
        XCTAssertThrowsError(try module.instantiate()) { error in
            XCTAssertEqual("\(error)", "module 1 didn't export function __guest_call")
        }
        XCTAssertThrowsError(try module.instantiate()) { error in
            XCTAssertEqual("\(error)", "module 2 didn't export function __guest_call")
        }
    }

    func testInitExitCodes() throws {
        let zero = try WAPCModule(ModuleBytes.exiting(0)).instantiate()
        XCTAssertEqual(try zero.invoke("anything"), [])
        XCTAssertThrowsError(try WAPCModule(ModuleBytes.exiting(3)).instantiate()) { error in
            XCTAssertEqual("\(error)", "module closed with exit_code(3)")
        }
        XCTAssertThrowsError(try WAPCModule(ModuleBytes.withStart([0x00])).instantiate()) { error in
            XCTAssertTrue("\(error)".hasPrefix("error calling _start: wasm error: unreachable"), "\(error)")
        }
    }

    func testAssemblyScriptAbortAndTrace() throws {
        let lines = Mutex<[String]>([])
        let instance = try WAPCModule(ModuleBytes.assemblyScriptAbort, configuration: WAPCConfiguration(logger: { line in
            lines.withLock { $0.append(line) }
        })).instantiate()
        XCTAssertThrowsError(try instance.invoke("anything")) { error in
            XCTAssertTrue("\(error)".hasPrefix("error invoking guest: abort: boom at a.ts:3:7"), "\(error)")
        }
        XCTAssertEqual(lines.withLock { $0 }, ["trace: boom 2.5"])
    }

    func testModuleCloseClosesInstancesAndRefusesNewOnes() throws {
        let module = try module()
        let instance = try module.instantiate()
        module.close()
        module.close()
        XCTAssertTrue(instance.isClosed)
        XCTAssertThrowsError(try module.instantiate()) { XCTAssertEqual("\($0)", "cannot Instantiate when a module is closed") }
    }

    // MARK: Deadlines, cancellation

    func testDeadlineStopsLoopingGuestPromptly() throws {
        for guest in WAPCFixtures.guests {
            let instance = try module(guest).instantiate()
            let start = ContinuousClock.now
            XCTAssertThrowsError(try instance.invoke("loop", timeout: .milliseconds(100))) { error in
                XCTAssertEqual("\(error)", "error invoking guest: guest code interrupted, execution deadline exceeded")
                XCTAssertTrue((error as? WAPCError)?.isInterruption ?? false)
            }
            let elapsed = ContinuousClock.now - start
            XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(100), guest)
            XCTAssertLessThan(elapsed, .milliseconds(150), "\(guest): stopped \(elapsed - .milliseconds(100)) after the deadline")
            XCTAssertTrue(instance.isPoisoned)
        }
    }

    func testDeadlineStopsSleepingGuest() throws {
        let instance = try module().instantiate()
        XCTAssertEqual(try instance.invoke("sleep", Array("20".utf8), timeout: .seconds(5)).text, "slept for 20 ms")
        let start = ContinuousClock.now
        XCTAssertThrowsError(try instance.invoke("sleep", Array("10000".utf8), timeout: .milliseconds(100))) { error in
            XCTAssertEqual("\(error)", "error invoking guest: guest code interrupted, execution deadline exceeded")
        }
        XCTAssertLessThan(ContinuousClock.now - start, .milliseconds(150))
    }

    func testTaskCancellationInterruptsGuest() async throws {
        for guest in WAPCFixtures.guests {
            let instance = try module(guest).instantiate()
            let task = Task { try await instance.invoke("loop") }
            task.cancel()
            do {
                _ = try await task.value
                XCTFail("loop returned")
            } catch {
                XCTAssertEqual("\(error)", "error invoking guest: guest code interrupted, invocation cancelled")
            }
        }
    }

    func testInterruptFromHostCall() throws {
        let box = InstanceBox()
        let instance = try module { config in
            config.hostCall = { _, _, operation, payload in
                if operation == "nested" { box.instance?.interrupt() }
                return payload
            }
        }.instantiate()
        box.instance = instance
        XCTAssertThrowsError(try instance.invoke("nested", Array("x".utf8))) { error in
            XCTAssertEqual("\(error)", "error invoking guest: guest code interrupted, invocation cancelled")
        }
        // The next call starts with a clear interrupt flag.
        XCTAssertEqual(try instance.invoke("no_response"), [])
    }

    func testBlockedHostCallSeesDeadline() throws {
        let seen = Mutex<(remaining: Duration?, interruptedAfterWait: Bool)>((nil, false))
        let instance = try module { config in
            config.hostCall = { _, _, operation, payload in
                guard operation == "nested" else { return payload }
                let remaining = WAPCCurrentCall.remaining
                // A handler waiting on something slow gives up when the call's deadline passes.
                while !WAPCCurrentCall.isInterrupted { usleep(1000) }
                seen.withLock { $0 = (remaining, true) }
                throw WAPCHostError("gave up")
            }
        }.instantiate()
        XCTAssertThrowsError(try instance.invoke("nested", [], timeout: .milliseconds(50))) { error in
            XCTAssertEqual("\(error)", "error invoking guest: guest code interrupted, execution deadline exceeded")
        }
        let (remaining, interrupted) = seen.withLock { $0 }
        XCTAssertTrue(interrupted)
        XCTAssertNotNil(remaining)
        XCTAssertLessThanOrEqual(remaining ?? .seconds(1), .milliseconds(50))
        XCTAssertFalse(WAPCCurrentCall.isInterrupted, "no call runs on this thread now")
    }

    func testCallsFromOtherThreadsWaitForTheRunningOne() throws {
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let instance = try module { config in
            config.hostCall = { _, _, operation, payload in
                if operation == "nested" {
                    entered.signal()
                    release.wait()
                }
                return payload
            }
        }.instantiate()
        let first = Mutex<String>("")
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            first.withLock { $0 = (try? instance.invoke("nested", Array("one".utf8)).text) ?? "failed" }
            done.signal()
        }
        entered.wait()
        let order = Mutex<[String]>([])
        let secondDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? instance.invoke("no_response")
            order.withLock { $0.append("second") }
            secondDone.signal()
        }
        order.withLock { $0.append("first released") }
        release.signal()
        done.wait()
        secondDone.wait()
        XCTAssertEqual(first.withLock { $0 }, "one")
        XCTAssertEqual(order.withLock { $0 }, ["first released", "second"])
    }

    // MARK: Memory limits

    func testMemoryLimitCapsGrowth() throws {
        for guest in WAPCFixtures.guests {
            let instance = try module(guest) { $0.maxMemoryPages = 64 }.instantiate()
            let blocks = Int(try instance.invoke("hog").text) ?? -1
            XCTAssertTrue((0..<4).contains(blocks), "\(guest): \(blocks) MiB under a 4 MiB limit")
            XCTAssertLessThanOrEqual(instance.memorySize, 64 * 65536)
            XCTAssertEqual(try instance.invoke("echo", Array("ok".utf8)).text, "ok")
        }
    }

    func testInitialMemoryOverLimitFailsInstantiation() throws {
        XCTAssertThrowsError(try module { $0.maxMemoryPages = 1 }.instantiate()) { error in
            guard case .instantiate? = error as? WAPCError else { return XCTFail("\(error)") }
        }
    }
}
