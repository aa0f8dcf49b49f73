import Foundation

/// wasmhost-bench: WasmHost against WasmKit 0.4.2 and wasm3 on Fixtures/bench, plus startup costs.
func main() -> Int32 {
    let options: Options
    do {
        options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
        printProgress("\(error)")
        return 2
    }
    let host = WasmHostEngine()
    let kit = WasmKitEngine()
    let allEngines: [any BenchEngine] = [host, kit]
    let engines = allEngines.filter { options.engines.isEmpty || options.engines.contains($0.name) }
    if engines.isEmpty {
        printProgress("unknown --engine; known: \(allEngines.map(\.name).joined(separator: ", "))")
        return 2
    }

    if let child = options.rssChild {
        guard let engine = allEngines.first(where: { $0.name == child }) else { return 2 }
        do { try rssChild(engine: engine) } catch {
            printProgress("rss child: \(error)")
            return 1
        }
        return 0
    }

    let fixtures = options.fixtures.map { URL(fileURLWithPath: $0) } ?? RepoPaths.fixtures
    var report = Report()
    report.header = ["## WasmHost benchmarks", ""] + machineDescription() + [
        "- Runs: \(options.runs) timed runs per workload and engine after one untimed warm-up run; medians reported",
        "- WasmKit 0.4.2, default EngineConfiguration (\(kit.threadingModel) dispatch, lazy compilation); "
            + "wasm3 via pywasm3 (Python binding, in a child process driven run by run, interleaved with the others)",
    ]
    var notes: [String] = []

    if options.runWorkloads {
        do {
            var workloads = try Workload.load(from: fixtures, only: options.names)
            if let n = options.n {
                for index in workloads.indices {
                    workloads[index].n = n
                    workloads[index].expected = nil
                }
                notes.append("n overridden with --n \(n): results not checked")
            }
            var runEngines = engines
            if !options.runWasm3 {
                notes.append("wasm3 skipped (--no-wasm3)")
            } else if let wasm3 = Wasm3Engine.start(python: options.python, notes: &notes) {
                runEngines.append(wasm3)
                report.wasm3Included = true
            }
            report.timings = benchmarkWorkloads(workloads, engines: runEngines, runs: options.runs, notes: &notes)
        } catch {
            printProgress("error: \(error)")
            return 1
        }
    }

    if options.runStartup {
        do {
            let large = try readBytes(fixtures.appendingPathComponent("large.wasm"))
            report.largeBytes = large.count
            report.startup = engines.map { benchmarkStartup(engine: $0, large: large, runs: options.runs, notes: &notes) }
            var parse: [Double] = []
            for _ in 0..<max(options.runs, 3) {
                let (module, ms) = try Measure.time { try kit.parseOnly(large) }
                withExtendedLifetime(module) {}
                parse.append(ms)
            }
            report.wasmKitParseOnlyMBps = Double(large.count) / 1e6 / (Measure.median(parse) / 1e3)
            report.compileNotes = engines.map { "\($0.name) compile = \($0.compileDescription)" } + [
                "Instantiate: WasmHost `Runtime.instantiate` of a compiled module; WasmKit `Module.instantiate` "
                    + "into a new `Store` each time (WasmKit frees instances only with their store)",
                "RSS: VmRSS growth in a fresh child process while making \(liveInstanceCount) instances of the "
                    + "same 1-page module, kept alive in an array, each called once",
            ]
        } catch {
            notes.append("startup benchmarks failed: \(error)")
        }
    }

    report.notes = notes
    let markdown = report.markdown()
    print(markdown, terminator: "")
    if let path = options.markdownPath {
        do {
            try markdown.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            printProgress("cannot write \(path): \(error)")
            return 1
        }
    }
    let failed = notes.contains { $0.contains("failed") || $0.contains("wrong result") }
    return failed ? 1 : 0
}

exit(main())
