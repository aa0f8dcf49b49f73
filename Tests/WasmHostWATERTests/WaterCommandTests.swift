import Glibc
import XCTest
@testable import WasmHostWATER

/// `wasm-run water dial|listen|relay` as proxies, end to end over loopback TCP.
final class WaterCommandTests: XCTestCase {
    /// A started `wasm-run water …` and the address it announced.
    struct Proxy {
        let process: Process
        let address: String
    }

    func start(_ arguments: [String]) throws -> Proxy {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wasm-run")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw XCTSkip("wasm-run not built at \(executable.path) (`swift test` builds it; run `swift build` first)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["water"] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // The first stderr line announces the address: `wasm-run: listening on HOST:PORT`.
        var line: [UInt8] = []
        while true {
            let byte = errors.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte.first == 10 { break }
            line.append(byte[byte.startIndex])
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "listening on ") else {
            process.terminate()
            throw WaterError.network("wasm-run water did not announce its address; first stderr line: \(text)")
        }
        return Proxy(process: process, address: String(text[range.upperBound...]))
    }

    /// An echo server on a background thread serving `count` connections.
    func echoServer(_ count: Int) throws -> (Water.SocketListener, Background) {
        let listener = try Water.SocketListener(listeningOn: "127.0.0.1:0")
        let thread = Background {
            for _ in 0..<count {
                guard let fd = try? listener.accept() else { return }
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                    if n <= 0 { break }
                    Raw.write(fd, Array(buffer[..<n]))
                }
                Raw.close(fd)
            }
        }
        return (listener, thread)
    }

    /// Sends 100 KB, half-closes, and expects the same bytes back.
    func roundTrip(_ address: String, seed: UInt64) throws {
        let fd = try Raw.connect(address)
        var random = TestBytes(seed: seed)
        let message = random.next(100_000)
        Raw.write(fd, message)
        _ = shutdown(fd, Int32(SHUT_WR))
        XCTAssertEqual(Raw.read(fd, message.count + 1), message)
        Raw.close(fd)
    }

    func testDialAndListenProxiesWithConfig() throws {
        let (echo, echoThread) = try echoServer(3)
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("water-cli-\(getpid()).cfg")
        try Data("key=cli-key\n".utf8).write(to: config)
        defer { try? FileManager.default.removeItem(at: config) }
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/water/v1/xorframe.wasm").path
        let server = try start(["listen", "--config", config.path, "--listen", "127.0.0.1:0", "--to", echo.address, module])
        defer { server.process.terminate() }
        let client = try start(["dial", "--config", config.path, "--listen", "127.0.0.1:0", "--to", server.address, module])
        defer { client.process.terminate() }
        for seed in 1...3 { try roundTrip(client.address, seed: UInt64(seed)) }
        XCTAssertTrue(echoThread.wait())
        echo.close()
    }

    func testRelayProxy() throws {
        let (echo, echoThread) = try echoServer(2)
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/water/v0/plain.wasm").path
        let relay = try start(["relay", "--listen", "127.0.0.1:0", "--to", echo.address, module])
        defer { relay.process.terminate() }
        for seed in 1...2 { try roundTrip(relay.address, seed: UInt64(seed)) }
        XCTAssertTrue(echoThread.wait())
        echo.close()
    }
}
