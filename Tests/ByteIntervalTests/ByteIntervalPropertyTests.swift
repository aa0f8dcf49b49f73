import XCTest
@testable import ByteInterval

extension ByteIntervalTree {
    /// Checks order, AVL balance, heights, `maxEnd` and counts; returns the number of nodes.
    func checkInvariants(file: StaticString = #filePath, line: UInt = #line) -> Int {
        let nodes = index.nodes
        let keys = index.keys
        var nodeCount = 0
        var valueCount = 0
        func endOrder(_ a: Int32, _ b: Int32) -> Int {
            let x = nodes[Int(a)], y = nodes[Int(b)]
            if x.unbounded || y.unbounded { return (x.unbounded ? 1 : 0) - (y.unbounded ? 1 : 0) }
            return compareKeys(keys[Int(a)].end, keys[Int(b)].end)
        }
        /// Returns (height, maxEnd node).
        func check(_ i: Int32) -> (Int8, Int32) {
            if i < 0 { return (0, -1) }
            nodeCount += 1
            let n = nodes[Int(i)]
            valueCount += entries[Int(i)].count
            XCTAssertNotNil(entries[Int(i)].first, file: file, line: line)
            let (lh, lm) = check(n.left)
            let (rh, rm) = check(n.right)
            if n.left >= 0 {
                XCTAssertLessThan(index.compare(node: Int(n.left), .init(start: keys[Int(i)].start, end: keys[Int(i)].end, unbounded: n.unbounded)), 0,
                                  "order", file: file, line: line)
            }
            if n.right >= 0 {
                XCTAssertGreaterThan(index.compare(node: Int(n.right), .init(start: keys[Int(i)].start, end: keys[Int(i)].end, unbounded: n.unbounded)), 0,
                                     "order", file: file, line: line)
            }
            XCTAssertLessThanOrEqual(abs(Int(lh) - Int(rh)), 1, "balance", file: file, line: line)
            XCTAssertEqual(n.height, max(lh, rh) + 1, "height", file: file, line: line)
            var m = i
            if lm >= 0, endOrder(lm, m) > 0 { m = lm }
            if rm >= 0, endOrder(rm, m) > 0 { m = rm }
            XCTAssertEqual(endOrder(n.maxEnd, m), 0, "maxEnd", file: file, line: line)
            return (n.height, m)
        }
        let (h, _) = check(index.root)
        XCTAssertEqual(valueCount, count, "count", file: file, line: line)
        XCTAssertEqual(index.liveCount, nodeCount, "free slots", file: file, line: line)
        XCTAssertEqual(entries.count, nodes.count, "parallel storage", file: file, line: line)
        XCTAssertEqual(keys.count, nodes.count, "parallel keys", file: file, line: line)
        let bound = 2 * log2(Double(nodeCount + 1))
        XCTAssertLessThanOrEqual(Double(h), max(bound, 0), "height bound", file: file, line: line)
        return nodeCount
    }
}

/// Differential tests against a brute-force list scan.
final class ByteIntervalPropertyTests: XCTestCase {
    /// Key generators: (name, generator).
    static let keyShapes: [(String, @Sendable (inout SplitMix64) -> [UInt8])] = [
        // The reference's fuzz: length 0–4 over a 3-letter alphabet.
        ("abc0-4", { rng in
            (0..<Int.random(in: 0...4, using: &rng)).map { _ in UInt8(ascii: "a") + UInt8.random(in: 0...2, using: &rng) }
        }),
        // Bytes near the edges, including 0x00 and 0xFF, lengths 0–3.
        ("edge0-3", { rng in
            (0..<Int.random(in: 0...3, using: &rng)).map { _ in [0x00, 0x01, 0x7F, 0xFF].randomElement(using: &rng)! }
        }),
        // Long keys sharing 8- and 16-byte prefixes (exercises the word-wise compare).
        ("long", { rng in
            let prefix: [UInt8] = Array(repeating: 0x42, count: [0, 7, 8, 9, 16].randomElement(using: &rng)!)
            return prefix + (0..<Int.random(in: 0...3, using: &rng)).map { _ in UInt8.random(in: 0...3, using: &rng) }
        }),
        // Mostly empty keys.
        ("mostly-empty", { rng in
            Int.random(in: 0...3, using: &rng) == 0 ? [UInt8.random(in: 0...1, using: &rng)] : []
        }),
    ]

    func run(shape: String, key: (inout SplitMix64) -> [UInt8], seed: UInt64, operations: Int) {
        var rng = SplitMix64(state: seed)
        var tree = ByteIntervalTree<Int>()
        var model = BruteForceIntervals()
        var ids: [ByteIntervalID] = []
        var removed: [ByteIntervalID] = []
        for step in 0..<operations {
            let roll = Int.random(in: 0..<100, using: &rng)
            switch roll {
            case 0..<35:
                let start = key(&rng)
                let end: ByteIntervalEnd
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: end = .unbounded
                case 1: end = .key([])
                case 2: end = .key(start)
                default: end = .key(key(&rng))
                }
                let value = Int.random(in: 0..<8, using: &rng)
                let id = tree.insert(start: start, end: end, value: value)
                let valid: Bool
                if case .key(let e) = end, !e.isEmpty { valid = !e.lexicographicallyPrecedes(start) } else { valid = true }
                XCTAssertEqual(id != nil, valid, "\(shape) step \(step): insert \(start) \(end)")
                if let id {
                    var normalized = end
                    if case .key(let e) = end, e.isEmpty { normalized = .key(start) }
                    model.items.append(.init(start: start, end: normalized, serial: id.serial, value: value))
                    ids.append(id)
                }
            case 35..<65:
                if Int.random(in: 0..<10, using: &rng) == 0, let stale = removed.randomElement(using: &rng) {
                    XCTAssertFalse(tree.remove(stale), "\(shape) step \(step): stale remove")
                } else if !ids.isEmpty {
                    let id = ids.remove(at: Int.random(in: 0..<ids.count, using: &rng))
                    XCTAssertTrue(tree.remove(id))
                    model.items.removeAll { $0.serial == id.serial }
                    removed.append(id)
                }
            case 65..<85:
                let q = key(&rng)
                XCTAssertEqual(tree.find(q), model.find(q), "\(shape) step \(step): find \(q)")
            default:
                let qs = (0..<Int.random(in: 0...5, using: &rng)).map { _ in key(&rng) }
                XCTAssertEqual(tree.findAny(qs), model.findAny(qs), "\(shape) step \(step): findAny \(qs)")
            }
            XCTAssertEqual(tree.count, model.items.count)
            if step % 97 == 0 { _ = tree.checkInvariants() }
        }
        _ = tree.checkInvariants()
    }

    func testAgainstBruteForceModel() {
        for (index, (name, key)) in Self.keyShapes.enumerated() {
            run(shape: name, key: key, seed: 0xB17E_0000 + UInt64(index), operations: 3_000)
        }
    }

    /// Many values so `findAny` spills its inline seen-list into a set.
    func testFindAnyWithManyMatches() {
        var rng = SplitMix64(state: 99)
        var tree = ByteIntervalTree<Int>()
        var model = BruteForceIntervals()
        for value in 0..<400 {
            let a = UInt8.random(in: 0...50, using: &rng), b = UInt8.random(in: 0...50, using: &rng)
            let start = [min(a, b)], end = [max(a, b) &+ 1]
            let id = tree.insert(start: start, end: .key(end), value: value)!
            model.items.append(.init(start: start, end: .key(end), serial: id.serial, value: value))
        }
        for _ in 0..<50 {
            let qs = (0..<16).map { _ in [UInt8.random(in: 0...52, using: &rng)] }
            let found = tree.findAny(qs)
            XCTAssertGreaterThan(found.count, 64)
            XCTAssertEqual(found, model.findAny(qs))
        }
        _ = tree.checkInvariants()
    }

    /// Sorted and reverse-sorted inserts keep the tree balanced.
    func testSequentialInsertsStayBalanced() {
        var tree = ByteIntervalTree<Int>()
        for i in 0..<2_000 {
            let key: [UInt8] = [UInt8(i >> 8), UInt8(i & 0xFF)]
            tree.insert(start: key, end: key + [0], value: i)
        }
        for i in (0..<2_000).reversed() {
            let key: [UInt8] = [0xFF, UInt8(i >> 8), UInt8(i & 0xFF)]
            tree.insert(start: key, end: .unbounded, value: i)
        }
        XCTAssertEqual(tree.checkInvariants(), 4_000)
        XCTAssertEqual(tree.find([0x01, 0x02]), [0x102])
        XCTAssertEqual(tree.find([0xFF, 0x00, 0x05]).count, 6)
    }
}
