import Dispatch
import XCTest
import ByteInterval

/// Smoke test of ``SharedByteIntervalTree`` under concurrent readers and a writer.
final class ByteIntervalConcurrencyTests: XCTestCase {
    func testReadersAlongsideWriter() {
        let tree = SharedByteIntervalTree<Int>()
        // A stable interval every reader must always see.
        _ = tree.insert(start: [], end: .unbounded, value: -1)
        DispatchQueue.concurrentPerform(iterations: 9) { worker in
            var rng = SplitMix64(state: UInt64(worker))
            if worker == 0 {
                var handles: [ByteIntervalHandle<Int>] = []
                for i in 0..<3_000 {
                    let a = UInt8.random(in: 0...200, using: &rng)
                    if let handle = tree.insert(start: [a], end: [a &+ UInt8.random(in: 0...50, using: &rng)], value: i) {
                        handles.append(handle)
                    }
                    if i % 3 == 0, !handles.isEmpty {
                        handles.remove(at: Int.random(in: 0..<handles.count, using: &rng)).remove()
                    }
                }
                for handle in handles { handle.remove() }
            } else {
                for _ in 0..<2_000 {
                    let key = [UInt8.random(in: 0...255, using: &rng)]
                    XCTAssertTrue(tree.find(key).contains(-1))
                    let found = tree.findAny([key, [UInt8.random(in: 0...255, using: &rng)], key])
                    XCTAssertEqual(found.filter { $0 == -1 }.count, 1)
                }
            }
        }
        XCTAssertEqual(tree.count, 1)
        XCTAssertEqual(tree.find([7]), [-1])
    }
}
