import Foundation
import XCTest
@testable import WasmCore

final class DecoderTests: XCTestCase {
    // MARK: Helpers

    static let header: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    /// A section: id, u32 size (single-byte LEB; test sections are small) and contents.
    func section(_ id: UInt8, _ contents: [UInt8]) -> [UInt8] {
        precondition(contents.count < 128)
        return [id, UInt8(contents.count)] + contents
    }

    func name(_ s: String) -> [UInt8] { [UInt8(s.utf8.count)] + Array(s.utf8) }

    func assertMalformed(_ bytes: [UInt8], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try decodeModule(bytes)
            XCTFail("expected \"\(message)\"", file: file, line: line)
        } catch {
            guard case .malformed(let m, _) = error else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssert(m.hasPrefix(message), "\"\(m)\" instead of \"\(message)\"", file: file, line: line)
        }
    }

    // MARK: Hand-built modules

    func testEmptyModule() throws {
        let module = try decodeModule(Self.header)
        XCTAssertTrue(module.types.isEmpty)
        XCTAssertNil(module.start)
    }

    func testFunctionExportAndName() throws {
        // (func (export "add") (param i32 i32) (result i32) (local i64 i64) local.get 0 local.get 1 i32.add)
        let body: [UInt8] = [0x01, 0x02, 0x7E, 0x20, 0x00, 0x20, 0x01, 0x6A, 0x0B]
        let names: [UInt8] = name("name") + [0x00, 0x04] + name("mod") + [0x01, 0x06, 0x01, 0x00] + name("add")
        let bytes = Self.header
            + section(1, [0x01, 0x60, 0x02, 0x7F, 0x7F, 0x01, 0x7F])
            + section(3, [0x01, 0x00])
            + section(7, [0x01] + name("add") + [0x00, 0x00])
            + section(10, [0x01, UInt8(body.count)] + body)
            + section(0, names)
        let module = try decodeModule(bytes)
        XCTAssertEqual(module.types, [FunctionType(parameters: [.i32, .i32], results: [.i32])])
        XCTAssertEqual(module.functions, [0])
        XCTAssertEqual(module.exports, [Export(name: "add", kind: .function, index: 0)])
        XCTAssertEqual(module.codes.count, 1)
        let code = module.codes[0]
        XCTAssertEqual(code.locals, [LocalDeclaration(count: 2, type: .i64)])
        XCTAssertEqual(code.localCount, 2)
        XCTAssertEqual(code.codeEnd - code.codeStart, 6)
        XCTAssertEqual(module.bytes[code.codeEnd - 1], 0x0B)
        XCTAssertEqual(module.customSections.map(\.name), ["name"])
        XCTAssertEqual(module.moduleName, "mod")
        XCTAssertEqual(module.functionNames, [0: "add"])

        // Instructions of the body, read back.
        let instructions = try bytes.withUnsafeBytes { buffer in
            var reader = InstructionReader(bytes: buffer, range: code.codeStart..<code.codeEnd, features: .wasm2)
            var out: [Instruction] = []
            while !reader.isAtEnd { out.append(try reader.read()) }
            return out
        }
        XCTAssertEqual(instructions, [.localGet(0), .localGet(1), .numeric(.i32Add), .end])
    }

    func testImportsTablesMemoriesGlobals() throws {
        let bytes = Self.header
            + section(1, [0x01, 0x60, 0x00, 0x00])
            + section(2, [0x04]
                + name("m") + name("f") + [0x00, 0x00]
                + name("m") + name("t") + [0x01, 0x70, 0x01, 0x01, 0x02]
                + name("m") + name("mem") + [0x02, 0x00, 0x01]
                + name("m") + name("g") + [0x03, 0x7E, 0x01])
            + section(4, [0x01, 0x6F, 0x00, 0x05])
            + section(5, [0x01, 0x01, 0x01, 0x02])
            + section(6, [0x01, 0x7F, 0x00, 0x41, 0x2A, 0x0B])
            + section(8, [0x00])
        let module = try decodeModule(bytes)
        XCTAssertEqual(module.imports.map(\.descriptor), [
            .function(typeIndex: 0),
            .table(TableType(elementType: .funcref, limits: Limits(min: 1, max: 2))),
            .memory(MemoryType(limits: Limits(min: 1))),
            .global(GlobalType(valueType: .i64, isMutable: true)),
        ])
        XCTAssertEqual(module.tables, [TableType(elementType: .externref, limits: Limits(min: 5))])
        XCTAssertEqual(module.memories, [MemoryType(limits: Limits(min: 1, max: 2))])
        XCTAssertEqual(module.globals, [Global(type: GlobalType(valueType: .i32, isMutable: false),
                                               initializer: ConstExpression([.i32Const(42)]))])
        XCTAssertEqual(module.start, 0)
    }

    func testElementForms() throws {
        let offset: [UInt8] = [0x41, 0x00, 0x0B]
        let refNull: [UInt8] = [0xD0, 0x70, 0x0B]
        let elements: [UInt8] = [0x08]
            + [0x00] + offset + [0x01, 0x00]                    // 0: active table 0, func indices
            + [0x01, 0x00, 0x01, 0x00]                          // 1: passive, elemkind, func indices
            + [0x02, 0x01] + offset + [0x00, 0x01, 0x00]        // 2: active table 1, elemkind
            + [0x03, 0x00, 0x01, 0x00]                          // 3: declarative
            + [0x04] + offset + [0x01] + refNull                // 4: active table 0, expressions
            + [0x05, 0x70, 0x01] + refNull                      // 5: passive, reftype, expressions
            + [0x06, 0x01] + offset + [0x70, 0x01] + refNull    // 6: active table 1, expressions
            + [0x07, 0x70, 0x01] + refNull                      // 7: declarative, expressions
        let bytes = Self.header
            + section(1, [0x01, 0x60, 0x00, 0x00])
            + section(3, [0x01, 0x00])
            + section(4, [0x02, 0x70, 0x00, 0x01, 0x70, 0x00, 0x01])
            + section(9, elements)
            + section(10, [0x01, 0x02, 0x00, 0x0B])
        let module = try decodeModule(bytes)
        let zero = ConstExpression([.i32Const(0)])
        let function = [ConstExpression([.refFunc(0)])]
        let null = [ConstExpression([.refNull(.funcref)])]
        XCTAssertEqual(module.elements, [
            ElementSegment(type: .funcref, initializers: function, mode: .active(table: 0, offset: zero)),
            ElementSegment(type: .funcref, initializers: function, mode: .passive),
            ElementSegment(type: .funcref, initializers: function, mode: .active(table: 1, offset: zero)),
            ElementSegment(type: .funcref, initializers: function, mode: .declarative),
            ElementSegment(type: .funcref, initializers: null, mode: .active(table: 0, offset: zero)),
            ElementSegment(type: .funcref, initializers: null, mode: .passive),
            ElementSegment(type: .funcref, initializers: null, mode: .active(table: 1, offset: zero)),
            ElementSegment(type: .funcref, initializers: null, mode: .declarative),
        ])
    }

    func testDataSegmentsAndDataCount() throws {
        let bytes = Self.header
            + section(5, [0x01, 0x00, 0x01])
            + section(12, [0x03])
            + section(11, [0x03,
                           0x00, 0x41, 0x08, 0x0B, 0x02, 0xAA, 0xBB,
                           0x01, 0x01, 0xCC,
                           0x02, 0x00, 0x41, 0x01, 0x0B, 0x00])
        let module = try decodeModule(bytes)
        XCTAssertEqual(module.dataCount, 3)
        XCTAssertEqual(module.datas, [
            DataSegment(bytes: [0xAA, 0xBB], mode: .active(memory: 0, offset: ConstExpression([.i32Const(8)]))),
            DataSegment(bytes: [0xCC], mode: .passive),
            DataSegment(bytes: [], mode: .active(memory: 0, offset: ConstExpression([.i32Const(1)]))),
        ])
    }

    func testInstructionImmediates() throws {
        let code: [UInt8] = [
            0x02, 0x40, 0x03, 0x7F, 0x04, 0x05,             // block, loop i32, if (type 5)
            0x0E, 0x02, 0x00, 0x01, 0x02,                   // br_table [0 1] 2
            0x11, 0x03, 0x01,                               // call_indirect type 3 table 1
            0x1C, 0x01, 0x7E,                               // select (result i64)
            0x28, 0x02, 0x10,                               // i32.load align=2 offset=16
            0x3F, 0x00, 0x40, 0x00,                         // memory.size, memory.grow
            0x42, 0x7F,                                     // i64.const -1
            0x43, 0x00, 0x00, 0x80, 0x3F,                   // f32.const 1
            0xFC, 0x07, 0xFC, 0x08, 0x01, 0x00,             // i64.trunc_sat_f64_u, memory.init 1
            0xFC, 0x0E, 0x01, 0x02, 0xFC, 0x11, 0x03,       // table.copy 1 2, table.fill 3
            0xD0, 0x6F, 0xD2, 0x04,                         // ref.null extern, ref.func 4
        ]
        let instructions = try code.withUnsafeBytes { buffer in
            var reader = InstructionReader(bytes: buffer, range: 0..<code.count, features: .wasm2)
            var out: [Instruction] = []
            while !reader.isAtEnd { out.append(try reader.read()) }
            return out
        }
        XCTAssertEqual(instructions, [
            .block(.empty), .loop(.value(.i32)), .if(.typeIndex(5)),
            .brTable([0, 1], default: 2), .callIndirect(typeIndex: 3, table: 1), .selectTyped([.i64]),
            .load(.i32Load, MemArg(align: 2, offset: 16)), .memorySize(0), .memoryGrow(0),
            .i64Const(-1), .f32Const(0x3F80_0000),
            .numeric(.i64TruncSatF64U), .memoryInit(data: 1, memory: 0),
            .tableCopy(dst: 1, src: 2), .tableFill(3), .refNull(.externref), .refFunc(4),
        ])
    }

    func testMalformedModules() {
        assertMalformed([], "unexpected end")
        assertMalformed([0x00, 0x61, 0x73, 0x6E, 0x01, 0x00, 0x00, 0x00], "magic header not detected")
        assertMalformed([0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00], "unknown binary version")
        assertMalformed(Self.header + [0x0D, 0x00], "malformed section id")
        assertMalformed(Self.header + section(3, [0x00]) + section(1, [0x00]), "unexpected content after last section")
        assertMalformed(Self.header + section(1, [0x00, 0x00]), "section size mismatch")
        // A count of 10^9 fails on the bytes left instead of allocating.
        assertMalformed(Self.header + [0x01, 0x05, 0x80, 0x94, 0xEB, 0xDC, 0x03], "length out of bounds")
        // Shared and 64-bit memories are not in 2.0.
        assertMalformed(Self.header + section(5, [0x01, 0x03, 0x01, 0x01]), "integer too large")
        assertMalformed(Self.header + section(5, [0x01, 0x04, 0x01]), "integer too large")
        // Function without a code entry, locals over the limit, missing end.
        assertMalformed(Self.header + section(1, [0x01, 0x60, 0x00, 0x00]) + section(3, [0x01, 0x00]),
                        "function and code section have inconsistent lengths")
        let manyLocals = Self.header + section(1, [0x01, 0x60, 0x00, 0x00]) + section(3, [0x01, 0x00])
            + section(10, [0x01, 0x06, 0x01, 0xD1, 0x86, 0x03, 0x7F, 0x0B])  // 50,001 locals
        assertMalformed(manyLocals, "too many locals")
        assertMalformed(Self.header + section(1, [0x01, 0x60, 0x00, 0x00]) + section(3, [0x01, 0x00])
                        + section(10, [0x01, 0x03, 0x00, 0x01, 0x01]), "unexpected end")
        // data.drop without a data count section, in a module with data segments.
        let dataDrop = Self.header + section(1, [0x01, 0x60, 0x00, 0x00]) + section(3, [0x01, 0x00])
            + section(10, [0x01, 0x05, 0x00, 0xFC, 0x09, 0x00, 0x0B])
        assertMalformed(dataDrop + section(11, [0x01, 0x01, 0x00]), "data count section required")
        XCTAssertNoThrow(try decodeModule(dataDrop))  // no segments: left to the validator
    }

    func testMalformedNameSectionIsIgnored() throws {
        let bytes = Self.header + section(0, name("name") + [0x01, 0x7F, 0x01])
        let module = try decodeModule(bytes)
        XCTAssertNil(module.moduleName)
        XCTAssertTrue(module.functionNames.isEmpty)
        XCTAssertEqual(module.customSections.count, 1)
    }

    // MARK: Spec testsuite

    /// `/work/shared/spec/json/core`, found from this file's path.
    static var specCore: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/spec/json/core")
    }

    /// For every non-SIMD script: binary `assert_malformed` modules must fail to decode, every other
    /// binary module (modules, `assert_invalid`, `assert_unlinkable`...) must decode.
    func testSpecBinaryModules() throws {
        let root = Self.specCore
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: root.path) else {
            throw XCTSkip("spec testsuite not found at \(root.path)")
        }
        var malformed = 0, rejected = 0, sameText = 0, wellFormed = 0, decoded = 0
        var failures: [String] = []
        for name in names.sorted() where !name.hasPrefix("simd") {
            let folder = root.appendingPathComponent(name)
            let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
            guard let script = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let commands = script["commands"] as? [[String: Any]] else { continue }
            for command in commands {
                guard let file = command["filename"] as? String, file.hasSuffix(".wasm"),
                      let type = command["type"] as? String else { continue }
                if type == "assert_malformed", command["module_type"] as? String != "binary" { continue }
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
                let line = command["line"] as? Int ?? 0
                let result = Result { () throws(WasmError) in try decodeModule(bytes) }
                if type == "assert_malformed" {
                    malformed += 1
                    let expected = command["text"] as? String ?? ""
                    switch result {
                    case .success:
                        failures.append("\(file) (\(name).wast:\(line)): decoded, expected \"\(expected)\"")
                    case .failure(let error):
                        rejected += 1
                        if case .malformed(let m, _) = error, m.hasPrefix(expected) {
                            sameText += 1
                        } else {
                            print("message: \(file) (\(name).wast:\(line)): \(error), spec \"\(expected)\"")
                        }
                    }
                } else {
                    wellFormed += 1
                    switch result {
                    case .success: decoded += 1
                    case .failure(let error):
                        failures.append("\(file) (\(name).wast:\(line), \(type)): \(error)")
                    }
                }
            }
        }
        print("spec binary: \(rejected)/\(malformed) assert_malformed rejected (\(sameText) with the spec's text as prefix of the message), \(decoded)/\(wellFormed) other modules decoded")
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
        XCTAssertGreaterThan(wellFormed, 500)
    }
}
