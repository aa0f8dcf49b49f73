import WasmHost

/// Errors of the waPC host. `description` gives wapc-go's texts (wazero engine), so callers and logs
/// see the same strings as with the Go host.
public enum WAPCError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes could not be compiled (decoding or validation).
    case compile(String)
    /// `instantiate` on a closed module.
    case moduleClosed
    /// Linking or instantiating the module failed before initialisation (imports, limits, start section).
    case instantiate(String)
    /// An init function (`_start`, `_initialize`, `wapc_init`) failed with something other than an exit.
    case initFailed(function: String, message: String)
    /// An init function exited with a non-zero code.
    case initExit(code: Int32)
    /// The module does not export `__guest_call`.
    case missingGuestCall(instance: String)
    /// `invoke` on a closed instance.
    case closedInstance
    /// The wasm call failed (trap, host-function failure, exit, deadline, cancellation).
    case invocation(String, kind: TrapKind?)
    /// The guest reported an error with `__guest_error` (its text, verbatim).
    case guest(String)
    /// `__guest_call` returned something other than 1 without an error text.
    case unsuccessful(operation: String)
    /// The pool had no instance within the timeout.
    case poolTimeout
    /// The pool was closed.
    case poolClosed
    /// `put` on a pool that already holds `size` idle instances.
    case poolFull
    /// Creating a pool instance failed.
    case poolInit(String)

    public var description: String {
        switch self {
        case .compile(let m): "error compiling module: \(m)"
        case .moduleClosed: "cannot Instantiate when a module is closed"
        case .instantiate(let m): "error instantiating module: \(m)"
        case .initFailed(let f, let m): "error calling \(f): \(m)"
        case .initExit(let code): "module closed with exit_code(\(code))"
        case .missingGuestCall(let name): "module \(name) didn't export function __guest_call"
        case .closedInstance: "error invoking guest with closed instance"
        case .invocation(let m, _): "error invoking guest: \(m)"
        case .guest(let m): m
        case .unsuccessful(let op): "call to \"\(op)\" was unsuccessful"
        case .poolTimeout: "get from pool timed out: queue: poll timed out"
        case .poolClosed: "get from pool timed out: queue: disposed"
        case .poolFull: "cannot return instance to full pool"
        case .poolInit(let m): "could not initialize instance: \(m)"
        }
    }

    /// Whether the guest code was stopped by a deadline or a cancellation.
    public var isInterruption: Bool {
        if case .invocation(_, let kind?) = self { return kind == .deadlineExceeded || kind == .interrupted }
        return false
    }
}

/// An error a host-call handler can throw to fail a host call with exactly `message` (the guest reads
/// it with `__host_error`). Any other thrown error is rendered with `String(describing:)`.
public struct WAPCHostError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Trap {
    /// The engine error text used inside `error invoking guest: …` and `error calling <fn>: …`.
    var wapcMessage: String {
        switch kind {
        case .deadlineExceeded: return "guest code interrupted, execution deadline exceeded"
        case .interrupted: return "guest code interrupted, invocation cancelled"
        case .exit: return "module closed with exit_code(\(exitCode ?? 0))"
        case .hostError:
            if let underlying { return String(describing: underlying) }
            var text = message ?? kind.rawValue
            if let function { text += " (in \(function))" }
            return text
        default:
            var text = "wasm error: \(kind.rawValue)"
            if let message { text += ": \(message)" }
            if let function { text += " in \(function)" }
            return text
        }
    }
}

extension WasmError {
    var wapcMessage: String {
        if case .trap(let trap) = self { return trap.wapcMessage }
        return description
    }
    var trapKind: TrapKind? {
        if case .trap(let trap) = self { return trap.kind }
        return nil
    }
}
