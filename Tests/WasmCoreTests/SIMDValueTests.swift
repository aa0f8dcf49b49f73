import WasmHost
import XCTest

/// `v128` values through the embedding API and through every place a value can live in a frame
/// (`Fixtures/simd/values.wat`): mixed parameters and results, recursion, `call_indirect`, blocks with
/// parameters, branches, `select`, globals and host functions.
final class SIMDValueTests: XCTestCase {
    private func lanes(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> Value {
        .v128(low: UInt64(a) | UInt64(b) << 32, high: UInt64(c) | UInt64(d) << 32)
    }

    private func values(hostCalls: Locked<[[Value]]> = Locked([])) throws -> Instance {
        let runtime = Runtime()
        var env = HostModuleBuilder("env")
        env.function("vhost", [.i32, .v128, .f64], [.v128, .i64]) { _, arguments in
            hostCalls.withLock { $0.append(arguments) }
            guard case .v128(let low, let high)? = arguments.dropFirst().first else { return [] }
            return [.v128(low: high, high: low), .i64(0x1_0000_0063)]
        }
        runtime.register(env.build())
        return try runtime.instantiate(bytes: try TestFixtures.bytes("simd/values.wasm"))
    }

    func testMixedParametersAndResults() throws {
        let instance = try values()
        let a = lanes(1, 2, 3, 4), b = lanes(5, 6, 7, 8)
        XCTAssertEqual(try instance.invoke("swap", [a, .int32(41), b]), [b, .int32(42), a])
    }

    func testRecursionAndIndirectCalls() throws {
        let instance = try values()
        // rec(v, 3) adds splat(3) + splat(2) + splat(1).
        XCTAssertEqual(try instance.invoke("rec", [lanes(1, 2, 3, 4), .int32(3)]), [lanes(7, 8, 9, 10)])
        XCTAssertEqual(try instance.invoke("indirect", [lanes(0, 0, 0, 0xFFFF_FFFF), .int32(2)]),
                       [lanes(3, 3, 3, 2), .int32(30)])
    }

    func testSelectGlobalsAndLoops() throws {
        let instance = try values()
        let a = lanes(1, 2, 3, 4), b = lanes(9, 9, 9, 9)
        XCTAssertEqual(try instance.invoke("sel", [a, b, .int32(1)]), [a])
        XCTAssertEqual(try instance.invoke("sel", [a, b, .int32(0)]), [b])
        XCTAssertEqual(try instance.invoke("get_g"), [lanes(1, 2, 3, 4)])
        try instance.invoke("set_g", [b])
        XCTAssertEqual(try instance.invoke("get_g"), [b])
        XCTAssertEqual(instance.global("g"), b)
        guard case .global(let global)? = instance.exports["g"] else { return XCTFail("no global g") }
        global.value = a
        XCTAssertEqual(try instance.invoke("get_g"), [a])
        XCTAssertEqual(try instance.invoke("loop_sum", [lanes(1, 2, 3, 0x8000_0000), .int32(5)]),
                       [lanes(5, 10, 15, 0x8000_0000 &* 5)])
    }

    func testHostFunctionWithVectors() throws {
        let calls = Locked<[[Value]]>([])
        let instance = try values(hostCalls: calls)
        let v = lanes(1, 2, 3, 4)
        // The host swaps the halves and returns 0x1_0000_0063; lane 0 becomes its low 32 bits.
        XCTAssertEqual(try instance.invoke("call_host", [v]), [lanes(0x63, 4, 1, 2)])
        XCTAssertEqual(calls.value, [[.int32(7), v, .double(2.5)]])
    }

    func testRawSlotsAndValueHelpers() throws {
        let values: [Value] = [.int32(-1), lanes(1, 2, 3, 4), .int64(5)]
        let slots = Value.slots(of: values)
        XCTAssertEqual(slots, [0xFFFF_FFFF, 0x2_0000_0001, 0x4_0000_0003, 5])
        XCTAssertEqual(Value.values(from: slots, types: [.i32, .v128, .i64]), values)
        XCTAssertEqual(lanes(1, 0, 0, 0).type, .v128)
        XCTAssertEqual(lanes(1, 0, 0, 0).description, "0x00000000000000000000000000000001:v128")
    }
}
