import Foundation
@testable import WasmHostWASI
import XCTest

/// `GlibcSystem` called directly (no guest): poll, fd table rules, readdir cookies, errno mapping.
final class GlibcSystemTests: XCTestCase {
    func makeSystem(_ configure: (inout WASIConfiguration) -> Void = { _ in }) throws -> GlibcSystem {
        var config = WASIConfiguration(arguments: ["test"])
        config.stdin = .buffer(WASIBuffer())
        config.stdout = .buffer(WASIBuffer())
        config.stderr = .buffer(WASIBuffer())
        configure(&config)
        return try GlibcSystem(config)
    }

    func errno(_ body: () throws -> Void) -> Errno {
        do {
            try body()
            return .success
        } catch let error as Errno {
            return error
        } catch {
            XCTFail("unexpected \(error)")
            return .io
        }
    }

    func testErrnoTable() {
        XCTAssertEqual(Errno.allCases.count, 77)
        XCTAssertEqual(Errno.notCapable.rawValue, 76)
        XCTAssertEqual(Errno.perm.rawValue, 63)
        XCTAssertEqual(Errno.noent.name, "NOENT")
        XCTAssertEqual(Errno(host: ENOENT), .noent)
        XCTAssertEqual(Errno(host: EWOULDBLOCK), .again)
        XCTAssertEqual(Errno(host: ENODATA), .io)     // unmapped → EIO
        XCTAssertEqual(Errno(host: 9999), .io)
    }

    func testClocksAndRandom() throws {
        let system = try makeSystem {
            $0.realtimeClock = WASIClock(resolution: 7) { 1234 }
            $0.random = { buffer in for i in buffer.indices { buffer[i] = 0xAB } }
        }
        XCTAssertEqual(try system.clockTimeGet(0, precision: 0), 1234)
        XCTAssertEqual(try system.clockResGet(0), 7)
        XCTAssertEqual(try system.clockResGet(1), 1)
        XCTAssertEqual(errno { _ = try system.clockTimeGet(2, precision: 0) }, .notSupported)
        XCTAssertEqual(errno { _ = try system.clockTimeGet(9, precision: 0) }, .inval)
        let a = try system.clockTimeGet(1, precision: 0)
        let b = try system.clockTimeGet(1, precision: 0)
        XCTAssertLessThanOrEqual(a, b)
        var bytes = [UInt8](repeating: 0, count: 4)
        try bytes.withUnsafeMutableBytes { raw in try system.randomGet(raw) }
        XCTAssertEqual(bytes, [0xAB, 0xAB, 0xAB, 0xAB])
    }

    func testPollFiresEveryDueClock() throws {
        let system = try makeSystem()
        var events: [Event] = []
        try system.pollOneOff([
            Subscription(userData: 1, kind: .clock(id: 1, timeout: 1_000_000, precision: 0, absolute: false)),
            Subscription(userData: 2, kind: .clock(id: 1, timeout: 2_000_000, precision: 0, absolute: false)),
            Subscription(userData: 3, kind: .clock(id: 1, timeout: 10_000_000_000, precision: 0, absolute: false)),
        ], into: &events)
        XCTAssertEqual(events.map(\.userData).first, 1)
        // Absolute deadlines in the past fire at once, together.
        events = []
        let now = try system.clockTimeGet(1, precision: 0)
        try system.pollOneOff([
            Subscription(userData: 4, kind: .clock(id: 1, timeout: now, precision: 0, absolute: true)),
            Subscription(userData: 5, kind: .clock(id: 0, timeout: 0, precision: 0, absolute: true)),
            Subscription(userData: 6, kind: .clock(id: 9, timeout: 0, precision: 0, absolute: false)),
            Subscription(userData: 7, kind: .clock(id: 2, timeout: 0, precision: 0, absolute: false)),
        ], into: &events)
        XCTAssertEqual(events.map(\.userData), [4, 5, 6, 7])
        XCTAssertEqual(events.map(\.errno), [.success, .success, .inval, .notSupported])
        XCTAssertEqual(errno { var e: [Event] = []; try system.pollOneOff([], into: &e) }, .inval)
    }

    func testPollReadAndWriteOnOnePipe() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        _ = write(fds[1], "x", 1)
        let system = try makeSystem {
            $0.stdin = .fileDescriptor(fds[0])
            $0.stdout = .fileDescriptor(fds[1])
        }
        var events: [Event] = []
        try system.pollOneOff([
            Subscription(userData: 1, kind: .fdRead(0)),
            Subscription(userData: 2, kind: .fdWrite(1)),
            Subscription(userData: 3, kind: .fdRead(42)),
            Subscription(userData: 4, kind: .clock(id: 1, timeout: 5_000_000_000, precision: 0, absolute: false)),
        ], into: &events)
        XCTAssertEqual(events.map(\.userData), [1, 2, 3])
        XCTAssertEqual(events.map(\.errno), [.success, .success, .badf])
        XCTAssertEqual(events.map(\.type), [.fdRead, .fdWrite, .fdRead])
    }

    func testPollHangup() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        close(fds[1])
        defer { close(fds[0]) }
        let system = try makeSystem { $0.stdin = .fileDescriptor(fds[0]) }
        var events: [Event] = []
        try system.pollOneOff([Subscription(userData: 9, kind: .fdRead(0))], into: &events)
        XCTAssertEqual(events.first?.hangup, true)
    }

    func testRenumberAndClose() throws {
        let temp = try TemporaryDirectory()
        let system = try makeSystem { $0.preopens = [Preopen(hostPath: temp.path, guestPath: "/")] }
        XCTAssertEqual(try system.fdPreStatGet(3), "/")
        XCTAssertEqual(errno { _ = try system.fdPreStatGet(0) }, .badf)
        XCTAssertEqual(errno { try system.fdRenumber(from: 3, to: 7) }, .badf)   // `to` must be open
        try system.fdRenumber(from: 3, to: 1)
        XCTAssertEqual(try system.fdPreStatGet(1), "/")                          // the preopen moved
        XCTAssertEqual(errno { _ = try system.fdStatGet(3) }, .badf)
        try system.fdRenumber(from: 1, to: 1)
        let fd = try system.pathOpen(1, dirFlags: [], "f.txt", openFlags: .create, rightsBase: .file,
                                     rightsInheriting: [], fdFlags: [])
        XCTAssertEqual(fd, 3)                                                    // lowest free number
        XCTAssertEqual(try system.fdStatGet(fd).fileType, .regularFile)
        try system.fdClose(fd)
        XCTAssertEqual(errno { try system.fdClose(fd) }, .badf)
        let dir = try system.pathOpen(1, dirFlags: [], ".", openFlags: [], rightsBase: Rights.directory.union(.fdRead), rightsInheriting: [], fdFlags: [])
        XCTAssertEqual(try system.fdStatGet(dir).fileType, .directory)           // the real type
        XCTAssertEqual(try system.fdStatGet(dir).rightsBase, Rights.directory)
        XCTAssertEqual(errno { _ = try system.pathOpen(1, dirFlags: [], ".", openFlags: [], rightsBase: .all,
                                                       rightsInheriting: [], fdFlags: []) }, .notCapable)
    }

    func testRightsOnlyShrink() throws {
        let temp = try TemporaryDirectory()
        let system = try makeSystem { $0.preopens = [Preopen(hostPath: temp.path, guestPath: "/")] }
        let fd = try system.pathOpen(3, dirFlags: [], "f", openFlags: .create, rightsBase: [.fdRead, .fdWrite],
                                     rightsInheriting: [], fdFlags: [])
        try system.fdStatSetRights(fd, base: .fdRead, inheriting: [])
        XCTAssertEqual(errno { try system.fdStatSetRights(fd, base: [.fdRead, .fdWrite], inheriting: []) }, .notCapable)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1, alignment: 1)
        defer { buffer.deallocate() }
        let iovecs = [buffer]
        iovecs.withUnsafeBufferPointer { vecs in
            XCTAssertEqual(errno { _ = try system.fdWrite(fd, vecs) }, .notCapable)
        }
        XCTAssertEqual(errno { _ = try system.pathOpen(fd, dirFlags: [], "x", openFlags: [], rightsBase: [],
                                                       rightsInheriting: [], fdFlags: []) }, .notDirectory)
        XCTAssertEqual(errno { try system.fdFileStatSetTimes(3, accessTime: 0, modifyTime: 0, flags: [.accessTime, .accessTimeNow]) }, .inval)
        XCTAssertEqual(errno { try system.fdStatSetFlags(fd, flags: .sync) }, .notCapable)
    }

    func testReadDirCookies() throws {
        let temp = try TemporaryDirectory()
        for name in ["a", "b", "c", "d"] { try temp.file(name, name) }
        let system = try makeSystem { $0.preopens = [Preopen(hostPath: temp.path, guestPath: "/")] }
        var all: [DirEntry] = []
        try system.fdReadDir(3, cookie: 0, bufferSize: 4096, into: &all)
        XCTAssertEqual(all.map { String(decoding: $0.name, as: UTF8.self) }.sorted(), [".", "..", "a", "b", "c", "d"])
        XCTAssertEqual(all.map(\.next), [1, 2, 3, 4, 5, 6])
        // Resuming from any cookie gives the same tail, including rewinding.
        for cookie in [3, 1, 5] as [UInt64] {
            var tail: [DirEntry] = []
            try system.fdReadDir(3, cookie: cookie, bufferSize: 4096, into: &tail)
            XCTAssertEqual(tail, Array(all[Int(cookie)...]))
        }
        // A small buffer stops once it is full.
        var first: [DirEntry] = []
        try system.fdReadDir(3, cookie: 0, bufferSize: 30, into: &first)
        XCTAssertEqual(first.count, 2)
        XCTAssertEqual(errno { var e: [DirEntry] = []; try system.fdReadDir(0, cookie: 0, bufferSize: 100, into: &e) }, .notCapable)
    }

    func testOpenFileLimit() throws {
        let temp = try TemporaryDirectory()
        try temp.file("f", "x")
        let system = try makeSystem {
            $0.preopens = [Preopen(hostPath: temp.path, guestPath: "/")]
            $0.maxOpenFiles = 2
        }
        _ = try system.pathOpen(3, dirFlags: [], "f", openFlags: [], rightsBase: .fdRead, rightsInheriting: [], fdFlags: [])
        _ = try system.pathOpen(3, dirFlags: [], "f", openFlags: [], rightsBase: .fdRead, rightsInheriting: [], fdFlags: [])
        XCTAssertEqual(errno { _ = try system.pathOpen(3, dirFlags: [], "f", openFlags: [], rightsBase: .fdRead,
                                                       rightsInheriting: [], fdFlags: []) }, .fileTableOverflow)
    }

    func testReadLinkTruncationAndSockets() throws {
        let temp = try TemporaryDirectory()
        let system = try makeSystem { $0.preopens = [Preopen(hostPath: temp.path, guestPath: "/")] }
        try system.pathSymlink("a-long-target", 3, "l")
        XCTAssertEqual(try system.pathReadLink(3, "l"), Array("a-long-target".utf8))
        XCTAssertEqual(errno { try system.sockShutdown(3, how: .read) }, .notSocket)
        XCTAssertEqual(errno { try system.sockShutdown(77, how: .read) }, .badf)
        XCTAssertEqual(errno { _ = try system.sockAccept(0, flags: []) }, .notSocket)
    }

    func testPreopenParsing() {
        XCTAssertEqual(Preopen(parsing: "dir"), Preopen(hostPath: "dir", guestPath: "dir"))
        XCTAssertEqual(Preopen(parsing: "fs-tests.dir::/"), Preopen(hostPath: "fs-tests.dir", guestPath: "/"))
        XCTAssertEqual(Preopen(parsing: "a:b:ro"), Preopen(hostPath: "a", guestPath: "b", readOnly: true))
        XCTAssertEqual(Preopen(parsing: "/x::/y:ro"), Preopen(hostPath: "/x", guestPath: "/y", readOnly: true))
        XCTAssertNil(Preopen(parsing: ":ro"))
    }

    func testTraceFormat() {
        let bytes: [UInt8] = Array("a\"b\n\r\\".utf8) + [0, 9, 0x7F, 0xFF]
        bytes.withUnsafeBytes { raw in
            XCTAssertEqual(TraceFormat.bytes(raw, limit: 32), #"[10]byte("a\"b\n\r\\0\9\x7f\xff")"#)
            XCTAssertEqual(TraceFormat.bytes(raw, limit: 2), #"[10]byte("a\"")..."#.replacingOccurrences(of: "\")...", with: "\"...)"))
        }
        XCTAssertEqual(TraceFormat.rights(.file), "FileRights")
        XCTAssertEqual(TraceFormat.rights(Rights.directory.union(.file)), "DirectoryRights|FileRights")
        XCTAssertEqual(TraceFormat.rights([.fdRead, .fdWrite]), "FDRead|FDWrite")
        XCTAssertEqual(TraceFormat.openFlags([.create, .truncate]), "Create|Truncate")
        XCTAssertEqual(TraceFormat.fdFlags([]), "FDFlags(0)")
    }

    func testPreopenedSocketAcceptRecvSendShutdown() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(listener, 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                XCTAssertEqual(bind(listener, raw, length), 0)
                XCTAssertEqual(listen(listener, 4), 0)
                XCTAssertEqual(getsockname(listener, raw, &length), 0)
            }
        }
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        withUnsafePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { XCTAssertEqual(connect(client, $0, length), 0) }
        }
        let system = try makeSystem { $0.sockets = [listener] }
        XCTAssertEqual(try system.fdStatGet(3).fileType, .socketStream)
        XCTAssertEqual(try system.fdStatGet(3).rightsBase, .sockListen)
        XCTAssertEqual(errno { _ = try system.sockAccept(3, flags: .append) }, .inval)
        let connection = try system.sockAccept(3, flags: [])
        XCTAssertEqual(connection, 4)
        XCTAssertEqual(try system.fdStatGet(4).rightsBase, .sockConnection)

        let outgoing = Array("ping".utf8)
        var sent = 0
        try outgoing.withUnsafeBytes { raw in
            let buffers = [UnsafeMutableRawBufferPointer(mutating: raw)]
            try buffers.withUnsafeBufferPointer { sent = try system.sockSend(4, $0, flags: 0) }
        }
        XCTAssertEqual(sent, 4)
        var received = [UInt8](repeating: 0, count: 8)
        XCTAssertEqual(recv(client, &received, 8, 0), 4)
        XCTAssertEqual(Array(received[0..<4]), outgoing)

        XCTAssertEqual(send(client, "pong!", 5, 0), 5)
        var incoming = [UInt8](repeating: 0, count: 16)
        let (n, flags) = try incoming.withUnsafeMutableBytes { raw in
            try [raw].withUnsafeBufferPointer { try system.sockRecv(4, $0, flags: .peek) }
        }
        XCTAssertEqual(n, 5)
        XCTAssertEqual(flags, [])
        XCTAssertEqual(String(decoding: incoming[0..<5], as: UTF8.self), "pong!")

        try system.sockShutdown(4, how: .write)
        XCTAssertEqual(recv(client, &received, 8, 0), 0)                 // the peer sees EOF
        XCTAssertEqual(errno { try system.sockShutdown(3, how: [.read, .write]) }, .notCapable)  // listeners lack SOCK_SHUTDOWN
        XCTAssertEqual(errno { try system.sockShutdown(4, how: []) }, .inval)
        XCTAssertEqual(errno { _ = try system.sockAccept(4, flags: []) }, .notCapable)
    }
}
