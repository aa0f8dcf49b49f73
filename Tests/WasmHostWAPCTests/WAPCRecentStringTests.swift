@testable import WasmHostWAPC
import XCTest

/// The decoded-name cache of `__host_call`: a hit must always give what decoding would.
final class WAPCRecentStringTests: XCTestCase {
    private func decode(_ cache: inout RecentString, _ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { cache.decode($0) }
    }

    func testRepeatedAndChangingNames() {
        var cache = RecentString()
        XCTAssertEqual(decode(&cache, []), "")
        XCTAssertEqual(decode(&cache, Array("echo".utf8)), "echo")
        XCTAssertEqual(decode(&cache, Array("echo".utf8)), "echo")
        XCTAssertEqual(decode(&cache, Array("echp".utf8)), "echp")
        XCTAssertEqual(decode(&cache, Array("echo\0".utf8)), "echo\0")
        XCTAssertEqual(decode(&cache, Array("sixteen bytes!!!".utf8)), "sixteen bytes!!!")
        XCTAssertEqual(decode(&cache, Array("sixteen bytes!!?".utf8)), "sixteen bytes!!?")
        XCTAssertEqual(decode(&cache, []), "")
    }

    func testLongNames() {
        var cache = RecentString()
        let long = "a.rather.long.operation.name.über"
        XCTAssertEqual(decode(&cache, Array(long.utf8)), long)
        XCTAssertEqual(decode(&cache, Array(long.utf8)), long)
        var other = Array(long.utf8)
        other[3] = UInt8(ascii: "x")
        XCTAssertEqual(decode(&cache, other), String(decoding: other, as: UTF8.self))
        XCTAssertEqual(decode(&cache, Array(long.utf8)), long)
    }

    func testInvalidUTF8IsRepairedEveryTime() {
        var cache = RecentString()
        let short: [UInt8] = [0x61, 0xFF, 0x62]
        XCTAssertEqual(decode(&cache, short), "a\u{FFFD}b")
        XCTAssertEqual(decode(&cache, short), "a\u{FFFD}b")
        XCTAssertEqual(decode(&cache, [0x61, 0xFE, 0x62]), "a\u{FFFD}b")
        let long = [UInt8](repeating: 0x61, count: 20) + [0xC3]
        XCTAssertEqual(decode(&cache, long), String(repeating: "a", count: 20) + "\u{FFFD}")
        XCTAssertEqual(decode(&cache, long), String(repeating: "a", count: 20) + "\u{FFFD}")
        // Same length as the repaired text's encoding, different bytes: still decoded.
        let valid = Array((String(repeating: "a", count: 20) + "\u{FFFD}").utf8)
        XCTAssertEqual(decode(&cache, valid), String(repeating: "a", count: 20) + "\u{FFFD}")
    }
}
