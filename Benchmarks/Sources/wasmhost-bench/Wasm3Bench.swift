import Foundation

/// Runs Benchmarks/wasm3_bench.py (pywasm3) and returns its median milliseconds per workload name.
/// Returns nil with a note when Python or pywasm3 is unavailable.
func benchmarkWasm3(_ workloads: [Workload], fixtures: URL, runs: Int, n: Int32?, python: String,
                    notes: inout [String]) -> [String: Double]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, RepoPaths.wasm3Script.path, "--runs", String(runs), "--fixtures", fixtures.path]
        + (n.map { ["--n", String($0)] } ?? []) + workloads.map(\.name)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.standardError
    do {
        try process.run()
    } catch {
        notes.append("wasm3 skipped: cannot start \(python): \(error)")
        return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 3 {
        notes.append("wasm3 skipped: pywasm3 is not installed (run `bash Benchmarks/setup.sh`)")
        return nil
    }
    if process.terminationStatus == 127 {
        notes.append("wasm3 skipped: \(python) not found")
        return nil
    }
    var medians: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let name = object["name"] as? String, let ms = object["ms"] as? Double else { continue }
        if object["ok"] as? Bool == true {
            medians[name] = ms
            printProgress("\(name): wasm3 \(fixed(ms, 1)) ms")
        } else {
            notes.append("wasm3 gave a wrong result on \(name): \(object["result"] ?? "?")")
        }
    }
    if process.terminationStatus != 0 && medians.isEmpty {
        notes.append("wasm3 skipped: wasm3_bench.py exited with status \(process.terminationStatus)")
        return nil
    }
    return medians
}
