import WasmHost
import WasmHostWASI

#if canImport(Glibc)
import Glibc
#endif

/// Answers a guest's `__host_call`: `(binding, namespace, operation, payload) -> response`. Throwing
/// fails the host call (the guest reads the error's text with `__host_error`; see `WAPCHostError`).
/// Called on the invoking thread, possibly from several instances at once.
public typealias WAPCHostCallHandler = @Sendable (_ binding: String, _ namespace: String, _ operation: String,
                                                 _ payload: [UInt8]) throws -> [UInt8]

/// Receives `__console_log` messages (and AssemblyScript `trace` lines).
public typealias WAPCLogger = @Sendable (String) -> Void

/// Settings shared by every instance of a `WAPCModule`.
public struct WAPCConfiguration: Sendable {
    /// Answers host calls. Defaults to `noOpHostCall` (empty response, no error).
    public var hostCall: WAPCHostCallHandler
    /// Receives `__console_log` messages; nil ignores them.
    public var logger: WAPCLogger?
    /// WASI settings for guests that import `wasi_snapshot_preview1` (or `wasi_unstable`): arguments,
    /// environment, preopens. Its `stdout` and `stderr` are replaced by the two properties below; stdin
    /// defaults to an empty stream.
    public var wasi: WASIConfiguration
    /// Where guest WASI stdout goes (`.buffer(WASIBuffer())` captures it). Default: the host's stdout.
    public var stdout: StdioSource = .inherit
    /// Where guest WASI stderr goes. Default: the host's stderr.
    public var stderr: StdioSource = .inherit
    /// Most 64 KiB pages a guest memory may have: `memory.grow` beyond fails (-1), and a module whose
    /// initial memory is larger fails to instantiate.
    public var maxMemoryPages: Int = 65536
    /// Most elements a guest table may have.
    public var maxTableElements: Int = 10_000_000
    /// Deadline of each init function (`_start`, `_initialize`, `wapc_init`) and the start section.
    public var initTimeout: Duration = .seconds(10)
    /// Call depth and stack size of every call.
    public var executionLimits = ExecutionLimits()

    public init(hostCall: @escaping WAPCHostCallHandler = WAPCConfiguration.noOpHostCall, logger: WAPCLogger? = nil) {
        self.hostCall = hostCall
        self.logger = logger
        var wasi = WASIConfiguration()
        wasi.stdin = .buffer(WASIBuffer())
        self.wasi = wasi
    }

    /// The handler that answers every host call with an empty response (wapc-go `NoOpHostCallHandler`).
    public static let noOpHostCall: WAPCHostCallHandler = { _, _, _, _ in [] }

    /// A logger writing each message and a newline to the host's stderr (wapc-go `PrintlnLogger`).
    public static let printlnLogger: WAPCLogger = { message in
        let line = message + "\n"
        var rest = Array(line.utf8)[...]
        while !rest.isEmpty {
            let n = rest.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            rest = rest.dropFirst(n)
        }
    }

    var effectiveWASI: WASIConfiguration {
        var wasi = self.wasi
        wasi.stdout = stdout
        wasi.stderr = stderr
        return wasi
    }
}

extension Duration {
    /// Whole nanoseconds, clamped to `UInt64` (negative durations are 0).
    var clampedNanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        if seconds < 0 { return 0 }
        let (whole, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return .max }
        return whole.addingReportingOverflow(UInt64(attoseconds / 1_000_000_000)).partialValue
    }

    /// A monotonic deadline `self` from now.
    var deadlineFromNow: UInt64 {
        let now = ExecutionControls.monotonicNow()
        let (sum, overflow) = now.addingReportingOverflow(clampedNanoseconds)
        return overflow ? .max : sum
    }
}
