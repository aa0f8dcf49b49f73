import Foundation
import XCTest
@testable import WasmCore

final class ValidatorTests: XCTestCase {
    // MARK: Helpers

    func assertValid(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        do {
            try validate(try decodeModule(bytes))
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
    }

    func assertInvalid(_ bytes: [UInt8], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let module: Module
        do {
            module = try decodeModule(bytes)
        } catch {
            return XCTFail("decoding failed: \(error)", file: file, line: line)
        }
        do {
            try validate(module)
            XCTFail("expected \"\(message)\"", file: file, line: line)
        } catch {
            guard case .invalid(let m, _, _) = error else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssert(m.hasPrefix(message), "\"\(m)\" instead of \"\(message)\"", file: file, line: line)
        }
    }

    // MARK: Hand-written modules

    func testValidModule() {
        assertValid(Self.valid)
    }

    func testInvalidModules() {
        assertInvalid(Self.typeMismatch, "type mismatch")
        assertInvalid(Self.underflow, "type mismatch")
        assertInvalid(Self.unknownLocal, "unknown local")
        assertInvalid(Self.immutable, "global is immutable")
        assertInvalid(Self.undeclared, "undeclared function reference")
        assertInvalid(Self.alignment, "alignment must not be larger than natural")
        assertInvalid(Self.brTableArity, "type mismatch")
        assertInvalid(Self.ifNoElse, "type mismatch")
        assertInvalid(Self.selectRef, "type mismatch")
        assertInvalid(Self.constExpr, "constant expression required")
        assertInvalid(Self.globalInit, "unknown global 0")
        assertInvalid(Self.multipleMemories, "multiple memories")
        assertInvalid(Self.start, "start function")
        assertInvalid(Self.duplicateExport, "duplicate export name")
        assertInvalid(Self.unknownData, "unknown data segment 1")
        assertInvalid(Self.memorySize, "memory size must be at most 65536 pages (4GiB)")
        assertInvalid(Self.callIndirectTable, "type mismatch")
        assertInvalid(Self.unknownLabel, "unknown label")
        assertInvalid(Self.elseArity, "type mismatch")
    }

    func testErrorLocation() throws {
        // (func) (func (result i32) (i64.const 0)): the error is in function 1, at the `end`.
        let bytes: [UInt8] = [
            0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x08, 0x02, 0x60, 0x00, 0x00, 0x60, 0x00, 0x01, 0x7F,  // types
            0x03, 0x03, 0x02, 0x00, 0x01,                                // functions
            0x0A, 0x09, 0x02, 0x02, 0x00, 0x0B, 0x04, 0x00, 0x42, 0x00, 0x0B,  // code
        ]
        let module = try decodeModule(bytes)
        XCTAssertThrowsError(try validate(module)) { error in
            guard case WasmError.invalid(let message, let function, let offset) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(message, "type mismatch")
            XCTAssertEqual(function, 1)
            XCTAssertEqual(offset, bytes.count - 1)
        }
    }

    func testDataCountRequired() throws {
        // (memory 1) (func (data.drop 0)) without a data count section: unknown segment, or malformed with segments.
        let bytes: [UInt8] = [
            0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
            0x03, 0x02, 0x01, 0x00,
            0x05, 0x03, 0x01, 0x00, 0x01,
            0x0A, 0x07, 0x01, 0x05, 0x00, 0xFC, 0x09, 0x00, 0x0B,
        ]
        var module = try decodeModule(bytes)
        assertInvalid(bytes, "unknown data segment 0")
        module.datas = [DataSegment(bytes: [], mode: .passive)]
        XCTAssertThrowsError(try validate(module)) { error in
            guard case WasmError.malformed(let message, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(message, "data count section required")
        }
    }

    func testConstantExpressionsWithExtendedConst() throws {
        var module = Module(bytes: [])
        module.imports = [Import(module: "m", name: "g", descriptor: .global(GlobalType(valueType: .i32, isMutable: false)))]
        module.globals = [Global(type: GlobalType(valueType: .i32, isMutable: false),
                                 initializer: ConstExpression([.globalGet(0), .i32Const(4), .numeric(.i32Mul)]))]
        XCTAssertThrowsError(try validate(module))
        XCTAssertNoThrow(try validate(module, features: [.extendedConst]))
        module.globals[0].initializer = ConstExpression([.i64Const(1), .i32Const(4), .numeric(.i32Add)])
        XCTAssertThrowsError(try validate(module, features: [.extendedConst]))
    }

    func testNumericOperandTypesMatchSignatures() {
        for op in NumericOp.allCases {
            let types = op.operandTypes
            let signature = op.signature
            XCTAssertEqual([types.first] + (types.second.map { [$0] } ?? []), signature.operands, "\(op)")
            XCTAssertEqual(types.result, signature.result, "\(op)")
        }
    }

    // MARK: Spec testsuite sweep

    /// `/work/shared/spec/json`, found from this file's path.
    static var specJSON: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/spec/json")
    }

    /// Every `assert_invalid` module of the non-SIMD spec tests must be rejected, every `module` accepted.
    func testSpecSweep() throws {
        try sweep("core", features: .wasm2)
    }

    func testExtendedConstSweep() throws {
        try sweep("proposals/extended-const", features: Features.wasm2.union(.extendedConst))
    }

    func testMultiMemorySweep() throws {
        try sweep("proposals/multi-memory", features: Features.wasm2.union(.multiMemory))
    }

    /// Decodes and validates the `module` and `assert_invalid` binaries of the (non-SIMD) tests under `folder`.
    func sweep(_ folder: String, features: Features, file: StaticString = #filePath, line: UInt = #line) throws {
        let root = Self.specJSON.appendingPathComponent(folder)
        let directories = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        guard !directories.isEmpty else { throw XCTSkip("spec testsuite not found at \(root.path)") }
        var invalidRejected = 0, invalidTotal = 0, validAccepted = 0, validTotal = 0
        var messageMismatches = 0, undecodable = 0
        for name in directories.sorted() where !name.hasPrefix("simd") {
            let json = root.appendingPathComponent(name).appendingPathComponent("\(name).json")
            guard let data = try? Data(contentsOf: json),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let commands = object["commands"] as? [[String: Any]] else { continue }
            for command in commands {
                guard let type = command["type"] as? String, type == "module" || type == "assert_invalid",
                      let filename = command["filename"] as? String, filename.hasSuffix(".wasm") else { continue }
                let location = "\(name).wast:\(command["line"] as? Int ?? 0)"
                guard let bytes = try? Data(contentsOf: root.appendingPathComponent(name).appendingPathComponent(filename)) else {
                    XCTFail("missing \(filename)", file: file, line: line)
                    continue
                }
                let module: Module
                do {
                    module = try decodeModule([UInt8](bytes), features: features)
                } catch {
                    undecodable += 1
                    XCTFail("\(location): does not decode: \(error)", file: file, line: line)
                    continue
                }
                if type == "module" {
                    validTotal += 1
                    do {
                        try validate(module, features: features)
                        validAccepted += 1
                    } catch {
                        XCTFail("\(location): valid module rejected: \(error)", file: file, line: line)
                    }
                } else {
                    invalidTotal += 1
                    let expected = command["text"] as? String ?? ""
                    do {
                        try validate(module, features: features)
                        XCTFail("\(location): invalid module accepted (\"\(expected)\")", file: file, line: line)
                    } catch {
                        invalidRejected += 1
                        let message: String
                        switch error {
                        case .invalid(let m, _, _), .malformed(let m, _): message = m
                        default: message = "\(error)"
                        }
                        if !message.hasPrefix(expected) {
                            messageMismatches += 1
                            print("message: \(location): \"\(message)\", spec \"\(expected)\"")
                        }
                    }
                }
            }
        }
        print("spec validation (\(folder)): \(invalidRejected)/\(invalidTotal) assert_invalid rejected "
              + "(\(messageMismatches) with another message), \(validAccepted)/\(validTotal) modules accepted, "
              + "\(undecodable) undecodable")
        XCTAssertEqual(messageMismatches, 0, file: file, line: line)
    }

    // MARK: Fixtures (built with wat2wasm --no-check)

    // (module
    //   (type $pair (func (param i32 i32) (result i32 i32)))
    //   (type $bin (func (param i32 i32) (result i32)))
    //   (import "env" "g" (global $g i32))
    //   (memory 1)
    //   (table $t 2 funcref)
    //   (table $x 1 externref)
    //   (global $m (mut i64) (i64.const 0))
    //   (global $gi i32 (global.get $g))
    //   (elem (table $t) (i32.const 0) func $add $swap)
    //   (elem $e funcref (ref.func $add))
    //   (data $d "hi")
    //   (func $add (type $bin) (i32.add (local.get 0) (local.get 1)))
    //   (func $swap (type $pair) (local.get 1) (local.get 0))
    //   (func (export "run") (param i32) (result i32) (local f64 externref)
    //     (i32.const 1) (i32.const 2)
    //     (block (type $pair) (call $swap))
    //     (loop (type $bin) (br_if 0 (i32.const 0)) i32.add)
    //     (if (result i32) (local.get 0) (then (i32.const 3)) (else (i32.const 4)))
    //     (call_indirect $t (type $bin) (i32.const 0))
    //     (select (i32.const 1) (i32.const 2) (local.get 0)) drop
    //     (select (result externref) (local.get 2) (ref.null extern) (i32.const 0)) drop
    //     (ref.is_null (ref.func $add)) drop
    //     (block (block (br_table 0 1 0 (local.get 0))))
    //     (i32.store8 (i32.const 0) (i32.load16_u offset=4 (i32.const 0)))
    //     (memory.init $d (i32.const 0) (i32.const 0) (i32.const 2))
    //     (data.drop $d)
    //     (table.init $t $e (i32.const 0) (i32.const 0) (i32.const 1))
    //     (elem.drop $e)
    //     (table.set $x (i32.const 0) (local.get 2))
    //     (drop (table.grow $t (ref.null func) (i32.const 1)))
    //     (global.set $m (i64.extend_i32_u (memory.grow (i32.const 0))))
    //     (local.set 1 (f64.promote_f32 (f32.const 1.5)))
    //   )
    //   (func (result i32) unreachable i32.add)
    //   (func (result i32) (block (result i32) (br 0 (unreachable))))
    //   (func (result i32) unreachable select)
    //   (func (param i32) (result i32) (block (result i32) (unreachable) (br_table 0 0 (local.get 0))))
    //   (func (result i64) (return (i64.const 1)) (i64.add))
    //   (start $start)
    //   (func $start)
    // )
    static let valid: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x1E, 0x06, 0x60, 0x02, 0x7F, 0x7F, 0x02, 0x7F, 0x7F, 0x60, 0x02,
        0x7F, 0x7F, 0x01, 0x7F, 0x60, 0x01, 0x7F, 0x01, 0x7F, 0x60, 0x00, 0x01, 0x7F, 0x60, 0x00, 0x01, 0x7E, 0x60, 0x00, 0x00,
        0x02, 0x0A, 0x01, 0x03, 0x65, 0x6E, 0x76, 0x01, 0x67, 0x03, 0x7F, 0x00, 0x03, 0x0A, 0x09, 0x01, 0x00, 0x02, 0x03, 0x03,
        0x03, 0x02, 0x04, 0x05, 0x04, 0x07, 0x02, 0x70, 0x00, 0x02, 0x6F, 0x00, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01, 0x06, 0x0B,
        0x02, 0x7E, 0x01, 0x42, 0x00, 0x0B, 0x7F, 0x00, 0x23, 0x00, 0x0B, 0x07, 0x07, 0x01, 0x03, 0x72, 0x75, 0x6E, 0x00, 0x02,
        0x08, 0x01, 0x08, 0x09, 0x0C, 0x02, 0x00, 0x41, 0x00, 0x0B, 0x02, 0x00, 0x01, 0x01, 0x00, 0x01, 0x00, 0x0C, 0x01, 0x01,
        0x0A, 0xC6, 0x01, 0x09, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6A, 0x0B, 0x06, 0x00, 0x20, 0x01, 0x20, 0x00, 0x0B, 0x8A,
        0x01, 0x02, 0x01, 0x7C, 0x01, 0x6F, 0x41, 0x01, 0x41, 0x02, 0x02, 0x00, 0x10, 0x01, 0x0B, 0x03, 0x01, 0x41, 0x00, 0x0D,
        0x00, 0x6A, 0x0B, 0x20, 0x00, 0x04, 0x7F, 0x41, 0x03, 0x05, 0x41, 0x04, 0x0B, 0x41, 0x00, 0x11, 0x01, 0x00, 0x41, 0x01,
        0x41, 0x02, 0x20, 0x00, 0x1B, 0x1A, 0x20, 0x02, 0xD0, 0x6F, 0x41, 0x00, 0x1C, 0x01, 0x6F, 0x1A, 0xD2, 0x00, 0xD1, 0x1A,
        0x02, 0x40, 0x02, 0x40, 0x20, 0x00, 0x0E, 0x02, 0x00, 0x01, 0x00, 0x0B, 0x0B, 0x41, 0x00, 0x41, 0x00, 0x2F, 0x01, 0x04,
        0x3A, 0x00, 0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x02, 0xFC, 0x08, 0x00, 0x00, 0xFC, 0x09, 0x00, 0x41, 0x00, 0x41, 0x00,
        0x41, 0x01, 0xFC, 0x0C, 0x01, 0x00, 0xFC, 0x0D, 0x01, 0x41, 0x00, 0x20, 0x02, 0x26, 0x01, 0xD0, 0x70, 0x41, 0x01, 0xFC,
        0x0F, 0x00, 0x1A, 0x41, 0x00, 0x40, 0x00, 0xAD, 0x24, 0x01, 0x43, 0x00, 0x00, 0xC0, 0x3F, 0xBB, 0x21, 0x01, 0x0B, 0x04,
        0x00, 0x00, 0x6A, 0x0B, 0x08, 0x00, 0x02, 0x7F, 0x00, 0x0C, 0x00, 0x0B, 0x0B, 0x04, 0x00, 0x00, 0x1B, 0x0B, 0x0C, 0x00,
        0x02, 0x7F, 0x00, 0x20, 0x00, 0x0E, 0x01, 0x00, 0x00, 0x0B, 0x0B, 0x06, 0x00, 0x42, 0x01, 0x0F, 0x7C, 0x0B, 0x02, 0x00,
        0x0B, 0x0B, 0x05, 0x01, 0x01, 0x02, 0x68, 0x69,
    ]

    // (module (func (result i32) (i64.const 0)))
    static let typeMismatch: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00, 0x0A,
        0x06, 0x01, 0x04, 0x00, 0x42, 0x00, 0x0B,
    ]

    // (module (func (result i32) (block (result i32) (i32.const 1) (drop))))
    static let underflow: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00, 0x0A,
        0x0A, 0x01, 0x08, 0x00, 0x02, 0x7F, 0x41, 0x01, 0x1A, 0x0B, 0x0B,
    ]

    // (module (func (param i32) (local.get 1) drop))
    static let unknownLocal: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x01, 0x7F, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A,
        0x07, 0x01, 0x05, 0x00, 0x20, 0x01, 0x1A, 0x0B,
    ]

    // (module (global i32 (i32.const 0)) (func (global.set 0 (i32.const 1))))
    static let immutable: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x06, 0x06,
        0x01, 0x7F, 0x00, 0x41, 0x00, 0x0B, 0x0A, 0x08, 0x01, 0x06, 0x00, 0x41, 0x01, 0x24, 0x00, 0x0B,
    ]

    // (module (func $f) (func (drop (ref.func $f))))
    static let undeclared: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x00, 0x0A,
        0x0A, 0x02, 0x02, 0x00, 0x0B, 0x05, 0x00, 0xD2, 0x00, 0x1A, 0x0B,
    ]

    // (module (memory 1) (func (drop (i32.load align=8 (i32.const 0)))))
    static let alignment: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x05, 0x03,
        0x01, 0x00, 0x01, 0x0A, 0x0A, 0x01, 0x08, 0x00, 0x41, 0x00, 0x28, 0x03, 0x00, 0x1A, 0x0B,
    ]

    // (module (func (block (result i32) (block (br_table 0 1 (i32.const 0) (i32.const 0)))) drop))
    static let brTableArity: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x13,
        0x01, 0x11, 0x00, 0x02, 0x7F, 0x02, 0x40, 0x41, 0x00, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x01, 0x0B, 0x0B, 0x1A, 0x0B,
    ]

    // (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1)))))
    static let ifNoElse: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00, 0x0A,
        0x0B, 0x01, 0x09, 0x00, 0x41, 0x01, 0x04, 0x7F, 0x41, 0x01, 0x0B, 0x0B,
    ]

    // (module (func (select (ref.null func) (ref.null func) (i32.const 1)) drop))
    static let selectRef: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x0C,
        0x01, 0x0A, 0x00, 0xD0, 0x70, 0xD0, 0x70, 0x41, 0x01, 0x1B, 0x1A, 0x0B,
    ]

    // (module (global i32 (i32.add (i32.const 0) (i32.const 1))))
    static let constExpr: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x06, 0x09, 0x01, 0x7F, 0x00, 0x41, 0x00, 0x41, 0x01, 0x6A, 0x0B,
    ]

    // (module (global i32 (i32.const 0)) (global i32 (global.get 0)))
    static let globalInit: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x06, 0x0B, 0x02, 0x7F, 0x00, 0x41, 0x00, 0x0B, 0x7F, 0x00, 0x23, 0x00,
        0x0B,
    ]

    // (module (memory 1) (memory 1))
    static let multipleMemories: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x05, 0x05, 0x02, 0x00, 0x01, 0x00, 0x01,
    ]

    // (module (func $s (param i32)) (start $s))
    static let start: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x01, 0x7F, 0x00, 0x03, 0x02, 0x01, 0x00, 0x08,
        0x01, 0x00, 0x0A, 0x04, 0x01, 0x02, 0x00, 0x0B,
    ]

    // (module (func $f) (export "a" (func $f)) (export "a" (func $f)))
    static let duplicateExport: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x07, 0x09,
        0x02, 0x01, 0x61, 0x00, 0x00, 0x01, 0x61, 0x00, 0x00, 0x0A, 0x04, 0x01, 0x02, 0x00, 0x0B,
    ]

    // (module (memory 1) (data "x") (func (data.drop 1)))
    static let unknownData: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x05, 0x03,
        0x01, 0x00, 0x01, 0x0C, 0x01, 0x01, 0x0A, 0x07, 0x01, 0x05, 0x00, 0xFC, 0x09, 0x01, 0x0B, 0x0B, 0x04, 0x01, 0x01, 0x01,
        0x78,
    ]

    // (module (memory 65537))
    static let memorySize: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x05, 0x05, 0x01, 0x00, 0x81, 0x80, 0x04,
    ]

    // (module (type $t (func)) (table 1 externref) (func (call_indirect (type $t) (i32.const 0))))
    static let callIndirectTable: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x04, 0x04,
        0x01, 0x6F, 0x00, 0x01, 0x0A, 0x09, 0x01, 0x07, 0x00, 0x41, 0x00, 0x11, 0x00, 0x00, 0x0B,
    ]

    // (module (func (br 1)))
    static let unknownLabel: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x06,
        0x01, 0x04, 0x00, 0x0C, 0x01, 0x0B,
    ]

    // (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1)) (else (i64.const 1)))))
    static let elseArity: [UInt8] = [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00, 0x0A,
        0x0E, 0x01, 0x0C, 0x00, 0x41, 0x01, 0x04, 0x7F, 0x41, 0x01, 0x05, 0x42, 0x01, 0x0B, 0x0B,
    ]
}
