// Point queries: an in-order walk that prunes subtrees by their greatest end and by start.

extension IntervalNodes {
    /// Calls `visit` with the index of every node that holds `key`, in ascending `(start, end)` order.
    @usableFromInline
    func forEachMatch(_ key: [UInt8], _ visit: (Int) -> Void) {
        guard root >= 0 else { return }
        withArena { arena in
            key.withUnsafeBytes { key in Self.walk(arena, root, key, keyPrefix(key), visit) }
        }
    }

    /// The walk below node `i`; `prefix` is the key's prefix.
    static func walk(_ nodes: Arena, _ i: Int32, _ key: UnsafeRawBufferPointer,
                     _ prefix: UInt64, _ visit: (Int) -> Void) {
        var i = i
        while i >= 0 {
            let n = Int(i)
            // Skip the subtree when no interval in it ends at or after `key`.
            if !nodes[n].maxEndUnbounded {
                let maxPrefix = nodes[n].maxEndPrefix
                if maxPrefix < prefix { return }
                if maxPrefix == prefix,
                   nodes.keys[Int(nodes[n].maxEnd)].end.withUnsafeBytes({ compareKeys($0, key) < 0 }) { return }
            }
            let left = nodes[n].left
            if left >= 0 { walk(nodes, left, key, prefix, visit) }
            // Compare the start; stop when this node and its right subtree start after `key`.
            let startPrefix = nodes[n].startPrefix
            if startPrefix > prefix { return }
            let startOrder = startPrefix < prefix ? -1 : nodes.keys[n].start.withUnsafeBytes { compareKeys($0, key) }
            if startOrder > 0 { return }
            let matches: Bool
            if nodes[n].unbounded {
                matches = true
            } else {
                let endPrefix = nodes[n].endPrefix
                let endOrder = endPrefix != prefix ? (endPrefix < prefix ? -1 : 1)
                    : nodes.keys[n].end.withUnsafeBytes { compareKeys($0, key) }
                // Half-open `[start, end)`, or the point `start == end == key`.
                matches = endOrder > 0 || (endOrder == 0 && startOrder == 0)
            }
            if matches { visit(n) }
            // Continue with the right subtree without recursing.
            i = nodes[n].right
        }
    }
}
