import Foundation
import WasmHost
import WasmHostRangeWatch

/// Range-watch emit: 10,000 guest watches on disjoint ranges, 100 keys per flush.
enum RangeWatchBenchmarks {
    static let watches = 10_000
    static let keysPerFlush = 100

    static func key(_ n: Int) -> [UInt8] { Array(String(format: "key-%08d", n).utf8) }

    static func run() throws {
        let runtime = Runtime()
        runtime.register(RangeWatchModule())
        var test = HostModuleBuilder("rangewatch_test")
        let delivered = Counter()
        test.function("delivered") { (_: Caller, _: Int64, _: Int32, _: Int32) in delivered.add() }
        runtime.register(test.build())
        let module = try runtime.compile(try fixture("rangewatch/rangewatch_test.wasm"))
        let pool = RangeWatchInstancePool(runtime: runtime, module: module)

        print("range-watch emit (\(watches) watches on disjoint 10-key ranges, \(keysPerFlush) random keys per flush)")
        print("| watches | emitter | flushes | µs/flush (median of 5) | flushes/s | deliveries |")
        print("|---|---|---:|---:|---:|---:|")
        for started in [false, true] {
            let scope = RangeWatchScope(instances: pool)
            let guest = try runtime.instantiate(module)
            try RangeWatchInstancePool.initialize(guest)
            try scope.run {
                for i in 0..<watches {
                    let id = Array("w\(i)".utf8), from = key(i * 10), to = key(i * 10 + 10)
                    try write(guest, id + from + to)
                    _ = try guest.invoke("watch_open", [.i32(UInt32(id.count)), .i32(UInt32(from.count)), .i32(UInt32(to.count))])
                    if started {
                        try write(guest, id)
                        _ = try guest.invoke("watch_start", [.i32(UInt32(id.count))])
                    }
                }
            }
            guard scope.status.intervals == watches else { fatalError("\(scope.status)") }
            var generator = SplitMix(seed: 42)
            let flushes = started ? 2_000 : 10_000
            let batches = (0..<flushes).map { _ in (0..<keysPerFlush).map { _ in key(Int(generator.next() % UInt64(watches * 10))) } }
            // Host emitter.
            var times: [Double] = []
            _ = delivered.take()
            for _ in 0..<5 {
                let start = now()
                for (i, keys) in batches.enumerated() { scope.emit(UInt64(i), keys: keys) }
                times.append((now() - start) / Double(flushes))
                scope.waitUntilIdle(timeout: .seconds(120))
            }
            let perFlush = median(times)
            let state = started ? "started" : "open"
            print("| \(watches) \(state) | host emit | \(flushes) | \(format(perFlush * 1e6)) | \(format(1 / perFlush)) | \(delivered.take()) |")
            // Guest emitter: the C SDK's rw_emit through __range_watch_flush (keys copied in and parsed).
            let emitter = try runtime.instantiate(module)
            times = []
            for _ in 0..<3 {
                var total = 0.0
                for (i, keys) in batches.prefix(1000).enumerated() {
                    var list: [UInt8] = []
                    for k in keys { list += [UInt8(k.count >> 8), UInt8(k.count & 0xFF)] + k }
                    try write(emitter, list)
                    let start = now()
                    _ = try scope.run { try emitter.invoke("raw_call", [.i32(0), .i32(UInt32(list.count))]) }
                    total += now() - start
                    _ = i
                }
                times.append(total / 1000)
                scope.waitUntilIdle(timeout: .seconds(120))
            }
            let guestPerFlush = median(times)
            print("| \(watches) \(state) | guest flush | 1000 | \(format(guestPerFlush * 1e6)) | \(format(1 / guestPerFlush)) | \(delivered.take()) |")
            scope.close()
        }
    }

    static func write(_ instance: Instance, _ bytes: [UInt8]) throws {
        guard case .i32(let address)? = try instance.invoke("scratch").first else { return }
        try instance.defaultMemory!.write(bytes, at: Int(address))
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    func take() -> Int { lock.withLock { defer { n = 0 }; return n } }
}
