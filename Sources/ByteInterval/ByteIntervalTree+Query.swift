// Point queries over the values.

extension ByteIntervalTree {
    /// The values of every interval that holds `key`, in ascending `(start, end)` order; the values
    /// of one interval in insertion order. Empty when nothing matches.
    @inlinable
    public func find(_ key: [UInt8]) -> [Value] {
        var result: [Value] = []
        entries.withUnsafeBufferPointer { entries in
            index.forEachMatch(key) { node in
                entries[node].appendValues(to: &result)
            }
        }
        return result
    }

    /// The values of every interval that holds any of `keys`, one value per inserted value even when
    /// several keys hit its interval. Order: the first key's matches as `find(_:)` orders them,
    /// then new matches of the second key, and so on.
    @inlinable
    public func findAny(_ keys: [[UInt8]]) -> [Value] {
        var result: [Value] = []
        guard !isEmpty, !keys.isEmpty else { return result }
        if keys.count == 1 { return find(keys[0]) }
        // Matched nodes: a small inline list, spilling into a set when it grows.
        let inlineCapacity = 64
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: inlineCapacity) { seenInline in
            var seenCount = 0
            var seenSet = Set<Int32>()
            entries.withUnsafeBufferPointer { entries in
                for key in keys {
                    index.forEachMatch(key) { index in
                        let node = Int32(truncatingIfNeeded: index)
                        if seenCount <= inlineCapacity {
                            for j in 0..<seenCount where seenInline[j] == node { return }
                            if seenCount == inlineCapacity {
                                seenSet.reserveCapacity(inlineCapacity * 4)
                                for j in 0..<seenCount { seenSet.insert(seenInline[j]) }
                                seenSet.insert(node)
                            } else {
                                seenInline[seenCount] = node
                            }
                            seenCount += 1
                        } else if !seenSet.insert(node).inserted {
                            return
                        }
                        entries[index].appendValues(to: &result)
                    }
                }
            }
        }
        return result
    }

    /// Variadic form of `findAny(_:)`.
    @inlinable
    public func findAny(_ keys: [UInt8]...) -> [Value] {
        findAny(keys)
    }
}
