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
        // Fields read on every step down the tree come first, to share a cache line.
        var startPrefix: UInt64
        var left: Int32
        var right: Int32
        var endPrefix: UInt64
        /// Prefix of the greatest end in this subtree (unused when `maxEndUnbounded`).
        var maxEndPrefix: UInt64
        /// Index of the node holding the greatest end in this subtree.
        var maxEnd: Int32
        var height: Int8
        var unbounded: Bool
        var maxEndUnbounded: Bool
        var start: [UInt8]
        /// The finite end (`== start` for a point); empty and unused when `unbounded`.
        var end: [UInt8]
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

    @usableFromInline
    init() {}
    /// Indices of released nodes, reused by later inserts.
    var freeSlots: [Int32] = []
    var root: Int32 = -1

    /// Number of live nodes (distinct intervals).
    var liveCount: Int { nodes.count - freeSlots.count }

    /// Orders node `a` against `probe`: by start, then end, `unbounded` last.
    @inline(__always)
    func compare(node a: Int, _ probe: Probe) -> Int {
        if nodes[a].startPrefix != probe.startPrefix { return nodes[a].startPrefix < probe.startPrefix ? -1 : 1 }
        let c = compareKeys(nodes[a].start, probe.start)
        if c != 0 { return c }
        switch (nodes[a].unbounded, probe.unbounded) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false):
            if nodes[a].endPrefix != probe.endPrefix { return nodes[a].endPrefix < probe.endPrefix ? -1 : 1 }
            return compareKeys(nodes[a].end, probe.end)
        }
    }

    /// Index of the node for exactly this interval, or -1.
    @usableFromInline
    func lookup(_ probe: Probe) -> Int32 {
        var i = root
        while i >= 0 {
            let c = compare(node: Int(i), probe)
            if c == 0 { return i }
            i = c > 0 ? nodes[Int(i)].left : nodes[Int(i)].right
        }
        return -1
    }

    /// The node for `probe`'s interval, added when absent; `added` tells which.
    @usableFromInline
    mutating func findOrAdd(_ probe: Probe) -> (node: Int32, added: Bool) {
        let before = nodes.count - freeSlots.count
        var node: Int32 = -1
        root = insertNode(probe, into: root, node: &node)
        return (node, nodes.count - freeSlots.count != before)
    }

    /// Stores a new unlinked node for `probe` in a free slot or at the end; returns its index.
    mutating func allocate(_ probe: Probe) -> Int32 {
        let index = freeSlots.popLast() ?? Int32(nodes.count)
        let node = Node(startPrefix: probe.startPrefix, left: -1, right: -1,
                        endPrefix: probe.endPrefix, maxEndPrefix: probe.endPrefix, maxEnd: index, height: 1,
                        unbounded: probe.unbounded, maxEndUnbounded: probe.unbounded,
                        start: probe.start, end: probe.end)
        if Int(index) == nodes.count { nodes.append(node) } else { nodes[Int(index)] = node }
        return index
    }

    /// Unlinks node `index` and releases its slot.
    @usableFromInline
    mutating func delete(_ index: Int32) {
        let node = nodes[Int(index)]
        let probe = Probe(start: node.start, end: node.end, unbounded: node.unbounded)
        root = removeNode(index, probe, from: root)
        nodes[Int(index)].start = []
        nodes[Int(index)].end = []
        freeSlots.append(index)
    }
}
