import WasmHost
@testable import WasmHostPipe
import XCTest

/// The original wazero-pipe test (host/host_module_test.go): 10 messages each of uint64, uint32 and
/// bytes from one instance, on another thread, to another instance (P1-P3).
final class PipeOriginalTests: XCTestCase {
    func run(send: String, receive: String, expectedLength: Int32) throws {
        let world = PipeWorld()
        let mod1 = try world.instance()   // "recv" in the original: it sends
        let mod2 = try world.instance()   // "send": it receives
        let meta = try PipeModule.meta(of: mod1)
        XCTAssertEqual(try mod1.defaultMemory!.load(UInt32.self, at: Int(meta.capacityAddress)), 2 << 20)
        let scope = PipeScope()
        let sender = Spawned {
            try scope.run { for n in 0..<10 { try mod1.invoke(send, [.i64(UInt64(n))]) } }
        }
        var received: [Int64] = []
        try scope.run {
            for _ in 0..<10 {
                received.append(i64(try mod2.invoke(receive)) ?? -1)
                XCTAssertEqual(try mod2.invoke("lastLength"), [.i32(UInt32(expectedLength))])
            }
        }
        try sender.join()
        XCTAssertEqual(received, Array(0..<10))
    }

    func testUint64() throws { try run(send: "testSendUint64", receive: "testRecvUint64", expectedLength: 8) }
    func testUint32() throws { try run(send: "testSendUint32", receive: "testRecvUint32", expectedLength: 4) }
    func testBytes() throws { try run(send: "testSendBytes", receive: "testRecvBytes", expectedLength: 1) }

    /// The meta page is read per instance: a guest with a different layout shares a scope with the C
    /// guest (P15), in both directions.
    func testDifferentMetaLayoutsShareAScope() throws {
        let world = PipeWorld()
        let c = try world.instance()
        let wat = try world.instance("pipe_alt")
        XCTAssertNotEqual(try PipeModule.meta(of: c), try PipeModule.meta(of: wat))
        let scope = PipeScope()
        let sender = Spawned { try scope.run { try wat.invoke("send_u64", [.i64(77)]) } }
        XCTAssertEqual(try scope.run { i64(try c.invoke("testRecvUint64")) }, 77)
        try sender.join()
        let back = Spawned { try scope.run { try c.invoke("testSendUint64", [.i64(78)]) } }
        XCTAssertEqual(try scope.run { i64(try wat.invoke("recv_u64")) }, 78)
        try back.join()
    }

    /// The Embedded Swift guest (GuestSDK/pipe/Pipe.swift) echoes bytes and typed values with the host.
    func testEmbeddedSwiftGuest() throws {
        let world = PipeWorld()
        let swift = try world.instance("echo")
        let scope = PipeScope()
        let big = (0..<65536).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }   // the whole 64 KiB buffer
        let echo = Spawned { try scope.run { i64(try swift.invoke("echo", [.i32(4)])) } }
        for message in [[UInt8]("hello".utf8), [], [UInt8](repeating: 9, count: 1000), big] {
            try scope.send(pipe: 0, message, deadline: deadline(ms: 5000))
            XCTAssertEqual(try scope.receive(pipe: 1, deadline: deadline(ms: 5000)), message)
        }
        XCTAssertEqual(try echo.join(), 1005 + 65536)
        // Typed values: u64 in on pipe 2, u64 + 1 out on pipe 3.
        let adder = Spawned { try scope.run { i64(try swift.invoke("addOne", [.i32(2)])) } }
        try scope.send(pipe: 2, u64le(41), deadline: deadline(ms: 5000))
        XCTAssertEqual(try scope.receive(pipe: 3, deadline: deadline(ms: 5000)), u64le(42))
        try scope.send(pipe: 2, u64le(.max), deadline: deadline(ms: 5000))
        XCTAssertEqual(try scope.receive(pipe: 3, deadline: deadline(ms: 5000)), u64le(0))
        XCTAssertEqual(try adder.join(), -1)
    }
}
