import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Stops running code from another thread: `interrupt()` makes the next loop back-edge or call of any
/// execution watching this handle trap with `.interrupted`.
public final class InterruptHandle: Sendable {
    let flag = Atomic<Int>(0)

    public init() {}

    public func interrupt() { flag.store(1, ordering: .relaxed) }
    /// Clears a previous interrupt so the handle can be used again.
    public func reset() { flag.store(0, ordering: .relaxed) }
    public var isInterrupted: Bool { flag.load(ordering: .relaxed) != 0 }
}

/// Limits of one execution stack.
public struct ExecutionLimits: Sendable, Equatable {
    /// Nested calls allowed before a `callStackExhausted` trap.
    public var maxCallDepth: Int
    /// 64-bit slots of the value stack (locals and operands of every active frame).
    public var stackSlots: Int
    /// Host-to-WebAssembly re-entries allowed inside one call (each uses native stack).
    public var maxNesting: Int

    public init(maxCallDepth: Int = 65_536, stackSlots: Int = 1 << 20, maxNesting: Int = 100) {
        self.maxCallDepth = maxCallDepth
        self.stackSlots = stackSlots
        self.maxNesting = maxNesting
    }
}

/// Per-call controls: an interrupt handle, a deadline and a fuel budget.
public struct ExecutionControls: Sendable {
    public var interrupt: InterruptHandle?
    /// Monotonic (`CLOCK_MONOTONIC`) nanoseconds after which execution traps with `.deadlineExceeded`.
    public var deadline: UInt64?
    /// Units of fuel: one per loop iteration and per call. Exhaustion traps with `.outOfFuel`.
    public var fuel: Int64?

    public init(interrupt: InterruptHandle? = nil, deadline: UInt64? = nil, fuel: Int64? = nil) {
        self.interrupt = interrupt
        self.deadline = deadline
        self.fuel = fuel
    }

    /// Now on the monotonic clock, in nanoseconds.
    public static func monotonicNow() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }
}

/// A record of an active call.
struct CallFrame {
    /// Where the caller resumes; nil for a frame entered from the host.
    var returnPC: UnsafePointer<UInt32>?
    var callerFP: UnsafeMutablePointer<UInt64>
    var callerContext: UnsafeMutablePointer<InstanceContext>?
    /// The function this frame runs.
    var entry: UnsafeMutablePointer<FunctionEntry>
}

/// An execution stack: value slots and call frames. Reused across calls; re-entered by host functions
/// that call back into WebAssembly.
final class Machine {
    let limits: ExecutionLimits
    let stack: UnsafeMutablePointer<UInt64>
    let stackEnd: UnsafeMutablePointer<UInt64>
    let frames: UnsafeMutablePointer<CallFrame>
    var depth = 0
    /// Nested entries into the interpreter (host functions calling back into WebAssembly), each of
    /// which uses native stack; bounded by `ExecutionLimits.maxNesting`.
    var nesting = 0
    /// First free slot (above every active frame).
    var top: UnsafeMutablePointer<UInt64>
    var controls = ExecutionControls()
    /// Countdown to the next check of interrupt, deadline and fuel.
    var budget = 0
    /// Fuel left after the current budget is spent (when metering).
    var fuelReserve: Int64 = 0

    static let checkInterval = 4096

    init(limits: ExecutionLimits) {
        self.limits = limits
        stack = .allocate(capacity: limits.stackSlots)
        stackEnd = stack + limits.stackSlots
        frames = .allocate(capacity: limits.maxCallDepth + 1)
        top = stack
    }

    deinit {
        stack.deallocate()
        frames.deallocate()
    }

    /// Sets the controls for an outermost call.
    func begin(_ controls: ExecutionControls) {
        self.controls = controls
        if let fuel = controls.fuel {
            budget = Int(min(fuel, Int64(Machine.checkInterval)))
            fuelReserve = fuel - Int64(budget)
        } else {
            budget = Machine.checkInterval
            fuelReserve = 0
        }
    }

    /// Called when `budget` runs out: checks interrupt, deadline and fuel, and refills the budget.
    func checkpoint() -> TrapKind? {
        if let handle = controls.interrupt, handle.isInterrupted { return .interrupted }
        if let deadline = controls.deadline, ExecutionControls.monotonicNow() >= deadline { return .deadlineExceeded }
        if controls.fuel != nil {
            if fuelReserve <= 0 { budget = 0; return .outOfFuel }
            let next = Int(min(fuelReserve, Int64(Machine.checkInterval)))
            fuelReserve -= Int64(next)
            budget = next
        } else {
            budget = Machine.checkInterval
        }
        return nil
    }

    /// Pushes the outermost frame of a call from the host (checking depth, host re-entry nesting and
    /// stack room), runs `body` (the interpreter of either build), and pops the frame.
    @inline(__always)
    func withEntryFrame(_ entry: UnsafeMutablePointer<FunctionEntry>, _ startFP: UnsafeMutablePointer<UInt64>,
                        _ body: () throws(Trap) -> Void) throws(Trap) {
        let baseDepth = depth
        guard depth < limits.maxCallDepth, nesting < limits.maxNesting, startFP + entry.pointee.frameSize <= stackEnd else {
            throw Trap(.callStackExhausted)
        }
        nesting += 1
        Machine.enterFrame(entry, startFP)
        depth += 1
        frames[depth] = CallFrame(returnPC: nil, callerFP: startFP, callerContext: nil, entry: entry)
        let savedTop = top
        top = startFP + entry.pointee.frameSize
        defer { top = savedTop; depth = baseDepth; nesting -= 1 }
        try body()
    }

    /// Fuel not yet spent.
    var remainingFuel: Int64? { controls.fuel == nil ? nil : fuelReserve + Int64(max(budget, 0)) }
}
