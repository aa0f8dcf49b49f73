import Foundation
import Synchronization
import WasmHost
import WasmHostWAPC
import WasmHostWASI

/// Fixture loading and a recording host-call handler shared by the waPC tests.
enum WAPCFixtures {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/wapc")

    /// The guests built from the two SDKs; the shared cases run against each.
    static let guests = ["guest_c", "guest_swift"]

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent("\(name).wasm")))
    }
}

/// One host call as the handler saw it.
struct HostCall: Equatable, Sendable {
    var binding: String
    var namespace: String
    var operation: String
    var payload: String
}

/// Records every host call and answers with `respond` (default: an empty response).
final class HostCallRecorder: Sendable {
    private let calls = Mutex<[HostCall]>([])
    let respond: @Sendable (HostCall) throws -> [UInt8]

    init(_ respond: @escaping @Sendable (HostCall) throws -> [UInt8] = { _ in [] }) { self.respond = respond }

    var handler: WAPCHostCallHandler {
        { binding, namespace, operation, payload in
            let call = HostCall(binding: binding, namespace: namespace, operation: operation,
                                payload: String(decoding: payload, as: UTF8.self))
            self.calls.withLock { $0.append(call) }
            return try self.respond(call)
        }
    }

    /// Calls other than the one each instance makes from `wapc_init`.
    var recorded: [HostCall] { calls.withLock { $0.filter { $0.namespace != "init" } } }
    /// The calls made from `wapc_init`.
    var initCalls: [HostCall] { calls.withLock { $0.filter { $0.namespace == "init" } } }
}

/// A late-bound reference, for handlers that call back into the instance they serve.
final class InstanceBox: @unchecked Sendable {
    var instance: WAPCInstance?
}

extension Array where Element == UInt8 {
    var text: String { String(decoding: self, as: UTF8.self) }
}

/// Builds small modules byte by byte (for init and export cases no SDK can produce).
enum ModuleBytes {
    static func leb(_ value: Int) -> [UInt8] {
        var v = value, out: [UInt8] = []
        repeat {
            var byte = UInt8(v & 0x7f)
            v >>= 7
            if v != 0 { byte |= 0x80 }
            out.append(byte)
        } while v != 0
        return out
    }
    static func name(_ s: String) -> [UInt8] { leb(s.utf8.count) + Array(s.utf8) }
    static func section(_ id: UInt8, _ body: [UInt8]) -> [UInt8] { [id] + leb(body.count) + body }
    static let header: [UInt8] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]

    /// Exports only a one-page `memory`.
    static var memoryOnly: [UInt8] {
        header + section(5, [1, 0, 1]) + section(7, [1] + name("memory") + [2, 0])
    }

    /// Imports WASI `proc_exit`; `_start` runs `startBody` (instructions without `end`); `__guest_call`
    /// returns 1.
    static func withStart(_ startBody: [UInt8]) -> [UInt8] {
        let types: [UInt8] = [3, 0x60, 1, 0x7f, 0, 0x60, 0, 0, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]
        let imports: [UInt8] = [1] + name("wasi_snapshot_preview1") + name("proc_exit") + [0, 0]
        let exports: [UInt8] = [3] + name("_start") + [0, 1] + name("__guest_call") + [0, 2] + name("memory") + [2, 0]
        let start: [UInt8] = [0] + startBody + [0x0b]
        let guestCall: [UInt8] = [0, 0x41, 1, 0x0b]
        let code: [UInt8] = [2] + leb(start.count) + start + leb(guestCall.count) + guestCall
        return header + section(1, types) + section(2, imports) + section(3, [2, 1, 2]) + section(5, [1, 0, 1])
            + section(7, exports) + section(10, code)
    }

    /// An AssemblyScript-style guest whose `__guest_call` calls `env.trace("boom", 1, 2.5, 0…)` and then
    /// `env.abort("boom", "a.ts", 3, 7)`; the strings are UTF-16 with their byte length in the word before.
    static var assemblyScriptAbort: [UInt8] {
        let f64: UInt8 = 0x7c
        let types: [UInt8] = [3, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0, 0x60, 7, 0x7f, 0x7f, f64, f64, f64, f64, f64, 0,
                              0x60, 2, 0x7f, 0x7f, 1, 0x7f]
        let imports: [UInt8] = [2] + name("env") + name("abort") + [0, 0] + name("env") + name("trace") + [0, 1]
        let exports: [UInt8] = [2] + name("__guest_call") + [0, 2] + name("memory") + [2, 0]
        func f64Const(_ value: Double) -> [UInt8] {
            [0x44] + (0..<8).map { UInt8(truncatingIfNeeded: value.bitPattern >> (8 * UInt64($0))) }
        }
        var body: [UInt8] = [0, 0x41, 16, 0x41, 1] + f64Const(2.5)
        for _ in 0..<4 { body += f64Const(0) }
        body += [0x10, 1, 0x41, 16, 0x41, 36, 0x41, 3, 0x41, 7, 0x10, 0, 0x41, 1, 0x0b]
        func string(_ text: String, at address: UInt8) -> [UInt8] {
            let units = Array(text.utf16).flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
            let bytes = [UInt8(units.count), 0, 0, 0] + units
            return [0, 0x41, address - 4, 0x0b] + leb(bytes.count) + bytes
        }
        let data: [UInt8] = [2] + string("boom", at: 16) + string("a.ts", at: 36)
        return header + section(1, types) + section(2, imports) + section(3, [1, 2]) + section(5, [1, 0, 1])
            + section(7, exports) + section(10, [1] + leb(body.count) + body) + section(11, data)
    }

    /// `_start` calling `proc_exit(code)`.
    static func exiting(_ code: UInt8) -> [UInt8] { withStart([0x41, code, 0x10, 0]) }
}
