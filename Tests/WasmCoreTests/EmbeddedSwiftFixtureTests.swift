import WasmHost
import XCTest

/// The Embedded Swift guest (`Fixtures/core/counter.swift`).
final class EmbeddedSwiftFixtureTests: XCTestCase {
    func testCounterAndChecksum() throws {
        let runtime = Runtime()
        let module = try runtime.compile(try TestFixtures.bytes("core/counter.wasm"))
        let first = try runtime.instantiate(module)
        let increment = try first.typedFunction("increment", of: Int32.self, returning: Int32.self)
        XCTAssertEqual(try increment(5), 5)
        XCTAssertEqual(try increment(2), 7)
        // Another instance of the same compiled module has its own global.
        let second = try runtime.instantiate(module)
        XCTAssertEqual(try second.invoke("increment", [.int32(1)]), [.int32(1)])
        XCTAssertEqual(try first.invoke("checksum", [.int32(1000)]), [.int64(-7048897127011634749)])
    }
}
