/// An interval tree over byte-string keys: a balanced (AVL) binary search tree ordered by
/// `(start, end)` and augmented with the greatest end of each subtree.
///
/// Intervals are half-open `[start, end)`; an empty end (or `end == start`) is the point `start`;
/// ``ByteIntervalEnd/unbounded`` holds every key `>= start`. Identical intervals keep several values
/// in insertion order. Keys are compared lexicographically as unsigned bytes.
///
/// This is a value type without locking; ``SharedByteIntervalTree`` is the thread-safe wrapper.
public struct ByteIntervalTree<Value> {
    /// One inserted value and the serial number that identifies it.
    @usableFromInline
    struct Entry {
        @usableFromInline var serial: UInt64
        @usableFromInline var value: Value

        @inlinable
        init(serial: UInt64, value: Value) {
            self.serial = serial
            self.value = value
        }
    }

    /// The values of one node in insertion order: the first inline, the rest in `more`, so a
    /// node with one value needs no array of its own.
    @usableFromInline
    struct Slot {
        @usableFromInline var first: Entry?
        @usableFromInline var more: [Entry]

        @inlinable
        init(_ entry: Entry?) {
            first = entry
            more = []
        }

        @inlinable
        var count: Int { (first == nil ? 0 : 1) + more.count }

        /// Removes the entry with `serial`; `false` when absent.
        @inlinable
        mutating func remove(serial: UInt64) -> Bool {
            if let entry = first, entry.serial == serial {
                first = more.isEmpty ? nil : more.removeFirst()
                return true
            }
            guard let position = more.firstIndex(where: { $0.serial == serial }) else { return false }
            more.remove(at: position)
            return true
        }

        /// Appends every value to `result`.
        @inlinable
        func appendValues(to result: inout [Value]) {
            guard let first else { return }
            result.append(first.value)
            for entry in more { result.append(entry.value) }
        }
    }

    /// The intervals and the tree shape.
    @usableFromInline var index = IntervalNodes()
    /// The values of each node, by node index (empty for a released node).
    @usableFromInline var entries: ContiguousArray<Slot> = []
    @usableFromInline var nextSerial: UInt64 = 0
    @usableFromInline var liveValues = 0

    /// Number of live values.
    @inlinable
    public var count: Int { liveValues }

    /// Creates an empty tree.
    @inlinable
    public init() {}

    /// Whether the tree holds no values.
    @inlinable
    public var isEmpty: Bool { count == 0 }

    /// Inserts `value` for `[start, end)`. Both keys are copied.
    ///
    /// - Returns: the ID to remove this value with, or `nil` (nothing stored) when `start > end`.
    @inlinable @discardableResult
    public mutating func insert(start: [UInt8], end: ByteIntervalEnd, value: Value) -> ByteIntervalID? {
        let finiteEnd: [UInt8]
        let unbounded: Bool
        switch end {
        case .unbounded:
            finiteEnd = []
            unbounded = true
        case .key(let key):
            if key.isEmpty {
                finiteEnd = start
            } else {
                if compareKeys(start, key) > 0 { return nil }
                finiteEnd = key
            }
            unbounded = false
        }
        let serial = nextSerial
        nextSerial &+= 1
        liveValues += 1
        let entry = Entry(serial: serial, value: value)
        let probe = IntervalNodes.Probe(start: start, end: finiteEnd, unbounded: unbounded)
        let (node, added) = index.findOrAdd(probe)
        let slot = Int(node)
        if !added {
            entries[slot].more.append(entry)
        } else if slot == entries.count {
            entries.append(Slot(entry))
        } else {
            entries[slot] = Slot(entry)
        }
        return ByteIntervalID(start: start, end: unbounded ? .unbounded : .key(finiteEnd), serial: serial)
    }

    /// Inserts `value` for `[start, end)`; an empty `end` makes the point `start`.
    /// Returns `nil` (nothing stored) when `start > end`.
    @inlinable @discardableResult
    public mutating func insert(start: [UInt8], end: [UInt8], value: Value) -> ByteIntervalID? {
        insert(start: start, end: .key(end), value: value)
    }

    /// Removes exactly the value identified by `id`. Idempotent: returns `false`, changing nothing,
    /// when that value or its interval is no longer in the tree.
    @inlinable @discardableResult
    public mutating func remove(_ id: ByteIntervalID) -> Bool {
        let node: Int32
        switch id.end {
        case .unbounded: node = index.lookup(.init(start: id.start, end: [], unbounded: true))
        case .key(let end): node = index.lookup(.init(start: id.start, end: end, unbounded: false))
        }
        guard node >= 0 else { return false }
        let i = Int(node)
        guard entries[i].remove(serial: id.serial) else { return false }
        liveValues -= 1
        if entries[i].first == nil { index.delete(node) }
        return true
    }

    /// Removes every value.
    @inlinable
    public mutating func removeAll() {
        self = ByteIntervalTree()
    }
}

extension ByteIntervalTree: Sendable where Value: Sendable {}
extension ByteIntervalTree.Entry: Sendable where Value: Sendable {}
extension ByteIntervalTree.Slot: Sendable where Value: Sendable {}
