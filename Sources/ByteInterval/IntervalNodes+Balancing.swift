// AVL insertion and deletion over index-linked nodes, keeping heights and `maxEnd` up to date.

extension IntervalNodes {
    @inline(__always)
    func height(_ i: Int32) -> Int8 { i < 0 ? 0 : nodes[Int(i)].height }

    /// Recomputes the height and the greatest end of node `i` from its own end and its children.
    mutating func update(_ i: Int32) {
        let n = Int(i)
        let l = nodes[n].left, r = nodes[n].right
        nodes[n].height = Swift.max(height(l), height(r)) + 1
        var best = (node: i, unbounded: nodes[n].unbounded, prefix: nodes[n].endPrefix)
        if l >= 0 { takeGreaterEnd(of: Int(l), into: &best) }
        if r >= 0 { takeGreaterEnd(of: Int(r), into: &best) }
        nodes[n].maxEnd = best.node
        nodes[n].maxEndUnbounded = best.unbounded
        nodes[n].maxEndPrefix = best.prefix
    }

    /// Replaces `best` by the greatest end of child `c`'s subtree when that one is greater.
    @inline(__always)
    func takeGreaterEnd(of c: Int, into best: inout (node: Int32, unbounded: Bool, prefix: UInt64)) {
        if best.unbounded { return }
        let unbounded = nodes[c].maxEndUnbounded, prefix = nodes[c].maxEndPrefix, node = nodes[c].maxEnd
        let greater: Bool
        if unbounded {
            greater = true
        } else if prefix != best.prefix {
            greater = prefix > best.prefix
        } else {
            greater = compareKeys(nodes[Int(node)].end, nodes[Int(best.node)].end) > 0
        }
        if greater { best = (node, unbounded, prefix) }
    }

    mutating func rotateRight(_ y: Int32) -> Int32 {
        let x = nodes[Int(y)].left
        nodes[Int(y)].left = nodes[Int(x)].right
        nodes[Int(x)].right = y
        update(y)
        update(x)
        return x
    }

    mutating func rotateLeft(_ x: Int32) -> Int32 {
        let y = nodes[Int(x)].right
        nodes[Int(x)].right = nodes[Int(y)].left
        nodes[Int(y)].left = x
        update(x)
        update(y)
        return y
    }

    /// Updates node `i` and restores the AVL balance there; returns the subtree's new root.
    mutating func rebalance(_ i: Int32) -> Int32 {
        update(i)
        let l = nodes[Int(i)].left, r = nodes[Int(i)].right
        let balance = Int(height(l)) - Int(height(r))
        if balance > 1 {
            if height(nodes[Int(l)].left) < height(nodes[Int(l)].right) {
                let newLeft = rotateLeft(l)
                nodes[Int(i)].left = newLeft
            }
            return rotateRight(i)
        }
        if balance < -1 {
            if height(nodes[Int(r)].right) < height(nodes[Int(r)].left) {
                let newRight = rotateRight(r)
                nodes[Int(i)].right = newRight
            }
            return rotateLeft(i)
        }
        return i
    }

    /// Finds the node for `probe`'s interval in the subtree at `i`, or adds one; sets `node` to it and
    /// returns the subtree's new root.
    ///
    /// Where the subtree below is unchanged in root and height, a node only takes the new end into
    /// its greatest end, without reading its other child (most levels of a large tree).
    mutating func insertNode(_ probe: Probe, into i: Int32, node: inout Int32) -> Int32 {
        if i < 0 {
            node = allocate(probe)
            return node
        }
        let order = compare(node: Int(i), probe)
        if order == 0 {
            node = i
            return i
        }
        let goLeft = order > 0
        let child = goLeft ? nodes[Int(i)].left : nodes[Int(i)].right
        let childHeight = height(child)
        let newChild = insertNode(probe, into: child, node: &node)
        if goLeft { nodes[Int(i)].left = newChild } else { nodes[Int(i)].right = newChild }
        if newChild == child && height(newChild) == childHeight {
            raiseMaxEnd(Int(i), to: node)
            return i
        }
        return rebalance(i)
    }

    /// Makes node `n`'s end the greatest end of node `i`'s subtree when it is greater than the current one.
    @inline(__always)
    mutating func raiseMaxEnd(_ i: Int, to n: Int32) {
        var best = (node: nodes[i].maxEnd, unbounded: nodes[i].maxEndUnbounded, prefix: nodes[i].maxEndPrefix)
        takeGreaterEnd(of: Int(n), into: &best)
        nodes[i].maxEnd = best.node
        nodes[i].maxEndUnbounded = best.unbounded
        nodes[i].maxEndPrefix = best.prefix
    }

    /// Unlinks node `t` (the interval of `probe`) from the subtree at `i`; returns its new root.
    mutating func removeNode(_ t: Int32, _ probe: Probe, from i: Int32) -> Int32 {
        if i < 0 { return -1 }
        if i == t {
            let l = nodes[Int(i)].left, r = nodes[Int(i)].right
            if l < 0 { return r }
            if r < 0 { return l }
            let (rest, successor) = removeMin(r)
            nodes[Int(successor)].left = l
            nodes[Int(successor)].right = rest
            return rebalance(successor)
        }
        if compare(node: Int(i), probe) > 0 {
            let child = removeNode(t, probe, from: nodes[Int(i)].left)
            nodes[Int(i)].left = child
        } else {
            let child = removeNode(t, probe, from: nodes[Int(i)].right)
            nodes[Int(i)].right = child
        }
        return rebalance(i)
    }

    /// Unlinks the leftmost node of the subtree at `i`; returns the new subtree root and that node.
    mutating func removeMin(_ i: Int32) -> (root: Int32, min: Int32) {
        let l = nodes[Int(i)].left
        if l < 0 { return (nodes[Int(i)].right, i) }
        let (rest, m) = removeMin(l)
        nodes[Int(i)].left = rest
        return (rebalance(i), m)
    }
}
