import Synchronization
import WasmHost
import WasmHostWAPC
import WasmHostWASI
import XCTest

/// wapc-go's shared engine cases (W1–W4, W8, W9, W16 of the reference) against the C-SDK and the
/// Embedded-Swift-SDK guests.
final class WAPCGuestTests: XCTestCase {
    private func instance(_ guest: String, _ recorder: HostCallRecorder,
                          configure: (inout WAPCConfiguration) -> Void = { _ in }) throws -> WAPCInstance {
        var configuration = WAPCConfiguration(hostCall: recorder.handler)
        configuration.stdout = .buffer(WASIBuffer())
        configure(&configuration)
        return try WAPCModule(try WAPCFixtures.bytes(guest), configuration: configuration).instantiate()
    }

    func testEchoMakesOneHostCall() throws {
        for guest in WAPCFixtures.guests {
            let recorder = HostCallRecorder()
            let instance = try instance(guest, recorder)
            XCTAssertEqual(try instance.invoke("echo", Array("Testing".utf8)).text, "Testing", guest)
            XCTAssertEqual(recorder.recorded, [HostCall(binding: "wapc", namespace: "testing", operation: "echo", payload: "Testing")], guest)
        }
    }

    func testEchoEmptyPayload() throws {
        for guest in WAPCFixtures.guests {
            let recorder = HostCallRecorder()
            let instance = try instance(guest, recorder)
            XCTAssertEqual(try instance.invoke("echo", []), [], guest)
            XCTAssertEqual(recorder.recorded, [HostCall(binding: "wapc", namespace: "testing", operation: "echo", payload: "")], guest)
        }
    }

    func testNopeFailsWithGuestError() throws {
        for guest in WAPCFixtures.guests {
            let instance = try instance(guest, HostCallRecorder())
            XCTAssertThrowsError(try instance.invoke("nope", Array("Testing".utf8)), guest) { error in
                XCTAssertEqual(error as? WAPCError, .guest("Planned Failure"))
                XCTAssertEqual("\(error)", "Planned Failure")
            }
        }
    }

    func testUnknownOperation() throws {
        for guest in WAPCFixtures.guests {
            let instance = try instance(guest, HostCallRecorder())
            XCTAssertThrowsError(try instance.invoke("404", Array("Testing".utf8)), guest) { error in
                XCTAssertEqual("\(error)", "Could not find function \"404\"")
            }
        }
    }

    func testHostErrorRoundTrip() throws {
        for guest in WAPCFixtures.guests {
            let instance = try instance(guest, HostCallRecorder { call in
                if call.namespace == "testing" { throw WAPCHostError("boom") }
                return []
            })
            XCTAssertThrowsError(try instance.invoke("echo", Array("Testing".utf8)), guest) { error in
                XCTAssertEqual("\(error)", "Host error: boom")
            }
        }
    }

    func testHelloCapitalizesThroughHostAndPrints() throws {
        for guest in WAPCFixtures.guests {
            let stdout = WASIBuffer()
            let recorder = HostCallRecorder { call in
                guard call.namespace == "example", call.operation == "capitalize" else { return [] }
                return Array((call.payload.prefix(1).uppercased() + call.payload.dropFirst()).utf8)
            }
            let instance = try instance(guest, recorder) { $0.stdout = .buffer(stdout) }
            XCTAssertEqual(try instance.invoke("hello", Array("waPC!".utf8)).text, "Hello, WaPC!", guest)
            XCTAssertEqual(stdout.string, "hello called\n", guest)
            XCTAssertEqual(recorder.recorded, [HostCall(binding: "", namespace: "example", operation: "capitalize", payload: "waPC!")], guest)
        }
    }

    func testInitHostCallSeesInitOperation() throws {
        for guest in WAPCFixtures.guests {
            let recorder = HostCallRecorder()
            _ = try instance(guest, recorder)
            XCTAssertEqual(recorder.initCalls, [HostCall(binding: "wapc", namespace: "init", operation: "wapc_init", payload: "")], guest)
        }
    }

    func testConsoleLogReachesLogger() throws {
        for guest in WAPCFixtures.guests {
            let lines = Mutex<[String]>([])
            let instance = try instance(guest, HostCallRecorder()) { config in
                config.logger = { line in lines.withLock { $0.append(line) } }
            }
            XCTAssertEqual(try instance.invoke("log", Array("logged line".utf8)), [], guest)
            XCTAssertEqual(lines.withLock { $0 }, ["logged line"], guest)
        }
    }

    func testTrapIsAnInvokeErrorAndInstanceStaysUsable() throws {
        for guest in WAPCFixtures.guests {
            let instance = try instance(guest, HostCallRecorder())
            XCTAssertThrowsError(try instance.invoke("trap"), guest) { error in
                XCTAssertTrue("\(error)".hasPrefix("error invoking guest: wasm error: unreachable"), "\(error)")
            }
            XCTAssertTrue(instance.hasTrapped)
            XCTAssertEqual(try instance.invoke("echo", Array("again".utf8)).text, "again", guest)
        }
    }

    func testNestedInvokeOnSameInstance() throws {
        for guest in WAPCFixtures.guests {
            let box = InstanceBox()
            let recorder = HostCallRecorder { call in
                guard call.operation == "nested" else { return [] }
                let inner = try box.instance!.invoke("echo", Array("inner-\(call.payload)".utf8))
                return Array("outer(".utf8) + inner + Array(")".utf8)
            }
            let instance = try instance(guest, recorder)
            box.instance = instance
            XCTAssertEqual(try instance.invoke("nested", Array("x".utf8)).text, "outer(inner-x)", guest)
            XCTAssertEqual(recorder.recorded.map(\.operation), ["nested", "echo"], guest)
            // The outer state survives the inner call: a second round gives the same answer.
            XCTAssertEqual(try instance.invoke("nested", Array("y".utf8)).text, "outer(inner-y)", guest)
        }
    }

    func testMemorySizeInBytesAndClose() throws {
        for guest in WAPCFixtures.guests {
            let instance = try instance(guest, HostCallRecorder())
            let pages = instance.instance.defaultMemory!.pageCount
            XCTAssertEqual(instance.memorySize, UInt32(pages * 65536), guest)
            XCTAssertEqual(try instance.invoke("echo", Array(repeating: 7, count: 1000)).count, 1000)
            instance.close()
            instance.close()
            XCTAssertThrowsError(try instance.invoke("echo", [])) { error in
                XCTAssertEqual("\(error)", "error invoking guest with closed instance")
            }
        }
    }

    func testAsyncInvoke() async throws {
        for guest in WAPCFixtures.guests {
            let instance = try instance(guest, HostCallRecorder())
            let reply = try await instance.invoke("echo", Array("async".utf8))
            XCTAssertEqual(reply.text, "async", guest)
        }
    }
}
