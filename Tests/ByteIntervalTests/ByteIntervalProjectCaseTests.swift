import XCTest
@testable import ByteInterval

/// The additional cases of this project (reference §6.3 and §8).
final class ByteIntervalProjectCaseTests: XCTestCase {
    func testUnboundedFromKey() {
        var tree = ByteIntervalTree<Int>()
        tree.insert(start: k("m"), end: .unbounded, value: 1)
        XCTAssertEqual(tree.find(k("m")), [1])
        XCTAssertEqual(tree.find(k("zzzz")), [1])
        XCTAssertEqual(tree.find(k("l")), [])
    }

    func testUnboundedFromEmptyKeyMatchesEverything() {
        var tree = ByteIntervalTree<Int>()
        tree.insert(start: [], end: .unbounded, value: 2)
        for key in [[], [0], k("a"), [0xFF, 0xFF], k("zzzz")] as [[UInt8]] {
            XCTAssertEqual(tree.find(key), [2], "\(key)")
        }
    }

    func testRangeFromEmptyKey() {
        var tree = ByteIntervalTree<Int>()
        tree.insert(start: [], end: k("b"), value: 3)
        XCTAssertEqual(tree.find([]), [3])
        XCTAssertEqual(tree.find(k("a")), [3])
        XCTAssertEqual(tree.find(k("b")), [])
    }

    func testPointAtEmptyKey() {
        var tree = ByteIntervalTree<Int>()
        tree.insert(start: [], end: [], value: 4)
        XCTAssertEqual(tree.find([]), [4])
        XCTAssertEqual(tree.find([0]), [])
    }

    func testExplicitPoint() {
        var tree = ByteIntervalTree<Int>()
        tree.insert(start: k("x"), end: k("x"), value: 5)
        XCTAssertEqual(tree.find(k("x")), [5])
        XCTAssertEqual(tree.find(k("xa")), [])
        // An empty end names the same interval.
        let id = tree.insert(start: k("x"), end: [], value: 6)
        XCTAssertEqual(tree.find(k("x")), [5, 6])
        XCTAssertEqual(id?.end, .key(k("x")))
    }

    func testEqualValuesOnOneIntervalBothAppear() {
        var tree = ByteIntervalTree<Int>()
        tree.insert(start: k("a"), end: k("c"), value: 7)
        tree.insert(start: k("a"), end: k("c"), value: 7)
        XCTAssertEqual(tree.find(k("b")), [7, 7])
        XCTAssertEqual(tree.findAny(k("a"), k("b")), [7, 7])
    }

    func testKeysAreCopied() {
        var tree = ByteIntervalTree<Int>()
        var start = k("a"), end = k("c")
        tree.insert(start: start, end: end, value: 1)
        start[0] = UInt8(ascii: "x")
        end[0] = UInt8(ascii: "z")
        XCTAssertEqual(tree.find(k("b")), [1])
        XCTAssertEqual(tree.find(k("y")), [])
    }

    func testRemoveEveryHandleInRandomOrder() {
        let tree = SharedByteIntervalTree<Int>()
        var rng = SplitMix64(state: 7)
        var handles: [ByteIntervalHandle<Int>] = []
        for i in 0..<500 {
            let a = UInt8.random(in: 0...20, using: &rng), b = UInt8.random(in: 0...20, using: &rng)
            handles.append(tree.insert(start: [min(a, b)], end: [max(a, b)], value: i)!)
        }
        XCTAssertEqual(tree.count, 500)
        handles.shuffle(using: &rng)
        for handle in handles { handle.remove() }
        XCTAssertEqual(tree.count, 0)
        XCTAssertTrue(tree.isEmpty)
        XCTAssertEqual(tree.snapshot.index.root, -1)
        for handle in handles { handle.remove() }
        XCTAssertEqual(tree.count, 0)
    }

    func testRejectedInsertStoresNothing() {
        var tree = ByteIntervalTree<Int>()
        XCTAssertNil(tree.insert(start: k("b"), end: k("a"), value: 1))
        // etcd's "\0" end is just a small key to the tree: rejected unless mapped to `.unbounded`.
        XCTAssertNil(tree.insert(start: k("b"), end: [0], value: 1))
        XCTAssertTrue(tree.isEmpty)
        XCTAssertNotNil(tree.insert(start: k("b"), end: ByteIntervalEnd(etcdRangeEnd: [0]), value: 2))
        XCTAssertEqual(tree.find(k("zz")), [2])
    }

    func testHandleAfterTreeIsGoneIsNoOp() {
        var handle: ByteIntervalHandle<Int>?
        do {
            let tree = SharedByteIntervalTree<Int>()
            handle = tree.insert(start: k("a"), end: k("b"), value: 1)
        }
        XCTAssertNil(handle?.tree)
        handle?.remove()
    }

    func testEtcdRangeEnd() {
        XCTAssertEqual(ByteIntervalEnd(etcdRangeEnd: [0]), .unbounded)
        XCTAssertEqual(ByteIntervalEnd(etcdRangeEnd: []), .key([]))
        XCTAssertEqual(ByteIntervalEnd(etcdRangeEnd: k("b")), .key(k("b")))
        XCTAssertEqual(ByteIntervalEnd(etcdRangeEnd: [0, 0]), .key([0, 0]))
    }

    func testPrefixEnd() {
        XCTAssertEqual(ByteIntervalEnd.prefixEnd(k("abc")), .key(k("abd")))
        XCTAssertEqual(ByteIntervalEnd.prefixEnd([0x61, 0xFF, 0xFF]), .key([0x62]))
        XCTAssertEqual(ByteIntervalEnd.prefixEnd([0xFF, 0xFF]), .unbounded)
        XCTAssertEqual(ByteIntervalEnd.prefixEnd([]), .unbounded)
        var tree = ByteIntervalTree<Int>()
        tree.insert(start: k("ab"), end: .prefixEnd(k("ab")), value: 1)
        XCTAssertEqual(tree.findAny(k("ab"), k("ab\u{7F}")), [1])
        XCTAssertEqual(tree.find(k("ac")), [])
        XCTAssertEqual(tree.find(k("aa")), [])
    }

    func testKeyComparison() {
        let ordered: [[UInt8]] = [[], [0], k("a"), k("ab"), k("b"), [0x7F], [0x80], [0xFF],
                                  k("abcdefgh"), k("abcdefgh\u{0}"), k("abcdefghi")].sorted {
            $0.lexicographicallyPrecedes($1)
        }
        for (i, a) in ordered.enumerated() {
            for (j, b) in ordered.enumerated() {
                let c = compareKeys(a, b)
                XCTAssertEqual(c.signum(), (i < j ? -1 : (i == j ? 0 : 1)), "\(a) vs \(b)")
            }
        }
    }
}
