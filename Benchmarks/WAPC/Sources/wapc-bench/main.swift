import WasmHostWAPC

#if canImport(Glibc)
import Glibc
#endif

/// Invokes per second of the fixture guests' `echo` (guest → one host call → response).
let fixtures = String(#filePath).split(separator: "/").dropLast(5).joined(separator: "/")
let seconds: Double = {
    guard let i = CommandLine.arguments.firstIndex(of: "--seconds"), i + 1 < CommandLine.arguments.count else { return 1 }
    return Double(CommandLine.arguments[i + 1]) ?? 1
}()

/// `--guest NAME` and `--size BYTES` restrict the runs (for profiling).
func option(_ name: String) -> String? {
    guard let i = CommandLine.arguments.firstIndex(of: name), i + 1 < CommandLine.arguments.count else { return nil }
    return CommandLine.arguments[i + 1]
}
let guests = option("--guest").map { [$0] } ?? ["guest_c", "guest_swift"]
let sizes = option("--size").flatMap(Int.init).map { [$0] } ?? [16, 65536]

func load(_ name: String) -> [UInt8] {
    let path = "/\(fixtures)/Fixtures/wapc/\(name).wasm"
    guard let file = fopen(path, "rb") else { fatalError("cannot open \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` in batches for `seconds`, split in 10 rounds; returns the best round's calls per second
/// (the machine is shared, so the best round is the least disturbed one).
func measure(_ seconds: Double, _ body: () throws -> Void) rethrows -> (perSecond: Double, calls: Int) {
    for _ in 0..<1000 { try body() }   // warm-up
    var best = 0.0, total = 0
    for _ in 0..<10 {
        var calls = 0
        let start = now()
        var elapsed = 0.0
        repeat {
            for _ in 0..<100 { try body() }
            calls += 100
            elapsed = now() - start
        } while elapsed < seconds / 10
        best = max(best, Double(calls) / elapsed)
        total += calls
    }
    return (best, total)
}

final class Job: @unchecked Sendable {
    let pool: WAPCPool, payload: [UInt8], until: Double
    var calls = 0
    init(_ pool: WAPCPool, _ payload: [UInt8], _ until: Double) {
        self.pool = pool; self.payload = payload; self.until = until
    }
}

/// Two threads sharing a pool of two instances, in 5 rounds; returns the best round's total calls per second.
func measurePool(_ seconds: Double, _ pool: WAPCPool, _ payload: [UInt8]) throws -> Double {
    var best = 0.0
    for _ in 0..<5 {
        let start = now()
        var handles: [pthread_t] = []
        var jobs: [Job] = []
        for _ in 0..<2 {
            let job = Job(pool, payload, start + seconds / 5)
            jobs.append(job)
            var thread = pthread_t()
            pthread_create(&thread, nil, { raw in
                let job = Unmanaged<Job>.fromOpaque(raw!).takeUnretainedValue()
                var calls = 0
                while now() < job.until {
                    for _ in 0..<100 {
                        _ = try! job.pool.withInstance { try $0.invoke("echo", job.payload) }
                    }
                    calls += 100
                }
                job.calls = calls
                return nil
            }, Unmanaged.passUnretained(job).toOpaque())
            handles.append(thread)
        }
        for thread in handles { pthread_join(thread, nil) }
        best = max(best, Double(jobs.reduce(0) { $0 + $1.calls }) / (now() - start))
    }
    return best
}

func label(_ size: Int) -> String {
    let text = size % 1024 == 0 ? "\(size / 1024) KiB" : "\(size) B"
    return text + String(repeating: " ", count: max(0, 7 - text.count))
}

func format(_ perSecond: Double) -> String {
    let micro = 1e6 / perSecond
    return "\(Int(perSecond.rounded())) invokes/s  (\((micro * 1000).rounded() / 1000) µs/invoke)"
}

// `--count N [--operation OP]`: only N invokes of one guest and size, untimed (for callgrind: the
// difference between two counts gives the instructions per invoke).
if let count = option("--count").flatMap(Int.init) {
    let module = try WAPCModule(load(guests[0]), configuration: WAPCConfiguration(hostCall: { _, _, _, _ in [] }))
    let instance = try module.instantiate()
    let payload = [UInt8](repeating: 0x61, count: sizes[0])
    let operation = option("--operation") ?? "echo"
    for _ in 0..<count { _ = try instance.invoke(operation, payload) }
    print("\(count) invokes of \(operation)")
    exit(0)
}

print("wapc-bench: `echo` (one host call per invoke) and `ping` (none), \(seconds) s per measurement, best round")
for guest in guests {
    let module = try WAPCModule(load(guest), configuration: WAPCConfiguration(hostCall: { _, _, _, _ in [] }))
    let instance = try module.instantiate()
    for size in sizes {
        let payload = [UInt8](repeating: 0x61, count: size)
        guard try instance.invoke("echo", payload) == payload else { fatalError("echo mismatch") }
        let single = try measure(seconds) { _ = try instance.invoke("echo", payload) }
        print("\(guest)  \(label(size))  single instance:      \(format(single.perSecond))")
        let ping = try measure(seconds) { _ = try instance.invoke("ping", payload) }
        print("\(guest)  \(label(size))  single, no host call: \(format(ping.perSecond))")
        let pool = try WAPCPool(module: module, size: 2)
        let pooled = try measurePool(seconds, pool, payload)
        print("\(guest)  \(label(size))  pool of 2, 2 threads: \(format(pooled))")
        pool.close()
    }
}
