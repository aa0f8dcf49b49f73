import Foundation

/// Per-workload medians in milliseconds, by engine name; nil where an engine failed or was skipped.
struct WorkloadTiming {
    var name: String
    var n: Int32
    var milliseconds: [String: Double] = [:]
}

/// Times `run(n)` of every workload on the in-process engines: compile + instantiate once, one
/// untimed warm-up call (both WasmKit and wasm3 translate lazily on first call), then `runs` timed
/// calls, interleaving the engines run by run so that load from other processes hits all alike.
/// Every call's result is checked against workloads.txt.
func benchmarkWorkloads(_ workloads: [Workload], engines: [any BenchEngine], runs: Int,
                        notes: inout [String]) -> [WorkloadTiming] {
    var timings: [WorkloadTiming] = []
    for workload in workloads {
        var timing = WorkloadTiming(name: workload.name, n: workload.n)
        var runners: [(engine: any BenchEngine, run: (Int32) throws -> Int64)] = []
        for engine in engines {
            // A peer that cannot load a module (wasm3 has no SIMD) is skipped there, not failed.
            let run: (Int32) throws -> Int64
            do {
                run = try engine.prepareRun(workload.bytes)
            } catch {
                notes.append(engine.name == "WasmHost" ? "WasmHost failed on \(workload.name): \(error)"
                             : "\(engine.name) cannot load \(workload.name): \(error) (skipped there)")
                continue
            }
            do {
                let result = try run(workload.n)
                guard workload.expected == nil || result == workload.expected else {
                    throw BenchError("run(\(workload.n)) = \(result), expected \(workload.expected ?? 0)")
                }
                runners.append((engine, run))
            } catch {
                notes.append("\(engine.name) failed on \(workload.name): \(error)")
            }
        }
        var samples: [String: [Double]] = [:]
        var failed: Set<String> = []
        for _ in 0..<runs {
            for runner in runners where !failed.contains(runner.engine.name) {
                do {
                    let (result, ms) = try Measure.time { try runner.run(workload.n) }
                    guard workload.expected == nil || result == workload.expected else {
                        throw BenchError("run(\(workload.n)) = \(result), expected \(workload.expected ?? 0)")
                    }
                    samples[runner.engine.name, default: []].append(ms)
                } catch {
                    notes.append("\(runner.engine.name) failed on \(workload.name): \(error)")
                    failed.insert(runner.engine.name)
                }
            }
        }
        for (engine, values) in samples where !failed.contains(engine) {
            timing.milliseconds[engine] = Measure.median(values)
        }
        let line = engines.map { "\($0.name) \(timing.milliseconds[$0.name].map { fixed($0, 1) } ?? "–") ms" }
        printProgress("\(workload.name) n=\(workload.n): " + line.joined(separator: ", "))
        timings.append(timing)
    }
    return timings
}

/// Progress goes to stderr so stdout holds only the report.
func printProgress(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
