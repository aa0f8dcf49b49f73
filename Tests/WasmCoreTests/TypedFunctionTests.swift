import WasmHost
import XCTest

/// The allocation-free typed call path.
final class TypedFunctionTests: XCTestCase {
    func testTypedCalls() throws {
        let runtime = Runtime()
        let add = try runtime.instantiate(bytes: try TestFixtures.bytes("core/add.wasm"))
            .typedFunction("add", of: (Int32, Int32).self, returning: Int32.self)
        XCTAssertEqual(try add(2, 3), 5)
        XCTAssertEqual(try add(Int32.max, 1), Int32.min)

        let fib = try runtime.instantiate(bytes: try TestFixtures.bytes("core/fib.wasm"))
            .typedFunction("fib", of: Int64.self, returning: Int64.self)
        XCTAssertEqual(try fib(20), 6765)
    }

    func testSignatureIsChecked() throws {
        let instance = try Runtime().instantiate(bytes: try TestFixtures.bytes("core/add.wasm"))
        XCTAssertThrowsError(try instance.typedFunction("add", of: (Int64, Int32).self, returning: Int32.self)) { error in
            XCTAssertTrue("\(error)".contains("(i32 i32) -> (i32)"), "\(error)")
        }
        XCTAssertThrowsError(try instance.typedFunction("missing", of: Int32.self, returning: Int32.self))
    }
}
