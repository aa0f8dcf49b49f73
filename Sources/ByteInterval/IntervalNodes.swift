/// The node storage and shape of a ``ByteIntervalTree``, independent of its value type so the
/// tree code is compiled concretely: an AVL tree of distinct intervals ordered by `(start, end)`,
/// each node augmented with the greatest end in its subtree. Nodes link by index.
///
/// Each node caches the first eight bytes of its keys (see `keyPrefix`), so walks and rebalancing
/// rarely read key bytes from the heap.
@usableFromInline
struct IntervalNodes: Sendable {
    /// One distinct interval.
    struct Node: Sendable {
        // Fields read on every step of an insert or a walk come first, to share a cache line.
        var startPrefix: UInt64
        var left: Int32
        var right: Int32
        /// Prefix of the greatest end in this subtree (unused when `maxEndUnbounded`).
        var maxEndPrefix: UInt64
        /// Index of the node holding the greatest end in this subtree.
        var maxEnd: Int32
        var height: Int8
        var unbounded: Bool
        var maxEndUnbounded: Bool
        var endPrefix: UInt64
    }

    /// The keys of one node, kept apart so the nodes stay small (40 bytes) and a walk touches fewer
    /// cache lines; read only when key prefixes tie.
    struct Keys: Sendable {
        var start: [UInt8]
        /// The finite end (`== start` for a point); empty and unused when `unbounded`.
        var end: [UInt8]
    }

    /// Addresses of the node and key storage while a tree is walked or relinked. `self[i]` is node `i`.
    /// Indices are checked by `assert` (debug builds only).
    struct Arena {
        let nodes: UnsafeMutablePointer<Node>
        let keys: UnsafePointer<Keys>
        let count: Int

        subscript(i: Int) -> Node {
            @inline(__always) unsafeAddress {
                assert(i >= 0 && i < count, "node index out of range")
                return UnsafePointer(nodes + i)
            }
            @inline(__always) nonmutating unsafeMutableAddress {
                assert(i >= 0 && i < count, "node index out of range")
                return nodes + i
            }
        }
    }

    /// An interval being inserted or looked up, with its key prefixes.
    @usableFromInline
    struct Probe {
        var start: [UInt8]
        var end: [UInt8]
        var unbounded: Bool
        var startPrefix: UInt64
        var endPrefix: UInt64

        @usableFromInline
        init(start: [UInt8], end: [UInt8], unbounded: Bool) {
            self.start = start
            self.end = end
            self.unbounded = unbounded
            startPrefix = keyPrefix(start)
            endPrefix = unbounded ? 0 : keyPrefix(end)
        }
    }

    var nodes: ContiguousArray<Node> = []
    /// The keys of each node, by node index (empty for a released node).
    var keys: ContiguousArray<Keys> = []

    @usableFromInline
    init() {}
    /// Indices of released nodes, reused by later inserts.
    var freeSlots: [Int32] = []
    var root: Int32 = -1

    /// Number of live nodes (distinct intervals).
    var liveCount: Int { nodes.count - freeSlots.count }

    /// Orders node `a` against `probe`: by start, then end, `unbounded` last.
    @inline(__always)
    static func compare(_ p: Arena, _ a: Int, _ probe: Probe) -> Int {
        if p[a].startPrefix != probe.startPrefix { return p[a].startPrefix < probe.startPrefix ? -1 : 1 }
        let c = compareKeys(p.keys[a].start, probe.start)
        if c != 0 { return c }
        switch (p[a].unbounded, probe.unbounded) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false):
            if p[a].endPrefix != probe.endPrefix { return p[a].endPrefix < probe.endPrefix ? -1 : 1 }
            return compareKeys(p.keys[a].end, probe.end)
        }
    }

    /// Orders node `a` against `probe` (see the static form).
    func compare(node a: Int, _ probe: Probe) -> Int {
        withArena { Self.compare($0, a, probe) }
    }

    /// Calls `body` with the storage addresses for reading. The node storage is not written.
    @inline(__always)
    func withArena<R>(_ body: (Arena) -> R) -> R {
        nodes.withUnsafeBufferPointer { n in
            keys.withUnsafeBufferPointer { k in
                // Reads only: the mutable pointer type is what `Arena` stores.
                body(Arena(nodes: UnsafeMutablePointer(mutating: n.baseAddress!), keys: k.baseAddress!, count: n.count))
            }
        }
    }

    /// Calls `body` with the storage addresses for relinking nodes (one uniqueness check).
    @inline(__always)
    mutating func withMutableArena<R>(_ body: (Arena) -> R) -> R {
        let k = keys
        return nodes.withUnsafeMutableBufferPointer { n in
            k.withUnsafeBufferPointer { k in body(Arena(nodes: n.baseAddress!, keys: k.baseAddress!, count: n.count)) }
        }
    }

    /// Index of the node for exactly this interval, or -1.
    @usableFromInline
    func lookup(_ probe: Probe) -> Int32 {
        guard root >= 0 else { return -1 }
        return withArena { buffer in
            var i = root
            while i >= 0 {
                let c = Self.compare(buffer, Int(i), probe)
                if c == 0 { return i }
                i = c > 0 ? buffer[Int(i)].left : buffer[Int(i)].right
            }
            return -1
        }
    }

    /// The node for `probe`'s interval, added when absent; `added` tells which.
    ///
    /// Goes down once, recording the path on the stack; a new leaf is then linked in bottom-up
    /// (see `attach`). One uniqueness check on the storage covers the whole insert.
    @usableFromInline
    mutating func findOrAdd(_ probe: Probe) -> (node: Int32, added: Bool) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.maxDepth) { path in
            var depth = 0
            let found: Int32 = root < 0 ? -1 : withArena { buffer in
                var i = root
                while i >= 0 {
                    let c = Self.compare(buffer, Int(i), probe)
                    if c == 0 { return i }
                    path[depth] = c > 0 ? ~i : i
                    depth += 1
                    i = c > 0 ? buffer[Int(i)].left : buffer[Int(i)].right
                }
                return -1
            }
            if found >= 0 { return (found, false) }
            let leaf = allocate(probe)
            let top = root
            root = withMutableArena { Self.attach($0, leaf, path: path, depth: depth, root: top) }
            return (leaf, true)
        }
    }

    /// Stores a new unlinked node for `probe` in a free slot or at the end; returns its index.
    mutating func allocate(_ probe: Probe) -> Int32 {
        let index = freeSlots.popLast() ?? Int32(nodes.count)
        let node = Node(startPrefix: probe.startPrefix, left: -1, right: -1,
                        maxEndPrefix: probe.endPrefix, maxEnd: index, height: 1,
                        unbounded: probe.unbounded, maxEndUnbounded: probe.unbounded,
                        endPrefix: probe.endPrefix)
        let key = Keys(start: probe.start, end: probe.end)
        if Int(index) == nodes.count {
            nodes.append(node)
            keys.append(key)
        } else {
            nodes[Int(index)] = node
            keys[Int(index)] = key
        }
        return index
    }

    /// Unlinks node `index` and releases its slot.
    @usableFromInline
    mutating func delete(_ index: Int32) {
        let probe = Probe(start: keys[Int(index)].start, end: keys[Int(index)].end, unbounded: nodes[Int(index)].unbounded)
        let top = root
        root = withMutableArena { Self.removeNode($0, index, probe, from: top) }
        keys[Int(index)] = Keys(start: [], end: [])
        freeSlots.append(index)
    }
}
