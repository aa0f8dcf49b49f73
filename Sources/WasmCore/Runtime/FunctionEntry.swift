/// What the interpreter needs to call a function, at a stable address. A `funcref` value is the
/// address of its entry (0 is null), so references compare by identity across instances.
struct FunctionEntry {
    /// Canonical id of the signature (`TypeRegistry`), compared by call_indirect.
    var typeID: Int
    /// First code word, or nil for a host function.
    var code: UnsafePointer<UInt32>?
    /// Slots the frame needs: parameters, locals and the deepest operand stack.
    var frameSize: Int
    var parameterCount: Int
    var resultCount: Int
    /// Locals after the parameters, zeroed on entry.
    var localCount: Int
    /// Constants copied into the frame at `constantSlot` on entry.
    var constants: UnsafePointer<UInt64>?
    var constantSlot: Int
    var constantCount: Int
    /// The `InstanceContext` of the defining instance (nil for host functions).
    var context: UnsafeMutablePointer<InstanceContext>?
    /// The object whose lifetime covers this entry (an `InstanceStorage` or a `HostFunctionBox`), unretained.
    var owner: UnsafeMutableRawPointer
    /// Function index in the defining module (for names in traps).
    var index: UInt32
}

/// Encoding of references in 64-bit slots: 0 is null; a funcref is its function's entry address; an
/// externref `v` is `v + 1`.
public enum Reference {
    public static let null: UInt64 = 0

    @inline(__always)
    static func function(_ entry: UnsafeMutablePointer<FunctionEntry>) -> UInt64 {
        UInt64(UInt(bitPattern: entry))
    }

    @inline(__always)
    static func entry(_ bits: UInt64) -> UnsafeMutablePointer<FunctionEntry>? {
        UnsafeMutablePointer(bitPattern: UInt(truncatingIfNeeded: bits))
    }

    /// externref `v` is stored as `v + 1` so that 0 stays null.
    @inline(__always) public static func extern(_ value: UInt64?) -> UInt64 { value.map { $0 &+ 1 } ?? 0 }
    @inline(__always) public static func externValue(_ bits: UInt64) -> UInt64? { bits == 0 ? nil : bits &- 1 }
}

/// A host function as the interpreter calls it: arguments are read from and results written to the
/// same slots (`parameterCount` in, `resultCount` out).
public final class HostFunctionBox: @unchecked Sendable {
    public let type: FunctionType
    public let body: @Sendable (inout HostCallContext, UnsafeMutablePointer<UInt64>) throws -> Void
    let entry: UnsafeMutablePointer<FunctionEntry>

    public init(type: FunctionType, body: @escaping @Sendable (inout HostCallContext, UnsafeMutablePointer<UInt64>) throws -> Void) {
        self.type = type
        self.body = body
        entry = .allocate(capacity: 1)
        entry.initialize(to: FunctionEntry(
            typeID: TypeRegistry.shared.id(for: type), code: nil, frameSize: Swift.max(type.parameters.slotCount, type.results.slotCount),
            parameterCount: type.parameters.slotCount, resultCount: type.results.slotCount, localCount: 0,
            constants: nil, constantSlot: 0, constantCount: 0, context: nil, owner: UnsafeMutableRawPointer(Unmanaged.passUnretained(self).toOpaque()), index: 0))
        entry.pointee.owner = UnsafeMutableRawPointer(Unmanaged.passUnretained(self).toOpaque())
    }

    deinit { entry.deallocate() }
}
