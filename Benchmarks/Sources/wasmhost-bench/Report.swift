import Foundation

/// Builds the Markdown report.
struct Report {
    var timings: [WorkloadTiming] = []
    var wasm3Included = false
    var startup: [StartupResult] = []
    var compileNotes: [String] = []
    var wasmKitParseOnlyMBps: Double?
    var largeBytes = 0
    var header: [String] = []
    var notes: [String] = []

    func markdown() -> String {
        var lines = header
        if !timings.isEmpty {
            lines += ["", "### Execution: median time of `run(n)`", ""]
            lines.append("| workload | n | WasmHost ms | WasmKit ms | wasm3 ms | WasmKit/WasmHost | wasm3/WasmHost |")
            lines.append("|---|---:|---:|---:|---:|---:|---:|")
            for t in timings {
                let host = t.milliseconds["WasmHost"], kit = t.milliseconds["WasmKit"], w3 = t.milliseconds["wasm3"]
                lines.append("| \(t.name) | \(t.n) | \(ms(host)) | \(ms(kit)) | \(wasm3Included ? ms(w3) : "skipped") "
                    + "| \(ratio(kit, host)) | \(wasm3Included ? ratio(w3, host) : "–") |")
            }
            lines.append("")
            lines.append("- Geometric mean WasmKit/WasmHost: \(geomean("WasmKit")) (> 1 means WasmHost is faster)")
            lines.append("- Geometric mean wasm3/WasmHost: \(wasm3Included ? geomean("wasm3") : "skipped") (> 1 means WasmHost is faster)")
            // wasm3 has no SIMD: the means over the workloads every engine ran compare like with like.
            let common = timings.filter { t in ["WasmHost", "WasmKit", "wasm3"].allSatisfy { t.milliseconds[$0] != nil } }
            if wasm3Included, common.count < timings.count, !common.isEmpty {
                lines.append("- Over the \(common.count) workloads all three engines ran: WasmKit/WasmHost "
                    + "\(geomean("WasmKit", over: common, counted: false)), wasm3/WasmHost \(geomean("wasm3", over: common, counted: false))")
            }
        }
        if !startup.isEmpty {
            lines += ["", "### Startup", ""]
            lines.append("| engine | compile large.wasm (\(fixed(Double(largeBytes) / 1e6, 2)) MB) ms | compile MB/s "
                + "| instantiate 1-page module µs (mean of \(instantiationCount)) "
                + "| RSS growth, \(liveInstanceCount) live instances | RSS per instance |")
            lines.append("|---|---:|---:|---:|---:|---:|")
            for s in startup {
                lines.append("| \(s.engine) | \(s.compileMs.map { fixed($0, 1) } ?? "–") | \(s.compileMBps.map { fixed($0, 2) } ?? "–") "
                    + "| \(s.instantiateMicroseconds.map { fixed($0, 2) } ?? "–") "
                    + "| \(s.rssTotalKiB.map { "\($0) KiB" } ?? "–") | \(s.rssKiBPerInstance.map { fixed($0, 1) + " KiB" } ?? "–") |")
            }
            lines.append("")
            lines += compileNotes.map { "- " + $0 }
            if let parse = wasmKitParseOnlyMBps {
                lines.append("- For reference, WasmKit parse only (its default lazy mode; no function-body validation "
                    + "or translation): \(fixed(parse, 2)) MB/s")
            }
        }
        if !notes.isEmpty {
            lines += ["", "### Notes", ""] + notes.map { "- " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func ms(_ value: Double?) -> String { value.map { fixed($0, 1) } ?? "–" }

    private func ratio(_ peer: Double?, _ host: Double?) -> String {
        guard let peer, let host, host > 0 else { return "–" }
        return fixed(peer / host, 2)
    }

    private func geomean(_ peer: String, over workloads: [WorkloadTiming]? = nil, counted: Bool = true) -> String {
        let ratios = (workloads ?? timings).compactMap { t -> Double? in
            guard let p = t.milliseconds[peer], let h = t.milliseconds["WasmHost"], h > 0 else { return nil }
            return p / h
        }
        guard let mean = Measure.geometricMean(ratios) else { return "–" }
        return counted ? "\(fixed(mean, 2)) over \(ratios.count) workloads" : fixed(mean, 2)
    }
}

/// Date, machine and command, for the report header.
func machineDescription() -> [String] {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?")
        .split(separator: " ").prefix(3).joined(separator: " ")
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
    return [
        "- Date: \(formatter.string(from: Date())) UTC",
        "- Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(model); load average at start \(load)",
        "- Command: `wasmhost-bench \(CommandLine.arguments.dropFirst().joined(separator: " "))`",
    ]
}
