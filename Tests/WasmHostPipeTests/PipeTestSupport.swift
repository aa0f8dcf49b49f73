import Foundation
import WasmHost
@testable import WasmHostPipe
import XCTest

/// Loads `Fixtures/pipe/<name>.wasm`.
func pipeFixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/pipe/\(name).wasm")
    return [UInt8](try Data(contentsOf: url))
}

/// A runtime with the pipe module and the compiled fixtures.
final class PipeWorld: @unchecked Sendable {
    let runtime = Runtime()
    private var modules: [String: CompiledModule] = [:]

    init() { runtime.register(PipeModule()) }

    func instance(_ fixture: String = "pipe_test") throws -> Instance {
        if modules[fixture] == nil { modules[fixture] = try runtime.compile(try pipeFixture(fixture)) }
        return try runtime.instantiate(modules[fixture]!)
    }
}

/// A thread that runs `body` once; `join()` waits for it and returns its result.
final class Spawned<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, any Error>?

    init(_ body: @escaping @Sendable () throws -> T) {
        let thread = Thread { [self] in
            do { self.result = .success(try body()) } catch { self.result = .failure(error) }
            self.done.signal()
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Waits (at most `seconds`) and returns the result; fails the test on a timeout.
    @discardableResult
    func join(seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        guard done.wait(timeout: .now() + seconds) == .success else {
            XCTFail("thread still blocked after \(seconds) s", file: file, line: line)
            throw PipeError(.deadlineExceeded)
        }
        return try result!.get()
    }
}

/// The `PipeError` behind a thrown error (a host API error, or the underlying error of a guest trap).
func pipeError(of error: any Error) -> PipeError? {
    if let error = error as? PipeError { return error }
    if let error = error as? WasmError, case .trap(let trap) = error { return trap.underlying as? PipeError }
    return nil
}

/// Runs `body` and returns the `PipeError` it failed with (nil when it succeeded or failed otherwise).
func pipeError<T>(_ body: () throws -> T) -> PipeError? {
    do {
        _ = try body()
        return nil
    } catch {
        return pipeError(of: error)
    }
}

/// Waits until `condition` holds (polling state, not time: at most `seconds`).
func waitUntil(_ seconds: Double = 5, file: StaticString = #filePath, line: UInt = #line,
               _ condition: () -> Bool) {
    let end = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > end {
            XCTFail("condition not reached within \(seconds) s", file: file, line: line)
            return
        }
        usleep(200)
    }
}

func i64(_ values: [Value]) -> Int64? {
    if case .i64(let v)? = values.first { return Int64(bitPattern: v) }
    return nil
}

func u64le(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }

func deadline(ms: Int) -> ContinuousClock.Instant { .now + .milliseconds(ms) }
