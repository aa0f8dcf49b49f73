import Glibc
import XCTest
@testable import WasmHostWATER

/// The dialer role (water-go `transport/v{0,1}` dialer tests), for both ABI versions.
final class DialerTests: XCTestCase {
    func testExchangeThroughPlainAndReverse() throws {
        for version in [Water.Version.v1, .v0] {
            for (name, transform) in [("plain", identity), ("reverse", reversed)] as [(String, ([UInt8]) -> [UInt8])] {
                let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
                let dialer = try Water.Dialer(try .fixture(name, version))
                XCTAssertEqual(dialer.version, version)
                let conn = try dialer.dial(address: peer.address)
                let server = try peer.accept()
                XCTAssertEqual(conn.remoteAddress, peer.address)
                try exchange(conn, peer: server, transform: transform)
                conn.close()
                XCTAssertEqual(conn.workerResult, -11, "\(version) \(name): the control byte cancels the worker")
                Raw.close(server)
                peer.close()
            }
        }
    }

    func testReadDeadlineAndUseAfterClose() throws {
        for version in [Water.Version.v1, .v0] {
            let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
            let conn = try Water.Dialer(try .fixture("plain", version)).dial(address: peer.address)
            let server = try peer.accept()
            conn.setReadTimeout(.milliseconds(100))
            XCTAssertThrowsError(try conn.read()) { XCTAssertEqual($0 as? WaterError, .timedOut) }
            conn.close()
            conn.close()
            XCTAssertThrowsError(try conn.read()) { XCTAssertEqual($0 as? WaterError, .closed) }
            XCTAssertThrowsError(try conn.write([1, 2, 3])) { XCTAssertEqual($0 as? WaterError, .closed) }
            XCTAssertEqual(Raw.read(server, 1), [], "the network side is closed too")
            Raw.close(server)
        }
    }

    func testBadAddressFails() throws {
        for version in [Water.Version.v1, .v0] {
            let dialer = try Water.Dialer(try .fixture("plain", version))
            XCTAssertThrowsError(try dialer.dial(address: "256.267.278.289:2023"))
        }
    }

    func testHalfCloseAndRemoteClose() throws {
        let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
        let conn = try Water.Dialer(try .fixture("reverse", .v1)).dial(address: peer.address)
        let server = try peer.accept()
        try conn.write(Array("ping".utf8))
        XCTAssertEqual(Raw.read(server, 4), Array("gnip".utf8))
        try conn.closeWrite()
        XCTAssertEqual(Raw.read(server, 1), [], "the peer sees EOF after closeWrite")
        Raw.write(server, Array("bye".utf8))
        Raw.close(server)
        XCTAssertEqual(try conn.read(exactly: 3), Array("eyb".utf8))
        XCTAssertEqual(try conn.read(), [], "EOF once the peer closed")
        conn.close()
        XCTAssertEqual(conn.workerExit?.isClean, true)
    }

    func testSecondRoleCallIsBusyAndStartNeedsARole() throws {
        for version in [Water.Version.v1, .v0] {
            let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
            let engine = try Engine(try .fixture("plain", version), role: .dialer)
            let session = try Session.make(engine, deadline: nil) { context in
                context.mayDial = true
                context.fixedTarget = ("tcp", peer.address)
            }
            let noRole = try Session.make(engine, deadline: nil) { _ in }
            XCTAssertEqual(try noRole.call(engine.abi.start, [], deadline: nil), -53, "start before a role: ENOTCONN")
            let (user, guest) = try Water.Socket.pair()
            let fd = Int32(try session.wasi.insertSocket(guest))
            let export = try engine.abi.export(for: .dialer)
            XCTAssertGreaterThan(try session.call(export, [.i32(UInt32(fd))], deadline: nil), fd)
            XCTAssertEqual(try session.call(export, [.i32(UInt32(fd))], deadline: nil), -10, "second role call: EBUSY")
            session.teardown()
            noRole.teardown()
            Raw.close(user)
            Raw.close(guest)
            peer.close()
        }
    }

    func testHardStopOfAWorkerIgnoringTheControlPipe() throws {
        let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
        var config = Water.Config(transportModule: try watm("stubborn"))
        config.cancelGracePeriod = .milliseconds(100)
        let conn = try Water.Dialer(config).dial(address: peer.address)
        let server = try peer.accept()
        let start = Water.Socket.now()
        conn.close()
        let elapsed = Water.Socket.now() - start
        XCTAssertGreaterThanOrEqual(elapsed, 100_000_000)
        XCTAssertLessThan(elapsed, 2_000_000_000)
        guard case .trapped? = conn.workerExit else { return XCTFail("expected a hard stop, got \(String(describing: conn.workerExit))") }
        XCTAssertEqual(workerThreadCount(), 0, "the worker thread is gone")
        Raw.close(server)
    }

    func testBadSignatureAndMissingVersion() throws {
        XCTAssertThrowsError(try Water.Dialer(Water.Config(transportModule: try watm("badsig")))) { error in
            guard case .badExport? = error as? WaterError else { return XCTFail("\(error)") }
        }
        let hello = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/core/hello.wasm"))
        XCTAssertThrowsError(try Water.Dialer(Water.Config(transportModule: Array(hello)))) {
            XCTAssertEqual($0 as? WaterError, .versionNotFound(.dialer))
        }
        XCTAssertThrowsError(try Water.FixedDialer(try .fixture("plain", .v0))) {
            XCTAssertEqual($0 as? WaterError, .unimplemented(.fixedDialer))
        }
        XCTAssertThrowsError(try Water.Dialer(Water.Config(transportModule: []))) {
            guard case .invalidConfig? = $0 as? WaterError else { return XCTFail("\($0)") }
        }
    }

    func testHundredConnectionsLeaveNoFDsOrThreads() throws {
        let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
        let dialer = try Water.Dialer(try .fixture("plain", .v1))
        // Warm up (lazily created process-wide state), then measure.
        do {
            let conn = try dialer.dial(address: peer.address)
            Raw.close(try peer.accept())
            conn.close()
        }
        let fds = openFDCount()
        for i in 0..<100 {
            let conn = try dialer.dial(address: peer.address)
            let server = try peer.accept()
            try conn.write([UInt8(i)])
            XCTAssertEqual(Raw.read(server, 1), [UInt8(i)])
            XCTAssertEqual(workerThreadCount(), 1)
            conn.close()
            Raw.close(server)
        }
        XCTAssertEqual(openFDCount(), fds, "open fds back to baseline")
        XCTAssertEqual(workerThreadCount(), 0, "every worker thread joined")
        peer.close()
    }
}
