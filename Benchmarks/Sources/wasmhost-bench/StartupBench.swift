import Foundation

/// `(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add))`
let tinyModule: [UInt8] = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,          // type: (i32) -> i32
    0x03, 0x02, 0x01, 0x00,                                  // function 0: type 0
    0x05, 0x03, 0x01, 0x00, 0x01,                            // memory: min 1 page
    0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,                // export "f" = func 0
    0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x0b,  // local.get 0; i32.const 1; i32.add
]

/// Startup figures of one engine.
struct StartupResult {
    var engine: String
    var compileMBps: Double?
    var compileMs: Double?
    var instantiateMicroseconds: Double?
    var rssKiBPerInstance: Double?
    var rssTotalKiB: Int?
}

let instantiationCount = 10_000
let liveInstanceCount = 1_000

/// Compile speed of `large` (median of `runs` compiles), instantiate time of the tiny module
/// (median over `runs` batches of 10,000) and RSS growth for 1,000 live instances (child process).
func benchmarkStartup(engine: any BenchEngine, large: [UInt8], runs: Int, notes: inout [String]) -> StartupResult {
    var result = StartupResult(engine: engine.name)
    do {
        var samples: [Double] = []
        for _ in 0..<max(runs, 3) {
            let (module, ms) = try Measure.time { try engine.compileFully(large) }
            withExtendedLifetime(module) {}
            samples.append(ms)
        }
        let ms = Measure.median(samples)
        result.compileMs = ms
        result.compileMBps = Double(large.count) / 1e6 / (ms / 1e3)
        printProgress("\(engine.name): compile large.wasm \(fixed(ms, 1)) ms = \(fixed(result.compileMBps ?? 0, 2)) MB/s")
    } catch {
        notes.append("\(engine.name) failed to compile large.wasm: \(error)")
    }
    do {
        let make = try engine.prepareInstantiate(tinyModule)
        let check = try make()
        guard try engine.call(check, "f", 41) == 42 else { throw BenchError("tiny module f(41) != 42") }
        for _ in 0..<100 { _ = try make() }
        var samples: [Double] = []
        for _ in 0..<max(runs, 3) {
            let (_, ms) = try Measure.time {
                for _ in 0..<instantiationCount { _ = try make() }
            }
            samples.append(ms * 1e3 / Double(instantiationCount))
        }
        result.instantiateMicroseconds = Measure.median(samples)
        printProgress("\(engine.name): instantiate \(fixed(result.instantiateMicroseconds ?? 0, 2)) µs")
    } catch {
        notes.append("\(engine.name) failed to instantiate the tiny module: \(error)")
    }
    if let (before, after) = measureRSSInChild(engine: engine.name, notes: &notes) {
        result.rssTotalKiB = after - before
        result.rssKiBPerInstance = Double(after - before) / Double(liveInstanceCount)
        printProgress("\(engine.name): \(liveInstanceCount) live instances +\(after - before) KiB RSS")
    }
    return result
}

/// Runs this executable again with `--rss-child ENGINE` so each engine's RSS growth is measured in a
/// fresh process, not on top of the other engine's freed-but-kept heap.
func measureRSSInChild(engine: String, notes: inout [String]) -> (Int, Int)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
    process.arguments = ["--rss-child", engine]
    let output = Pipe()
    process.standardOutput = output
    do {
        try process.run()
    } catch {
        notes.append("RSS of \(engine) not measured: \(error)")
        return nil
    }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = text.split(whereSeparator: \.isWhitespace)
    guard process.terminationStatus == 0, fields.count == 3, fields[0] == "rss-kib",
          let before = Int(fields[1]), let after = Int(fields[2]) else {
        notes.append("RSS of \(engine) not measured: child said \(text.debugDescription)")
        return nil
    }
    return (before, after)
}

/// Child side: after compiling the tiny module and making (and dropping) one instance, reads VmRSS,
/// makes 1,000 instances kept alive in an array, calls `f` once on each, and reads VmRSS again.
func rssChild(engine: any BenchEngine) throws {
    let make = try engine.prepareInstantiate(tinyModule)
    _ = try engine.call(try make(), "f", 1)
    guard let before = Measure.residentKiB() else { throw BenchError("no /proc/self/status") }
    var live: [Any] = []
    live.reserveCapacity(liveInstanceCount)
    for i in 0..<liveInstanceCount {
        let instance = try make()
        guard try engine.call(instance, "f", Int32(i)) == Int32(i) + 1 else { throw BenchError("f gave a wrong result") }
        live.append(instance)
    }
    guard let after = Measure.residentKiB() else { throw BenchError("no /proc/self/status") }
    withExtendedLifetime(live) {}
    print("rss-kib \(before) \(after)")
}
