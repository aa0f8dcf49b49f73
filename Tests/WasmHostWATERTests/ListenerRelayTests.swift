import Glibc
import XCTest
@testable import WasmHostWATER

/// The fixed-dialer, listener and relay roles (water-go's v0/v1 listener, relay and fixed-dialer tests).
final class ListenerRelayTests: XCTestCase {
    func testFixedDialerNeedsAnAllowingValidator() throws {
        let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
        var config = try Water.Config.fixture("reverse", .v1, config: "dial=tcp \(peer.address)\n")
        // No validator: every WATM-chosen destination is denied.
        XCTAssertThrowsError(try Water.FixedDialer(config).dialFixed()) {
            XCTAssertEqual($0 as? WaterError, .addressValidatorNotInitialized)
        }
        config.dialedAddressValidator = Water.AddressValidator(allow: ["127.0.0.1:1": ["tcp"]]).check
        XCTAssertThrowsError(try Water.FixedDialer(config).dialFixed()) {
            XCTAssertEqual($0 as? WaterError, .addressDenied(network: "tcp", address: peer.address))
        }
        config.dialedAddressValidator = Water.AddressValidator(allow: [peer.address: ["tcp"]]).check
        let fixed = try Water.FixedDialer(config)
        let conn = try fixed.dialFixed()
        let server = try peer.accept()
        try exchange(conn, peer: server, transform: reversed)
        conn.close()
        Raw.close(server)
        peer.close()
        XCTAssertThrowsError(try fixed.dialFixed(), "nobody listens there any more")
    }

    func testListenerExchangeDeadlineAndClose() throws {
        for version in [Water.Version.v1, .v0] {
            for (name, transform) in [("plain", identity), ("reverse", reversed)] as [(String, ([UInt8]) -> [UInt8])] {
                let listener = try Water.Listener(try .fixture(name, version), listeningOn: "127.0.0.1:0")
                let client = try Raw.connect(listener.address)
                let conn = try listener.accept()
                try exchange(conn, peer: client, transform: transform)
                conn.setReadTimeout(.milliseconds(50))
                XCTAssertThrowsError(try conn.read()) { XCTAssertEqual($0 as? WaterError, .timedOut) }
                conn.close()
                XCTAssertEqual(conn.workerResult, -11)
                XCTAssertThrowsError(try conn.write([1])) { XCTAssertEqual($0 as? WaterError, .closed) }
                Raw.close(client)
                // A pending accept ends when the listener closes.
                let pending = Background {
                    do {
                        _ = try listener.accept()
                        XCTFail("accept after close")
                    } catch {
                        XCTAssertEqual(error as? WaterError, .closed)
                    }
                }
                listener.close()
                XCTAssertTrue(pending.wait())
            }
        }
    }

    func testRelayCarriesConnectionsThatSurviveClose() throws {
        for version in [Water.Version.v1, .v0] {
            for (name, transform) in [("plain", identity), ("reverse", reversed)] as [(String, ([UInt8]) -> [UInt8])] {
                let server = try Water.SocketListener(listeningOn: "127.0.0.1:0")
                let relay = try Water.Relay(try .fixture(name, version), listeningOn: "127.0.0.1:0")
                let target = server.address
                let running = Background {
                    do { try relay.relay(to: target) } catch { XCTFail("relay: \(error)") }
                }
                let client = try Raw.connect(relay.address)
                let far = try server.accept()
                // The relay wraps the remote side: the server sees the transformed stream.
                var random = TestBytes(seed: 7)
                for _ in 0..<10 {
                    let out = random.next(1024)
                    Raw.write(client, out)
                    XCTAssertEqual(Raw.read(far, 1024), transform(out))
                    let back = random.next(1024)
                    Raw.write(far, back)
                    XCTAssertEqual(Raw.read(client, 1024), transform(back))
                }
                XCTAssertThrowsError(try relay.relay(to: target)) { XCTAssertEqual($0 as? WaterError, .relayAlreadyStarted) }
                relay.close()
                XCTAssertTrue(running.wait(), "relay() returns after close()")
                Raw.write(client, Array("hello".utf8))
                XCTAssertEqual(Raw.read(far, 5), transform(Array("hello".utf8)), "established connections survive close()")
                Raw.close(client)
                XCTAssertEqual(Raw.read(far, 1), [], "the relayed connection ends with its client")
                Raw.close(far)
                server.close()
            }
        }
    }

    func testXORFramingEndToEndWithConfigDelivery() throws {
        for version in [Water.Version.v1, .v0] {
            let key = "key=s3cr3t\n"
            let listener = try Water.Listener(try .fixture("xorframe", version, config: key), listeningOn: "127.0.0.1:0")
            let dialer = try Water.Dialer(try .fixture("xorframe", version, config: key))
            let accepted = Background { [listener] in
                do {
                    let conn = try listener.accept()
                    var buffer: [UInt8] = []
                    while buffer.count < 10 * 1024 {
                        let chunk = try conn.read()
                        if chunk.isEmpty { break }
                        buffer += chunk
                    }
                    try conn.write(buffer)  // echo back through the framing
                    try conn.closeWrite()
                    _ = try conn.read()
                    conn.close()
                } catch {
                    XCTFail("listener side: \(error)")
                }
            }
            let conn = try dialer.dial(address: listener.address)
            var random = TestBytes(seed: 3)
            let message = random.next(10 * 1024)
            try conn.write(message)
            XCTAssertEqual(try conn.read(exactly: message.count), message, "\(version): plaintext survives framing + XOR")
            conn.close()
            XCTAssertTrue(accepted.wait())
            listener.close()
            // Without a key the WATM refuses to initialize.
            XCTAssertThrowsError(try Water.Dialer(try .fixture("xorframe", version)).dial(address: listener.address)) {
                XCTAssertEqual($0 as? WaterError, .initFailed(-2))
            }
        }
    }

    func testWireFormatOfXORFrames() throws {
        let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
        let conn = try Water.Dialer(try .fixture("xorframe", .v1, config: "key=\u{1}\n")).dial(address: peer.address)
        let server = try peer.accept()
        try conn.write([0x10, 0x20, 0x30])
        XCTAssertEqual(Raw.read(server, 7), [0, 0, 0, 3, 0x11, 0x21, 0x31])
        Raw.write(server, [0, 0, 0, 2, 0x41, 0x42])
        XCTAssertEqual(try conn.read(exactly: 2), [0x40, 0x43])
        conn.close()
        Raw.close(server)
    }

    func testAcceptTimeoutCustomDialerAndAsyncAPI() async throws {
        let listener = try Water.Listener(try .fixture("plain", .v1), listeningOn: "127.0.0.1:0")
        XCTAssertThrowsError(try listener.accept(timeout: .milliseconds(50))) { XCTAssertEqual($0 as? WaterError, .timedOut) }
        listener.close()

        let peer = try Water.SocketListener(listeningOn: "127.0.0.1:0")
        var config = try Water.Config.fixture("reverse", .v0)
        let real = peer.address
        // The custom dialer decides where "anywhere" goes.
        config.networkDialer = { network, _ in try Water.Socket.dial(network: network, address: real, deadline: nil) }
        let conn = try Water.Dialer(config).dial(address: "anywhere:1")
        let server = try peer.accept()
        try await conn.write(Array("async".utf8))
        XCTAssertEqual(Raw.read(server, 5), Array("cnysa".utf8))
        Raw.write(server, Array("abc".utf8))
        let reply = try await conn.read()
        XCTAssertEqual(reply, Array("cba".utf8))
        await conn.close()
        XCTAssertEqual(conn.workerResult, -11)
        Raw.close(server)
        peer.close()
    }
}
