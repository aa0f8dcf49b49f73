import Glibc
import XCTest
@testable import WasmHostWATER

/// Fixture bytes: Fixtures/water/<version>/<name>.wasm (or Fixtures/water/<name>.wasm without version).
func watm(_ name: String, _ version: Water.Version? = nil) throws -> [UInt8] {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/water")
    if let version { url.appendPathComponent(version.rawValue) }
    return Array(try Data(contentsOf: url.appendingPathComponent(name + ".wasm")))
}

/// Deterministic bytes (SplitMix64).
struct TestBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }
}

/// Blocking helpers on raw host sockets (the plain TCP peers of the tests).
enum Raw {
    static func connect(_ address: String) throws -> Int32 {
        try Water.Socket.dial(network: "tcp", address: address, deadline: Water.Socket.deadline(after: .seconds(5)))
    }

    static func write(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { XCTFail("peer write failed: errno \(errno)"); return }
            offset += n
        }
    }

    /// Reads exactly `count` bytes (fewer at EOF), with a 5 s safety timeout.
    static func read(_ fd: Int32, _ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress! + filled, count - filled, 0) }
            if n <= 0 { break }
            filled += n
        }
        return Array(bytes[..<filled])
    }

    static func close(_ fd: Int32) { _ = Glibc.close(fd) }
}

/// 10 random 1 KiB messages each way, in lockstep: what the peer receives is `transform(sent)`, and
/// what the Conn receives is `transform(peer's message)`.
func exchange(_ conn: Water.Conn, peer: Int32, transform: ([UInt8]) -> [UInt8], seed: UInt64 = 1,
              file: StaticString = #filePath, line: UInt = #line) throws {
    var random = TestBytes(seed: seed)
    for _ in 0..<10 {
        let out = random.next(1024)
        try conn.write(out)
        XCTAssertEqual(Raw.read(peer, 1024), transform(out), "user -> peer", file: file, line: line)
        let back = random.next(1024)
        Raw.write(peer, back)
        XCTAssertEqual(try conn.read(exactly: 1024), transform(back), "peer -> user", file: file, line: line)
    }
}

func identity(_ bytes: [UInt8]) -> [UInt8] { bytes }
func reversed(_ bytes: [UInt8]) -> [UInt8] { bytes.reversed() }

/// Runs `body` on a new thread; `wait()` joins it.
final class Background: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    init(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread { [done] in
            body()
            done.signal()
        }
        thread.start()
    }
    func wait(timeout: Double = 10) -> Bool { done.wait(timeout: .now() + timeout) == .success }
}

/// Open fds and threads of this process.
func openFDCount() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? -1 }
func threadCount() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? -1 }
/// Live WATM worker threads of this process (named "watm-worker").
func workerThreadCount() -> Int {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
    return tasks.filter { task in
        let name = (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)) ?? ""
        return name.hasPrefix("watm-worker")
    }.count
}

extension Water.Config {
    /// A config for fixture `name` that logs nothing.
    static func fixture(_ name: String, _ version: Water.Version, config: String? = nil) throws -> Water.Config {
        Water.Config(transportModule: try watm(name, version), transportModuleConfig: config.map { Array($0.utf8) })
    }
}
