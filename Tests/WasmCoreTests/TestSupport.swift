import Foundation
import Synchronization
import WasmHost
import XCTest

/// The committed fixture modules (`<package>/Fixtures`), found from this file's path.
enum TestFixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The bytes of `Fixtures/<path>`, e.g. `core/add.wasm`.
    static func bytes(_ path: String) throws -> [UInt8] {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FixtureMissing(path: url.path)
        }
        return [UInt8](data)
    }

    /// Paths (relative to `Fixtures/`) of every `.wasm` in `folder`, sorted.
    static func wasmFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".wasm") }.sorted().map { "\(folder)/\($0)" }
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture not found: \(path)" }
    }
}

/// Building small modules byte by byte, and reading a module's section layout.
enum WasmBytes {
    static let header: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    /// Unsigned LEB128; `padTo` pads with continuation bytes to that many bytes (over-long encodings).
    static func uleb(_ value: UInt64, padTo: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        var v = value
        repeat {
            let byte = UInt8(v & 0x7F)
            v >>= 7
            out.append(v == 0 ? byte : byte | 0x80)
        } while v != 0
        while out.count < padTo {
            out[out.count - 1] |= 0x80
            out.append(0x00)
        }
        return out
    }

    /// Signed LEB128.
    static func sleb(_ value: Int64) -> [UInt8] {
        var out: [UInt8] = []
        var v = value
        while true {
            let byte = UInt8(v & 0x7F)
            v >>= 7
            if (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0) {
                out.append(byte)
                return out
            }
            out.append(byte | 0x80)
        }
    }

    static func section(_ id: UInt8, _ contents: [UInt8]) -> [UInt8] { [id] + uleb(UInt64(contents.count)) + contents }
    static func vector(_ items: [[UInt8]]) -> [UInt8] { uleb(UInt64(items.count)) + items.flatMap { $0 } }
    static func name(_ s: String) -> [UInt8] { uleb(UInt64(s.utf8.count)) + Array(s.utf8) }
    static func functionType(_ parameters: [ValueType], _ results: [ValueType]) -> [UInt8] {
        [0x60] + vector(parameters.map { [$0.rawValue] }) + vector(results.map { [$0.rawValue] })
    }
    /// A code-section entry: `locals` as (count, type) groups, then the instructions (ending in `end`).
    static func body(locals: [(UInt32, ValueType)] = [], _ code: [UInt8]) -> [UInt8] {
        let contents = vector(locals.map { uleb(UInt64($0.0)) + [$0.1.rawValue] }) + code
        return uleb(UInt64(contents.count)) + contents
    }

    /// A module without imports: one type per function, function `i` exported as `export` when set.
    /// `memory` is a memory type (limits bytes); `globals` are global entries (type, mutability,
    /// init expression); `otherExports` are export entries added after the functions'.
    static func module(functions: [(type: FunctionType, locals: [(UInt32, ValueType)], code: [UInt8], export: String?)],
                       memory: [UInt8]? = nil, globals: [[UInt8]] = [], otherExports: [[UInt8]] = [],
                       extra: [UInt8] = []) -> [UInt8] {
        var out = header
        out += section(1, vector(functions.map { functionType($0.type.parameters, $0.type.results) }))
        out += section(3, vector(functions.indices.map { uleb(UInt64($0)) }))
        if let memory { out += section(5, vector([memory])) }
        if !globals.isEmpty { out += section(6, vector(globals)) }
        let exports = functions.enumerated().compactMap { i, f in f.export.map { name($0) + [0x00] + uleb(UInt64(i)) } }
            + otherExports
        if !exports.isEmpty { out += section(7, vector(exports)) }
        out += section(10, vector(functions.map { body(locals: $0.locals, $0.code) }))
        return out + extra
    }

    /// One section of a module as laid out in its bytes.
    struct Section {
        var id: UInt8
        /// Offset of the id byte.
        var start: Int
        /// Offset and length of the size LEB.
        var sizeOffset: Int
        var sizeLength: Int
        /// Offset of the first content byte and the offset after the section.
        var contentStart: Int
        var end: Int
    }

    /// The sections of a well-formed module (stops at the first malformed header).
    static func sections(_ bytes: [UInt8]) -> [Section] {
        var sections: [Section] = []
        var offset = 8
        while offset < bytes.count {
            let id = bytes[offset]
            guard let (size, length) = readULEB(bytes, at: offset + 1) else { break }
            let contentStart = offset + 1 + length
            let end = contentStart + Int(size)
            guard end <= bytes.count else { break }
            sections.append(Section(id: id, start: offset, sizeOffset: offset + 1, sizeLength: length,
                                    contentStart: contentStart, end: end))
            offset = end
        }
        return sections
    }

    /// An unsigned LEB128 (up to 10 bytes) at `offset`: its value and length.
    static func readULEB(_ bytes: [UInt8], at offset: Int) -> (UInt64, Int)? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var i = offset
        while i < bytes.count, i - offset < 10 {
            let byte = bytes[i]
            result |= UInt64(byte & 0x7F) << shift
            i += 1
            if byte & 0x80 == 0 { return (result, i - offset) }
            shift += 7
        }
        return nil
    }
}

/// Memory and timing measurements.
enum ProcessProbe {
    /// Resident set size of this process in bytes (from `/proc/self/statm`; 0 when unavailable).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Milliseconds on the monotonic clock.
    static func milliseconds() -> Double { Double(ExecutionControls.monotonicNow()) / 1_000_000 }
}

/// Imports that satisfy any module: functions returning zeros, fresh memories, tables and globals
/// (memories capped at `maxPages`). Throws what creating them throws.
func stubImports(for compiled: CompiledModule, maxPages: Int = 16) throws(WasmError) -> [ExternalValue] {
    var values: [ExternalValue] = []
    for declaration in compiled.imports {
        switch declaration.descriptor {
        case .function(let typeIndex):
            let type = compiled.module.types[Int(typeIndex)]
            let results = type.results.count
            let function = HostFunction(type: type, raw: { _, slots in
                for i in 0..<results { slots[i] = 0 }
            })
            values.append(.function(function.reference))
        case .memory(let type):
            values.append(.memory(try MemoryInstance(type: type, limitPages: maxPages)))
        case .table(let type):
            values.append(.table(try TableInstance(type: type, limit: 10_000)))
        case .global(let type):
            values.append(.global(GlobalInstance(type: type, bits: 0)))
        }
    }
    return values
}

/// The trap a call ended in, or nil when it returned or failed otherwise (the failure is recorded).
func trapOf(_ body: () throws(WasmError) -> Void, file: StaticString = #filePath, line: UInt = #line) -> Trap? {
    do {
        try body()
        XCTFail("expected a trap, but the call returned", file: file, line: line)
    } catch {
        if case .trap(let trap) = error { return trap }
        XCTFail("expected a trap, got \(error)", file: file, line: line)
    }
    return nil
}

/// Asserts that `body` traps with `kind`; returns the trap.
@discardableResult
func assertTrap(_ kind: TrapKind, _ body: () throws(WasmError) -> Void, file: StaticString = #filePath,
                line: UInt = #line) -> Trap? {
    guard let trap = trapOf(body, file: file, line: line) else { return nil }
    XCTAssertEqual(trap.kind, kind, "trap: \(trap)", file: file, line: line)
    return trap
}

extension Array where Element == Value {
    /// The single i32 result, or nil.
    var singleI32: Int32? { count == 1 ? self[0].i32 : nil }
    /// The single i64 result, or nil.
    var singleI64: Int64? { count == 1 ? self[0].i64 : nil }
}

/// A deterministic pseudo-random generator (SplitMix64), so that fuzz cases repeat run to run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A value shared between threads and host-function closures.
final class Locked<T: Sendable>: Sendable {
    private let mutex: Mutex<T>
    init(_ value: T) { mutex = Mutex(value) }
    func withLock<R: Sendable>(_ body: (inout T) -> R) -> R { mutex.withLock { body(&$0) } }
    var value: T { mutex.withLock { $0 } }
}

/// Runs `body` on a thread of its own and waits at most `seconds` for it. Returns nil when it did not
/// finish in time: the thread is then left running (a hung interpreter cannot be stopped from outside),
/// but the test can fail instead of hanging the whole run.
func withWatchdog<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
    let result = Locked<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        let value = body()
        result.withLock { $0 = value }
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return result.value
}

/// Asserts that `body` traps with `kind` within `seconds` (run under a watchdog); returns the trap.
@discardableResult
func assertTrap(_ kind: TrapKind, within seconds: Double, _ body: @escaping @Sendable () throws(WasmError) -> Void,
                file: StaticString = #filePath, line: UInt = #line) -> Trap? {
    let outcome = withWatchdog(seconds: seconds) { () -> Result<Void, WasmError> in
        do throws(WasmError) {
            try body()
            return .success(())
        } catch {
            return .failure(error)
        }
    }
    guard let outcome else {
        XCTFail("still running after \(seconds) s: expected a \(kind) trap", file: file, line: line)
        return nil
    }
    return assertTrap(kind, { () throws(WasmError) in try outcome.get() }, file: file, line: line)
}

/// Runs the WASI command at `path` (under Fixtures/) with a minimal WASI written here: `fd_write`
/// collects stdout, `proc_exit` ends the run. Returns stdout and the exit code (0 when `_start`
/// returns).
func runWithMiniWASI(_ path: String) throws -> (stdout: String, exitCode: Int32) {
    struct Exit: Error { let code: Int32 }
    let runtime = Runtime()
    let stdout = Locked<[UInt8]>([])
    var wasi = HostModuleBuilder("wasi_snapshot_preview1")
    wasi.function("fd_write") { (caller: Caller, fd: Int32, iovs: Int32, count: Int32, written: Int32) -> Int32 in
        guard let memory = caller.memory else { return 8 }
        var total: Int32 = 0
        for i in 0..<Int(count) {
            let base: UInt32 = try memory.load(at: Int(iovs) + 8 * i)
            let length: UInt32 = try memory.load(at: Int(iovs) + 8 * i + 4)
            let bytes = try memory.read(at: Int(base), count: Int(length))
            if fd == 1 { stdout.withLock { $0 += bytes } }
            total += Int32(length)
        }
        try memory.store(total, at: Int(written))
        return 0
    }
    wasi.function("fd_close") { (_: Caller, _: Int32) -> Int32 in 0 }
    wasi.function("fd_seek") { (_: Caller, _: Int32, _: Int64, _: Int32, _: Int32) -> Int32 in 70 }  // ESPIPE
    wasi.function("fd_fdstat_get") { (caller: Caller, _: Int32, buffer: Int32) -> Int32 in
        try caller.memory?.write([UInt8](repeating: 0, count: 24), at: Int(buffer))
        try caller.memory?.store(UInt8(2), at: Int(buffer))  // character device
        return 0
    }
    wasi.function("proc_exit") { (_: Caller, code: Int32) in throw Exit(code: code) }
    runtime.register(wasi.build())

    let command = try runtime.instantiate(bytes: try TestFixtures.bytes(path))
    var exitCode: Int32 = 0
    do {
        _ = try command.invoke("_start")
    } catch {
        // A command may end with proc_exit, which arrives here as a host-error trap.
        guard case .trap(let trap) = error, let exit = trap.underlying as? Exit else { throw error }
        exitCode = exit.code
    }
    return (String(decoding: stdout.value, as: UTF8.self), exitCode)
}
