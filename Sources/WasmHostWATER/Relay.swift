#if canImport(Glibc)
import Synchronization

extension Water {
    /// The relay role: accepts on the network listener and dials a fixed destination, wrapping one side
    /// (`watm_associate_v1`, `_water_associate`). `relay(to:)` blocks, serving one instance per connection
    /// on its own worker thread; `close()` stops accepting while established connections carry on.
    public final class Relay: Sendable {
        let engine: Engine
        let listener: SocketListener
        private let started = Atomic<Bool>(false)

        /// Needs `config.networkListener`.
        public init(_ config: Config) throws(WaterError) {
            guard let listener = config.networkListener else { throw .invalidConfig("a Relay needs networkListener") }
            engine = try Engine(config, role: .relay)
            _ = try engine.abi.export(for: .relay)
            if engine.abi.version == .v0 {
                for name in ["host_accept", "host_dial"] where !engine.envImports.contains(name) {
                    throw .functionNotImported(name)
                }
            }
            self.listener = listener
        }

        /// Binds a TCP listener on `address` and relays from it.
        public convenience init(_ config: Config, listeningOn address: String) throws(WaterError) {
            var config = config
            config.networkListener = try SocketListener(listeningOn: address)
            try self.init(config)
        }

        public var version: Version { engine.abi.version }
        /// The listening address.
        public var address: String { listener.address }

        /// Relays every incoming connection to `(network, address)` until `close()`; returns then. A
        /// connection whose setup fails (for example an unreachable destination) is dropped and logged.
        /// A second call throws `.relayAlreadyStarted`.
        public func relay(network: String = "tcp", to address: String) throws(WaterError) {
            guard !started.exchange(true, ordering: .acquiringAndReleasing) else { throw .relayAlreadyStarted }
            let config = engine.config
            while !listener.isClosed {
                do {
                    let session = try Session.make(engine, deadline: nil) { context in
                        context.listener = listener
                        context.mayDial = true
                        context.dialer = config.networkDialer
                        context.validator = config.dialedAddressValidator
                        context.fixedTarget = (network, address)
                    }
                    try session.associate()
                } catch {
                    if listener.isClosed { return }
                    engine.log("relay: connection dropped: \(error)")
                    if case .module = error { throw error }
                }
            }
        }

        /// water-go's `ListenAndRelayTo`: binds `listenAddress`, hands the relay to `ready` (to learn its
        /// `address` or keep it for `close()`), then relays to `(network, address)` until closed.
        public static func listenAndRelay(_ config: Config, listenOn listenAddress: String, network: String = "tcp",
                                          to address: String, ready: (Relay) -> Void = { _ in }) throws(WaterError) {
            let relay = try Relay(config, listeningOn: listenAddress)
            ready(relay)
            try relay.relay(network: network, to: address)
        }

        /// Stops accepting (a pending accept ends, `relay` returns); relayed connections stay alive.
        public func close() { listener.close() }
    }
}
#endif
