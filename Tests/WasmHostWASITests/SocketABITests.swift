import Foundation
import WasmHostWASI
import WasmHost
import XCTest

/// The WasmEdge v2 ABI layer on its own: `Fixtures/sockets/abi_errors.wat` calls the imports with bad
/// pointers, short buffers and bad option lengths and stores each errno; the test reads them back.
final class SocketABITests: XCTestCase {
    func testArgumentChecksAndEncodings() throws {
        var config = WASIConfiguration(arguments: ["abi_errors.wasm"])
        config.stdin = .buffer(WASIBuffer())
        config.stdout = .buffer(WASIBuffer())
        config.stderr = .buffer(WASIBuffer())
        config.socketPolicy = SocketPolicy(bind: [SocketAddressPattern(parsing: "127.0.0.1:0")!])
        let runtime = Runtime()
        runtime.register(WASIModule(config))
        let module = try runtime.compile(try WASIFixture.bytes("sockets/abi_errors.wasm"))
        XCTAssertEqual(SocketExtension.detect(in: module), .wasmEdgeV2)
        let instance = try runtime.instantiate(module)
        defer { WASIModule.state(of: instance)?.system.close() }
        try instance.invoke("run")
        let memory = try XCTUnwrap(instance.defaultMemory)
        func u32(_ address: Int) throws -> UInt32 {
            try memory.read(at: address, count: 4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        let errnos = try (0..<14).map { try u32(256 + 4 * $0) }
        let expected: [Errno] = [.fault, .addressFamilyNotSupported, .success, .inval, .inval, .success, .inval,
                                 .success, .notSupported, .success, .success, .inval, .inval, .fault]
        XCTAssertEqual(errnos, expected.map { UInt32($0.rawValue) })
        XCTAssertEqual(try u32(200), 2)                                     // SO_TYPE: stream
        XCTAssertNotEqual(try u32(204), 0)                                  // the bound port
        XCTAssertEqual(try memory.read(at: 64, count: 6), [1, 0, 127, 0, 0, 1])  // v2 write-back
        XCTAssertEqual(try u32(500), 1)                                     // one getaddrinfo result
        XCTAssertEqual(try memory.read(at: 420, count: 4), [0, 0, 1, 2])    // flags, inet4, stream
        XCTAssertEqual(try u32(428), 16)                                    // addrlen
        XCTAssertEqual(try memory.read(at: 460, count: 1), [1])             // sockaddr family
        XCTAssertEqual(try memory.read(at: 480, count: 6), [0x1F, 0x90, 127, 0, 0, 1])  // port 8080 BE, address
    }
}
