import ByteInterval

/// Runs `operations` random inserts/removes/finds/findAnys against a brute-force list scan and
/// returns the number of disagreements.
func differentialRun(operations: Int, seed: UInt64) -> Int {
    struct Item { var start: [UInt8]; var end: ByteIntervalEnd; var serial: UInt64; var value: Int }
    func less(_ a: [UInt8], _ b: [UInt8]) -> Bool { a.lexicographicallyPrecedes(b) }
    func holds(_ item: Item, _ key: [UInt8]) -> Bool {
        if less(key, item.start) { return false }
        switch item.end {
        case .unbounded: return true
        case .key(let end): return less(key, end) || (end == item.start && key == end)
        }
    }
    func precedes(_ a: Item, _ b: Item) -> Bool {
        if a.start != b.start { return less(a.start, b.start) }
        switch (a.end, b.end) {
        case (.unbounded, .unbounded): return a.serial < b.serial
        case (.unbounded, .key): return false
        case (.key, .unbounded): return true
        case (.key(let x), .key(let y)): return x != y ? less(x, y) : a.serial < b.serial
        }
    }
    func modelFindAny(_ items: [Item], _ keys: [[UInt8]]) -> [Int] {
        var seen = Set<UInt64>(), out: [Int] = []
        for key in keys {
            for item in items.filter({ holds($0, key) }).sorted(by: precedes) where seen.insert(item.serial).inserted {
                out.append(item.value)
            }
        }
        return out
    }

    var rng = SplitMix64(state: seed)
    let alphabets: [[UInt8]] = [[0x61, 0x62, 0x63], [0x00, 0x01, 0x7F, 0xFF]]
    func key(_ rng: inout SplitMix64, _ alphabet: [UInt8]) -> [UInt8] {
        (0..<Int.random(in: 0...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
    }
    var tree = ByteIntervalTree<Int>()
    var items: [Item] = []
    var ids: [ByteIntervalID] = []
    var failures = 0
    for step in 0..<operations {
        let alphabet = alphabets[(step / 50_000) % alphabets.count]
        let roll = Int.random(in: 0..<100, using: &rng)
        // Keep the tree between about 0 and 300 values so the model stays cheap.
        let insertShare = items.count < 150 ? 40 : 25
        if roll < insertShare {
            let start = key(&rng, alphabet)
            let end: ByteIntervalEnd = Int.random(in: 0..<10, using: &rng) == 0 ? .unbounded : .key(key(&rng, alphabet))
            let value = Int.random(in: 0..<8, using: &rng)
            var expectValid = true
            var normalized = end
            if case .key(let e) = end {
                if e.isEmpty { normalized = .key(start) } else { expectValid = !less(e, start) }
            }
            let id = tree.insert(start: start, end: end, value: value)
            if (id != nil) != expectValid { failures += 1 }
            if let id {
                items.append(Item(start: start, end: normalized, serial: id.serial, value: value))
                ids.append(id)
            }
        } else if roll < 65 {
            guard !ids.isEmpty else { continue }
            let id = ids.remove(at: Int.random(in: 0..<ids.count, using: &rng))
            if !tree.remove(id) { failures += 1 }
            if tree.remove(id) { failures += 1 }
            items.removeAll { $0.serial == id.serial }
        } else if roll < 85 {
            let q = key(&rng, alphabet)
            if tree.find(q) != modelFindAny(items, [q]) { failures += 1 }
        } else {
            let qs = (0..<Int.random(in: 0...5, using: &rng)).map { _ in key(&rng, alphabet) }
            if tree.findAny(qs) != modelFindAny(items, qs) { failures += 1 }
        }
        if tree.count != items.count { failures += 1 }
    }
    return failures
}
