/// A function of an instance or a host function, as a value: callable, storable in tables, comparable
/// by identity. Keeps its owner alive.
public struct FunctionHandle: Hashable, @unchecked Sendable, CustomStringConvertible {
    let entry: UnsafeMutablePointer<FunctionEntry>
    let owner: AnyObject

    init(entry: UnsafeMutablePointer<FunctionEntry>) {
        self.entry = entry
        owner = Unmanaged<AnyObject>.fromOpaque(entry.pointee.owner).takeUnretainedValue()
    }

    /// Wraps a host function.
    public init(_ host: HostFunctionBox) {
        entry = host.entry
        owner = host
    }

    public static func == (a: FunctionHandle, b: FunctionHandle) -> Bool { a.entry == b.entry }
    public func hash(into hasher: inout Hasher) { hasher.combine(entry) }

    public var type: FunctionType {
        if let host = owner as? HostFunctionBox { return host.type }
        if let instance = owner as? ModuleInstance { return instance.compiled.functionType(entry.pointee.index) }
        return FunctionType()
    }

    public var description: String {
        if let instance = owner as? ModuleInstance { return instance.functionName(index: entry.pointee.index) }
        return "host function \(type)"
    }

    /// Slot bits of this reference.
    public var bits: UInt64 { Reference.function(entry) }
}

/// Something an instance exports or imports.
public enum ExternalValue: @unchecked Sendable {
    case function(FunctionHandle)
    case table(TableInstance)
    case memory(MemoryInstance)
    case global(GlobalInstance)

    public var kind: ExternalKind {
        switch self {
        case .function: .function
        case .table: .table
        case .memory: .memory
        case .global: .global
        }
    }
}

extension FunctionHandle {
    /// The function whose reference bits these are (nil for null). The bits must come from a live reference.
    public init?(bits: UInt64) {
        guard let entry = Reference.entry(bits) else { return nil }
        self.init(entry: entry)
    }
}
