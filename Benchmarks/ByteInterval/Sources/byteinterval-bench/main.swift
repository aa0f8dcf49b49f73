import ByteInterval
#if canImport(Glibc)
import Glibc
#endif

// Times the logbn/byteinterval benchmark workloads (see Sources/ByteInterval/README.md).

/// Nanoseconds of a duration.
func nanoseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9
}

/// Runs `body` repeatedly for about `budget` seconds (at least `minRuns` times) and returns the
/// median and mean of the per-run time in nanoseconds, each run divided by `opsPerRun`.
func measure(budget: Double = 1.0, minRuns: Int = 5, opsPerRun: Int, _ body: () -> Void) -> (median: Double, mean: Double) {
    let clock = ContinuousClock()
    var samples: [Double] = []
    let begin = clock.now
    while samples.count < minRuns || nanoseconds(clock.now - begin) < budget * 1e9 {
        let t0 = clock.now
        body()
        samples.append(nanoseconds(clock.now - t0) / Double(opsPerRun))
    }
    samples.sort()
    return (samples[samples.count / 2], samples.reduce(0, +) / Double(samples.count))
}

func format(_ ns: Double) -> String {
    if ns >= 1e6 { return String(Int((ns / 1e6 * 100).rounded())) .inserting(decimalAt: 2) + " ms" }
    if ns >= 1e3 { return String(Int((ns / 1e3 * 100).rounded())).inserting(decimalAt: 2) + " µs" }
    return String(Int((ns * 10).rounded())).inserting(decimalAt: 1) + " ns"
}

extension String {
    /// Inserts a decimal point `digits` places from the right.
    func inserting(decimalAt digits: Int) -> String {
        let padded = count <= digits ? String(repeating: "0", count: digits - count + 1) + self : self
        return String(padded.dropLast(digits)) + "." + String(padded.suffix(digits))
    }
}

/// Runs the benchmark. Everything lives in this function: state in top-level variables of
/// `main.swift` is main-actor isolated, and every access would check the executor inside the timed loops.
func run(arguments: [String]) {
    var sink = 0
    let sizes = [256, 4_096, 65_536]

    if let i = arguments.firstIndex(of: "--fuzz") {
        let operations = i + 1 < arguments.count ? Int(arguments[i + 1]) ?? 1_000_000 : 1_000_000
        let clock = ContinuousClock()
        let t0 = clock.now
        let failures = differentialRun(operations: operations, seed: 0xB17E)
        print("differential run: \(operations) operations, \(failures) disagreements, \(clock.now - t0)")
        exit(failures == 0 ? 0 : 1)
    }

    /// `--profile-insert N ROUNDS`: builds a fresh tree of N Small intervals ROUNDS times, untimed, for
    /// `valgrind --tool=callgrind` / `perf record` (keys are generated before the first build).
    if let i = arguments.firstIndex(of: "--profile-insert") {
        let n = i + 1 < arguments.count ? Int(arguments[i + 1]) ?? 65_536 : 65_536
        let rounds = i + 2 < arguments.count ? Int(arguments[i + 2]) ?? 1 : 1
        var rng = SplitMix64(state: 4)
        let batch = (0..<n).map { _ in smallInterval(&rng) }
        for _ in 0..<rounds {
            var tree = ByteIntervalTree<Int>()
            for (k, (start, end)) in batch.enumerated() { tree.insert(start: start, end: end, value: k) }
            sink &+= tree.count
        }
        print("built \(rounds) trees of \(n) (checksum \(sink))")
        exit(0)
    }

    /// `--profile-find ROUNDS`: ROUNDS × 4,096 finds on 65,536 Small intervals, untimed (for callgrind;
    /// subtract a run with ROUNDS = 0 to get the cost of the finds alone).
    if let i = arguments.firstIndex(of: "--profile-find") {
        let rounds = i + 1 < arguments.count ? Int(arguments[i + 1]) ?? 1 : 1
        var rng = SplitMix64(state: 2)
        var tree = ByteIntervalTree<Int>()
        for k in 0..<65_536 {
            let (s, e) = smallInterval(&rng)
            tree.insert(start: s, end: e, value: k)
        }
        let queries = (0..<4_096).map { _ in randomKey(&rng) }
        for _ in 0..<rounds {
            for q in queries { sink &+= tree.find(q).count }
        }
        print("\(rounds) × \(queries.count) finds (checksum \(sink))")
        exit(0)
    }

    /// `--only WORD` runs only the rows whose name contains WORD.
    let only: String? = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    func wanted(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }

    print("| Benchmark | n = 256 | n = 4,096 | n = 65,536 |")
    print("|---|---|---|---|")

    // Insert: one op inserts a batch of n intervals into a tree that is never reset (as the original).
    for (name, make) in [("Insert Small (batch of n)", smallInterval), ("Insert Big (batch of n)", bigInterval)] where wanted(name) {
        var row = "| \(name) |"
        for n in sizes {
            var rng = SplitMix64(state: 1)
            var tree = ByteIntervalTree<Int>()
            // Time each batch for about one second; keys are generated outside the timed region.
            let clock = ContinuousClock()
            var samples: [Double] = []
            let begin = clock.now
            var batch = (0..<n).map { _ in make(&rng) }
            while samples.count < 5 || nanoseconds(clock.now - begin) < 1e9 {
                let t0 = clock.now
                for (i, (start, end)) in batch.enumerated() { tree.insert(start: start, end: end, value: i) }
                samples.append(nanoseconds(clock.now - t0))
                batch = (0..<n).map { _ in make(&rng) }
            }
            sink &+= tree.count
            samples.sort()
            let mean = samples.reduce(0, +) / Double(samples.count)
            row += " \(format(mean)) (≈\(format(mean / Double(n)))/insert) |"
        }
        print(row)
    }

    // Insert into a fresh tree: one op builds a tree of n intervals from empty.
    if wanted("| Insert Small, fresh tree of n |") {
        var row = "| Insert Small, fresh tree of n |"
        for n in sizes {
            var rng = SplitMix64(state: 4)
            let clock = ContinuousClock()
            var samples: [Double] = []
            let begin = clock.now
            while samples.count < 5 || nanoseconds(clock.now - begin) < 1e9 {
                let batch = (0..<n).map { _ in smallInterval(&rng) }
                var tree = ByteIntervalTree<Int>()
                let t0 = clock.now
                for (i, (start, end)) in batch.enumerated() { tree.insert(start: start, end: end, value: i) }
                samples.append(nanoseconds(clock.now - t0))
                sink &+= tree.count
            }
            samples.sort()
            let median = samples[samples.count / 2]
            row += " \(format(median)) (≈\(format(median / Double(n)))/insert) |"
        }
        print(row)
    }

    // Find: the tree always holds 65,536 Small intervals; n is only the label. One op = one find.
    if wanted("| Find (65,536 intervals), median |") {
        var rng = SplitMix64(state: 2)
        var tree = ByteIntervalTree<Int>()
        for i in 0..<65_536 {
            let (s, e) = smallInterval(&rng)
            tree.insert(start: s, end: e, value: i)
        }
        let queries = (0..<4_096).map { _ in randomKey(&rng) }
        var row = "| Find (65,536 intervals), median |"
        for _ in sizes {
            let r = measure(opsPerRun: queries.count) {
                for q in queries { sink &+= tree.find(q).count }
            }
            row += " \(format(r.median)) |"
        }
        print(row)
    }

    // FindAny: the tree holds n Small intervals. One op = one findAny over 16 random keys.
    if wanted("| FindAny (16 keys), median |") {
        var row = "| FindAny (16 keys), median |"
        for n in sizes {
            var rng = SplitMix64(state: 3)
            var tree = ByteIntervalTree<Int>()
            for i in 0..<n {
                let (s, e) = smallInterval(&rng)
                tree.insert(start: s, end: e, value: i)
            }
            let queries = (0..<1_024).map { _ in (0..<16).map { _ in randomKey(&rng) } }
            let r = measure(opsPerRun: queries.count) {
                for q in queries { sink &+= tree.findAny(q).count }
            }
            row += " \(format(r.median)) |"
        }
        print(row)
    }

    // The same through the locked wrapper, to show the cost of the mutex.
    if wanted("Shared") {
        var rng = SplitMix64(state: 2)
        let tree = SharedByteIntervalTree<Int>()
        for i in 0..<65_536 {
            let (s, e) = smallInterval(&rng)
            _ = tree.insert(start: s, end: e, value: i)
        }
        let queries = (0..<4_096).map { _ in randomKey(&rng) }
        let r = measure(opsPerRun: queries.count) {
            for q in queries { sink &+= tree.find(q).count }
        }
        print("| Find via SharedByteIntervalTree (65,536 intervals), median | \(format(r.median)) | | |")
    }
    print("(checksum \(sink))")
}

run(arguments: CommandLine.arguments)
