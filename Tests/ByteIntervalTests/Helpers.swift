import ByteInterval

/// The ASCII bytes of `s`.
func k(_ s: String) -> [UInt8] { Array(s.utf8) }

/// A brute-force model of the tree: a list of live inserts scanned in full.
struct BruteForceIntervals {
    struct Item {
        var start: [UInt8]
        var end: ByteIntervalEnd
        var serial: UInt64
        var value: Int
    }
    var items: [Item] = []

    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
    }

    static func holds(_ item: Item, _ key: [UInt8]) -> Bool {
        guard compare(item.start, key) <= 0 else { return false }
        switch item.end {
        case .unbounded: return true
        case .key(let end): return compare(key, end) < 0 || (end == item.start && key == end)
        }
    }

    /// Order of intervals: start, then end (`unbounded` last); then insertion order.
    static func precedes(_ a: Item, _ b: Item) -> Bool {
        let c = compare(a.start, b.start)
        if c != 0 { return c < 0 }
        switch (a.end, b.end) {
        case (.unbounded, .unbounded): break
        case (.unbounded, .key): return false
        case (.key, .unbounded): return true
        case (.key(let x), .key(let y)):
            let d = compare(x, y)
            if d != 0 { return d < 0 }
        }
        return a.serial < b.serial
    }

    func find(_ key: [UInt8]) -> [Int] {
        items.filter { Self.holds($0, key) }.sorted(by: Self.precedes).map(\.value)
    }

    func findAny(_ keys: [[UInt8]]) -> [Int] {
        var seen = Set<UInt64>()
        var out: [Int] = []
        for key in keys {
            for item in items.filter({ Self.holds($0, key) }).sorted(by: Self.precedes)
            where seen.insert(item.serial).inserted {
                out.append(item.value)
            }
        }
        return out
    }
}

/// A small deterministic PRNG (SplitMix64) so property tests replay exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
