import Foundation

/// Command-line options of wasmhost-bench.
struct Options {
    var runs = 5
    var markdownPath: String?
    var fixtures: String?
    var names: [String] = []
    var runWorkloads = true
    var runStartup = true
    var runWasm3 = true
    var python = "python3"
    /// Only these in-process engines (WasmHost, WasmKit); all when empty.
    var engines: [String] = []
    /// Internal: measure RSS of live instances for one engine and print it (used in a child process).
    var rssChild: String?
    /// Overrides every workload's n; results are then not checked.
    var n: Int32?

    static let usage = """
        usage: wasmhost-bench [--runs N] [--markdown FILE] [--fixtures DIR] [--python PATH]
                              [--engine NAME ...] [--n N]
                              [--no-workloads] [--no-startup] [--no-wasm3] [WORKLOAD ...]

          --runs N         timed runs per workload and engine (default 5, at least 1); the median is reported
          --markdown FILE  also write the report as Markdown to FILE
          --fixtures DIR   folder with workloads.txt and the .wasm files (default: Fixtures/bench of the repo)
          --python PATH    Python interpreter for wasm3_bench.py (default python3)
          --engine NAME    only this in-process engine (WasmHost or WasmKit; repeatable), e.g. for profiling
          --n N            override every workload's n (the checksum is then not checked)
          --no-workloads   skip the execution benchmarks
          --no-startup     skip compile speed, instantiate time and RSS
          --no-wasm3       skip the wasm3 column
          WORKLOAD         only these workloads (names from workloads.txt)
        """

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var iterator = arguments.makeIterator()
        func value(_ flag: String) throws -> String {
            guard let next = iterator.next() else { throw BenchError("\(flag) needs a value\n\(usage)") }
            return next
        }
        while let argument = iterator.next() {
            switch argument {
            case "--runs":
                guard let runs = Int(try value(argument)), runs >= 1 else { throw BenchError("--runs needs a count >= 1") }
                options.runs = runs
            case "--markdown": options.markdownPath = try value(argument)
            case "--fixtures": options.fixtures = try value(argument)
            case "--python": options.python = try value(argument)
            case "--engine": options.engines.append(try value(argument))
            case "--n":
                guard let n = Int32(try value(argument)), n >= 0 else { throw BenchError("--n needs a count >= 0") }
                options.n = n
            case "--no-workloads": options.runWorkloads = false
            case "--no-startup": options.runStartup = false
            case "--no-wasm3": options.runWasm3 = false
            case "--rss-child": options.rssChild = try value(argument)
            case "-h", "--help": throw BenchError(usage)
            default:
                if argument.hasPrefix("-") { throw BenchError("unknown option \(argument)\n\(usage)") }
                options.names.append(argument)
            }
        }
        return options
    }
}

/// Paths of the repository this package sits in, found from this source file's location so the
/// runner works from any current directory.
enum RepoPaths {
    /// .../Benchmarks
    static let benchmarks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = benchmarks.deletingLastPathComponent().appendingPathComponent("Fixtures/bench")
    static let wasm3Script = benchmarks.appendingPathComponent("wasm3_bench.py")
}
