import Foundation
import XCTest

/// Runs the conformance programs of `Fixtures/wasi-conformance` (wasi-testsuite layout: `NAME.wasm` plus
/// `NAME.json` with args, env, dirs/root, exit_code and stdout) through the built `wasm-run` exactly as
/// the suite's runner does: from a temporary copy of the test's folder, `wasm-run --dir DIR::/
/// [--env K=V]... NAME.wasm [ARGS...]`, stdin empty, comparing the exit status and stdout.
/// `Scripts/wasi-conformance.sh` does the same for any folder (the real suite included).
final class ConformanceSuiteTests: XCTestCase {
    struct Spec {
        var args: [String] = []
        var env: [(String, String)] = []
        var dirs: [String] = []
        var exitCode: Int32 = 0
        var stdout: String?

        init(_ url: URL) throws {
            guard let data = FileManager.default.contents(atPath: url.path) else { return }
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw NSError(domain: "\(url.lastPathComponent): not a JSON object", code: 1)
            }
            args = object["args"] as? [String] ?? []
            env = (object["env"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            dirs = (object["dirs"] as? [String] ?? []) + ((object["root"] as? String).map { [$0] } ?? [])
            exitCode = Int32(object["exit_code"] as? Int ?? 0)
            stdout = object["stdout"] as? String
        }
    }

    static let folder = WASIFixture.root.appendingPathComponent("wasi-conformance")

    /// Runs one test; returns the failures (empty when it passed).
    func run(_ name: String) throws -> [String] {
        let fm = FileManager.default
        let wasm = Self.folder.appendingPathComponent(name + ".wasm")
        let spec = try Spec(Self.folder.appendingPathComponent(name + ".json"))
        let work = try TemporaryDirectory()
        try fm.copyItem(atPath: wasm.path, toPath: work.path + "/" + name + ".wasm")
        for dir in spec.dirs {
            let source = Self.folder.appendingPathComponent(dir).path
            if fm.fileExists(atPath: source) {
                try fm.copyItem(atPath: source, toPath: work.path + "/" + dir)
            } else {
                _ = try work.directory(dir)
            }
        }
        var arguments: [String] = []
        for dir in spec.dirs { arguments += ["--dir", dir + "::/"] }
        for (key, value) in spec.env { arguments += ["--env", "\(key)=\(value)"] }
        arguments += [name + ".wasm"] + spec.args
        let result = try WasmRunCLITests.run(arguments, directory: work.path)
        var problems: [String] = []
        if result.status != spec.exitCode { problems.append("exit status \(result.status), expected \(spec.exitCode)") }
        if let stdout = spec.stdout, result.stdout != stdout { problems.append("stdout \(result.stdout.debugDescription)") }
        // The sandbox: nothing appeared or vanished beside the preopened directories.
        let expected = Set([name + ".wasm"] + spec.dirs.map { String($0.split(separator: "/").first ?? "") })
        let present = Set(try fm.contentsOfDirectory(atPath: work.path))
        if present != expected { problems.append("the folder around the root changed: \(present.sorted())") }
        // Every program cleans up after itself: the preopened directories end as they started.
        for dir in spec.dirs where fm.fileExists(atPath: Self.folder.appendingPathComponent(dir).path) {
            let before = try fm.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(dir).path).sorted()
            let after = try work.contents(dir)
            if before != after { problems.append("\(dir) holds \(after), expected \(before)") }
        }
        if !problems.isEmpty { problems.append("stderr: " + result.stderr) }
        return problems
    }

    func testEveryConformanceProgram() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".wasm") }.map { String($0.dropLast(5)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 19)
        for name in names {
            let problems = try run(name)
            XCTAssertTrue(problems.isEmpty, "\(name): " + problems.joined(separator: "; "))
        }
    }

    /// A real Rust std program (`rust_std.rs`) on a read-only preopen: std asks for path-mutation rights
    /// on every open, which a `:ro` tree drops silently; writes are still refused.
    func testRustStdOnReadOnlyPreopen() throws {
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent("fs-tests.dir").path,
                                          toPath: work.path + "/fs-tests.dir")
        let result = try WasmRunCLITests.run(["--dir", "fs-tests.dir::/:ro",
                                              Self.folder.appendingPathComponent("rust_std.wasm").path, "read-only"],
                                             directory: work.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            args: ["read-only"]
            read: 01234567
            dir: ["lseek.txt"]
            len: 8
            write refused: true
            create_dir refused: true
            remove refused: true

            """)
        XCTAssertEqual(try work.contents("fs-tests.dir"), ["lseek.txt"])
    }

    /// wasm-run supplies `env.abort` to AssemblyScript programs built without the WASI shim.
    func testAssemblyScriptAbortMessage() throws {
        let work = try TemporaryDirectory()
        let result = try WasmRunCLITests.run([Self.folder.appendingPathComponent("as_abort.wasm").path],
                                                   directory: work.path)
        XCTAssertEqual(result.status, 255)
        XCTAssertEqual(result.stderr, "abort: ok in a.ts(3:7)\n")
    }
}
