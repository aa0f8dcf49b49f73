/// The raw state of a table, at a stable address the interpreter reads without ARC.
struct TableState {
    var elements: UnsafeMutablePointer<UInt64>
    var count: Int
    var capacity: Int
    var max: Int
    /// The `TableInstance`, unretained, to reach its anchors from the interpreter.
    var object: UnsafeMutableRawPointer?
    /// The last owner anchored (fast path for repeated stores of one instance's functions).
    var lastAnchor: UnsafeMutableRawPointer?
    /// True for funcref tables (their non-null elements are `FunctionEntry` addresses).
    var holdsFunctions: Bool
}

/// A table of references (`funcref` or `externref`), stored as slot bits.
public final class TableInstance: @unchecked Sendable {
    public let type: TableType
    let state: UnsafeMutablePointer<TableState>
    /// Owners of functions stored here (other than `creator`), kept alive while the table is.
    private var anchors: [ObjectIdentifier: AnyObject] = [:]
    /// The instance that defined the table (its address), never anchored (that would be a cycle); cleared
    /// when that instance goes. A plain address, not a `weak` reference: a weak reference would give the
    /// instance a side table and send every retain and release of it down the slow path.
    var creator: UnsafeMutableRawPointer?

    /// A table of `type.limits.min` elements set to `initial` (null by default).
    public init(type: TableType, initial: UInt64 = Reference.null, limit: Int? = nil) throws(WasmError) {
        let max = Swift.min(Int(clamping: type.limits.max ?? UInt64(UInt32.max)), limit ?? 10_000_000)
        let count = Int(clamping: type.limits.min)
        guard count <= max else { throw .limit("table of \(count) elements exceeds the limit of \(max)") }
        self.type = type
        let elements = UnsafeMutablePointer<UInt64>.allocate(capacity: Swift.max(count, 1))
        elements.initialize(repeating: initial, count: count)
        state = .allocate(capacity: 1)
        state.initialize(to: TableState(elements: elements, count: count, capacity: Swift.max(count, 1), max: max,
                                       holdsFunctions: type.elementType == .funcref))
        state.pointee.object = UnsafeMutableRawPointer(Unmanaged.passUnretained(self).toOpaque())
        anchorIfFunction(initial)
    }

    deinit {
        state.pointee.elements.deallocate()
        state.deallocate()
    }

    public var count: Int { state.pointee.count }

    /// Raw slot bits of element `index`, or nil when out of bounds.
    public func element(at index: Int) -> UInt64? {
        guard index >= 0, index < count else { return nil }
        return state.pointee.elements[index]
    }

    /// Stores raw slot bits; returns false when out of bounds.
    @discardableResult
    public func setElement(_ bits: UInt64, at index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        anchorIfFunction(bits)
        state.pointee.elements[index] = bits
        return true
    }

    /// Grows by `delta` elements set to `initial`; returns the old size or nil.
    public func grow(by delta: Int, initial: UInt64) -> Int? {
        TableInstance.grow(state, by: delta, initial: initial)
    }

    static func grow(_ state: UnsafeMutablePointer<TableState>, by delta: Int, initial: UInt64) -> Int? {
        let old = state.pointee.count
        guard delta >= 0, delta <= state.pointee.max - old else { return nil }
        let needed = old + delta
        if needed > state.pointee.capacity {
            let capacity = Swift.min(Swift.max(needed, state.pointee.capacity * 2), Swift.max(state.pointee.max, 1))
            let elements = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
            elements.moveInitialize(from: state.pointee.elements, count: old)
            state.pointee.elements.deallocate()
            state.pointee.elements = elements
            state.pointee.capacity = capacity
        }
        (state.pointee.elements + old).initialize(repeating: initial, count: delta)
        state.pointee.count = needed
        anchor(state, initial)
        return old
    }

    func anchorIfFunction(_ bits: UInt64) { TableInstance.anchor(state, bits) }

    /// Keeps the owner of a stored function reference alive (call before storing into the table).
    @inline(__always)
    static func anchor(_ state: UnsafeMutablePointer<TableState>, _ bits: UInt64) {
        guard state.pointee.holdsFunctions, let entry = Reference.entry(bits),
              entry.pointee.owner != state.pointee.lastAnchor else { return }
        anchorSlow(state, entry)
    }

    static func anchorSlow(_ state: UnsafeMutablePointer<TableState>, _ entry: UnsafeMutablePointer<FunctionEntry>) {
        guard let object = state.pointee.object else { return }
        let table = Unmanaged<TableInstance>.fromOpaque(object).takeUnretainedValue()
        let owner = Unmanaged<AnyObject>.fromOpaque(entry.pointee.owner).takeUnretainedValue()
        state.pointee.lastAnchor = entry.pointee.owner
        if entry.pointee.owner == table.creator { return }
        table.anchors[ObjectIdentifier(owner)] = owner
    }
}
