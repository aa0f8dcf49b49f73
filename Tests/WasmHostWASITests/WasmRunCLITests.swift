import Foundation
import XCTest

/// Runs the built `wasm-run` executable (next to the test bundle) as the conformance suite does.
final class WasmRunCLITests: XCTestCase {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func wasmRun(_ arguments: [String], stdin: String = "", directory: String? = nil) throws -> Result {
        try Self.run(arguments, stdin: stdin, directory: directory)
    }

    /// Runs the built `wasm-run` with `arguments` from `directory`, feeding `stdin`; skips if not built.
    static func run(_ arguments: [String], stdin: String = "", directory: String? = nil) throws -> Result {
        let executable = try builtWasmRun()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    let fixtures = WASIFixture.root.path

    func testHelloAndExitStatus() throws {
        let core = try wasmRun(["\(fixtures)/core/hello.wasm"])
        XCTAssertEqual(core.stdout, "Hello, WasmHost!\n")
        XCTAssertEqual(core.status, 0)
        let hello = try wasmRun(["\(fixtures)/wasi/hello.wasm"])
        XCTAssertEqual(hello.stdout, "Hello from WASI!\n")
        XCTAssertEqual(hello.stderr, "to stderr\n")
        XCTAssertEqual(hello.status, 3)
    }

    func testConformanceStyleInvocation() throws {
        let temp = try TemporaryDirectory()
        _ = try temp.directory("fs-tests.dir")
        let result = try wasmRun(["--dir", "fs-tests.dir::/", "--env", "GREETING=hi", "\(fixtures)/wasi/fileops.wasm"],
                                 directory: temp.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("rmdir: ok\n.: . ..\n"), result.stdout)
        let args = try wasmRun(["--env", "GREETING=hi", "\(fixtures)/wasi/args_env.wasm", "--", "--flag", "x"])
        XCTAssertEqual(args.stdout, "arg 0: args_env.wasm\narg 1: --flag\narg 2: x\nenv: GREETING=hi\nGREETING=hi\n")
        XCTAssertEqual(args.status, 3)
    }

    func testCatAndTrace() throws {
        let cat = try wasmRun(["--trace", "\(fixtures)/wasi/cat.wasm"], stdin: "streamed\n")
        XCTAssertEqual(cat.stdout, "streamed\n")
        XCTAssertEqual(cat.status, 0)
        XCTAssertTrue(cat.stderr.contains("FDRead(0, [1]IOVec{[65536]byte}) => 9: [1]IOVec{[9]byte(\"streamed\\n\")}"), cat.stderr)
        XCTAssertTrue(cat.stderr.contains("FDWrite(1, [1]IOVec{[9]byte(\"streamed\\n\")}) => 9"), cat.stderr)
    }

    func testErrors() throws {
        let missing = try wasmRun([])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("error: missing module"))
        let unknown = try wasmRun(["--nope", "x.wasm"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "error: flag provided but not defined: -nope\n")
        let unreadable = try wasmRun(["/nonexistent.wasm"])
        XCTAssertEqual(unreadable.stderr, "error: cannot read /nonexistent.wasm\n")
        let pprof = try wasmRun(["--pprof-addr", ":6060", "x.wasm"])
        XCTAssertEqual(pprof.status, 1)
        let version = try wasmRun(["-v"])
        XCTAssertTrue(version.stdout.hasPrefix("wasm-run "))
        XCTAssertEqual(version.status, 0)
        let invoke = try wasmRun(["--invoke", "sum", "\(fixtures)/core/sum.wasm", "100"])
        XCTAssertEqual(invoke.stdout, "5050\n")
    }
}
