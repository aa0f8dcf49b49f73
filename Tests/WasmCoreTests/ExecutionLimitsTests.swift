import Foundation
import WasmHost
import XCTest

/// Call depth, deadlines, interrupts and fuel: runaway guest code ends in a trap, never a host crash or hang.
final class ExecutionLimitsTests: XCTestCase {
    private func instance(_ path: String, runtime: Runtime = Runtime()) throws -> Instance {
        try runtime.instantiate(bytes: try TestFixtures.bytes(path))
    }

    // MARK: Call depth

    func testDeepRecursionTrapsAndInstanceSurvives() throws {
        let recurse = try instance("core/recurse.wasm")
        let trap = assertTrap(.callStackExhausted) { () throws(WasmError) in
            _ = try recurse.invoke("deep", [.int32(100_000)])
        }
        XCTAssertNotNil(trap?.function)
        XCTAssertEqual(try recurse.invoke("deep", [.int32(1000)]).singleI32, 1000, "the instance still works")
        assertTrap(.callStackExhausted) { () throws(WasmError) in _ = try recurse.invoke("forever") }
        XCTAssertEqual(try recurse.invoke("deep", [.int32(10)]).singleI32, 10)
    }

    func testRecursionOfOneMillionNeverCrashes() throws {
        let recurse = try instance("core/recurse.wasm")
        do {
            let results = try recurse.invoke("deep", [.int32(1_000_000)])
            XCTAssertEqual(results.singleI32, 1_000_000)
        } catch {
            guard case .trap(let trap) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(trap.kind, .callStackExhausted)
        }
    }

    /// The call depth allowed per call can be lowered through the raw invoke API.
    func testCustomCallDepthThroughInvoke() throws {
        let recurse = try instance("core/recurse.wasm")
        let deep = try XCTUnwrap(recurse.function("deep"))
        let limits = ExecutionLimits(maxCallDepth: 500)
        XCTAssertEqual(try recurse.invoke(deep, arguments: [400], limits: limits), [400])
        assertTrap(.callStackExhausted) { () throws(WasmError) in _ = try recurse.invoke(deep, arguments: [600], limits: limits) }
        // A value stack too small for the frames also traps rather than overflowing.
        let small = ExecutionLimits(stackSlots: 64)
        assertTrap(.callStackExhausted) { () throws(WasmError) in _ = try recurse.invoke(deep, arguments: [1000], limits: small) }
        XCTAssertEqual(try recurse.invoke(deep, arguments: [1000]), [1000])
    }

    /// `RuntimeConfiguration.executionLimits` applies to calls on the runtime's instances.
    func testRuntimeExecutionLimitsApply() throws {
        let runtime = Runtime(configuration: RuntimeConfiguration(executionLimits: ExecutionLimits(maxCallDepth: 500)))
        let recurse = try instance("core/recurse.wasm", runtime: runtime)
        XCTAssertEqual(try recurse.invoke("deep", [.int32(400)]).singleI32, 400)
        assertTrap(.callStackExhausted) { () throws(WasmError) in _ = try recurse.invoke("deep", [.int32(5000)]) }
    }

    // MARK: Deadline, interrupt, fuel

    func testDeadlineStopsInfiniteLoop() throws {
        let loop = try instance("core/loop.wasm")
        let start = ExecutionControls.monotonicNow()
        let deadline = start + 100_000_000
        let trap = assertTrap(.deadlineExceeded, within: 5) { () throws(WasmError) in
            _ = try loop.invoke("infinite", controls: ExecutionControls(deadline: deadline))
        }
        let end = ExecutionControls.monotonicNow()
        XCTAssertGreaterThanOrEqual(end, deadline)
        XCTAssertLessThan(end, deadline + 50_000_000, "returned \((end - deadline) / 1_000_000) ms after the deadline")
        XCTAssertNotNil(trap?.function)
        XCTAssertEqual(try loop.invoke("count", [.int32(10)]).singleI32, 10, "the instance still works")
    }

    func testDeadlineAlreadyPassed() throws {
        let loop = try instance("core/loop.wasm")
        assertTrap(.deadlineExceeded, within: 5) { () throws(WasmError) in
            _ = try loop.invoke("infinite", controls: ExecutionControls(deadline: ExecutionControls.monotonicNow()))
        }
    }

    func testInterruptFromAnotherThread() throws {
        let loop = try instance("core/loop.wasm")
        let handle = InterruptHandle()
        let interruptedAt = Locked<UInt64>(0)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(100)) {
            interruptedAt.withLock { $0 = ExecutionControls.monotonicNow() }
            handle.interrupt()
        }
        let trap = assertTrap(.interrupted, within: 5) { () throws(WasmError) in
            _ = try loop.invoke("infinite", controls: ExecutionControls(interrupt: handle))
        }
        let end = ExecutionControls.monotonicNow()
        let sent = interruptedAt.value
        XCTAssertGreaterThan(sent, 0)
        XCTAssertLessThan(end, sent + 50_000_000, "returned \((end &- sent) / 1_000_000) ms after the interrupt")
        XCTAssertNotNil(trap?.function)

        // A handle stays interrupted until reset; after a reset it can be used again.
        XCTAssertTrue(handle.isInterrupted)
        assertTrap(.interrupted, within: 5) { () throws(WasmError) in
            _ = try loop.invoke("infinite", controls: ExecutionControls(interrupt: handle))
        }
        handle.reset()
        XCTAssertEqual(try loop.invoke("count", [.int32(100_000)], controls: ExecutionControls(interrupt: handle)).singleI32, 100_000)
    }

    /// An interrupt sent from a `Thread` stops the loop well before the call's own deadline.
    func testInterruptWithThread() throws {
        let loop = try instance("core/loop.wasm")
        let handle = InterruptHandle()
        let thread = Thread {
            Thread.sleep(forTimeInterval: 0.05)
            handle.interrupt()
        }
        thread.start()
        assertTrap(.interrupted, within: 5) { () throws(WasmError) in
            _ = try loop.invoke("infinite", controls: ExecutionControls(interrupt: handle, deadline: ExecutionControls.monotonicNow() + 5_000_000_000))
        }
    }

    func testFuel() throws {
        let loop = try instance("core/loop.wasm")
        let trap = assertTrap(.outOfFuel, within: 5) { () throws(WasmError) in
            _ = try loop.invoke("infinite", controls: ExecutionControls(fuel: 1000))
        }
        XCTAssertNotNil(trap?.function)
        // One unit per loop iteration and per call: 1000 iterations fit in 2000 units, not in 500.
        XCTAssertEqual(try loop.invoke("count", [.int32(1000)], controls: ExecutionControls(fuel: 2000)).singleI32, 1000)
        assertTrap(.outOfFuel) { () throws(WasmError) in
            _ = try loop.invoke("count", [.int32(1000)], controls: ExecutionControls(fuel: 500))
        }
        // Fuel larger than the check interval is accounted for across refills.
        XCTAssertEqual(try loop.invoke("count", [.int32(100_000)], controls: ExecutionControls(fuel: 200_000)).singleI32, 100_000)
        assertTrap(.outOfFuel) { () throws(WasmError) in
            _ = try loop.invoke("count", [.int32(100_000)], controls: ExecutionControls(fuel: 50_000))
        }
        // Recursion consumes fuel too.
        let recurse = try instance("core/recurse.wasm")
        assertTrap(.outOfFuel) { () throws(WasmError) in
            _ = try recurse.invoke("deep", [.int32(20_000)], controls: ExecutionControls(fuel: 10_000))
        }
        XCTAssertEqual(try recurse.invoke("deep", [.int32(1000)], controls: ExecutionControls(fuel: 10_000)).singleI32, 1000)
        // Controls of one call do not leak into the next one.
        XCTAssertEqual(try loop.invoke("count", [.int32(100_000)]).singleI32, 100_000)
    }

    /// Loops of every shape, including a branch to itself (`loop br 0`, nothing else in the body), are
    /// stopped by fuel, deadlines and interrupts.
    func testEveryLoopShapeIsMetered() throws {
        let void = FunctionType(parameters: [.i32])
        let bytes = WasmBytes.module(functions: [
            (void, [], [0x03, 0x40, 0x0C, 0x00, 0x0B, 0x0B], "self_br"),
            (void, [], [0x03, 0x40, 0x20, 0x00, 0x0D, 0x00, 0x0B, 0x0B], "self_br_if"),
            (void, [], [0x03, 0x40, 0x20, 0x00, 0x45, 0x0D, 0x00, 0x0B, 0x0B], "self_br_if_eqz"),
            (void, [], [0x03, 0x40, 0x20, 0x00, 0x0E, 0x00, 0x00, 0x0B, 0x0B], "self_br_table"),
            (void, [], [0x03, 0x40, 0x02, 0x40, 0x0C, 0x01, 0x0B, 0x0B, 0x0B], "nested_block"),
            (void, [], [0x03, 0x40, 0x20, 0x00, 0x41, 0x01, 0x6A, 0x21, 0x00, 0x0C, 0x00, 0x0B, 0x0B], "counting"),
            // `loop (block (br 0)) (br 0)`: a forward branch to the back-edge.
            (void, [], [0x03, 0x40, 0x02, 0x40, 0x0C, 0x00, 0x0B, 0x0C, 0x00, 0x0B, 0x0B], "break_to_back_edge"),
        ])
        let instance = try Runtime().instantiate(bytes: bytes)
        let arguments: [String: Int32] = ["self_br_if": 1, "self_br_if_eqz": 0, "self_br_table": 0]
        let interrupted = InterruptHandle()
        interrupted.interrupt()
        for name in ["self_br", "self_br_if", "self_br_if_eqz", "self_br_table", "nested_block", "counting",
                     "break_to_back_edge"] {
            let argument = Value.int32(arguments[name] ?? 0)
            let fuel = assertTrap(.outOfFuel, within: 5) { () throws(WasmError) in
                _ = try instance.invoke(name, [argument], controls: ExecutionControls(fuel: 1000))
            }
            XCTAssertNotNil(fuel, name)
            let deadline = assertTrap(.deadlineExceeded, within: 5) { () throws(WasmError) in
                _ = try instance.invoke(name, [argument], controls: ExecutionControls(deadline: ExecutionControls.monotonicNow() + 10_000_000))
            }
            XCTAssertNotNil(deadline, name)
            let interrupt = assertTrap(.interrupted, within: 5) { () throws(WasmError) in
                _ = try instance.invoke(name, [argument], controls: ExecutionControls(interrupt: interrupted))
            }
            XCTAssertNotNil(interrupt, name)
        }
    }

    /// A `switch` in a loop (`br_table`, cases ending in a `br` to the switch's end, then the back-edge):
    /// results, fuel and deadlines.
    func testSwitchInLoopResultsAndMetering() throws {
        let loop = try instance("core/loop.wasm")
        for (n, expected): (Int32, Int32) in [(0, 0), (1, 10), (3, 210), (8, 422), (1000, 52_750)] {
            XCTAssertEqual(try loop.invoke("dispatch", [.int32(n)]).singleI32, expected, "dispatch(\(n))")
        }
        assertTrap(.outOfFuel) { () throws(WasmError) in
            _ = try loop.invoke("dispatch", [.int32(1000)], controls: ExecutionControls(fuel: 500))
        }
        assertTrap(.deadlineExceeded, within: 5) { () throws(WasmError) in
            _ = try loop.invoke("switch_forever", controls: ExecutionControls(deadline: ExecutionControls.monotonicNow() + 10_000_000))
        }
    }

    // MARK: Trap locations

    func testTrapsNameFunctionAndOffset() throws {
        let traps = try instance("core/traps.wasm")
        for name in ["unreachable", "div_by_zero", "oob_load", "indirect_mismatch"] {
            guard let trap = trapOf({ () throws(WasmError) in _ = try traps.invoke(name) }) else { continue }
            XCTAssertNotNil(trap.offset, "\(name): \(trap)")
            XCTAssertEqual(trap.function.map { $0.hasSuffix(name) }, true, "\(name): \(trap)")
            XCTAssertTrue(trap.description.contains(name), trap.description)
        }
        // The offset points inside the module's code section at the trapping instruction.
        let bytes = try TestFixtures.bytes("core/traps.wasm")
        let code = try XCTUnwrap(WasmBytes.sections(bytes).first { $0.id == 10 })
        let trap = try XCTUnwrap(trapOf({ () throws(WasmError) in _ = try traps.invoke("unreachable") }))
        let offset = try XCTUnwrap(trap.offset)
        XCTAssertTrue((code.contentStart..<code.end).contains(offset), "offset \(offset)")
        XCTAssertEqual(bytes[offset], 0x00, "the unreachable opcode")
    }

    func testHostErrorTrapLocatedInCaller() throws {
        let runtime = Runtime()
        var env = HostModuleBuilder("env")
        env.function("add_one") { (_: Caller, _: Int32) -> Int32 in throw HostFailure(message: "no more ones") }
        env.function("log") { (_: Caller, _: Int32, _: Int32) in }
        runtime.register(env.build())
        let host = try instance("core/host_call.wasm", runtime: runtime)
        let trap = assertTrap(.hostError) { () throws(WasmError) in _ = try host.invoke("run", [.int32(1)]) }
        XCTAssertEqual(trap?.message?.contains("no more ones"), true, "\(String(describing: trap))")
        XCTAssertEqual(trap?.function?.hasSuffix("run"), true, "\(String(describing: trap))")
    }
}

struct HostFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
