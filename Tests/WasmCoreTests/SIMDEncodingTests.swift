import XCTest
@testable import WasmCore

/// The code-word encoding of SIMD instructions: `SIMDOp.word` is `Op.simdBase` + the operation's tag,
/// past every `Op`, so the release handler table (`Op.simdBase` + 256 entries) indexes it directly and
/// the debug loop's truncating decode gets the tag back.
final class SIMDEncodingTests: XCTestCase {
    func testWordsRoundTripAndStayPastOps() {
        XCTAssertEqual(SIMDOp.allCases.count, 256)
        XCTAssertEqual(MemoryLayout<SIMDOp>.size, 1)
        XCTAssertLessThanOrEqual(Op.allCases.count, Int(Op.simdBase), "every Op word lies below the SIMD words")
        XCTAssertEqual(Op.simdBase % 256, 0, "the low byte of a SIMD word is its tag")
        for op in Op.allCases { XCTAssertEqual(Op.decode(UInt32(op.rawValue)), op) }
        var words = Set<UInt32>()
        for op in SIMDOp.allCases {
            XCTAssertTrue((Op.simdBase..<Op.simdBase + 256).contains(op.word), "\(op)")
            XCTAssertEqual(SIMDOp.decode(op.word), op)
            words.insert(op.word)
        }
        XCTAssertEqual(words.count, 256)
    }

    func testSlotCounts() {
        XCTAssertEqual(ValueType.v128.slotCount, 2)
        XCTAssertEqual(ValueType.i64.slotCount, 1)
        XCTAssertEqual([ValueType.i32, .v128, .f64, .v128].slotCount, 6)
    }

    /// SIMD opcodes are rejected without the feature, and an unknown sub-opcode is illegal.
    func testDecodingNeedsTheFeature() throws {
        let bytes: [UInt8] = [0xFD, 0x0F, 0x0B]  // i8x16.splat, end
        try bytes.withUnsafeBytes { raw in
            var without = InstructionReader(bytes: raw, range: 0..<3, features: [])
            XCTAssertThrowsError(try without.read())
            var with = InstructionReader(bytes: raw, range: 0..<3, features: .simd)
            XCTAssertEqual(try with.read(), .simd(.i8x16Splat))
        }
        let unknown: [UInt8] = [0xFD, 0x9A, 0x01]  // 0x9A: reserved
        try unknown.withUnsafeBytes { raw in
            var reader = InstructionReader(bytes: raw, range: 0..<3, features: .simd)
            XCTAssertThrowsError(try reader.read())
        }
    }
}
