/// A global variable; its value lives at a stable address the interpreter reads and writes.
public final class GlobalInstance: @unchecked Sendable {
    public let type: GlobalType
    let cell: UnsafeMutablePointer<UInt64>
    /// Owner of a function reference stored here, kept alive.
    private var anchor: AnyObject?

    public init(type: GlobalType, bits: UInt64) {
        self.type = type
        cell = .allocate(capacity: 2)
        cell.initialize(repeating: 0, count: 2)
        cell.pointee = bits
        keepAlive(bits)
    }

    deinit { cell.deallocate() }

    /// The raw slot bits of the value.
    public var bits: UInt64 {
        get { cell.pointee }
        set { keepAlive(newValue); cell.pointee = newValue }
    }

    func keepAlive(_ bits: UInt64) {
        guard type.valueType == .funcref, let entry = Reference.entry(bits) else { return }
        anchor = Unmanaged<AnyObject>.fromOpaque(entry.pointee.owner).takeUnretainedValue()
    }
}
