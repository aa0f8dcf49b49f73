import XCTest
@testable import ByteInterval

/// The original logbn/byteinterval `TestTree` and `TestReadme` cases (HEAD behaviour).
final class ByteIntervalOriginalTests: XCTestCase {
    func testTree() throws {
        let tree = SharedByteIntervalTree<Int>()
        // I1–I4
        XCTAssertNotNil(tree.insert(start: k("100"), end: k("200"), value: 1))
        XCTAssertNotNil(tree.insert(start: k("200"), end: k("300"), value: 2))
        XCTAssertNotNil(tree.insert(start: k("300"), end: k("400"), value: 3))
        XCTAssertNotNil(tree.insert(start: k("400"), end: k("500"), value: 4))
        // I5: start > end is rejected and changes nothing.
        XCTAssertNil(tree.insert(start: k("300"), end: k("200"), value: 400))
        XCTAssertEqual(tree.count, 4)
        // I6: points.
        XCTAssertNotNil(tree.insert(start: k("900"), end: k("900"), value: 90))
        XCTAssertNotNil(tree.insert(start: k("901"), end: k(""), value: 91))
        // I7, I8
        let c = try XCTUnwrap(tree.insert(start: k("350"), end: k("600"), value: 11))
        let d = try XCTUnwrap(tree.insert(start: k("010"), end: k("100"), value: 11))
        let e = try XCTUnwrap(tree.insert(start: k("020"), end: k("100"), value: 11))
        let f = try XCTUnwrap(tree.insert(start: k("700"), end: k("800"), value: 7))
        let g = try XCTUnwrap(tree.insert(start: k("701"), end: k("799"), value: 8))
        let h = try XCTUnwrap(tree.insert(start: k("702"), end: k("798"), value: 9))

        // find
        XCTAssertEqual(tree.find(k("001")), [])
        XCTAssertEqual(tree.find(k("100")), [1])
        XCTAssertEqual(tree.find(k("101")), [1])
        XCTAssertEqual(tree.find(k("200")), [2])
        XCTAssertEqual(Set(tree.find(k("350"))), [3, 11])
        XCTAssertEqual(tree.find(k("350")).count, 2)
        XCTAssertEqual(tree.find(k("500")), [11])
        XCTAssertEqual(tree.find(k("600")), [])
        XCTAssertEqual(tree.find(k("900")), [90])
        XCTAssertEqual(tree.find(k("901")), [91])

        // remove / once
        XCTAssertEqual(tree.find(k("700")).count, 1)
        XCTAssertEqual(tree.find(k("701")).count, 2)
        XCTAssertEqual(tree.find(k("702")).count, 3)
        h.remove()
        XCTAssertEqual(tree.find(k("702")).count, 2)
        g.remove()
        XCTAssertEqual(tree.find(k("702")).count, 1)
        f.remove()
        XCTAssertEqual(tree.find(k("702")).count, 0)
        c.remove()
        XCTAssertEqual(tree.find(k("350")), [3])
        XCTAssertEqual(tree.find(k("450")), [4])
        XCTAssertEqual(tree.find(k("550")), [])
        XCTAssertEqual(tree.find(k("650")), [])
        XCTAssertEqual(tree.find(k("000")), [])
        d.remove()
        XCTAssertEqual(tree.find(k("010")).count, 0)
        XCTAssertEqual(tree.find(k("100")).count, 1)
        XCTAssertEqual(tree.find(k("020")).count, 1)
        e.remove()
        XCTAssertEqual(tree.find(k("020")).count, 0)
        XCTAssertEqual(tree.find(k("100")).count, 1)

        // remove / twice: a second remove is a no-op, also through another handle
        // to the deleted interval (the original resets d's "removed" flag).
        let before = tree.count
        e.remove()
        XCTAssertFalse(tree.remove(d.id))
        let stale = ByteIntervalHandle(tree: tree, id: d.id)
        stale.remove()
        XCTAssertEqual(tree.count, before)

        // remove / duplicate
        let i = try XCTUnwrap(tree.insert(start: k("801"), end: k("802"), value: 1))
        XCTAssertNotNil(tree.insert(start: k("801"), end: k("802"), value: 2))
        i.remove()
        XCTAssertEqual(tree.find(k("801")), [2])

        // findAny
        XCTAssertEqual(tree.findAny(k("101"), k("102"), k("103")), [1])
        XCTAssertEqual(Set(tree.findAny(k("100"), k("200"), k("300"))), [1, 2, 3])
        XCTAssertEqual(tree.findAny(k("100"), k("200"), k("300")).count, 3)
        XCTAssertEqual(tree.findAny(k("000"), k("100")), [1])
        XCTAssertEqual(tree.findAny(k("000"), k("001"), k("002")), [])
        XCTAssertEqual(tree.findAny(k("999")), [])
    }

    func testReadme() throws {
        let tree = SharedByteIntervalTree<Int>()
        XCTAssertNotNil(tree.insert(start: k("alpha"), end: k("bravo"), value: 100))
        XCTAssertNotNil(tree.insert(start: k("bravo"), end: k("charlie"), value: 200))
        let c = try XCTUnwrap(tree.insert(start: k("bravo"), end: k("delta"), value: 300))
        XCTAssertEqual(tree.find(k("bravo")), [200, 300])
        XCTAssertEqual(tree.find(k("charlie")), [300])
        XCTAssertEqual(tree.findAny(k("alpha"), k("bravo"), k("charlie")), [100, 200, 300])
        c.remove()
        XCTAssertEqual(tree.find(k("bravo")), [200])
        XCTAssertEqual(tree.find(k("charlie")), [])
    }
}
