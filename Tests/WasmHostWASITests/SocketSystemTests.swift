import Foundation
@testable import WasmHostWASI
import WasmHost
import XCTest

/// The WasmEdge socket calls, path_open sockets and the allow-list, on `GlibcSystem` directly
/// (loopback only).
final class SocketSystemTests: XCTestCase {
    func makeSystem(_ configure: (inout WASIConfiguration) -> Void = { _ in }) throws -> GlibcSystem {
        var config = WASIConfiguration(arguments: ["test"])
        config.stdin = .buffer(WASIBuffer())
        config.stdout = .buffer(WASIBuffer())
        config.stderr = .buffer(WASIBuffer())
        configure(&config)
        return try GlibcSystem(config)
    }

    func allowAll() throws -> GlibcSystem { try makeSystem { $0.socketPolicy = .allowAll } }

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

    func send(_ system: GlibcSystem, _ fd: FD, _ text: String, to address: SocketAddress? = nil) throws -> Int {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBytes { raw in
            try [raw].withUnsafeBufferPointer { iovecs in
                if let address { return try system.sockSendTo(fd, iovecs, flags: 0, to: address) }
                return try system.sockSend(fd, iovecs, flags: 0)
            }
        }
    }

    func receive(_ system: GlibcSystem, _ fd: FD, count: Int = 256) throws -> (String, SocketAddress?) {
        var bytes = [UInt8](repeating: 0, count: count)
        let (n, _, from) = try bytes.withUnsafeMutableBytes { raw in
            try [raw].withUnsafeBufferPointer { try system.sockRecvFrom(fd, $0, flags: []) }
        }
        return (String(decoding: bytes[0..<n], as: UTF8.self), from)
    }

    /// Opens a listener on `address` (port 0) and a connected client; returns (listener, client, server side).
    func connectedPair(_ system: GlibcSystem, _ address: SocketAddress) throws -> (FD, FD, FD) {
        let listener = try system.sockOpen(family: address.family, type: .stream, protocol: .ip)
        try system.sockBind(listener, address)
        try system.sockListen(listener, backlog: 8)
        let bound = try system.sockLocalAddress(listener)
        if address.family != .unix { XCTAssertNotEqual(bound.port, 0) }
        let client = try system.sockOpen(family: address.family, type: .stream, protocol: .ip)
        try system.sockConnect(client, bound)
        let server = try system.sockAccept(listener, flags: [])
        return (listener, client, server)
    }

    func testStreamRoundTripIPv4IPv6AndUnix() throws {
        let system = try allowAll()
        let temp = try TemporaryDirectory()
        for address in [SocketAddress.inet4(address: 0x7F00_0001, port: 0), .inet6(high: 0, low: 1, port: 0),
                        .unix(path: temp.path + "/s.sock")] {
            let (listener, client, server) = try connectedPair(system, address)
            XCTAssertEqual(try system.fdStatGet(listener).fileType, .socketStream)
            XCTAssertEqual(try system.fdStatGet(listener).rightsBase, Rights.sockListen.union(.sockConnection))
            XCTAssertEqual(try system.fdStatGet(server).rightsBase, .sockConnection)
            XCTAssertEqual(try send(system, client, "ping \(address.family)"), "ping \(address.family)".utf8.count)
            XCTAssertEqual(try receive(system, server).0, "ping \(address.family)")
            XCTAssertEqual(try send(system, server, "pong"), 4)
            XCTAssertEqual(try receive(system, client).0, "pong")
            XCTAssertEqual(try system.sockRemoteAddress(client), try system.sockLocalAddress(listener))
            XCTAssertEqual(try system.sockRemoteAddress(server), try system.sockLocalAddress(client))
            XCTAssertEqual(try system.sockGetOption(listener, .acceptConnections), 1)
            XCTAssertEqual(try system.sockGetOption(client, .type), Int32(SocketType.stream.rawValue))
            // sendto on a connected stream socket is refused.
            XCTAssertEqual(errno { _ = try self.send(system, client, "x", to: address) }, .isConnected)
            for fd in [server, client, listener] { try system.fdClose(fd) }
        }
        XCTAssertEqual(errno { _ = try system.sockOpen(family: .unspecified, type: .stream, protocol: .ip) }, .addressFamilyNotSupported)
        XCTAssertEqual(errno { _ = try system.sockOpen(family: .inet4, type: .any, protocol: .ip) }, .inval)
        XCTAssertEqual(errno { try system.sockBind(0, .inet4(address: 0x7F00_0001, port: 0)) }, .notSocket)
        XCTAssertEqual(errno { try system.sockBind(99, .inet4(address: 0x7F00_0001, port: 0)) }, .badf)
    }

    func testDatagramsReportTheirSender() throws {
        let system = try allowAll()
        let a = try system.sockOpen(family: .inet4, type: .datagram, protocol: .ip)
        let b = try system.sockOpen(family: .inet4, type: .any, protocol: .udp)
        XCTAssertEqual(try system.fdStatGet(b).fileType, .socketDgram)
        try system.sockBind(a, .inet4(address: 0x7F00_0001, port: 0))
        try system.sockBind(b, .inet4(address: 0x7F00_0001, port: 0))
        let addressA = try system.sockLocalAddress(a), addressB = try system.sockLocalAddress(b)
        XCTAssertEqual(try send(system, a, "datagram", to: addressB), 8)
        let (text, from) = try receive(system, b)
        XCTAssertEqual(text, "datagram")
        XCTAssertEqual(from, addressA)
        XCTAssertEqual(try system.sockGetOption(a, .type), Int32(SocketType.datagram.rawValue))
        // A datagram longer than the buffer is truncated and flagged.
        _ = try send(system, b, "0123456789", to: addressA)
        var small = [UInt8](repeating: 0, count: 4)
        let (n, flags, _) = try small.withUnsafeMutableBytes { raw in
            try [raw].withUnsafeBufferPointer { try system.sockRecvFrom(a, $0, flags: []) }
        }
        XCTAssertEqual(n, 4)
        XCTAssertEqual(flags, .dataTruncated)
    }

    func testNonBlockingAcceptConnectAndPollReadiness() throws {
        let system = try allowAll()
        let listener = try system.sockOpen(family: .inet4, type: .stream, protocol: .ip)
        try system.sockBind(listener, .inet4(address: 0x7F00_0001, port: 0))
        try system.sockListen(listener, backlog: 8)
        try system.fdStatSetFlags(listener, flags: .nonBlock)
        XCTAssertEqual(errno { _ = try system.sockAccept(listener, flags: []) }, .again)
        let client = try system.sockOpen(family: .inet4, type: .stream, protocol: .ip)
        try system.fdStatSetFlags(client, flags: .nonBlock)
        let connect = errno { try system.sockConnect(client, try system.sockLocalAddress(listener)) }
        XCTAssertTrue(connect == .inProgress || connect == .success, "\(connect)")
        // The listener becomes readable and the client writable; one poll call reports both.
        var events: [Event] = []
        while events.count < 2 {
            events.removeAll()
            try system.pollOneOff([Subscription(userData: 1, kind: .fdRead(listener)),
                                   Subscription(userData: 2, kind: .fdWrite(client))], into: &events)
        }
        XCTAssertEqual(events.map(\.userData), [1, 2])
        XCTAssertEqual(events.map(\.errno), [.success, .success])
        XCTAssertEqual(try system.sockGetOption(client, .error), 0)
        let server = try system.sockAccept(listener, flags: .nonBlock)
        XCTAssertEqual(try system.fdStatGet(server).flags, .nonBlock)
        XCTAssertEqual(errno { _ = try self.receive(system, server) }, .again)
    }

    func testOptionsAndTheirErrnoRules() throws {
        let system = try allowAll()
        let fd = try system.sockOpen(family: .inet4, type: .stream, protocol: .ip)
        try system.sockSetOption(fd, .reuseAddress, 1)
        XCTAssertEqual(try system.sockGetOption(fd, .reuseAddress), 1)
        try system.sockSetOption(fd, .keepAlive, 1)
        XCTAssertEqual(try system.sockGetOption(fd, .keepAlive), 1)
        try system.sockSetOption(fd, .sendBuffer, 65536)
        XCTAssertEqual(try system.sockGetOption(fd, .sendBuffer), 65536)  // Linux doubles it; reported halved
        try system.sockSetOption(fd, .tcpNoDelay, 1)
        XCTAssertEqual(try system.sockGetOption(fd, .tcpNoDelay), 1)
        XCTAssertEqual(try system.sockGetOption(fd, .acceptConnections), 0)
        XCTAssertEqual(errno { try system.sockSetOption(fd, .receiveBuffer, -1) }, .inval)
        XCTAssertEqual(errno { try system.sockSetOption(fd, .type, 1) }, .noProtocolOption)
        XCTAssertEqual(errno { try system.sockSetOption(fd, .error, 0) }, .noProtocolOption)
        for option in [SocketOption.linger, .receiveTimeout, .sendTimeout, .bindToDevice] {
            XCTAssertEqual(errno { _ = try system.sockGetOption(fd, option) }, .notSupported)
            XCTAssertEqual(errno { try system.sockSetOption(fd, option, 1) }, .notSupported)
        }
        XCTAssertEqual(try SocketOption(level: 0, name: 6), .receiveBuffer)
        XCTAssertEqual(try SocketOption(level: 6, name: 15), .tcpNoDelay)
        XCTAssertEqual(errno { _ = try SocketOption(level: 0, name: 15) }, .noProtocolOption)
        XCTAssertEqual(errno { _ = try SocketOption(level: 6, name: 1) }, .noProtocolOption)
        XCTAssertEqual(errno { _ = try SocketOption(level: 1, name: 0) }, .inval)
    }

    func testAllowListDeniesBindAndDialWithEACCES() throws {
        let system = try makeSystem {
            $0.socketPolicy = SocketPolicy(bind: [SocketAddressPattern(parsing: "127.0.0.1:0")!],
                                           dial: [SocketAddressPattern(parsing: "localhost:7")!])
        }
        let fd = try system.sockOpen(family: .inet4, type: .datagram, protocol: .ip)
        XCTAssertEqual(errno { try system.sockBind(fd, .inet4(address: 0, port: 0)) }, .access)
        XCTAssertEqual(errno { try system.sockBind(fd, .inet4(address: 0x7F00_0001, port: 8080)) }, .access)
        try system.sockBind(fd, .inet4(address: 0x7F00_0001, port: 0))
        XCTAssertEqual(errno { _ = try self.send(system, fd, "x", to: .inet4(address: 0x0808_0808, port: 53)) }, .access)
        XCTAssertEqual(errno { try system.sockConnect(fd, .inet4(address: 0x7F00_0001, port: 8)) }, .access)
        try system.sockConnect(fd, .inet4(address: 0x7F00_0001, port: 7))  // UDP connect: no packet sent
        let denied = try makeSystem()  // the library default allows nothing
        let other = try denied.sockOpen(family: .inet6, type: .stream, protocol: .ip)
        XCTAssertEqual(errno { try denied.sockBind(other, .inet6(high: 0, low: 1, port: 0)) }, .access)
        XCTAssertEqual(errno { try denied.sockConnect(other, .inet6(high: 0, low: 1, port: 80)) }, .access)
        XCTAssertEqual(errno { try denied.sockBind(other, .unix(path: "/tmp/x.sock")) }, .access)
    }

    func testPatternsAndAddresses() {
        let loopback = SocketAddress.inet4(address: 0x7F00_0001, port: 80)
        XCTAssertEqual(SocketAddress(parsing: "127.0.0.1:80"), loopback)
        XCTAssertEqual(SocketAddress(parsing: "[::1]:443"), .inet6(high: 0, low: 1, port: 443))
        XCTAssertEqual(SocketAddress(parsing: "[2001:db8::8:1]:1")?.description, "[2001:db8::8:1]:1")
        XCTAssertEqual(SocketAddress(parsing: "[::ffff:127.0.0.1]:1")?.isLoopback, true)
        XCTAssertNil(SocketAddress(parsing: "256.0.0.1:80"))
        XCTAssertNil(SocketAddress(parsing: "::1:80"))
        XCTAssertEqual(loopback.description, "127.0.0.1:80")
        XCTAssertEqual(SocketAddress(ipBytes: [127, 0, 0, 1], port: 80), loopback)
        XCTAssertEqual(loopback.addressBytes, [127, 0, 0, 1])
        func matches(_ pattern: String, _ address: SocketAddress) -> Bool { SocketAddressPattern(parsing: pattern)!.matches(address) }
        XCTAssertTrue(matches("127.0.0.1:80", loopback))
        XCTAssertFalse(matches("127.0.0.1:81", loopback))
        XCTAssertTrue(matches("127.0.0.1:*", loopback))
        XCTAssertTrue(matches("*:80", loopback))
        XCTAssertTrue(matches("localhost:*", .inet6(high: 0, low: 1, port: 5)))
        XCTAssertFalse(matches("localhost:*", .inet4(address: 0x0A00_0001, port: 5)))
        XCTAssertTrue(matches("[::1]:*", .inet6(high: 0, low: 1, port: 5)))
        XCTAssertFalse(matches("[::1]:*", loopback))
        XCTAssertTrue(matches("unix:/a.sock", .unix(path: "/a.sock")))
        XCTAssertFalse(matches("unix:/a.sock", .unix(path: "/b.sock")))
        XCTAssertFalse(matches("*:*", .unix(path: "/b.sock")))
        XCTAssertTrue(matches("*", .unix(path: "/b.sock")))
        XCTAssertNil(SocketAddressPattern(parsing: "example.com:80"))
        XCTAssertEqual(SocketAddressPattern(parsing: "[::1]:*")?.description, "[::1]:*")
    }

    func testPathOpenSockets() throws {
        let system = try makeSystem {
            $0.socketExtension = .pathOpen
            $0.socketPolicy = SocketPolicy(bind: [SocketAddressPattern(parsing: "127.0.0.1:*")!],
                                           dial: [SocketAddressPattern(parsing: "127.0.0.1:*")!])
        }
        let listener = try system.pathOpen(-1, dirFlags: [], "tcp+listen://127.0.0.1:0?backlog=4", openFlags: [],
                                           rightsBase: .all, rightsInheriting: .all, fdFlags: [])
        XCTAssertEqual(try system.fdStatGet(listener), FDStat(fileType: .socketStream, flags: .nonBlock,
                                                              rightsBase: .sockListen, rightsInheriting: .sockConnection))
        let port = try system.sockLocalAddress(listener).port
        XCTAssertEqual(errno { _ = try system.sockAccept(listener, flags: []) }, .again)
        // A non-blocking dial hands its fd back while the connection is in progress.
        let dial = try system.pathOpen(-1, dirFlags: [], "tcp4+dial://127.0.0.1:\(port)", openFlags: [],
                                       rightsBase: .all, rightsInheriting: .all, fdFlags: [])
        XCTAssertEqual(try system.fdStatGet(dial).rightsBase, .sockConnection)
        var events: [Event] = []
        try system.pollOneOff([Subscription(userData: 7, kind: .fdRead(listener))], into: &events)
        XCTAssertEqual(events.first?.userData, 7)
        let server = try system.sockAccept(listener, flags: [])
        events.removeAll()
        try system.pollOneOff([Subscription(userData: 8, kind: .fdWrite(dial))], into: &events)
        XCTAssertEqual(try send(system, dial, "via path_open"), 13)
        XCTAssertEqual(try receive(system, server).0, "via path_open")
        func open(_ path: String) -> Errno {
            errno { _ = try system.pathOpen(-1, dirFlags: [], path, openFlags: [], rightsBase: [], rightsInheriting: [], fdFlags: []) }
        }
        XCTAssertEqual(open("tcp+listen://127.0.0.1:0?frobnicate=1"), .inval)
        XCTAssertEqual(open("tcp+dial://127.0.0.1"), .inval)
        XCTAssertEqual(open("tcp+dial://10.0.0.1:80"), .access)
        XCTAssertEqual(open("tcp6+listen://127.0.0.1:0"), .addressNotAvailable)
        XCTAssertEqual(open("data.txt"), .badf)
        let plain = try makeSystem { $0.socketPolicy = .allowAll }  // path_open sockets are off by default
        XCTAssertEqual(errno { _ = try plain.pathOpen(-1, dirFlags: [], "tcp+listen://127.0.0.1:0", openFlags: [],
                                                     rightsBase: [], rightsInheriting: [], fdFlags: []) }, .badf)
    }

    func testSocketURLs() throws {
        let url = try SocketURL(parsing: "tcp6+listen://[::1]:8080?backlog=16&reuseaddr=0&nonblock=false")
        XCTAssertEqual(url.network, .tcp6)
        XCTAssertEqual(url.role, .listen)
        XCTAssertEqual(url.host, "::1")
        XCTAssertEqual(url.port, 8080)
        XCTAssertEqual(url.backlog, 16)
        XCTAssertFalse(url.reuseAddress)
        XCTAssertFalse(url.nonBlocking)
        XCTAssertEqual(url.description, "tcp6+listen://[::1]:8080")
        let bare = try SocketURL(parsing: "127.0.0.1:0")
        XCTAssertEqual(bare.role, nil)
        XCTAssertEqual(try bare.resolve(), .inet4(address: 0x7F00_0001, port: 0))
        XCTAssertEqual(try SocketURL(parsing: ":80").resolve(), .inet4(address: 0, port: 80))
        XCTAssertThrowsError(try SocketURL(parsing: "udp://1.2.3.4:5"))
        XCTAssertThrowsError(try SocketURL(parsing: "tcp+bounce://1.2.3.4:5"))
        XCTAssertNil(try SocketURL.pathOpenTarget("tcp://1.2.3.4:5"))
        let opened = try SocketURL(parsing: "tcp+listen://127.0.0.1:0").open()
        defer { close(opened.fd) }
        XCTAssertNotEqual(opened.address.port, 0)
        XCTAssertEqual(errno { _ = try SocketURL(parsing: "tcp+listen://127.0.0.1:0").open(policy: .denyAll) }, .access)
    }

    func testPreopenedSocketsGetListenAndConnectionRights() throws {
        let listener = try SocketURL(parsing: "127.0.0.1:0").open(as: .listen)
        let dial = try SocketURL(parsing: "127.0.0.1:\(listener.address.port)").open(as: .dial, waitForConnection: true)
        defer { close(listener.fd); close(dial.fd) }
        let temp = try TemporaryDirectory()
        let system = try makeSystem {
            $0.preopens = [Preopen(hostPath: temp.path, guestPath: "/")]
            $0.sockets = [listener.fd, dial.fd]
        }
        XCTAssertEqual(try system.fdStatGet(3).fileType, .directory)
        XCTAssertEqual(try system.fdStatGet(4), FDStat(fileType: .socketStream, flags: .nonBlock,
                                                       rightsBase: .sockListen, rightsInheriting: .sockConnection))
        XCTAssertEqual(try system.fdStatGet(5).rightsBase, .sockConnection)
        XCTAssertEqual(errno { _ = try system.fdPreStatGet(4) }, .badf)
        XCTAssertEqual(try system.sockRemoteAddress(5), listener.address)
        let accepted = try system.sockAccept(4, flags: .nonBlock)
        XCTAssertEqual(try system.fdStatGet(accepted).flags, .nonBlock)
        XCTAssertEqual(errno { _ = try system.sockAccept(4, flags: .nonBlock) }, .again)
    }

    func testAddressInfo() throws {
        let system = try makeSystem()
        let numeric = try system.sockAddressInfo(node: "127.0.0.1", service: "80",
                                                 hints: AddressInfoHints(flags: AddressInfoHints.numericHost, type: .stream), maxResults: 4)
        XCTAssertEqual(numeric.map(\.address), [.inet4(address: 0x7F00_0001, port: 80)])
        XCTAssertEqual(numeric.first?.type, .stream)
        let passive = try system.sockAddressInfo(node: "", service: "8080",
                                                 hints: AddressInfoHints(flags: AddressInfoHints.passive, family: .inet4, type: .stream), maxResults: 4)
        XCTAssertEqual(passive.first?.address, .inet4(address: 0, port: 8080))
        let both = try system.sockAddressInfo(node: "", service: "8080", hints: AddressInfoHints(type: .stream), maxResults: 1)
        XCTAssertEqual(both.count, 1)
        XCTAssertEqual(both.first?.address.isLoopback, true)
        XCTAssertEqual(errno { _ = try system.sockAddressInfo(node: "", service: "", hints: AddressInfoHints(), maxResults: 4) }, .inval)
        XCTAssertEqual(errno { _ = try system.sockAddressInfo(node: "not an address", service: "1",
                                                              hints: AddressInfoHints(flags: AddressInfoHints.numericHost), maxResults: 4) }, .canceled)
    }

    func testTracerAndDetection() throws {
        let runtime = Runtime()
        func detect(_ name: String) throws -> SocketExtension {
            SocketExtension.detect(in: try runtime.compile(try WASIFixture.bytes("sockets/\(name)")))
        }
        XCTAssertEqual(try detect("client.wasm"), .wasmEdgeV2)
        XCTAssertEqual(try detect("udp_echo.wasm"), .wasmEdgeV2)
        XCTAssertEqual(try detect("v1_bind.wasm"), .wasmEdgeV1)
        XCTAssertEqual(try detect("echo_server.wasm"), .none)
        XCTAssertEqual(SocketExtension.wasmEdgeV2.resolved(for: try runtime.compile(try WASIFixture.bytes("sockets/v1_bind.wasm"))), .wasmEdgeV2)

        var pipe: [Int32] = [0, 0]
        XCTAssertEqual(Glibc.pipe(&pipe), 0)
        let tracer = TracingSystem(try allowAll(), output: pipe[1])
        let fd = try tracer.sockOpen(family: .inet4, type: .datagram, protocol: .ip)
        try tracer.sockBind(fd, .inet4(address: 0x7F00_0001, port: 0))
        XCTAssertEqual(errno { try tracer.sockSetOption(fd, .linger, 1) }, .notSupported)
        close(pipe[1])
        var output = [UInt8](repeating: 0, count: 4096)
        let n = read(pipe[0], &output, output.count)
        close(pipe[0])
        let text = String(decoding: output[0..<max(0, n)], as: UTF8.self)
        XCTAssertEqual(text, "SockOpen(inet4, datagram, ip) => \(fd)\nSockBind(\(fd), 127.0.0.1:0) => ok\n"
                       + "SockSetOpt(\(fd), linger, 1) => ENOTSUP (Operation not supported)\n")
    }
}
