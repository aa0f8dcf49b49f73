import Synchronization

extension Machine {
    /// Calls `entry` with raw argument bits above every active frame and returns the raw results.
    func invoke(_ entry: UnsafeMutablePointer<FunctionEntry>, _ arguments: [UInt64]) throws(Trap) -> [UInt64] {
        guard arguments.count == entry.pointee.parameterCount else {
            throw Trap(.hostError, message: "expected \(entry.pointee.parameterCount) arguments, got \(arguments.count)")
        }
        let fp = try invoke(entry) { fp in for (i, a) in arguments.enumerated() { fp[i] = a } }
        return (0..<entry.pointee.resultCount).map { fp[$0] }
    }

    /// Calls `entry` after `setArguments` wrote its arguments into the frame; returns the frame, whose
    /// first slots hold the results until the next call on this machine.
    @inline(__always)
    func invoke(_ entry: UnsafeMutablePointer<FunctionEntry>,
                setArguments: (UnsafeMutablePointer<UInt64>) -> Void) throws(Trap) -> UnsafeMutablePointer<UInt64> {
        let fp = top
        let slots = max(entry.pointee.parameterCount, entry.pointee.resultCount)
        guard fp + max(slots, entry.pointee.frameSize) <= stackEnd else { throw Trap(.callStackExhausted) }
        setArguments(fp)
        if entry.pointee.code == nil {
            let savedTop = top
            top = fp + slots
            defer { top = savedTop }
            try callHost(entry, fp, caller: nil)
        } else {
            try execute(entry, fp: fp)
        }
        return fp
    }
}

/// Machines not in use, reused so that a call does not allocate a stack.
final class MachinePool: Sendable {
    static let shared = MachinePool()
    private let idle = Mutex<[UnsafeSendable<Machine>]>([])

    func withMachine<R>(limits: ExecutionLimits, _ body: (Machine) throws(Trap) -> R) throws(Trap) -> R {
        let reused: Machine? = idle.withLock { idle in
            if let i = idle.lastIndex(where: { $0.value.limits == limits }) {
                return idle.remove(at: i).value
            }
            return nil
        }
        let machine = reused ?? Machine(limits: limits)
        defer {
            machine.depth = 0
            machine.nesting = 0
            machine.top = machine.stack
            machine.controls = ExecutionControls()
            idle.withLock { idle in if idle.count < 16 { idle.append(UnsafeSendable(machine)) } }
        }
        return try body(machine)
    }
}

/// Moves a value across isolation boundaries where the code guarantees exclusive use.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The machine running on this thread, so that a host function calling `invoke` on an instance
/// re-enters it instead of taking another stack.
enum CurrentMachine {
    static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static var value: Machine? {
        get { pthread_getspecific(key).map { Unmanaged<Machine>.fromOpaque($0).takeUnretainedValue() } }
        set { pthread_setspecific(key, newValue.map { Unmanaged.passUnretained($0).toOpaque() }) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
