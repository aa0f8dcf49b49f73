/// Every error WasmCore reports: decoding, validation, linking, instantiation and traps.
public enum WasmError: Error, Sendable, CustomStringConvertible {
    /// The bytes are not a well-formed module. `offset` is the byte offset in the module.
    case malformed(String, offset: Int)
    /// The module is well formed but not valid. `function` is the function index (imports included)
    /// when the error is inside a body; `offset` the byte offset in the module.
    case invalid(String, function: UInt32?, offset: Int)
    /// An import could not be satisfied (names module, field and the type wanted).
    case unlinkable(String)
    /// Instantiation failed after linking (segment out of bounds, start function trapped...).
    case uninstantiable(String)
    /// Execution trapped.
    case trap(Trap)
    /// A resource limit set by the embedder was hit outside execution.
    case limit(String)

    public var description: String {
        switch self {
        case .malformed(let m, let offset): "malformed module at offset \(offset): \(m)"
        case .invalid(let m, let f?, let offset): "invalid module: function \(f) at offset \(offset): \(m)"
        case .invalid(let m, nil, let offset): "invalid module at offset \(offset): \(m)"
        case .unlinkable(let m): "unlinkable: \(m)"
        case .uninstantiable(let m): "uninstantiable: \(m)"
        case .trap(let t): t.description
        case .limit(let m): "limit exceeded: \(m)"
        }
    }
}

/// Why execution stopped abnormally.
public enum TrapKind: String, Error, Sendable, Hashable {
    case unreachable = "unreachable"
    case integerDivideByZero = "integer divide by zero"
    case integerOverflow = "integer overflow"
    case invalidConversion = "invalid conversion to integer"
    case outOfBoundsMemory = "out of bounds memory access"
    case outOfBoundsTable = "out of bounds table access"
    case undefinedElement = "undefined element"
    case uninitializedElement = "uninitialized element"
    case indirectCallTypeMismatch = "indirect call type mismatch"
    case nullReference = "null reference"
    case callStackExhausted = "call stack exhausted"
    case interrupted = "interrupted"
    case deadlineExceeded = "deadline exceeded"
    case outOfFuel = "out of fuel"
    case hostError = "host function error"
    case exit = "exit"
}

/// A trap: its kind, a message, and where it happened (function name/index and code offset).
public struct Trap: Error, Sendable, CustomStringConvertible {
    public var kind: TrapKind
    /// Extra detail (a host error's message, the exit code...).
    public var message: String?
    /// `module.function` (from the name section when present) of the innermost frame.
    public var function: String?
    /// Byte offset in the module of the trapping instruction, when known.
    public var offset: Int?
    /// Innermost first.
    public var backtrace: [String]
    /// The error a host function threw, when `kind == .hostError`.
    public var underlying: (any Error & Sendable)?
    /// The status passed to an exit call (WASI `proc_exit`), when `kind == .exit`.
    public var exitCode: Int32?

    /// The trap a host function throws to end the program with `code` (unwinds every frame).
    public static func exit(_ code: Int32) -> Trap {
        var trap = Trap(.exit, message: "exit code \(code)")
        trap.exitCode = code
        return trap
    }

    public init(_ kind: TrapKind, message: String? = nil, function: String? = nil, offset: Int? = nil,
                backtrace: [String] = [], underlying: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.message = message
        self.function = function
        self.offset = offset
        self.backtrace = backtrace
        self.underlying = underlying
    }

    public var description: String {
        var s = "trap: \(kind.rawValue)"
        if let message { s += ": \(message)" }
        if let function { s += " in \(function)" }
        if let offset { s += " at offset 0x\(String(offset, radix: 16))" }
        return s
    }
}
