import XCTest
@testable import ByteInterval

/// Checks the iterative insert (path recorded on the way down, relinked bottom-up with early stops
/// for heights and greatest ends) after every single insert, over orders that force every rotation
/// and ends that do and do not raise the greatest ends above them.
final class ByteIntervalInsertPathTests: XCTestCase {
    /// A 9-byte key sharing an 8-byte prefix with its neighbours, so prefix ties go to the key bytes.
    static func key(_ i: Int) -> [UInt8] {
        [0x6B, 0x65, 0x79, 0x2D, 0x00, 0x00, UInt8(i >> 8), 0x00, UInt8(i & 0xFF)]
    }

    /// Orders of `0..<count`: ascending, descending, zigzag from both ends, pseudo-random.
    static func orders(_ count: Int) -> [(String, [Int])] {
        var zigzag: [Int] = []
        var low = 0, high = count - 1
        while low <= high {
            zigzag.append(low)
            if low != high { zigzag.append(high) }
            low += 1
            high -= 1
        }
        var rng = SplitMix64(state: 7)
        return [("ascending", Array(0..<count)), ("descending", Array((0..<count).reversed())),
                ("zigzag", zigzag), ("shuffled", Array(0..<count).shuffled(using: &rng))]
    }

    func testInvariantsHoldAfterEveryInsert() {
        let count = 300
        for (name, order) in Self.orders(count) {
            var tree = ByteIntervalTree<Int>()
            var model = BruteForceIntervals()
            for (step, i) in order.enumerated() {
                let start = Self.key(i)
                // Ends: unbounded, a point, a far end that raises every greatest end, or a near end.
                let end: ByteIntervalEnd
                switch i % 4 {
                case 0 where i % 3 == 0: end = .unbounded
                case 1: end = .key([])
                case 2: end = .key(Self.key(count + i))
                default: end = .key(Self.key(i) + [0x01])
                }
                let id = tree.insert(start: start, end: end, value: i)
                XCTAssertNotNil(id, "\(name) #\(step)")
                // The model reads a point as `end == start`.
                let modelEnd = end == .key([]) ? .key(start) : end
                model.items.append(.init(start: start, end: modelEnd, serial: UInt64(step), value: i))
                XCTAssertEqual(tree.checkInvariants(), step + 1, "\(name) #\(step)")
            }
            for probe in [0, 1, 2, 3, count / 2, count - 1, count, count + count / 2, 2 * count] {
                let key = Self.key(probe)
                XCTAssertEqual(tree.find(key), model.find(key), "\(name) find \(probe)")
                XCTAssertEqual(tree.find(key + [0x00]), model.find(key + [0x00]), "\(name) find \(probe)+00")
            }
        }
    }

    func testRepeatedIntervalAddsNoNode() {
        var tree = ByteIntervalTree<Int>()
        for i in 0..<64 { tree.insert(start: Self.key(i), end: Self.key(i + 1), value: i) }
        let before = tree.checkInvariants()
        tree.insert(start: Self.key(10), end: Self.key(11), value: 100)
        XCTAssertEqual(tree.checkInvariants(), before)
        XCTAssertEqual(tree.find(Self.key(10)), [10, 100])
    }
}
