import Foundation

/// wasm3 through pywasm3, in a child process (`wasm3_bench.py --serve`) that the runner drives line by
/// line, so that its timed runs interleave with the in-process engines' (see `benchmarkWorkloads`).
/// A run is timed in the runner, so the pipe round trip (tens of microseconds) is included: well under
/// 0.1% of any workload's run.
final class Wasm3Engine: BenchEngine {
    let name = "wasm3"
    private let process: Process
    private let input: FileHandle
    private var reader: LineReader

    /// Starts the child; nil, with a note, when Python or pywasm3 is unavailable.
    static func start(python: String, notes: inout [String]) -> Wasm3Engine? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, RepoPaths.wasm3Script.path, "--serve"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            notes.append("wasm3 skipped: cannot start \(python): \(error)")
            return nil
        }
        var reader = LineReader(stdout.fileHandleForReading)
        guard reader.next() == "ready" else {
            process.waitUntilExit()
            switch process.terminationStatus {
            case 3: notes.append("wasm3 skipped: pywasm3 is not installed (run `bash Benchmarks/setup.sh`)")
            case 127: notes.append("wasm3 skipped: \(python) not found")
            default: notes.append("wasm3 skipped: wasm3_bench.py exited with status \(process.terminationStatus)")
            }
            return nil
        }
        return Wasm3Engine(process: process, input: stdin.fileHandleForWriting, reader: reader)
    }

    private init(process: Process, input: FileHandle, reader: LineReader) {
        self.process = process
        self.input = input
        self.reader = reader
    }

    deinit {
        try? input.write(contentsOf: Data("quit\n".utf8))
        try? input.close()
        process.waitUntilExit()
    }

    private func ask(_ command: String) throws -> String {
        try input.write(contentsOf: Data((command + "\n").utf8))
        guard let answer = reader.next() else { throw BenchError("wasm3_bench.py ended") }
        if answer.hasPrefix("error") { throw BenchError(answer) }
        return answer
    }

    func prepareRun(_ bytes: [UInt8]) throws -> (Int32) throws -> Int64 {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("wasmhost-bench-\(getpid())-\(UUID().uuidString).wasm")
        try Data(bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        _ = try ask("load \(path.path)")
        return { [unowned self] n in
            let answer = try self.ask("run \(n)")
            guard let value = Int64(answer) else { throw BenchError("wasm3 answered \"\(answer)\"") }
            return value
        }
    }

    // Start-up costs are measured for the in-process engines only.
    func compileFully(_ bytes: [UInt8]) throws -> Any { throw BenchError("not measured for wasm3") }
    var compileDescription: String { "not measured" }
    func prepareInstantiate(_ bytes: [UInt8]) throws -> () throws -> Any { throw BenchError("not measured for wasm3") }
    func call(_ instance: Any, _ name: String, _ argument: Int32) throws -> Int32 { throw BenchError("not measured for wasm3") }
}

/// Lines of a pipe, read as they arrive.
struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
