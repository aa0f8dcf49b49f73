import WasmHost
import XCTest

/// Loads and stores whose address is computed by an `i32.shl` (`x << s`) or an `i32.shl` feeding an
/// `i32.add` (`a + (x << s)`): the translator folds those into the access. The address keeps i32
/// semantics (the shift amount taken modulo 32, the sum wrapping) before the offset is added, and a trap
/// is located at the access. Also results forwarded in registers inside fused pairs and chains.
final class AddressFormTests: XCTestCase {
    private static let i32 = FunctionType(parameters: [.i32, .i32], results: [.i32])
    private static let bytes = WasmBytes.module(functions: [
        // (base + (i << 2)) loaded / stored
        (i32, [], [0x20, 0x00, 0x20, 0x01, 0x41, 0x02, 0x74, 0x6A, 0x28, 0x02, 0x00, 0x0B], "load_scaled"),
        (FunctionType(parameters: [.i32, .i32, .i32]), [],
         [0x20, 0x00, 0x20, 0x01, 0x41, 0x02, 0x74, 0x6A, 0x20, 0x02, 0x36, 0x02, 0x00, 0x0B], "store_scaled"),
        // (i << 2) + offset 4
        (FunctionType(parameters: [.i32], results: [.i32]), [], [0x20, 0x00, 0x41, 0x02, 0x74, 0x28, 0x02, 0x04, 0x0B],
         "load_shl"),
        (FunctionType(parameters: [.i32, .i32]), [], [0x20, 0x00, 0x41, 0x02, 0x74, 0x20, 0x01, 0x36, 0x02, 0x04, 0x0B],
         "store_shl"),
        // base + (i << s), the shift a parameter
        (FunctionType(parameters: [.i32, .i32, .i32], results: [.i32]), [],
         [0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0x74, 0x6A, 0x28, 0x02, 0x00, 0x0B], "load_var_shift"),
        // f64 at base + (i << 3)
        (FunctionType(parameters: [.i32, .i32], results: [.f64]), [],
         [0x20, 0x00, 0x20, 0x01, 0x41, 0x03, 0x74, 0x6A, 0x2B, 0x03, 0x00, 0x0B], "load_f64_scaled"),
        // store(a, x + load(b)): a forwarded pair (f64.load, f64.add) chained to the store
        (FunctionType(parameters: [.i32, .i32, .f64]), [],
         [0x20, 0x00, 0x20, 0x02, 0x20, 0x01, 0x2B, 0x03, 0x00, 0xA0, 0x39, 0x03, 0x00, 0x0B], "accumulate"),
        (FunctionType(parameters: [.i32], results: [.f64]), [], [0x20, 0x00, 0x2B, 0x03, 0x00, 0x0B], "load_f64"),
        // x = a + b (local.tee), then (x << 3) + x: the pair (i32.add, i32.shl) forwards x, which is a
        // local read again afterwards, so the forwarded form must still store it
        (i32, [(1, .i32)], [0x20, 0x00, 0x20, 0x01, 0x6A, 0x22, 0x02, 0x41, 0x03, 0x74, 0x20, 0x02, 0x6A, 0x0B],
         "tee_then_reuse"),
    ], memory: [0x00, 0x01])

    private func instance() throws -> Instance { try Runtime().instantiate(bytes: Self.bytes) }

    private func call(_ instance: Instance, _ name: String, _ arguments: Int32...) throws -> [Value] {
        try instance.invoke(name, arguments.map { Value.int32($0) })
    }

    func testScaledAddresses() throws {
        let m = try instance()
        _ = try call(m, "store_scaled", 100, 5, 0xDEAD)
        XCTAssertEqual(try call(m, "load_scaled", 100, 5).singleI32, 0xDEAD)
        XCTAssertEqual(try call(m, "load_scaled", 120, 0).singleI32, 0xDEAD, "100 + 5 * 4")
        _ = try call(m, "store_shl", 3, 77)
        XCTAssertEqual(try call(m, "load_shl", 3).singleI32, 77)
        XCTAssertEqual(try call(m, "load_scaled", 4, 3).singleI32, 77, "3 * 4 + 4")
        XCTAssertEqual(try call(m, "load_var_shift", 4, 3, 2).singleI32, 77)
        XCTAssertEqual(try call(m, "load_var_shift", 4, 3, 34).singleI32, 77, "the shift is taken modulo 32")
        _ = try call(m, "store_scaled", 800, 0, 0x3FF0_0000)
        XCTAssertEqual(try m.invoke("load_f64_scaled", [.int32(0), .int32(100)]), [.f64(0x3FF0_0000)], "100 * 8")
    }

    func testAddressArithmeticWrapsAt32Bits() throws {
        let m = try instance()
        _ = try call(m, "store_shl", 0, 1234)  // at 4
        XCTAssertEqual(try call(m, "load_scaled", -4, 2).singleI32, 1234, "-4 + 8 wraps to 4")
        XCTAssertEqual(try call(m, "load_shl", 0x4000_0000).singleI32, 1234, "0x4000_0000 << 2 wraps to 0, + 4")
        XCTAssertEqual(try call(m, "load_var_shift", -8, 3, 34).singleI32, 1234, "-8 + (3 << 2) wraps to 4")
        _ = try call(m, "store_scaled", 8, 0, 4321)
        XCTAssertEqual(try call(m, "load_shl", 0x4000_0001).singleI32, 4321, "(0x4000_0001 << 2) wraps to 4, + 4")
    }

    /// A pair chained to the store of its result: both accesses keep their own trap sites.
    func testChainedStore() throws {
        let m = try instance()
        let code = try XCTUnwrap(WasmBytes.sections(Self.bytes).first { $0.id == 10 })
        _ = try m.invoke("accumulate", [.int32(16), .int32(8), .f64((1.5).bitPattern)])
        _ = try m.invoke("accumulate", [.int32(24), .int32(16), .f64((1.5).bitPattern)])
        XCTAssertEqual(try m.invoke("load_f64", [.int32(24)]), [.f64((3.0).bitPattern)])
        for (arguments, opcode): ([Int32], UInt8) in [([65_536, 0], 0x39), ([0, 65_532], 0x2B)] {
            let trap = try XCTUnwrap(trapOf { () throws(WasmError) in
                _ = try m.invoke("accumulate", [.int32(arguments[0]), .int32(arguments[1]), .f64(0)])
            })
            XCTAssertEqual(trap.kind, .outOfBoundsMemory)
            let offset = try XCTUnwrap(trap.offset)
            XCTAssertTrue((code.contentStart..<code.end).contains(offset))
            XCTAssertEqual(Self.bytes[offset], opcode, "\(arguments): located at the access that failed")
        }
        XCTAssertEqual(try m.invoke("load_f64", [.int32(24)]), [.f64((3.0).bitPattern)], "a failed store wrote nothing")
    }

    /// A forwarded result that also lives in a local (after `local.tee`) is still stored.
    func testForwardedResultKeptInItsLocal() throws {
        let m = try instance()
        XCTAssertEqual(try call(m, "tee_then_reuse", 5, 7).singleI32, 108, "(12 << 3) + 12")
        XCTAssertEqual(try call(m, "tee_then_reuse", -1, 0).singleI32, -9)
    }

    func testOutOfBoundsTrapsAtTheAccess() throws {
        let m = try instance()
        let code = try XCTUnwrap(WasmBytes.sections(Self.bytes).first { $0.id == 10 })
        for (name, arguments, opcode): (String, [Int32], UInt8) in [
            ("load_scaled", [65_536, 0], 0x28), ("load_scaled", [65_532, 1], 0x28), ("store_scaled", [0, 16_384, 1], 0x36),
            ("load_shl", [16_383], 0x28), ("store_shl", [16_383, 1], 0x36), ("load_f64_scaled", [65_528, 1], 0x2B),
        ] {
            let trap = try XCTUnwrap(trapOf { () throws(WasmError) in _ = try m.invoke(name, arguments.map { .int32($0) }) },
                                     "\(name)\(arguments)")
            XCTAssertEqual(trap.kind, .outOfBoundsMemory, "\(name)\(arguments)")
            XCTAssertEqual(trap.function.map { $0.hasSuffix(name) }, true, "\(trap)")
            let offset = try XCTUnwrap(trap.offset)
            XCTAssertTrue((code.contentStart..<code.end).contains(offset), "\(name): offset \(offset)")
            XCTAssertEqual(Self.bytes[offset], opcode, "\(name): the trap is located at the access")
        }
        // The last in-bounds word still works.
        _ = try call(m, "store_shl", 16_382, 5)
        XCTAssertEqual(try call(m, "load_scaled", 65_532, 0).singleI32, 5)
    }
}
