import Foundation
import WasmHost
import XCTest

/// The embedding example of README.md, kept compiling and true.
final class ReadmeExampleTests: XCTestCase {
    func testReadmeExample() throws {
        let wasmBytes = try TestFixtures.bytes("core/host_call.wasm")
        let logged = LockedStrings()
        // --- README example begins
        let runtime = Runtime()
        var env = HostModuleBuilder("env")
        env.function("add_one") { (caller: Caller, x: Int32) -> Int32 in x + 1 }
        env.function("log") { (caller: Caller, pointer: Int32, length: Int32) in
            let bytes = try caller.memory!.read(at: Int(pointer), count: Int(length))
            logged.append(String(decoding: bytes, as: UTF8.self))
        }
        runtime.register(env.build())

        let module = try runtime.compile(wasmBytes)      // decode, validate, translate: once
        let instance = try runtime.instantiate(module)   // cheap; each instance has its own memory
        let result = try instance.invoke("run", [.i32(40)])
        _ = try instance.invoke("greet")
        // --- README example ends
        XCTAssertEqual(result, [.i32(42)])
        XCTAssertEqual(logged.values, ["hello"])
    }
}

/// A thread-safe list of strings for host functions to append to.
final class LockedStrings: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func append(_ s: String) { lock.lock(); storage.append(s); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return storage }
}
