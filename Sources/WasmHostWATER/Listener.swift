#if canImport(Glibc)
extension Water {
    /// The listener role: each `accept` creates an instance whose `watm_accept_v1` (`_water_accept`)
    /// blocks in the host listener's accept (`water_accept` / `host_accept`) and wraps the connection.
    public final class Listener: Sendable {
        let engine: Engine
        let listener: SocketListener

        /// Needs `config.networkListener` (see `Config.listening(on:)`).
        public init(_ config: Config) throws(WaterError) {
            guard let listener = config.networkListener else { throw .invalidConfig("a Listener needs networkListener") }
            engine = try Engine(config, role: .listener)
            _ = try engine.abi.export(for: .listener)
            if engine.abi.version == .v0 && !engine.envImports.contains("host_accept") {
                throw .functionNotImported("host_accept")
            }
            self.listener = listener
        }

        /// Binds a TCP listener on `address` and serves it.
        public convenience init(_ config: Config, listeningOn address: String) throws(WaterError) {
            var config = config
            config.networkListener = try SocketListener(listeningOn: address)
            try self.init(config)
        }

        public var version: Version { engine.abi.version }
        /// The listening address (`host:port`).
        public var address: String { listener.address }

        /// Waits for the next connection and wraps it. `timeout` bounds the wait and the setup. Throws
        /// `.closed` once `close()` was called.
        public func accept(timeout: Duration? = nil) throws(WaterError) -> Conn {
            let deadline = Socket.deadline(after: timeout)
            let session = try Session.make(engine, deadline: deadline) { context in context.listener = listener }
            do {
                return try session.connect(.listener, deadline: deadline)
            } catch {
                if listener.isClosed { throw .closed }
                throw error
            }
        }

        /// Closes the network listener; a pending `accept` throws `.closed`. Established connections stay.
        public func close() { listener.close() }
    }
}
#endif
