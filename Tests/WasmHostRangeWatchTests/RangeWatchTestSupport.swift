import Foundation
import WasmHost
@testable import WasmHostRangeWatch
import XCTest

func watchFixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/rangewatch/\(name).wasm")
    return [UInt8](try Data(contentsOf: url))
}

/// Notices reported by guests through `rangewatch_test.delivered`, as "<val>,<id>" (the original
/// test's output lines).
final class DeliveryLog: @unchecked Sendable {
    private let lock = NSCondition()
    private var lines: [String] = []
    /// Runs inside the guest callback before recording (to make a callback slow).
    var hook: (@Sendable (UInt64) -> Void)?
    /// When set, the test import throws, so the guest callback traps.
    var trapping = false

    func record(_ value: UInt64, _ id: [UInt8]) {
        hook?(value)
        lock.withLock {
            lines.append("\(value),\(String(decoding: id, as: UTF8.self))")
            lock.broadcast()
        }
    }

    /// Returns and clears the lines recorded so far.
    func take() -> [String] { lock.withLock { defer { lines = [] }; return lines } }
}

/// A runtime with the range-watch module, the test import, a compiled fixture and a pool of it.
final class WatchWorld: @unchecked Sendable {
    let runtime = Runtime()
    let log = DeliveryLog()
    let module: CompiledModule
    let pool: RangeWatchInstancePool
    let failures = FailureLog()

    init(_ fixture: String = "rangewatch_test", prepare: @escaping @Sendable (Instance) throws -> Void = RangeWatchInstancePool.initialize) throws {
        runtime.register(RangeWatchModule())
        var test = HostModuleBuilder("rangewatch_test")
        let log = self.log
        test.function("delivered") { (caller: Caller, value: Int64, pointer: Int32, length: Int32) in
            if log.trapping { throw RangeWatchError(.closed) }
            let id = try caller.memory!.read(at: Int(UInt32(bitPattern: pointer)), count: Int(length))
            log.record(UInt64(bitPattern: value), id)
        }
        runtime.register(test.build())
        module = try runtime.compile(try watchFixture(fixture))
        pool = RangeWatchInstancePool(runtime: runtime, module: module, prepare: prepare)
    }

    func instance() throws -> Instance {
        let instance = try runtime.instantiate(module)
        try RangeWatchInstancePool.initialize(instance)
        return instance
    }

    func scope() -> RangeWatchScope {
        let failures = self.failures
        return RangeWatchScope(instances: pool, log: { failures.append($0) })
    }
}

final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func append(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}

extension Instance {
    /// Calls an export returning an i32 status.
    func status(_ name: String, _ arguments: Int32...) throws -> Int32 {
        guard case .i32(let v)? = try invoke(name, arguments.map { .i32(UInt32(bitPattern: $0)) }).first else { return -1 }
        return Int32(bitPattern: v)
    }

    func call(_ name: String, _ arguments: Int32...) throws {
        try invoke(name, arguments.map { .i32(UInt32(bitPattern: $0)) })
    }

    /// Writes bytes into the fixture's scratch area.
    func writeScratch(_ bytes: [UInt8]) throws {
        guard case .i32(let address)? = try invoke("scratch").first else { return }
        try defaultMemory!.write(bytes, at: Int(address))
    }
}

func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

/// The underlying `RangeWatchError` of a guest trap.
func watchError(_ body: () throws -> Void) -> RangeWatchError? {
    do {
        try body()
        return nil
    } catch let error as WasmError {
        if case .trap(let trap) = error { return trap.underlying as? RangeWatchError }
        return nil
    } catch {
        return error as? RangeWatchError
    }
}

/// SDK status codes (rangewatch.h).
enum Code {
    static let ok: Int32 = 0, notFound: Int32 = 1, exists: Int32 = 2, alreadyOpen: Int32 = 3
    static let invalidRange: Int32 = 5, notOpen: Int32 = 6, other: Int32 = 7
}
