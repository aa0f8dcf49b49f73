import Foundation
@testable import WasmHostWASI
import WasmHost
import XCTest

/// The C fixtures of Fixtures/wasi run through Runtime + WASIModule with captured stdio.
final class WASIProgramTests: XCTestCase {
    func testCoreHello() throws {
        let output = try WASIFixture.run("core/hello.wasm")
        XCTAssertEqual(output.stdout, "Hello, WasmHost!\n")
        XCTAssertEqual(output.exitCode, 0)
    }

    func testHelloExitCodeAndStderr() throws {
        let output = try WASIFixture.run("wasi/hello.wasm")
        XCTAssertEqual(output.stdout, "Hello from WASI!\n")
        XCTAssertEqual(output.stderr, "to stderr\n")
        XCTAssertEqual(output.exitCode, 3)
    }

    func testArgsAndEnvironment() throws {
        let config = WASIConfiguration(arguments: ["args_env.wasm", "one", "two words", ""],
                                       environment: ["GREETING=hello there", "EMPTY="])
        let output = try WASIFixture.run("wasi/args_env.wasm", config)
        XCTAssertEqual(output.stdout, """
            arg 0: args_env.wasm
            arg 1: one
            arg 2: two words
            arg 3: \("")
            env: GREETING=hello there
            env: EMPTY=
            GREETING=hello there

            """)
        XCTAssertEqual(output.exitCode, 4)
    }

    func testNoArgumentsNoEnvironment() throws {
        let output = try WASIFixture.run("wasi/args_env.wasm", WASIConfiguration(arguments: ["x"]))
        XCTAssertEqual(output.stdout, "arg 0: x\nGREETING=(unset)\n")
        XCTAssertEqual(output.exitCode, 1)
    }

    func testCatCopiesStdin() throws {
        var input: [UInt8] = []
        for i in 0..<200_000 { input.append(UInt8(truncatingIfNeeded: i &* 31 &+ i >> 8)) }
        let output = try WASIFixture.run("wasi/cat.wasm", stdin: input)
        XCTAssertEqual(output.exitCode, 0)
        XCTAssertEqual(Array(output.stdout.utf8).count > 0, true)
        // Compare bytes exactly (the input is not UTF-8).
        let out = WASIBuffer()
        var config = WASIConfiguration(arguments: ["cat"])
        config.stdin = .buffer(WASIBuffer(input))
        config.stdout = .buffer(out)
        let runtime = Runtime()
        runtime.register(WASIModule(config))
        let instance = try runtime.instantiate(try runtime.compile(try WASIFixture.bytes("wasi/cat.wasm")))
        XCTAssertEqual(try WASIModule.run(instance), 0)
        XCTAssertEqual(out.bytes, input)
    }

    func testCatThroughHostPipes() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let text = "through a host pipe\n"
        _ = text.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        let out = WASIBuffer()
        var config = WASIConfiguration(arguments: ["cat"])
        config.stdin = .fileDescriptor(fds[0])
        config.stdout = .buffer(out)
        let runtime = Runtime()
        runtime.register(WASIModule(config))
        let instance = try runtime.instantiate(try runtime.compile(try WASIFixture.bytes("wasi/cat.wasm")))
        XCTAssertEqual(try WASIModule.run(instance), 0)
        close(fds[0])
        XCTAssertEqual(out.string, text)
    }

    func testFileOperations() throws {
        let temp = try TemporaryDirectory()
        let root = try temp.directory("root")
        var config = WASIConfiguration(arguments: ["fileops"])
        config.preopens = [Preopen(hostPath: root, guestPath: "/")]
        let output = try WASIFixture.run("wasi/fileops.wasm", config)
        XCTAssertEqual(output.stdout, """
            read 18: line one
            line two
            stat: ok
            size 18 regular 1
            mkdir sub: ok
            mkdir sub again: errno 20
            rename: ok
            stat old name: errno 44
            pwrite 4
            pread 8: LINE one
            seek end 18
            ftruncate: ok
            size after truncate 4
            open excl existing: errno 20
            symlink: ok
            readlink 9: moved.txt
            link: ok
            nlink 2
            sub: . .. file0 file1 file2 hard link moved.txt
            rmdir non-empty: errno 55
            unlink link: ok
            unlink hard: ok
            unlink moved: ok
            unlink missing: errno 44
            rmdir: ok
            .: . ..

            """)
        XCTAssertEqual(output.exitCode, 0)
        XCTAssertEqual(try temp.contents("root"), [])
    }

    static let sandboxExpected = """
        open ..: 63
        open ../outside.txt: 63
        mkdir a: 0
        open a/../..: 63
        open a/..: 0
        open /etc/passwd: 63
        create ../new.txt: 63
        stat /etc/passwd: 63
        stat ../outside.txt: 63
        mkdir ../x: 63
        unlink ../outside.txt: 63
        symlink up -> ..: 0
        open up/outside.txt: 63
        stat up/outside.txt: 63
        stat up (follow): 63
        stat up (nofollow): 0
        stat up/: 63
        symlink evil -> /etc: 0
        open evil/passwd: 63
        open evil: 63
        symlink out -> a/../../outside.txt: 0
        open out: 63
        create through out: 63
        link up/outside.txt: 63
        link out (follow): 63
        create inside.txt: 0
        rename inside.txt -> ../stolen.txt: 63
        rename inside.txt -> up/stolen.txt: 63
        symlink loop1 -> loop2: 0
        symlink loop2 -> loop1: 0
        open loop1: 32
        symlink ok -> a: 0
        open ok (inside): 0
        readlink evil: 0 /etc
        ro: mkdir: 76
        ro: create: 76
        ro: open for write: 76
        ro: truncate: 76
        ro: unlink: 76
        ro: rename: 76
        ro: symlink: 76
        ro: link: 76
        ro: set times: 76
        ro: rmdir: 76
        ro: open for read: 0
        ro: read: 0
        ro: content readonly

        ro: write: 76
        ro: set size: 76
        ro: rename into rw: 76
        rw: rename from ro: 76

        """

    func runSandbox() throws {
        let temp = try TemporaryDirectory()
        try temp.file("outside.txt", "secret\n")
        let root = try temp.directory("root")
        let ro = try temp.directory("ro")
        try temp.file("ro/ro.txt", "readonly\n")
        var config = WASIConfiguration(arguments: ["sandbox"])
        config.preopens = [Preopen(hostPath: root, guestPath: "/"), Preopen(hostPath: ro, guestPath: "/ro", readOnly: true)]
        let output = try WASIFixture.run("wasi/sandbox.wasm", config)
        XCTAssertEqual(output.stdout, WASIProgramTests.sandboxExpected)
        XCTAssertEqual(output.exitCode, 0)
        // Nothing outside the preopens changed.
        XCTAssertEqual(try temp.contents(), ["outside.txt", "ro", "root"])
        XCTAssertEqual(try String(contentsOfFile: temp.path + "/outside.txt", encoding: .utf8), "secret\n")
        XCTAssertEqual(try temp.contents("ro"), ["ro.txt"])
        XCTAssertEqual(try String(contentsOfFile: ro + "/ro.txt", encoding: .utf8), "readonly\n")
        XCTAssertEqual(try temp.contents("root"), ["a", "evil", "inside.txt", "loop1", "loop2", "ok", "out", "up"])
    }

    func testSandboxWithOpenat2() throws {
        try runSandbox()
    }

    func testSandboxWithComponentWalk() throws {
        let saved = Host.openat2Available
        Host.openat2Available = false
        defer { Host.openat2Available = saved }
        try runSandbox()
    }

    func testFaultsGiveErrnos() throws {
        let out = WASIBuffer()
        var config = WASIConfiguration(arguments: ["faults"])
        config.stdout = .buffer(out)
        let runtime = Runtime()
        runtime.register(WASIModule(config))
        let instance = try runtime.instantiate(try runtime.compile(try WASIFixture.bytes("wasi/faults.wasm")))
        let expected: [(String, Int32)] = [
            ("write_bad_iovs", 21), ("write_bad_buffer", 21), ("write_bad_result", 21), ("args_bad", 21),
            ("random_bad", 21), ("random_huge", 21), ("poll_none", 28), ("poll_bad", 21), ("clock_bad_id", 28),
            ("clock_bad_out", 21), ("open_bad_path", 21), ("open_bad_fd", 8),
        ]
        for (name, errno) in expected {
            XCTAssertEqual(try instance.invoke(name), [.int32(errno)], name)
        }
        XCTAssertEqual(out.bytes, [])
    }

    func testRaiseYieldAndPrestat() throws {
        let temp = try TemporaryDirectory()
        var config = WASIConfiguration(arguments: ["faults"])
        config.preopens = [Preopen(hostPath: temp.path, guestPath: "/sandbox")]
        let runtime = Runtime()
        runtime.register(WASIModule(config))
        let instance = try runtime.instantiate(try runtime.compile(try WASIFixture.bytes("wasi/faults.wasm")))
        XCTAssertEqual(try instance.invoke("raise_ignored"), [.int32(0)])
        XCTAssertEqual(try instance.invoke("raise_invalid"), [.int32(28)])
        XCTAssertEqual(try instance.invoke("yield"), [.int32(0)])
        XCTAssertEqual(try instance.invoke("prestat_name_bad"), [.int32(21)])
        XCTAssertEqual(try instance.invoke("prestat_name_short"), [.int32(28)])
        do {
            try instance.invoke("raise_term")
            XCTFail("proc_raise(SIGTERM) returned")
        } catch {
            guard case .trap(let trap) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(trap.kind, .exit)
            XCTAssertEqual(trap.exitCode, 142)
        }
        XCTAssertEqual(WASIModule.state(of: instance)?.exitCode, 142)
    }

    func testTracerLines() throws {
        let temp = try TemporaryDirectory()
        let tracePath = temp.path + "/trace.txt"
        let traceFD = open(tracePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        XCTAssertGreaterThanOrEqual(traceFD, 0)
        var config = WASIConfiguration(arguments: ["hello.wasm"])
        config.traceFD = traceFD
        let output = try WASIFixture.run("wasi/hello.wasm", config)
        close(traceFD)
        XCTAssertEqual(output.exitCode, 3)
        let trace = try String(contentsOfFile: tracePath, encoding: .utf8)
        let lines = trace.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("FDStatGet(1) => {FileType:UnknownType,Flags:FDFlags(0),RightsBase:TTYRights,RightsInheriting:Rights(0)}"), trace)
        XCTAssertTrue(lines.contains("FDWrite(1, [2]IOVec{[16]byte(\"Hello from WASI!\"), [1]byte(\"\\n\")}) => 17"), trace)
        XCTAssertTrue(lines.contains("FDWrite(2, [2]IOVec{[0]byte(\"\"), [10]byte(\"to stderr\\n\")}) => 10"), trace)
        XCTAssertEqual(lines.last, "ProcExit(3)")
    }
}
