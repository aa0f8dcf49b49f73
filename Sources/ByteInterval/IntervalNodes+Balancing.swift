// AVL insertion and deletion over index-linked nodes, keeping heights and `maxEnd` up to date.
// The helpers work on the node storage's base address, so one uniqueness check covers a whole
// insert or delete and no step pays for bounds or copy-on-write checks (debug builds still check
// node indices and path depth).

extension IntervalNodes {
    /// Storage addresses of the nodes while they are being relinked.
    typealias Nodes = Arena

    /// Greatest depth of a path from the root: an AVL tree of at most 2^31 nodes is at most
    /// 1.44·log2(2^31 + 2) < 46 levels high.
    static let maxDepth = 64

    @inline(__always)
    static func height(_ p: Nodes, _ i: Int32) -> Int8 { i < 0 ? 0 : p[Int(i)].height }

    /// Recomputes the height and the greatest end of node `i` from its own end and its children.
    static func update(_ p: Nodes, _ i: Int32) {
        let n = Int(i)
        let l = p[n].left, r = p[n].right
        p[n].height = Swift.max(height(p, l), height(p, r)) + 1
        var best = (node: i, unbounded: p[n].unbounded, prefix: p[n].endPrefix)
        if l >= 0 { takeGreaterEnd(p, of: Int(l), into: &best) }
        if r >= 0 { takeGreaterEnd(p, of: Int(r), into: &best) }
        p[n].maxEnd = best.node
        p[n].maxEndUnbounded = best.unbounded
        p[n].maxEndPrefix = best.prefix
    }

    /// Replaces `best` by the greatest end of child `c`'s subtree when that one is greater; returns
    /// whether it did.
    @inline(__always) @discardableResult
    static func takeGreaterEnd(_ p: Nodes, of c: Int, into best: inout (node: Int32, unbounded: Bool, prefix: UInt64)) -> Bool {
        if best.unbounded { return false }
        let unbounded = p[c].maxEndUnbounded, prefix = p[c].maxEndPrefix, node = p[c].maxEnd
        let greater: Bool
        if unbounded {
            greater = true
        } else if prefix != best.prefix {
            greater = prefix > best.prefix
        } else {
            greater = compareKeys(p.keys[Int(node)].end, p.keys[Int(best.node)].end) > 0
        }
        if greater { best = (node, unbounded, prefix) }
        return greater
    }

    /// Makes node `n`'s end the greatest end of node `i`'s subtree when it is greater than the
    /// current one; returns whether it was.
    @inline(__always)
    static func raiseMaxEnd(_ p: Nodes, _ i: Int, to n: Int32) -> Bool {
        var best = (node: p[i].maxEnd, unbounded: p[i].maxEndUnbounded, prefix: p[i].maxEndPrefix)
        if !takeGreaterEnd(p, of: Int(n), into: &best) { return false }
        p[i].maxEnd = best.node
        p[i].maxEndUnbounded = best.unbounded
        p[i].maxEndPrefix = best.prefix
        return true
    }

    static func rotateRight(_ p: Nodes, _ y: Int32) -> Int32 {
        let x = p[Int(y)].left
        p[Int(y)].left = p[Int(x)].right
        p[Int(x)].right = y
        update(p, y)
        update(p, x)
        return x
    }

    static func rotateLeft(_ p: Nodes, _ x: Int32) -> Int32 {
        let y = p[Int(x)].right
        p[Int(x)].right = p[Int(y)].left
        p[Int(y)].left = x
        update(p, x)
        update(p, y)
        return y
    }

    /// Updates node `i` and restores the AVL balance there; returns the subtree's new root.
    static func rebalance(_ p: Nodes, _ i: Int32) -> Int32 {
        update(p, i)
        let l = p[Int(i)].left, r = p[Int(i)].right
        let balance = Int(height(p, l)) - Int(height(p, r))
        if balance > 1 {
            if height(p, p[Int(l)].left) < height(p, p[Int(l)].right) {
                p[Int(i)].left = rotateLeft(p, l)
            }
            return rotateRight(p, i)
        }
        if balance < -1 {
            if height(p, p[Int(r)].right) < height(p, p[Int(r)].left) {
                p[Int(i)].right = rotateRight(p, r)
            }
            return rotateLeft(p, i)
        }
        return i
    }

    /// Links the new leaf `leaf` below the recorded path and rebalances; returns the new root.
    ///
    /// `path[0..<depth]` holds the nodes from the root down, each as its index when the descent went
    /// right and as `~index` when it went left. Going back up, a level whose child subtree grew
    /// reads its other child's height (to decide on a rotation); once a subtree keeps its height the
    /// shape above is unchanged and no other child is read. Greatest ends only take the new end,
    /// and stop at the first node whose greatest end it does not exceed (every node above has one at
    /// least as large). Only the nodes of a rotation are recomputed in full.
    static func attach(_ p: Nodes, _ leaf: Int32, path: UnsafeMutableBufferPointer<Int32>, depth: Int,
                       root: Int32) -> Int32 {
        var child = leaf
        var raising = true
        var level = depth
        while level > 0 {
            level -= 1
            let step = path[level]
            let i = step < 0 ? ~step : step
            let n = Int(i)
            if step < 0 { p[n].left = child } else { p[n].right = child }
            let before = p[n].height
            let childHeight = p[Int(child)].height
            if childHeight >= before {
                // The child grew to this node's height: balanced unless the other child is two lower.
                let other = step < 0 ? p[n].right : p[n].left
                if height(p, other) + 1 >= childHeight {
                    p[n].height = before + 1
                    if raising { raising = raiseMaxEnd(p, n, to: leaf) }
                    child = i
                    continue
                }
                // A rotation brings this subtree back to its height before the insert.
                let top = rebalance(p, i)
                if level == 0 { return top }
                let parentStep = path[level - 1]
                let parent = Int(parentStep < 0 ? ~parentStep : parentStep)
                if parentStep < 0 { p[parent].left = top } else { p[parent].right = top }
            } else if raising {
                raising = raiseMaxEnd(p, n, to: leaf)
            }
            // This subtree kept its height: nothing above changes shape.
            while raising && level > 0 {
                level -= 1
                let s = path[level]
                raising = raiseMaxEnd(p, Int(s < 0 ? ~s : s), to: leaf)
            }
            return root
        }
        return child
    }

    /// Unlinks node `t` (the interval of `probe`) from the subtree at `i`; returns its new root.
    static func removeNode(_ p: Nodes, _ t: Int32, _ probe: Probe, from i: Int32) -> Int32 {
        if i < 0 { return -1 }
        if i == t {
            let l = p[Int(i)].left, r = p[Int(i)].right
            if l < 0 { return r }
            if r < 0 { return l }
            let (rest, successor) = removeMin(p, r)
            p[Int(successor)].left = l
            p[Int(successor)].right = rest
            return rebalance(p, successor)
        }
        if compare(p, Int(i), probe) > 0 {
            p[Int(i)].left = removeNode(p, t, probe, from: p[Int(i)].left)
        } else {
            p[Int(i)].right = removeNode(p, t, probe, from: p[Int(i)].right)
        }
        return rebalance(p, i)
    }

    /// Unlinks the leftmost node of the subtree at `i`; returns the new subtree root and that node.
    static func removeMin(_ p: Nodes, _ i: Int32) -> (root: Int32, min: Int32) {
        let l = p[Int(i)].left
        if l < 0 { return (p[Int(i)].right, i) }
        let (rest, m) = removeMin(p, l)
        p[Int(i)].left = rest
        return (rebalance(p, i), m)
    }
}
