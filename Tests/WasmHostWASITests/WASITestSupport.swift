import Foundation
import WasmHostWASI
import WasmHost
import XCTest

/// Runs the committed WASI fixtures in-process with captured stdio.
enum WASIFixture {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func bytes(_ path: String) throws -> [UInt8] {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NSError(domain: "fixture not found: \(url.path)", code: 1)
        }
        return [UInt8](data)
    }

    struct Output {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `Fixtures/<path>`'s `_start` with `configuration` (its stdio replaced by buffers).
    static func run(_ path: String, _ configuration: WASIConfiguration = WASIConfiguration(),
                    stdin: [UInt8] = []) throws -> Output {
        var configuration = configuration
        if configuration.arguments.isEmpty {
            configuration.arguments = [String(path.split(separator: "/").last!)]
        }
        let out = WASIBuffer(), err = WASIBuffer()
        configuration.stdin = .buffer(WASIBuffer(stdin))
        configuration.stdout = .buffer(out)
        configuration.stderr = .buffer(err)
        let runtime = Runtime()
        runtime.register(WASIModule(configuration))
        let instance = try runtime.instantiate(try runtime.compile(try bytes(path)))
        let code = try WASIModule.run(instance)
        return Output(exitCode: code, stdout: out.string, stderr: err.string)
    }
}

/// A temporary directory removed at the end of the test.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "wasi-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String, _ text: String) throws {
        try text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
    }

    func directory(_ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path + "/" + name, withIntermediateDirectories: true)
        return path + "/" + name
    }

    func contents(_ name: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/" + name).sorted()
    }
}

/// The `wasm-run` built beside the test bundle. `swift test` builds every product, so it is there;
/// a test run that built only the test targets skips the CLI tests (the reason names the path).
func builtWasmRun() throws -> URL {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("wasm-run")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
        throw XCTSkip("wasm-run not built at \(executable.path) (run `swift build` first)")
    }
    return executable
}
