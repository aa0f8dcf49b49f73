import Foundation
import Synchronization
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Runs the socket fixtures (Fixtures/sockets) under the built `wasm-run`, on loopback only, against
/// Swift clients and servers. A `--listen 127.0.0.1:0` server's port is read from the line wasm-run
/// prints on stderr (`wasm-run: listening on 127.0.0.1:PORT`); the UDP fixture prints its own.
final class SocketFixtureTests: XCTestCase {
    let fixtures = WASIFixture.root.path + "/sockets"

    /// A running `wasm-run` with its stdout and stderr pipes.
    final class Guest {
        let process = Process()
        let output = Pipe(), errors = Pipe()

        init(_ arguments: [String]) throws {
            let executable = try builtWasmRun()
            process.executableURL = executable
            process.arguments = arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = errors
            try process.run()
        }

        /// Reads one line (blocking) from stdout or stderr.
        func line(fromErrors: Bool = true) -> String {
            let handle = (fromErrors ? errors : output).fileHandleForReading
            var bytes: [UInt8] = []
            while true {
                var byte: UInt8 = 0
                guard read(handle.fileDescriptor, &byte, 1) == 1, byte != UInt8(ascii: "\n") else { break }
                bytes.append(byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The port of the first `listening on` line on stderr.
        func listeningPort() throws -> UInt16 {
            let text = line()
            guard text.hasPrefix("wasm-run: listening on 127.0.0.1:"), let port = UInt16(text.split(separator: ":").last ?? "") else {
                throw NSError(domain: "unexpected wasm-run output: \(text)", code: 1)
            }
            return port
        }

        /// Waits for the exit; returns the status and the rest of stdout and stderr. A guest still running
        /// after `timeout` seconds (a failed exchange left it waiting) is terminated and reported.
        func finish(timeout: Double = 60) -> (Int32, String, String) {
            let done = DispatchSemaphore(value: 0)
            let result = Mutex<(Data, Data)>((Data(), Data()))
            let (output, errors, process) = (self.output, self.errors, self.process)
            DispatchQueue.global().async {
                let out = output.fileHandleForReading.readDataToEndOfFile()
                let err = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                result.withLock { $0 = (out, err) }
                done.signal()
            }
            if done.wait(timeout: .now() + timeout) == .timedOut {
                XCTFail("wasm-run \(process.arguments ?? []) still running after \(timeout) s: terminated")
                process.terminate()
                done.wait()
            }
            let (out, err) = result.withLock { $0 }
            return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
        }
    }

    // MARK: a blocking Swift socket client/server

    func loopback(_ port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    func connectTCP(_ port: UInt16) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = loopback(port)
        let r = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard fd >= 0, r == 0 else { throw NSError(domain: "connect: \(String(cString: strerror(errno)))", code: 1) }
        return fd
    }

    func sendAll(_ fd: Int32, _ bytes: [UInt8]) { SocketFixtureTests.sendAll(fd, bytes) }

    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return }
            sent += n
        }
    }

    func receiveAll(_ fd: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return result }
            result += buffer[0..<n]
        }
    }

    /// Sends `payload`, half-closes, and returns everything the server sends until it closes.
    func exchange(_ port: UInt16, _ payload: [UInt8]) throws -> [UInt8] {
        let fd = try connectTCP(port)
        defer { close(fd) }
        sendAll(fd, payload)
        shutdown(fd, Int32(SHUT_WR))
        return receiveAll(fd)
    }

    func payload(_ seed: Int, _ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed &* 7) }
    }

    /// A listening Swift socket on 127.0.0.1 with the port it got.
    func listenTCP() throws -> (Int32, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard ok else { throw NSError(domain: "listen failed", code: 1) }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    // MARK: tests

    func testEchoServer1000SequentialAnd64ConcurrentConnections() throws {
        let guest = try Guest(["--listen", "127.0.0.1:0", "\(fixtures)/echo_server.wasm", "1064"])
        let port = try guest.listeningPort()
        for i in 0..<1000 {
            let data = payload(i, 1 + i % 300)
            let echoed = try exchange(port, data)
            guard echoed == data else {
                XCTFail("connection \(i): sent \(data.count) bytes, got \(echoed.count) back")
                break
            }
        }
        // 64 connections open at once, each with its own payload in flight, then drained.
        let sockets = try (0..<64).map { _ in try connectTCP(port) }
        let payloads = (0..<64).map { payload(1000 + $0, 4096 + $0) }
        for (fd, data) in zip(sockets, payloads) {
            sendAll(fd, data)
            shutdown(fd, Int32(SHUT_WR))
        }
        for (fd, data) in zip(sockets, payloads) {
            XCTAssertEqual(receiveAll(fd), data)
            close(fd)
        }
        let (status, _, errors) = guest.finish()
        XCTAssertEqual(status, 0, errors)
    }

    func testEchoServerLargeTransfer() throws {
        let guest = try Guest(["--listen", "127.0.0.1:0", "\(fixtures)/echo_server.wasm", "1"])
        let port = try guest.listeningPort()
        let data = payload(3, 4 << 20)
        let fd = try connectTCP(port)
        // Send from another thread while this one reads: 4 MiB does not fit the socket buffers.
        let sender = Thread {
            SocketFixtureTests.sendAll(fd, data)
            shutdown(fd, Int32(SHUT_WR))
        }
        sender.start()
        let echoed = receiveAll(fd)
        close(fd)
        XCTAssertEqual(echoed.count, data.count)
        XCTAssertTrue(echoed == data)
        XCTAssertEqual(guest.finish().0, 0)
    }

    func testEchoServerOnIPv6Loopback() throws {
        let guest = try Guest(["--listen", "tcp6://[::1]:0", "\(fixtures)/echo_server.wasm", "1"])
        let line = guest.line()
        guard line.hasPrefix("wasm-run: listening on [::1]:"), let port = UInt16(line.split(separator: ":").last ?? "") else {
            return XCTFail("unexpected output: \(line) \(guest.finish())")
        }
        let fd = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = port.bigEndian
        withUnsafeMutableBytes(of: &address.sin6_addr) { $0[15] = 1 }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
        }
        XCTAssertEqual(connected, 0)
        let data = payload(6, 1000)
        sendAll(fd, data)
        shutdown(fd, Int32(SHUT_WR))
        XCTAssertEqual(receiveAll(fd), data)
        close(fd)
        XCTAssertEqual(guest.finish().0, 0)
    }

    func testHTTPResponderAnswersSwiftClientAndCurl() throws {
        let curl = ["/usr/bin/curl", "/usr/local/bin/curl"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let guest = try Guest(["--listen", "127.0.0.1:0", "\(fixtures)/http_server.wasm", curl == nil ? "1" : "2"])
        let port = try guest.listeningPort()
        let expected = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 17\r\nConnection: close\r\n\r\nHello, WasmHost!\n"
        let fd = try connectTCP(port)
        sendAll(fd, Array("GET / HTTP/1.0\r\nHost: test\r\n\r\n".utf8))
        XCTAssertEqual(String(decoding: receiveAll(fd), as: UTF8.self), expected)
        close(fd)
        if let curl {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: curl)
            process.arguments = ["-s", "-i", "--max-time", "20", "http://127.0.0.1:\(port)/"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            XCTAssertEqual(text, expected)
        }
        let (status, _, errors) = guest.finish()
        XCTAssertEqual(status, 0, errors)
    }

    /// Accepts one connection on `listener`, reads until the client half-closes, answers `pong:` + it.
    func serveOnce(_ listener: Int32) -> String {
        let fd = accept(listener, nil, nil)
        guard fd >= 0 else { return "" }
        let request = receiveAll(fd)
        sendAll(fd, Array("pong:".utf8) + request)
        close(fd)
        return String(decoding: request, as: UTF8.self)
    }

    func testClientDialsSwiftServerThroughWasmEdgeAndPathOpen() throws {
        let (listener, port) = try listenTCP()
        defer { close(listener) }
        let guest = try Guest(["--allow-dial", "127.0.0.1:\(port)", "\(fixtures)/client.wasm", "127.0.0.1", "\(port)", "ping"])
        XCTAssertEqual(serveOnce(listener), "ping")
        let (status, output, errors) = guest.finish()
        XCTAssertEqual(status, 0, errors)
        XCTAssertTrue(output.hasPrefix("peer 127.0.0.1:\(port)\n"), output)
        XCTAssertTrue(output.hasSuffix("reply: pong:ping\n"), output)

        let pathOpen = try Guest(["--sockets", "path_open", "--allow-dial", "127.0.0.1:*", "\(fixtures)/dial_path.wasm",
                                  "127.0.0.1", "\(port)", "over path_open"])
        XCTAssertEqual(serveOnce(listener), "over path_open")
        let result = pathOpen.finish()
        XCTAssertEqual(result.0, 0, result.2)
        XCTAssertEqual(result.1, "reply: pong:over path_open\n")
    }

    func testUDPEchoRoundTrips() throws {
        let guest = try Guest(["--allow-bind", "127.0.0.1:0", "--allow-dial", "127.0.0.1:*", "\(fixtures)/udp_echo.wasm",
                               "127.0.0.1", "0", "3"])
        let bound = guest.line(fromErrors: false)
        guard bound.hasPrefix("bound 127.0.0.1:"), let port = UInt16(bound.split(separator: ":").last ?? "") else {
            return XCTFail("unexpected output: \(bound) \(guest.finish())")
        }
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port)
        for (i, size) in [1, 1400, 60000].enumerated() {
            let data = payload(i, size)
            let sent = data.withUnsafeBytes { raw in
                withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(fd, raw.baseAddress, raw.count, 0, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                }
            }
            XCTAssertEqual(sent, size)
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = recv(fd, &buffer, buffer.count, 0)
            XCTAssertEqual(n, size)
            XCTAssertTrue(Array(buffer[0..<max(0, n)]) == data)
        }
        let (status, _, errors) = guest.finish()
        XCTAssertEqual(status, 0, errors)
    }

    func testAllowListDeniesDialAndBind() throws {
        let (listener, port) = try listenTCP()
        defer { close(listener) }
        // Not allowed: the port differs from the one --allow-dial names.
        let dial = try Guest(["--allow-dial", "127.0.0.1:\(port &+ 1)", "\(fixtures)/client.wasm", "127.0.0.1", "\(port)", "x"])
        XCTAssertEqual(dial.finish().0 , 2)
        let dialOutput = try Guest(["\(fixtures)/client.wasm", "127.0.0.1", "\(port)", "x"]).finish()
        XCTAssertEqual(dialOutput.0, 2)
        XCTAssertEqual(dialOutput.1, "connect: errno 2\n")  // EACCES
        let pathOpen = try Guest(["--sockets", "path_open", "\(fixtures)/dial_path.wasm", "127.0.0.1", "\(port)", "x"]).finish()
        XCTAssertEqual(pathOpen.1, "dial: errno 2\n")
        let bind = try Guest(["--allow-dial", "127.0.0.1:*", "\(fixtures)/udp_echo.wasm", "127.0.0.1", "0", "1"]).finish()
        XCTAssertEqual(bind.0, 2)
        XCTAssertEqual(bind.1, "bind: errno 2\n")
        let v1 = try Guest(["\(fixtures)/v1_bind.wasm"]).finish()
        XCTAssertEqual(v1.1, "bind: errno 2\n")
        // With the bind allowed, the v1 ABI (detected from the imports) works end to end.
        let allowed = try Guest(["--allow-bind", "127.0.0.1:0", "\(fixtures)/v1_bind.wasm"]).finish()
        XCTAssertEqual(allowed.0, 0, allowed.2)
        XCTAssertEqual(allowed.1, "v1 type 4 addr 127.0.0.1 port>0 1\naccept: errno 6\n")
    }

    func testSocketFlagErrors() throws {
        let bad = try Guest(["--sockets", "carrier-pigeon", "x.wasm"]).finish()
        XCTAssertEqual(bad.0, 1)
        XCTAssertTrue(bad.2.hasPrefix("error: invalid --sockets \"carrier-pigeon\""), bad.2)
        let pattern = try Guest(["--allow-dial", "example.com:80", "x.wasm"]).finish()
        XCTAssertTrue(pattern.2.hasPrefix("error: invalid --allow-dial"), pattern.2)
        let role = try Guest(["--listen", "tcp+dial://127.0.0.1:0", "\(fixtures)/echo_server.wasm"]).finish()
        XCTAssertTrue(role.2.contains("the URL asks for dial"), role.2)
        // A preview1-only module cannot import WasmEdge functions once they are switched off.
        let none = try Guest(["--sockets", "none", "--allow-bind", "127.0.0.1:0", "\(fixtures)/v1_bind.wasm"]).finish()
        XCTAssertEqual(none.0, 1)
        XCTAssertTrue(none.2.contains("sock_open"), none.2)
    }
}
