import Synchronization

/// A thread-safe ``ByteIntervalTree`` guarded by a mutex. Inserting returns a
/// ``ByteIntervalHandle`` that removes exactly that value.
public final class SharedByteIntervalTree<Value: Sendable>: Sendable {
    private let tree = Mutex(ByteIntervalTree<Value>())

    /// Creates an empty tree.
    public init() {}

    /// Inserts `value` for `[start, end)` (see ``ByteIntervalTree``).
    /// Returns `nil`, storing nothing, when `start > end`.
    public func insert(start: [UInt8], end: ByteIntervalEnd, value: Value) -> ByteIntervalHandle<Value>? {
        let id = tree.withLock { $0.insert(start: start, end: end, value: value) }
        return id.map { ByteIntervalHandle(tree: self, id: $0) }
    }

    /// Inserts `value` for `[start, end)`; an empty `end` makes the point `start`.
    /// Returns `nil`, storing nothing, when `start > end`.
    public func insert(start: [UInt8], end: [UInt8], value: Value) -> ByteIntervalHandle<Value>? {
        insert(start: start, end: .key(end), value: value)
    }

    /// The values of every interval holding `key` (see ``ByteIntervalTree/find(_:)``).
    public func find(_ key: [UInt8]) -> [Value] {
        tree.withLock { $0.find(key) }
    }

    /// The values of every interval holding any of `keys`, deduplicated per inserted value
    /// (see ``ByteIntervalTree``).
    public func findAny(_ keys: [[UInt8]]) -> [Value] {
        tree.withLock { $0.findAny(keys) }
    }

    /// Variadic form of `findAny(_:)`.
    public func findAny(_ keys: [UInt8]...) -> [Value] {
        findAny(keys)
    }

    /// Removes the value identified by `id`; `false` when it is already gone.
    @discardableResult
    public func remove(_ id: ByteIntervalID) -> Bool {
        tree.withLock { $0.remove(id) }
    }

    /// Number of live values.
    public var count: Int { tree.withLock { $0.count } }

    /// Whether the tree holds no values.
    public var isEmpty: Bool { count == 0 }

    /// A copy of the current tree, for consistent bulk reads without holding the lock.
    public var snapshot: ByteIntervalTree<Value> { tree.withLock { $0 } }
}

/// The result of one insert into a ``SharedByteIntervalTree``: removes exactly that value.
public final class ByteIntervalHandle<Value: Sendable>: Sendable {
    /// The tree the value was inserted into; `nil` once the tree is gone.
    public weak let tree: SharedByteIntervalTree<Value>?
    /// Identifies the inserted value.
    public let id: ByteIntervalID

    init(tree: SharedByteIntervalTree<Value>, id: ByteIntervalID) {
        self.tree = tree
        self.id = id
    }

    /// Removes this handle's value. Idempotent, and a no-op when the interval or the tree is gone.
    public func remove() {
        tree?.remove(id)
    }
}
